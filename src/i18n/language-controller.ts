import type { LitElement, ReactiveController } from 'lit';
import { supportedLocale, type Locale } from './localize.js';
import { isLoaded, loadLocale, type Part } from './load.js';
import { langOf } from '../components/shared/lang.js';
import { loadSoon } from '../components/shared/load-soon.js';

type Host = LitElement;

/** What an element loads, in its language: what it needs to draw itself, and what it shows later. */
export interface LanguageNeeds {
  /** Content parts needed before the element shows anything. */
  first: readonly Part[];
  /** Content parts shown soon after (panels): fetched once the first render is painted. */
  later?: () => readonly Part[];
  /** Code shown soon after, fetched with `later`. */
  laterCode?: () => Promise<unknown>[];
}

/** Connected hosts, told when a `lang` changes anywhere on the page (a site's language switcher). */
const live = new Set<LanguageController>();
let langObserver: MutationObserver | undefined;

/**
 * Gives an element its language: its `lang` attribute, else the nearest `lang`
 * around it (through shadow roots), else English. Loads that language's UI
 * strings and the content parts the element needs; until they are in, the
 * host is `aria-busy` (hidden by the base styles) rather than flash English or
 * an empty diagram. What it fetches depends only on the page's markup, never
 * on a visitor's click.
 */
export class LanguageController implements ReactiveController {
  /** The language the host speaks (`en`, `es`); empty until connected. */
  locale: Locale = '';
  /** Settles when the parts the current language needs first are in (or failed). */
  ready: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: Host,
    private readonly needs: LanguageNeeds,
  ) {
    host.addController(this);
  }

  hostConnected() {
    live.add(this);
    langObserver ??= watchLang();
    this.follow();
  }

  hostDisconnected() {
    live.delete(this);
  }

  /** Switches to the language that now applies, loading what it needs first. */
  follow() {
    const locale = supportedLocale(langOf(this.host));
    if (locale === this.locale) return;
    const before = this.locale;
    this.locale = locale;
    const first = loadLocale(locale, this.needs.first);
    if (this.host.hasUpdated) loadSoon(loadLocale(locale, this.needs.later?.() ?? []));
    else void first.then(afterPaint).then(() => this.#loadLater());
    this.host.requestUpdate('locale', before);
    if (isLoaded(locale, this.needs.first)) {
      this.host.removeAttribute('aria-busy');
      return;
    }
    this.host.toggleAttribute('aria-busy', true);
    this.ready = first.then(() => {
      if (this.locale !== locale) return;
      this.host.removeAttribute('aria-busy');
      this.host.requestUpdate();
    });
  }

  /** Fetches what the host shows after its first paint, in the language it speaks then. */
  #loadLater() {
    if (!this.host.isConnected) return;
    loadSoon(loadLocale(this.locale, this.needs.later?.() ?? []), ...(this.needs.laterCode?.() ?? []));
  }
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

function watchLang(): MutationObserver {
  const observer = new MutationObserver(() => {
    for (const controller of live) controller.follow();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  return observer;
}
