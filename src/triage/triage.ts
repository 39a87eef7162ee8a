/**
 * The one triage model: which level of advice a set of warning signs calls
 * for. The checklist (ticked boxes) and the map (refine answers that point
 * to signs) both ask it, so the same story gets the same level everywhere.
 * Pure: no DOM, no Lit.
 */
import type { RedFlag, Tier } from '../content/types.js';

/** The advice for a story: a warning sign's tier, or `none` (no warning signs: self-care). */
export type Level = Tier | 'none';

/** Every level, most urgent first. */
export const levels: readonly Level[] = ['emergency', 'today', 'soon', 'routine', 'none'];

/** Warning-sign tiers, most urgent first. */
export const tiers: readonly Tier[] = ['emergency', 'today', 'soon', 'routine'];

/** Negative when `a` is more urgent than `b`: sorts most urgent first. */
export const byUrgency = (a: Level, b: Level): number => levels.indexOf(a) - levels.indexOf(b);

export interface Triage {
  level: Level;
  /** The signs that set the level (those of the most urgent tier), in content order. */
  reasons: RedFlag[];
}

/**
 * Turns warning signs into one piece of advice. The most urgent tier always
 * wins: one emergency sign outweighs any number of milder ones. Unknown ids
 * are ignored (a page may hold stale ids).
 */
export function triage(flags: readonly RedFlag[], signs: Iterable<string>): Triage {
  const on = new Set(signs);
  const hits = flags.filter((f) => on.has(f.id));
  const level = hits.reduce<Level>((best, f) => (byUrgency(f.tier, best) < 0 ? f.tier : best), 'none');
  return { level, reasons: hits.filter((f) => f.tier === level) };
}

/** Whether advice at this level means "be seen now or today": nothing milder (self-care, exercises) should compete with it. */
export const isUrgent = (level: Level): boolean => level === 'emergency' || level === 'today';
