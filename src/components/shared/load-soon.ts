/**
 * Lets in-flight imports of the parts an element shows after its first render
 * (causes, sources, the exercise card) fail quietly: the element keeps working
 * with what it has, and the console says what is missing.
 *
 * Elements start these imports once their first render is painted, never on a visitor’s
 * click, so what the page fetches depends only on its markup.
 */
export function loadSoon(...loads: Promise<unknown>[]): void {
  for (const load of loads) {
    load.catch((e: unknown) => console.warn('knee-pain-widgets: part of the content failed to load.', e));
  }
}
