/**
 * Whether the content an element renders from may still change: a
 * `<knee-pain-guide>` around it is loading a clinic's own content
 * (`content-src` or `content`), which can add exercises and regions.
 *
 * An element given an id that is not in the content yet waits for this before
 * telling the webmaster the id is wrong: `heel-slide` may be the clinic's own
 * exercise, still on its way. Reads only the guide's public API
 * (`contentSrc`, `content`, `contentReady`), duck-typed, so this module does
 * not load the guide.
 */

import { guideOf } from '../../guide/guide-of.js';

interface GuideLike {
  contentSrc?: unknown;
  content?: unknown;
  contentReady?: unknown;
  updateComplete?: unknown;
}

/** Promises from `contentReady` known to have settled. */
const settled = new WeakSet<Promise<unknown>>();

/** Whether `guide` was given a clinic's content at all. */
const hasOwnContent = (guide: GuideLike): boolean =>
  (typeof guide.contentSrc === 'string' && guide.contentSrc.trim() !== '') || guide.content != null;

/** True while a guide around `host` may still replace the content it renders from. */
export function contentPending(host: Element): boolean {
  const guide = guideOf(host) as GuideLike | undefined;
  if (!guide || !hasOwnContent(guide)) return false;
  const ready = guide.contentReady;
  return ready instanceof Promise && !settled.has(ready);
}

/**
 * Resolves once the content `host` renders from is final: at once without a
 * guide loading a clinic's content, else when the latest load has been
 * applied or refused (a newer load started meanwhile is waited for too).
 */
export async function contentSettled(host: Element): Promise<void> {
  const guide = guideOf(host) as GuideLike | undefined;
  if (!guide || !hasOwnContent(guide)) return;
  for (let i = 0; i < 20; i++) {
    // The guide starts its load in its own update.
    if (guide.updateComplete instanceof Promise) await guide.updateComplete.catch(() => undefined);
    const ready = guide.contentReady;
    if (!(ready instanceof Promise) || settled.has(ready)) return;
    await ready.catch(() => undefined);
    settled.add(ready);
  }
}
