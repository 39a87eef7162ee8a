/**
 * Defines a custom element once. The page may load our script twice, or both
 * the module and the classic build: the second definition is skipped rather
 * than throwing "the name has already been used".
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
