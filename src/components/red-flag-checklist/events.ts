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
    'red-flag-change': RedFlagChangeEvent;
  }
}
