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
// Element name → what to fetch: its chunk, and (on an English page) the
// content parts it draws itself from. They are fetched at once, together
// with the shared core (Lit, the page-wide guide), rather than a round trip
// after the chunk is parsed. An element in another language asks
// for its own language's parts when it connects (see src/i18n/load.ts).
const chunks: Record<string, () => Promise<unknown>[]> = {
  'knee-pain-guide': () => [import('./components/knee-pain-guide/define.js')],
  'knee-pain-map': () => [import('./components/knee-pain-map/define.js')],
  'exercise-card': () => [import('./components/exercise-card/define.js')],
  'red-flag-checklist': () => [import('./components/red-flag-checklist/define.js')],
};
const englishParts: Record<string, () => Promise<unknown>[]> = {
  'knee-pain-map': () => [import('./content/parts/regions.js')],
  'exercise-card': () => [import('./content/parts/exercises.js')],
  'red-flag-checklist': () => [import('./content/parts/flags.js'), import('./content/parts/regions.js')],
};

/** Languages other than English (lit-localize.json's targetLocales; tests/node checks they match). */
const otherLocales = ['es'];

/**
 * Whether `el` will speak English: no `lang` around it names a language we
 * ship. A cheap guess for preloading only (src/i18n/localize.ts decides, and
 * importing it here would pull the core into this entry): a wrong guess costs
 * one early fetch, never the wrong language.
 */
const english = (el: Element) => {
  const lang = (el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase();
  return !otherLocales.some((l) => lang === l || lang.startsWith(`${l}-`) || lang.startsWith(`${l}_`));
};

/**
 * The shared core chunk. Every element chunk imports it statically, but the
 * browser only sees that import once the chunk has arrived: asking for it
 * here, with the first element's chunk, saves a whole round trip. (define.ts
 * lives in the core; see rollup.config.mjs.)
 */
const core = () => import('./define.js');

const tags = Object.keys(chunks);
const pending = new Set(tags);

function load(tag: string, el: Element) {
  if (!pending.delete(tag)) return;
  // Already defined by the classic script: nothing to fetch.
  if (customElements.get(tag)) return;
  const parts = english(el) ? (englishParts[tag]?.() ?? []) : [];
  const first = pending.size === tags.length - 1;
  for (const chunk of [...(first ? [core()] : []), ...chunks[tag]!(), ...parts]) {
    chunk.catch((e: unknown) => console.error(`knee-pain-widgets: could not load <${tag}>.`, e));
  }
  if (!pending.size) observer.disconnect();
}

/** Loads the chunk of every element in or under `root`. */
function discover(root: Element | Document) {
  if (root instanceof Element && pending.has(root.localName)) load(root.localName, root);
  for (const tag of pending) {
    const el = root.querySelector(tag);
    if (el) load(tag, el);
  }
}

// Elements written later in the HTML, or added by page code at any time.
const observer = new MutationObserver((records) => {
  for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) discover(n);
});
observer.observe(document, { childList: true, subtree: true });
discover(document);
