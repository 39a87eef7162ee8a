import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { GuideConsumer } from '../../guide/guide-consumer.js';
import { LanguageController, type LanguageNeeds } from '../../i18n/language-controller.js';
import { inLocale } from '../../i18n/localize.js';
import type { ContentIndex } from '../../content/content-index.js';
import { isFar, renderLater, track, untrack } from './render-later.js';

/**
 * What the map, the card and the checklist share: a guide (its store, through
 * context) and a language. Each is a reactive controller with one job; this
 * class only wires them up and renders in the element's language.
 *
 * @attribute {string} lang - The language to speak (`en`, `es`, `es-MX`…), as on any HTML element. Without it, the nearest `lang` around the element; a language we do not ship means English. Its region also picks the emergency number and same-day line (`en-GB` → 999, NHS 111).
 */
export class KneeElement extends LitElement {
  /**
   * Colour scheme: `light` or `dark` forces one. Without it, the element
   * follows the CSS `color-scheme` it inherits from the page: light where the
   * page declares none or `light` (whatever the visitor's system setting),
   * dark where it declares `dark`, and as the visitor's system setting says
   * where it declares `light dark`. Dark mode reads the `--knee-dark-*`
   * custom properties.
   */
  @property({ reflect: true }) theme: 'light' | 'dark' | null = null;

  protected readonly language: LanguageController;
  protected readonly guide: GuideConsumer;

  /** Carries the `waiting` state (see the base styles) until the first render. */
  readonly #internals = this.attachInternals();

  constructor(needs: LanguageNeeds) {
    super();
    this.language = new LanguageController(this, needs);
    this.guide = new GuideConsumer(this, () => this.language.locale);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    // The page-wide observer does not see inside shadow roots.
    if (name === 'lang' && this.isConnected) this.language.follow();
  }

  override connectedCallback() {
    super.connectedCallback();
    // Not drawn yet: holds roughly its place (an engine without custom states skips this).
    if (!this.hasUpdated) this.#internals.states?.add('waiting');
    track(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    untrack(this);
  }

  // Far from the viewport, a re-render waits until after the next frame (see render-later.ts).
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.hasUpdated || !isFar(this)) return super.scheduleUpdate();
    return renderLater(this, () => void super.scheduleUpdate());
  }

  /** The language this element speaks (`en`, `es`). */
  protected get locale(): string {
    return this.language.locale;
  }

  /** The content to render: the guide's, in this element's language. */
  protected get data(): ContentIndex {
    return this.guide.content;
  }

  /** Runs `fn` with UI strings (`msg`) in this element's language, as its render does. */
  protected inLocale<T>(fn: () => T): T {
    return inLocale(this.locale, fn);
  }

  /**
   * Settles once the content this element draws itself from, in its language
   * (and that language's UI strings), has arrived and it has rendered with it.
   * `updateComplete` waits for the same, so either can be awaited.
   */
  get localeReady(): Promise<void> {
    return this.updateComplete.then(() => undefined);
  }

  // Complete only once its content is in: code (and tests) awaiting
  // `updateComplete` then see it drawn, not an empty shell.
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.language.ready;
    return super.getUpdateComplete();
  }

  protected override update(changed: PropertyValues) {
    inLocale(this.locale, () => super.update(changed));
    this.#internals.states?.delete('waiting');
  }
}
