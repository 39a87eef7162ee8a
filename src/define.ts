import { ensurePageGuide } from './guide/page-guide.js';

/**
 * Defines one of our elements once. The page may load our script twice, or
 * both the module and the classic build: the second definition is skipped
 * rather than throwing "the name has already been used", and adds no second
 * page-wide guide.
 *
 * The page-wide guide comes first, so the element upgrades inside a guide
 * that already provides its context. A `<knee-pain-guide>` (its own chunk,
 * loaded only by pages that use one) takes over its elements when it arrives.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  // Defined by another copy (the classic script): its page guide serves the page.
  if (customElements.get(tag)) return;
  ensurePageGuide();
  customElements.define(tag, ctor);
}
