import { ContextConsumer } from '@lit/context';
import type { LitElement, ReactiveController } from 'lit';
import { guideContext } from '../context/guide-context.js';
import { emptySelection, type Selection } from '../context/selection-context.js';
import { defaultIndex } from '../content/default-store.js';
import type { ContentIndex } from '../content/content-index.js';
import type { GuideStore, StoreChange } from './guide-store.js';

type Host = LitElement;

/**
 * Connects an element to its guide's store: it reads the selection and the
 * content from it, and asks the element to update when either changes (as
 * `selection` and `content` in the element's changed properties).
 */
export class GuideConsumer implements ReactiveController {
  /** The store of the element's guide; undefined until the element is connected. */
  store?: GuideStore;
  #unsubscribe?: () => void;

  /** @param locale The language the element speaks: only its content's changes update it. */
  constructor(
    private readonly host: Host,
    private readonly locale: () => string,
  ) {
    // Subscribed, so an element the page moves into another guide follows that guide.
    new ContextConsumer(host, { context: guideContext, subscribe: true, callback: (store) => this.#use(store) });
    host.addController(this);
  }

  /** What the visitor picked in this guide. */
  get selection(): Selection {
    return this.store?.selection ?? emptySelection;
  }

  /** The content to render, in the element's language. */
  get content(): ContentIndex {
    return this.store?.content(this.locale()) ?? defaultIndex(this.locale());
  }

  hostConnected() {
    if (this.store && !this.#unsubscribe) this.#subscribe(this.store);
  }

  hostDisconnected() {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #use(store: GuideStore) {
    if (store === this.store) return;
    const before = { selection: this.selection, content: this.content };
    this.#unsubscribe?.();
    this.store = store;
    this.#subscribe(store);
    this.host.requestUpdate('selection', before.selection);
    this.host.requestUpdate('content', before.content);
  }

  #subscribe(store: GuideStore) {
    let selection = this.selection;
    let content = this.content;
    this.#unsubscribe = store.subscribe((change: StoreChange) => {
      if (change.kind === 'selection') {
        this.host.requestUpdate('selection', selection);
        selection = this.selection;
      } else if (change.locale === '*' || change.locale === this.locale()) {
        this.host.requestUpdate('content', content);
        content = this.content;
      }
    });
  }
}
