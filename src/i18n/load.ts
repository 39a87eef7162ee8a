/**
 * Loads a locale other than English on demand: its UI strings and the parts
 * of its content an element needs. English is bundled with each element, so
 * an English page never downloads any of this.
 *
 * Each entry is a static `import()` so rollup makes one chunk per locale part.
 * Adding a locale: see "Adding a language" in the README.
 */
import { sourceLocale } from './locale-codes.js';
import type { Locale } from './localize.js';

/** The parts content arrives in (see `src/content/parts/`). */
export type Part = 'regions' | 'flags' | 'conditions' | 'exercises' | 'sources';

type Loaders = Record<Part | 'ui', () => Promise<unknown>>;

const loaders: Record<Locale, Loaders> = {
  es: {
    ui: () => import('./es.js'),
    regions: () => import('../content/parts/es/regions.js'),
    flags: () => import('../content/parts/es/flags.js'),
    conditions: () => import('../content/parts/es/conditions.js'),
    exercises: () => import('../content/parts/es/exercises.js'),
    sources: () => import('../content/parts/es/sources.js'),
  },
};

/** What has arrived, as `locale/part`. */
const arrived = new Set<string>();

/** Whether `locale`'s UI strings and `parts` are all here (always, for English). */
export const isLoaded = (locale: Locale, parts: readonly Part[]): boolean =>
  locale === sourceLocale || !loaders[locale] || ['ui', ...parts].every((p) => arrived.has(`${locale}/${p}`));

/**
 * Starts loading `locale`'s UI strings and `parts`; resolves when they have
 * all arrived (at once for English). Never rejects: what fails to load stays
 * English, and the console says so.
 */
export function loadLocale(locale: Locale, parts: readonly Part[]): Promise<void> {
  const own = loaders[locale];
  if (locale === sourceLocale || !own) return Promise.resolve();
  return Promise.all(
    (['ui', ...parts] as const).map((p) =>
      own[p]().then(
        () => void arrived.add(`${locale}/${p}`),
        (e: unknown) => console.warn(`knee-pain-widgets: the ${locale} ${p} could not load.`, e),
      ),
    ),
  ).then(() => undefined);
}
