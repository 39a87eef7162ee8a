/** The language that applies to an element: its nearest `lang`, else the page's, else the browser's. */
export function pageLang(el: Element): string {
  return langOf(el) || navigator.language;
}

/**
 * The nearest `lang` attribute at or around `el`, crossing shadow roots (an
 * embed inside a framework's component), else the page's; empty if none says.
 */
export function langOf(el: Element): string {
  for (let node: Element | null = el; node; ) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang;
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return '';
}
