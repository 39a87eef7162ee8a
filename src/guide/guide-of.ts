/**
 * The nearest `<knee-pain-guide>` around `el`, through shadow roots, whether
 * its code has arrived yet or not (it is a chunk of its own). An element
 * inside one belongs to that guide, never to the page-wide one.
 */
export function guideOf(el: Element): Element | undefined {
  let node: Element | null = el.parentElement ?? hostOf(el);
  while (node) {
    if (node.localName === 'knee-pain-guide') return node;
    node = node.parentElement ?? hostOf(node);
  }
  return undefined;
}

const hostOf = (el: Element): Element | null => {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
};
