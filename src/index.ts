/**
 * The drop-in script. It holds no element itself: it looks at the page and
 * loads the code (and the content) of just the elements the page uses, so a
 * page with one exercise card never pays for the knee map.
 *
 * What is fetched depends only on the page's markup, never on what a visitor
 * does, and only from the folder this script was loaded from.
 *
 * Exports nothing, so the classic (IIFE) loader defines no global; loaded
 * twice (even from two URLs), the chunks are the same modules and run once.
 */
// Element name → what to fetch: its chunk, and the content parts that chunk
// imports. With the shared core (Lit, the page-wide guide, <knee-pain-guide>)
// they are fetched at once, rather than a round trip after the chunk is parsed.
const chunks: Record<string, () => Promise<unknown>[]> = {
  'knee-pain-guide': () => [import('./components/knee-pain-guide/define.js')],
  'knee-pain-map': () => [
    import('./components/knee-pain-map/define.js'),
    import('./content/parts/regions.js'),
    import('./content/parts/flags.js'),
  ],
  'exercise-card': () => [import('./components/exercise-card/define.js')],
  'red-flag-checklist': () => [
    import('./components/red-flag-checklist/define.js'),
    import('./content/parts/flags.js'),
    import('./content/parts/regions.js'),
  ],
};
const tags = Object.keys(chunks);
const pending = new Set(tags);

function load(tag: string) {
  if (!pending.delete(tag)) return;
  // Every chunk brings the core, which defines <knee-pain-guide>: once any
  // element loads, a guide needs nothing more (and the observer can stop
  // when the three elements are in).
  pending.delete('knee-pain-guide');
  for (const chunk of [...chunks['knee-pain-guide']!(), ...chunks[tag]!()]) {
    chunk.catch((e: unknown) => console.error(`knee-pain-widgets: could not load <${tag}>.`, e));
  }
  if (!pending.size) observer.disconnect();
}

/** Loads the chunk of every element in or under `root`. */
function discover(root: Element | Document) {
  if (root instanceof Element && pending.has(root.localName)) load(root.localName);
  for (const tag of pending) if (root.querySelector(tag)) load(tag);
}

// Elements written later in the HTML, or added by page code at any time.
const observer = new MutationObserver((records) => {
  for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) discover(n);
});
observer.observe(document, { childList: true, subtree: true });
discover(document);
