/** The language that applies to an element: its nearest `lang`, else the page's, else the browser's. */
export function pageLang(el: Element): string {
  return el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || navigator.language;
}
