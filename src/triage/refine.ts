/**
 * Re-ranking a region's likely causes from the visitor's answers to the
 * refine questions, and the warning signs those answers point to. Pure: no
 * DOM, no Lit.
 *
 * The model reads like likelihood ratios on a log scale. Each cause starts
 * from how common it is in the region (its prior); each answer adds its
 * content-defined weight (±1 a weak hint, ±2 moderate, ±3 strong, ±6
 * decisive). A decisive answer alone lifts a rare cause (0) above a common
 * one (4) that no answer favoured, and drops a ruled-out cause below every
 * other: no special cases. Ties keep the content's order ("most common
 * first"), so with no answers the ranking is exactly the content's.
 */
import type { Commonness, RedFlag, Region, RegionCause, RefineQuestion } from '../content/types.js';
import { byUrgency, triage, type Level } from './triage.js';

export type Answer = 'yes' | 'no';

/** Question id → answer. Unanswered questions are absent. */
export type Answers = Readonly<Record<string, Answer>>;

/** Starting score by commonness: two steps of 2, so one strong answer (3) crosses one step. */
export const prior: Readonly<Record<Commonness, number>> = { common: 4, 'less-common': 2, rare: 0 };

export interface RankedCause {
  readonly cause: RegionCause;
  readonly score: number;
  /** Sum of the answers' weights for this cause: > 0 fits the answers, < 0 fits them less. */
  readonly shift: number;
}

export interface Refined {
  readonly causes: readonly RankedCause[];
  /** The level the answers call for, from the same triage as the checklist. */
  readonly level: Level;
  /** Warning signs the answers point to, most urgent first. */
  readonly urgent: readonly RedFlag[];
  /** How many of the region's questions are answered. */
  readonly answered: number;
}

export interface RefineLookup {
  question(id: string): RefineQuestion | undefined;
  redFlag(id: string): RedFlag | undefined;
}

/** The signs a set of answers points to, in question order (for `triage`). */
export function signsOf(region: Region, answers: Answers, lookup: RefineLookup): string[] {
  const ids: string[] = [];
  for (const qid of region.questions) {
    const effect = effectOf(lookup.question(qid), answers, qid);
    if (effect?.redFlag && !ids.includes(effect.redFlag)) ids.push(effect.redFlag);
  }
  return ids;
}

export function refine(region: Region, answers: Answers, lookup: RefineLookup): Refined {
  const shifts = new Map<string, number>();
  let answered = 0;
  for (const qid of region.questions) {
    const effect = effectOf(lookup.question(qid), answers, qid);
    if (!effect) continue;
    answered++;
    for (const [condition, weight] of Object.entries(effect.boost ?? {})) {
      shifts.set(condition, (shifts.get(condition) ?? 0) + weight);
    }
  }
  const causes = region.causes
    .map((cause, order) => {
      const shift = shifts.get(cause.condition) ?? 0;
      return { cause, shift, score: prior[cause.commonness] + shift, order };
    })
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ cause, shift, score }) => ({ cause, shift, score }));
  const flags = signsOf(region, answers, lookup)
    .map((id) => lookup.redFlag(id))
    .filter((f): f is RedFlag => !!f);
  const { level } = triage(flags, flags.map((f) => f.id));
  const urgent = [...flags].sort((a, b) => byUrgency(a.tier, b.tier));
  return { causes, level, urgent, answered };
}

/**
 * The effect of the given answer, if it is a real "yes" or "no". `answers` is
 * a plain object, so a question id such as "constructor" (a valid content id)
 * would otherwise read an inherited function as an answer, and any other value
 * (from a page or older state) would make `q[answer]` undefined.
 */
function effectOf(q: RefineQuestion | undefined, answers: Answers, qid: string) {
  const answer = Object.hasOwn(answers, qid) ? answers[qid] : undefined;
  if ((answer !== 'yes' && answer !== 'no') || !q) return undefined;
  return q[answer];
}
