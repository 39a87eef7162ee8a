/**
 * Re-ranking a region's likely causes from the visitor's answers to the
 * refine questions. Pure: no DOM, no Lit.
 *
 * Each cause starts from how common it is in that region; every answered
 * question adds its content-defined weights. Ties keep the content's order
 * (which is "most common first"), so with no answers the ranking is exactly
 * the content's. An answer that points to a warning sign is returned
 * separately so the caller can put it above everything else.
 */
import type { Commonness, RedFlag, Region, RegionCause, RefineQuestion, Tier } from '../../content/types.js';

export type Answer = 'yes' | 'no';

/** Question id → answer. Unanswered questions are absent. */
export type Answers = Readonly<Record<string, Answer>>;

/**
 * Starting score by commonness. The gap of 2 between steps means one strong
 * answer (weight 3) lifts a less common cause above a common one, while a
 * single mild answer (weight 1) does not.
 */
const start: Record<Commonness, number> = { common: 4, 'less-common': 2, rare: 0 };

export interface RankedCause {
  readonly cause: RegionCause;
  readonly score: number;
  /** Sum of the answers' weights for this cause: > 0 fits the answers, < 0 fits them less. */
  readonly shift: number;
}

export interface Refined {
  readonly causes: readonly RankedCause[];
  /** Warning signs the answers point to, most urgent first. */
  readonly urgent: readonly RedFlag[];
  /** How many of the region's questions are answered. */
  readonly answered: number;
}

export interface RefineLookup {
  question(id: string): RefineQuestion | undefined;
  redFlag(id: string): RedFlag | undefined;
}

const tierOrder: readonly Tier[] = ['emergency', 'soon', 'routine'];

export function refine(region: Region, answers: Answers, lookup: RefineLookup): Refined {
  const shifts = new Map<string, number>();
  const urgent: RedFlag[] = [];
  let answered = 0;
  for (const qid of region.questions) {
    const answer = answers[qid];
    const q = lookup.question(qid);
    // Only a "yes" or a "no" counts. `answers` is a plain object, so a question
    // id such as "constructor" (a valid content id) would otherwise read an
    // inherited function as an answer, and any other value (from a page or
    // older state) would make `q[answer]` undefined and throw below.
    if ((answer !== 'yes' && answer !== 'no') || !q) continue;
    answered++;
    const effect = q[answer];
    for (const [condition, weight] of Object.entries(effect.boost ?? {})) {
      shifts.set(condition, (shifts.get(condition) ?? 0) + weight);
    }
    const flag = effect.redFlag ? lookup.redFlag(effect.redFlag) : undefined;
    if (flag && !urgent.includes(flag)) urgent.push(flag);
  }
  const causes = region.causes
    .map((cause, order) => {
      const shift = shifts.get(cause.condition) ?? 0;
      return { cause, shift, score: start[cause.commonness] + shift, order };
    })
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ cause, shift, score }) => ({ cause, shift, score }));
  urgent.sort((a, b) => tierOrder.indexOf(a.tier) - tierOrder.indexOf(b.tier));
  return { causes, urgent, answered };
}
