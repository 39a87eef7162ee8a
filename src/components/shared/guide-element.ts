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
import { loadSoon } from './load-soon.js';

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
 *
 * @attribute {string} lang - The language to speak (`en`, `es`, `es-MX`…), as on any HTML element. Without it, the nearest `lang` around the element; a language we do not ship means English. Its region also picks the emergency number and same-day line (`en-GB` → 999, NHS 111).
 */
export class GuideElement extends LitElement {
  /** Content parts this element needs before it shows anything. */
  protected firstParts(): readonly Part[] {
    return [];
  }

  /**
   * Content parts it shows soon after (its panels): fetched once its first
   * render has been painted (so they do not hold up the first paint), never
   * on a visitor's click, so what the page fetches depends only on its markup.
   */
  protected laterParts(): readonly Part[] {
    return [];
  }

  /** Code it shows soon after, fetched with `laterParts` (the map's exercise card). */
  protected laterCode(): Promise<unknown>[] {
    return [];
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * Colour scheme: `light` or `dark` forces one. Without it, the element
   * follows the CSS `color-scheme` it inherits from the page: light where the
   * page declares none or `light` (whatever the visitor's system setting),
   * dark where it declares `dark`, and as the visitor's system setting says
   * where it declares `light dark`. Dark mode reads the `--knee-dark-*`
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

  /** Carries the `waiting` state (see `base` styles) until the first render. */
  private internals = this.attachInternals();

  constructor() {
    super();
    // The visitor is using this element: the rest of its guide re-renders after the frame.
    for (const type of ['pointerdown', 'keydown', 'change']) this.addEventListener(type, this.onInput, true);
  }

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
    visibility ??= watchVisibility();
    visibility.observe(this);
    // Not drawn yet: holds roughly its place (a browser without custom
    // states has no `states`, and just skips this).
    if (!this.hasUpdated) this.internals.states?.add('waiting');
    this.followLang();
    // Parts of a non-English locale do not come through the guide's context.
    this.unfollow ??= onDefaultContent((locale) => {
      if (locale === this.locale && this.data === defaultIndex(locale)) this.requestUpdate();
    });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    live.delete(this);
    visibility?.unobserve(this);
    offscreen.delete(this);
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

  /** Marks this element as the one the visitor is using, until the next frame is painted. */
  private onInput() {
    if (acting === this) return;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- page-wide state: who has the visitor's attention
    acting = this;
    void afterPaint().then(() => {
      if (acting === this) acting = undefined;
    });
  }

  /** Switches to the language that now applies, loading it first if need be. */
  private followLang() {
    const locale = supportedLocale(langOf(this));
    if (locale === this.locale) return;
    this.locale = locale;
    const first = this.firstParts();
    const ready = loadLocale(locale, first);
    if (this.hasUpdated) void loadLocale(locale, this.laterParts());
    else void ready.then(afterPaint).then(() => this.loadLater());
    const loaded = isLoaded(locale, first);
    this.toggleAttribute('aria-busy', !loaded);
    if (loaded) return;
    this.partsIn = ready.then(() => {
      if (this.locale !== locale) return;
      this.removeAttribute('aria-busy');
      this.requestUpdate();
    });
  }

  /** Fetches what the element shows after its first paint, in the language it speaks then. */
  private loadLater() {
    if (!this.isConnected) return;
    loadSoon(loadLocale(this.locale, this.laterParts()), ...this.laterCode());
  }

  /**
   * Renders of an element far from the viewport wait until it comes near, or
   * run in short slices after the next frame: a page of many elements shows
   * the ones on screen first, and one visitor's choice, which re-renders
   * every element of the guide, shows in the element the visitor is using
   * at the next frame, and in the others in the frame after (far ones as
   * they come near).
   * `updateComplete` still settles only once the element has rendered.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const later = this.hasUpdated ? offscreen.has(this) || (!!acting && acting !== this) : farOnFirstRender(this);
    if (!later) return super.scheduleUpdate();
    if (!this.hasUpdated) offscreen.add(this);
    return new Promise<void>((resolve) => {
      deferred.set(this, () => {
        deferred.delete(this);
        try {
          super.scheduleUpdate();
        } finally {
          resolve();
        }
      });
      renderSoon();
    });
  }

  protected override update(changed: PropertyValues) {
    inLocale(this.locale, () => super.update(changed));
    this.internals.states?.delete('waiting');
  }
}

/**
 * The element a visitor is using right now (until the next frame is
 * painted): the others of its guide re-render just after that frame.
 */
let acting: GuideElement | undefined;

/** Elements the visibility observer last saw far from the viewport. */
const offscreen = new Set<Element>();
/** Renders waiting for their element to come near, or for the slices after the next frame. */
const deferred = new Map<Element, () => void>();
let visibility: IntersectionObserver | undefined;

/** Tracks which elements are within half a screen of the viewport. */
function watchVisibility(): IntersectionObserver {
  return new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        if (!isIntersecting) offscreen.add(target);
        else {
          offscreen.delete(target);
          deferred.get(target)?.();
        }
      }
    },
    { rootMargin: '50% 0px' },
  );
}

/** For the current task: whether each element awaiting its first render is far from the viewport. */
let firstLook: WeakMap<Element, boolean> | undefined;

/**
 * Whether `el`, not rendered yet, is far from the viewport. Elements connect
 * in a batch (a page's markup), so all of them are measured at once: one
 * layout of empty boxes, instead of one layout per element between renders.
 * An element with no box (hidden) counts as far; the observer renders it
 * when it shows.
 */
function farOnFirstRender(el: GuideElement): boolean {
  if (!firstLook?.has(el)) {
    firstLook = new WeakMap();
    const h = innerHeight;
    for (const e of live) {
      if (e.hasUpdated) continue;
      const r = e.getBoundingClientRect();
      firstLook.set(e, (!r.width && !r.height) || r.bottom < -h / 2 || r.top > h * 1.5);
    }
    setTimeout(() => (firstLook = undefined));
  }
  return firstLook.get(el) ?? false;
}

let sliceQueued = false;

/**
 * Runs deferred renders after the next frame, in slices of a few
 * milliseconds, one task each, so that the frame showing a visitor's choice
 * comes first and input between slices is never held up for long.
 * (Not `requestIdleCallback`: it gives one short slice per frame, so a page
 * of a hundred elements would take seconds to catch up; WebKit lacks it too.)
 */
function renderSoon() {
  if (sliceQueued) return;
  sliceQueued = true;
  const slice = () => {
    const end = performance.now() + 10;
    for (const render of deferred.values()) {
      render();
      if (performance.now() > end) break;
    }
    if (deferred.size) setTimeout(slice);
    else sliceQueued = false;
  };
  // After the frame, and after the tasks already waiting then (a page's
  // own timers): what the visitor did is on screen, the rest can wait a little.
  void afterPaint().then(() => setTimeout(slice));
}

/**
 * Settles after the next frame has been painted. A background tab paints no
 * frames, so it also settles after a quarter of a second at most.
 */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 250);
  });

/** Watches every `lang` attribute on the page (a site's language switcher). */
function watchLang(): MutationObserver {
  const observer = new MutationObserver(() => {
    for (const el of live) (el as unknown as { followLang(): void }).followLang();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  return observer;
}
