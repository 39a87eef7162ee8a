/**
 * Turns an exercise's dose into the steps of a guided session: get ready,
 * hold or reps, rest, set after set, one leg then the other. Pure data.
 */
import type { Dose } from '../../content/types.js';

export type Leg = 'left' | 'right';

export interface Step {
  kind: 'ready' | 'hold' | 'reps' | 'rest';
  /** The working leg, or `null` for two-legged exercises. */
  side: Leg | null;
  /** 1-based set number within this side. */
  set: number;
  sets: number;
  /** Length of a timed step (ready, hold, rest); 0 for reps, which the visitor counts. */
  seconds: number;
  /** Target repetitions of a reps step; 0 otherwise. */
  reps: number;
}

export const READY_SECONDS = 5;

// Content comes from clinics too: keep a typo ("holdSeconds": 4500) from
// producing an hour-long hold or a thousand sets.
const clamp = (n: number | undefined, min: number, max: number, fallback: number) =>
  typeof n === 'number' && Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n))) : fallback;

export function planSession(dose: Dose, readySeconds = READY_SECONDS): Step[] {
  const sets = clamp(dose.sets, 1, 30, 1);
  const hold = dose.holdSeconds === undefined ? 0 : clamp(dose.holdSeconds, 1, 300, 10);
  const reps = hold ? 0 : clamp(dose.reps, 1, 100, 10);
  const rest = clamp(dose.restSeconds, 0, 300, 30);
  const sides: (Leg | null)[] = dose.perSide ? ['left', 'right'] : [null];
  const steps: Step[] = [];
  for (const side of sides) {
    const base = { side, sets };
    // A countdown before each leg's first set: time to get into position.
    steps.push({ ...base, kind: 'ready', set: 1, seconds: readySeconds, reps: 0 });
    for (let set = 1; set <= sets; set++) {
      steps.push(hold ? { ...base, kind: 'hold', set, seconds: hold, reps: 0 } : { ...base, kind: 'reps', set, seconds: 0, reps });
      if (set < sets && rest > 0) steps.push({ ...base, kind: 'rest', set, seconds: rest, reps: 0 });
    }
  }
  return steps;
}

/** Whole seconds left, rounded up, so a countdown shows 1 until it ends. */
export const secondsLeft = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

/** "1:05" / "0:09". */
export const clockText = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
