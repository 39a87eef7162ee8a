import type { RedFlag, Tier } from '../../content/types.js';

/** The advice the checklist gives: a red-flag tier, or `none` when nothing is ticked. */
export type Level = Tier | 'none';

const rank: Record<Level, number> = { emergency: 3, soon: 2, routine: 1, none: 0 };

export interface Triage {
  level: Level;
  /** The ticked flags that set the level (those of the highest tier), in content order. */
  reasons: RedFlag[];
}

/**
 * Turns ticked warning signs into one piece of advice. The highest tier
 * always wins: one emergency sign outweighs any number of milder ones.
 * Unknown ids are ignored (the page may hold stale ids).
 */
export function triage(flags: readonly RedFlag[], ticked: Iterable<string>): Triage {
  const on = new Set(ticked);
  const hits = flags.filter((f) => on.has(f.id));
  const level = hits.reduce<Level>((best, f) => (rank[f.tier] > rank[best] ? f.tier : best), 'none');
  return { level, reasons: hits.filter((f) => f.tier === level) };
}
