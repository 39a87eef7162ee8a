/**
 * The pain check after a set: which of the content's bands a 0–10 score
 * falls in. Pure.
 */
import type { PainBand } from '../../content/types.js';

/** The band for a score; scores are clamped to 0–10 and rounded. Bands may come unsorted. */
export function painBand(score: number, bands: readonly PainBand[]): PainBand | undefined {
  const s = Math.min(10, Math.max(0, Math.round(Number.isFinite(score) ? score : 0)));
  return [...bands].sort((a, b) => a.max - b.max).find((b) => s <= b.max);
}
