import { ensurePageGuide } from './guide/page-guide.js';
import { KneePainGuide } from './components/knee-pain-guide/knee-pain-guide.js';

/**
 * Defines one of our elements once. The page may load our script twice, or
 * both the module and the classic build: the second definition is skipped
 * rather than throwing "the name has already been used".
 *
 * The page-wide guide and `<knee-pain-guide>` come first, so an element
 * always upgrades inside the guide it belongs to, which already provides its store.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  ensurePageGuide();
  if (!customElements.get('knee-pain-guide')) customElements.define('knee-pain-guide', KneePainGuide);
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
