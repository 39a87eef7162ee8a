/**
 * Loads the content parts an element needs, in its language, and for a
 * language other than English its UI strings. Nothing is bundled into an
 * element's chunk: a Spanish page never downloads the English content, and an
 * English page never downloads any Spanish.
 *
 * Each entry is a static `import()` so rollup makes one chunk per part.
 * Adding a language: see "Adding a language" in the README.
 */
import { hasPart } from '../content/default-store.js';
import { hasTemplates, type Locale } from './localize.js';

/** The parts content arrives in (see `src/content/parts/`). */
export type Part = 'regions' | 'flags' | 'conditions' | 'exercises' | 'sources';

type Loaders = Record<Part, () => Promise<unknown>> & { ui?: () => Promise<unknown> };

const loaders: Record<Locale, Loaders> = {
  en: {
    regions: () => import('../content/parts/regions.js'),
    flags: () => import('../content/parts/flags.js'),
    conditions: () => import('../content/parts/conditions.js'),
    exercises: () => import('../content/parts/exercises.js'),
    sources: () => import('../content/parts/sources.js'),
  },
  es: {
    ui: () => import('./es.js'),
    regions: () => import('../content/parts/es/regions.js'),
    flags: () => import('../content/parts/es/flags.js'),
    conditions: () => import('../content/parts/es/conditions.js'),
    exercises: () => import('../content/parts/es/exercises.js'),
    sources: () => import('../content/parts/es/sources.js'),
  },
};

/** Whether `locale`'s UI strings and `parts` are all here. */
export const isLoaded = (locale: Locale, parts: readonly Part[]): boolean =>
  hasTemplates(locale) && parts.every((p) => hasPart(locale, p));

/**
 * Each part's import, started once per page. A page of many elements asks for
 * the same parts once per element, and every `import()` costs a module-map
 * lookup and a promise even when the module is in: with a hundred maps, ~20 ms.
 * A part that failed stays failed (so does the browser's module map) and is
 * reported once.
 */
const started = new Map<string, Promise<unknown>>();

/**
 * Starts loading `locale`'s UI strings and `parts`; resolves when they have
 * all arrived. Never rejects: what fails to load is missing (or English, for
 * UI strings), and the console says so.
 */
export function loadLocale(locale: Locale, parts: readonly Part[]): Promise<void> {
  const own = loaders[locale] ?? loaders['en']!;
  const loads: [Part | 'ui', () => Promise<unknown>][] = parts.map((p) => [p, own[p]]);
  if (own.ui) loads.push(['ui', own.ui]);
  return Promise.all(
    loads.map(([p, load]) => {
      const key = `${locale}/${p}`;
      let loading = started.get(key);
      if (!loading) {
        loading = load().catch((e: unknown) => console.warn(`knee-pain-widgets: the ${locale} ${p} could not load.`, e));
        started.set(key, loading);
      }
      return loading;
    }),
  ).then(() => undefined);
}
