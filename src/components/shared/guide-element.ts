import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { contentContext } from '../../context/content-context.js';
import { selectionContext, type Selection } from '../../context/selection-context.js';
import { defaultIndex, onDefaultContent } from '../../content/default-store.js';
import type { ContentIndex } from '../../content/content-index.js';
import { inLocale, supportedLocale, type Locale } from '../../i18n/localize.js';
import { isLoaded, loadLocale, type Part } from '../../i18n/load.js';
import { langOf } from './lang.js';

/** Connected elements, told when a `lang` changes anywhere on the page. */
const live = new Set<GuideElement>();
let langObserver: MutationObserver | undefined;

/**
 * Base of every element that lives in a guide: it receives the guide's
 * content and selection through context, and re-renders when either changes.
 *
 * It also speaks the element's language: its `lang` attribute, else the
 * nearest `lang` around it, else English. Its content parts (`firstParts`,
 * `laterParts`), and the UI strings of a language other than English, load
 * on demand; the element stays hidden and `aria-busy` until the first parts
 * are in, rather than flash an empty or English diagram.
 */
export class GuideElement extends LitElement {
  /** Content parts this element needs before it shows anything. */
  protected firstParts(): readonly Part[] {
    return [];
  }

  /**
   * Content parts it shows soon after (its panels): fetched as soon as it
   * connects, never on a visitor's click, so what the page fetches depends
   * only on its markup.
   */
  protected laterParts(): readonly Part[] {
    return [];
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * Colour scheme: `light` or `dark`. Without it, the visitor's system setting
   * (`prefers-color-scheme`) decides. Dark mode reads the `--knee-dark-*`
   * custom properties.
   */
  @property({ reflect: true }) theme: 'light' | 'dark' | null = null;

  @consume({ context: contentContext, subscribe: true })
  @state()
  protected index?: ContentIndex;

  @consume({ context: selectionContext, subscribe: true })
  @state()
  protected selection?: Selection;

  /** The language this element speaks (`en`, `es`), from the `lang` that applies to it; empty until connected. */
  @state() protected locale: Locale = '';

  private unfollow?: () => void;

  /** The content to render: the guide's in this element's language, else the bundled default. */
  protected get data(): ContentIndex {
    const index = this.index;
    return index && index.content.locale === this.locale ? index : defaultIndex(this.locale);
  }

  /** Runs `fn` with UI strings (`msg`) in this element's language, as its render does. */
  protected inLocale<T>(fn: () => T): T {
    return inLocale(this.locale, fn);
  }

  override connectedCallback() {
    super.connectedCallback();
    live.add(this);
    langObserver ??= watchLang();
    this.followLang();
    // Parts of a non-English locale do not come through the guide's context.
    this.unfollow ??= onDefaultContent((locale) => {
      if (locale === this.locale && this.data === defaultIndex(locale)) this.requestUpdate();
    });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    live.delete(this);
    this.unfollow?.();
    this.unfollow = undefined;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.followLang();
  }

  /** Settles when the parts `followLang` last asked for are in (or failed). */
  private partsIn: Promise<void> = Promise.resolve();

  /**
   * Settles once the content this element draws itself from, in its language
   * (and that language's UI strings), has arrived and it has rendered with it.
   * `updateComplete` waits for the same, so either can be awaited.
   */
  get localeReady(): Promise<void> {
    return this.updateComplete.then(() => undefined);
  }

  // An element is complete only once its content is in: code (and tests)
  // awaiting `updateComplete` then see it drawn, not an empty shell.
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.partsIn;
    return super.getUpdateComplete();
  }

  /** Switches to the language that now applies, loading it first if need be. */
  private followLang() {
    const locale = supportedLocale(langOf(this));
    if (locale === this.locale) return;
    this.locale = locale;
    const first = this.firstParts();
    const ready = loadLocale(locale, first);
    void loadLocale(locale, this.laterParts());
    const loaded = isLoaded(locale, first);
    this.toggleAttribute('aria-busy', !loaded);
    if (loaded) return;
    this.partsIn = ready.then(() => {
      if (this.locale !== locale) return;
      this.removeAttribute('aria-busy');
      this.requestUpdate();
    });
  }

  protected override update(changed: PropertyValues) {
    inLocale(this.locale, () => super.update(changed));
  }
}

/** Watches every `lang` attribute on the page (a site's language switcher). */
function watchLang(): MutationObserver {
  const observer = new MutationObserver(() => {
    for (const el of live) (el as unknown as { followLang(): void }).followLang();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  return observer;
}
