export interface ExerciseProgressDetail {
  /** Exercise id from the content. */
  readonly exercise: string;
  /** Sets finished, counting each leg separately for one-legged exercises. */
  readonly setsDone: number;
  /** Repetitions counted, for rep-based exercises. */
  readonly reps: number;
  /** Holds finished, for hold-based exercises. */
  readonly holds: number;
  /** The highest 0–10 pain score the visitor gave, or `null` if none. */
  readonly pain: number | null;
}

export interface ExerciseCompleteDetail extends ExerciseProgressDetail {
  /** True when the visitor finished before the last set. */
  readonly early: boolean;
}

/**
 * Fired when the visitor starts a guided session ("Start"). Bubbles and is
 * composed. Nothing is stored or sent by the card.
 */
export class KneeExerciseStartEvent extends Event {
  static readonly eventName = 'knee-exercise-start' as const;
  readonly detail: ExerciseProgressDetail;
  constructor(detail: ExerciseProgressDetail) {
    super(KneeExerciseStartEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail });
  }
}

/**
 * Fired once when a guided session ends: after the last set's pain check is
 * answered or skipped, or when the visitor finishes early. Bubbles and is
 * composed.
 */
export class KneeExerciseCompleteEvent extends Event {
  static readonly eventName = 'knee-exercise-complete' as const;
  readonly detail: ExerciseCompleteDetail;
  constructor(detail: ExerciseCompleteDetail) {
    super(KneeExerciseCompleteEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail });
  }
}

/**
 * The old name of `knee-exercise-start`, fired just after it with the same detail.
 * @deprecated Listen for `knee-exercise-start`; this name goes in the next release.
 */
export class ExerciseStartEvent extends Event {
  static readonly eventName = 'exercise-start' as const;
  readonly detail: ExerciseProgressDetail;
  constructor(detail: ExerciseProgressDetail) {
    super(ExerciseStartEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail });
  }
}

/**
 * The old name of `knee-exercise-complete`, fired just after it with the same detail.
 * @deprecated Listen for `knee-exercise-complete`; this name goes in the next release.
 */
export class ExerciseCompleteEvent extends Event {
  static readonly eventName = 'exercise-complete' as const;
  readonly detail: ExerciseCompleteDetail;
  constructor(detail: ExerciseCompleteDetail) {
    super(ExerciseCompleteEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'knee-exercise-start': KneeExerciseStartEvent;
    'knee-exercise-complete': KneeExerciseCompleteEvent;
    'exercise-start': ExerciseStartEvent;
    'exercise-complete': ExerciseCompleteEvent;
  }
}
