import { defaultIndex, onDefaultContent } from '../content/default-store.js';
import type { ContentIndex } from '../content/content-index.js';
import { emptySelection, type Selection } from '../context/selection-context.js';

/** Who changed the selection: the visitor (how), or page code setting a map's `selected`. */
export type SelectSource = 'pointer' | 'keyboard' | 'list' | 'code';

/** What changed in a store: the selection, or the content of one language (`*`: a clinic's, any language). */
export type StoreChange = { kind: 'selection'; via: SelectSource } | { kind: 'content'; locale: string };

/**
 * One guide's state: what the visitor picked, and the content its elements
 * render from. The page has one (on `<html>`), and so does every
 * `<knee-pain-guide>`; elements reach theirs through `guideContext`.
 *
 * Elements change the selection by calling `select`, and re-render when the
 * store tells them something changed. The public DOM events are fired for the
 * embedder only: nothing inside listens to them.
 */
export class GuideStore {
  #selection: Selection = emptySelection;
  /** A clinic's own content, once loaded and valid: it replaces the default. */
  #own?: ContentIndex;
  #pending = false;
  #ready: Promise<void> = Promise.resolve();
  readonly #listeners = new Set<(change: StoreChange) => void>();
  #unfollow?: () => void;

  /** The region, view and side the visitor (or page code) chose last. */
  get selection(): Selection {
    return this.#selection;
  }

  /** The content to render in `locale`: the clinic's when it is in that language, else the bundled default. */
  content(locale: string): ContentIndex {
    const own = this.#own;
    return own && own.content.locale === locale ? own : defaultIndex(locale);
  }

  /** True while a clinic's content is loading: it may still add regions and exercises. */
  get contentPending(): boolean {
    return this.#pending;
  }

  /** Settles once the latest clinic's content has been applied or refused. */
  get contentReady(): Promise<void> {
    return this.#ready;
  }

  /** Changes the selection; every element of the guide re-renders with it. */
  select({ region, view, side }: Selection, via: SelectSource): void {
    const now = this.#selection;
    if (now.region === region && now.view === view && now.side === side) return;
    this.#selection = Object.freeze({ region, view, side });
    this.#notify({ kind: 'selection', via });
  }

  /**
   * Waits for `load`, a clinic's content (or `undefined` when it could not be
   * used), and then renders from it. A newer call wins over an earlier one still loading.
   */
  useContent(load: Promise<ContentIndex | undefined> | ContentIndex | undefined): Promise<void> {
    const mine = Promise.resolve(load).then((index) => {
      if (this.#ready !== ready) return;
      this.#pending = false;
      this.#own = index;
      this.#notify({ kind: 'content', locale: '*' });
    });
    const ready = (this.#ready = mine.catch(() => undefined));
    this.#pending = true;
    return ready;
  }

  /** Calls `listener` on every change until the returned function is called. */
  subscribe(listener: (change: StoreChange) => void): () => void {
    this.#listeners.add(listener);
    // The bundled content's parts arrive after the elements first render;
    // listen for them only while someone listens here, so a removed guide is not kept alive.
    this.#unfollow ??= onDefaultContent((locale) => this.#notify({ kind: 'content', locale }));
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size) return;
      this.#unfollow?.();
      this.#unfollow = undefined;
    };
  }

  #notify(change: StoreChange) {
    for (const listener of [...this.#listeners]) listener(change);
  }
}
