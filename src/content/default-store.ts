/**
 * The bundled content of each locale, which arrives in parts.
 *
 * Every byte of the drop-in script is paid by every visitor, so each element's
 * module brings only the English part it needs to draw itself (the map:
 * regions and warning signs; a card: exercises; the checklist: warning signs)
 * and asks for the larger parts it shows later (causes, sources) as soon as it
 * connects. A page with only a checklist never loads the exercises, and an
 * English page never loads Spanish (see `../i18n/load.ts`).
 *
 * Each part registers itself here when its module runs; every guide then
 * provides a fresh index (a new object, so context consumers re-render).
 */
import guidance from '../../content/en/guidance.json';
import { indexContent, type ContentIndex } from './content-index.js';
import type { Content } from './types.js';

/** A part of the default content: some of its lists. */
export type ContentPart = Partial<Omit<Content, 'locale'>>;

const empty = (locale: string): Content =>
  ({
    locale,
    sources: [],
    regions: [],
    conditions: [],
    exercises: [],
    redFlags: [],
    rules: [],
    questions: [],
    // English until the locale's own arrives (with its UI strings): the
    // elements always have something to say, and stay hidden meanwhile.
    guidance,
  }) as unknown as Content;

const indexes = new Map<string, ContentIndex>();
const listeners = new Set<(locale: string, index: ContentIndex) => void>();

/** The default content of `locale` loaded so far, indexed (empty for a locale not loading). */
export function defaultIndex(locale = 'en'): ContentIndex {
  let index = indexes.get(locale);
  if (!index) indexes.set(locale, (index = indexContent(empty(locale))));
  return index;
}

/** The parts that have arrived, as `locale/name`. */
const arrived = new Set<string>();

/** Whether the part `name` of `locale`'s content is here. */
export const hasPart = (locale: string, name: string): boolean => arrived.has(`${locale}/${name}`);

/** Adds the part `name` of `locale`'s content (called once by each module in `parts/`). */
export function addDefaultContent(part: ContentPart, locale = 'en', name = ''): void {
  arrived.add(`${locale}/${name}`);
  const index = indexContent({ ...defaultIndex(locale).content, ...part });
  indexes.set(locale, index);
  for (const listener of listeners) listener(locale, index);
}

/** Calls `listener` whenever a part of any locale arrives; returns the unsubscribe function. */
export function onDefaultContent(listener: (locale: string, index: ContentIndex) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
