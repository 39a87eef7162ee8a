/**
 * The bundled English content, which arrives in parts.
 *
 * Every byte of the drop-in script is paid by every visitor, so each element's
 * module brings only the part it needs to draw itself (the map: regions and
 * warning signs; a card: exercises; the checklist: warning signs) and asks for
 * the larger parts it shows later (causes, sources) as soon as it connects.
 * A page with only a checklist never loads the exercises.
 *
 * Each part registers itself here when its module runs; every guide then
 * provides a fresh index (a new object, so context consumers re-render).
 */
import guidance from '../../content/en/guidance.json';
import { indexContent, type ContentIndex } from './content-index.js';
import type { Content } from './types.js';

/** A part of the default content: some of its lists. */
export type ContentPart = Partial<Omit<Content, 'locale' | 'guidance'>>;

let content = {
  locale: 'en',
  sources: [],
  regions: [],
  conditions: [],
  exercises: [],
  redFlags: [],
  rules: [],
  questions: [],
  guidance,
} as unknown as Content;
let index = indexContent(content);
const listeners = new Set<(index: ContentIndex) => void>();

/** The default content loaded so far, indexed. */
export const defaultIndex = (): ContentIndex => index;

/** Adds a part (called once by each module in `parts/`). */
export function addDefaultContent(part: ContentPart): void {
  content = { ...content, ...part };
  index = indexContent(content);
  for (const listener of listeners) listener(index);
}

/** Calls `listener` whenever a part arrives; returns the unsubscribe function. */
export function onDefaultContent(listener: (index: ContentIndex) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
