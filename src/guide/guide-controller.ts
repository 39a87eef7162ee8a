import { ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { contentContext } from '../context/content-context.js';
import { emptySelection, selectionContext, type Selection } from '../context/selection-context.js';
import { KneeRegionSelectEvent } from '../components/knee-pain-map/events.js';
import { defaultIndex, onDefaultContent } from '../content/default-store.js';
import type { ContentIndex } from '../content/content-index.js';
import { guideContext } from '../context/guide-context.js';
import { guideOf } from './guide-of.js';

// Events already taken by an inner guide. An outer guide (the page) must not
// take them too: each guide keeps its own selection.
const handled = new WeakSet<Event>();

/**
 * Owns one guide's state. Elements below `host` read it through context and
 * change it by firing their public events, which bubble up to here; a value
 * set by page code (a map's `selected`) arrives through `guideContext`
 * instead, since no user-action event may fire for it.
 */
export class GuideController implements ReactiveController {
  readonly selection: ContextProvider<typeof selectionContext>;
  readonly content: ContextProvider<typeof contentContext>;
  readonly api: ContextProvider<typeof guideContext>;

  constructor(readonly host: HTMLElement) {
    this.selection = new ContextProvider(host, { context: selectionContext, initialValue: emptySelection });
    this.content = new ContextProvider(host, { context: contentContext, initialValue: defaultIndex() });
    this.api = new ContextProvider(host, { context: guideContext, initialValue: { select: (s) => this.set(s) } });
    host.addEventListener(KneeRegionSelectEvent.eventName, this.onSelect);
    // Parts of the default content arrive after the elements first render.
    // A guide lives as long as the page, or is a <knee-pain-guide> that may
    // be removed: it then stops listening (see hostDisconnected).
    this.follow();
    (host as Partial<ReactiveControllerHost>).addController?.(this);
  }

  private unfollow?: () => void;

  /** A clinic's content, once loaded and valid: it replaces the default for this guide. */
  private own?: ContentIndex;

  /** Provides `index` (a clinic's content) instead of the default, or the default again when undefined. */
  useContent(index: ContentIndex | undefined): void {
    this.own = index;
    this.content.setValue(index ?? defaultIndex());
  }

  private follow() {
    // The guide provides English; elements in another language read their own
    // locale's default content (see GuideElement.data).
    this.unfollow ??= onDefaultContent((locale, index) => {
      if (locale === 'en') this.content.setValue(this.own ?? index);
    });
    // A part may have arrived while this guide was not listening.
    this.content.setValue(this.own ?? defaultIndex());
  }

  hostConnected() {
    this.follow();
  }

  hostDisconnected() {
    this.unfollow?.();
    this.unfollow = undefined;
  }

  private onSelect = (e: KneeRegionSelectEvent) => {
    // A map inside a <knee-pain-guide> whose code has not arrived yet belongs
    // to that guide, not to this one (the page): see ensurePageGuide.
    const target = e.composedPath()[0];
    const own = target instanceof Element ? guideOf(target) : undefined;
    if (own && own !== this.host) return;
    if (handled.has(e)) return;
    handled.add(e);
    this.set(e.detail);
  };

  private set({ region, view, side }: Selection) {
    const next: Selection = { region, view, side };
    this.selection.setValue(Object.freeze(next));
  }
}
