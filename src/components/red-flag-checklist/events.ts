import type { Level } from '../../triage/triage.js';

export interface RedFlagChangeDetail {
  /** The resulting advice level. */
  readonly level: Level;
  /** Ids of the warning signs ticked, in content order. */
  readonly ticked: readonly string[];
}

/**
 * Fired when the visitor ticks or unticks a warning sign. Bubbles and is
 * composed. The page may listen; the widget itself never stores or sends it.
 */
export class KneeRedFlagChangeEvent extends Event {
  static readonly eventName = 'knee-red-flag-change' as const;
  readonly detail: RedFlagChangeDetail;
  constructor(detail: RedFlagChangeDetail) {
    super(KneeRedFlagChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail, ticked: Object.freeze([...detail.ticked]) });
  }
}

/**
 * The old name of `knee-red-flag-change`, fired just after it with the same detail.
 * @deprecated Listen for `knee-red-flag-change`; this name goes in the next release.
 */
export class RedFlagChangeEvent extends Event {
  static readonly eventName = 'red-flag-change' as const;
  readonly detail: RedFlagChangeDetail;
  constructor(detail: RedFlagChangeDetail) {
    super(RedFlagChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail, ticked: Object.freeze([...detail.ticked]) });
  }
}

declare global {
  interface HTMLElementEventMap {
    'knee-red-flag-change': KneeRedFlagChangeEvent;
    'red-flag-change': RedFlagChangeEvent;
  }
}
