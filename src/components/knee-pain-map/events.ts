import type { MapView, Side } from '../../context/selection-context.js';

/** How the visitor chose: on the diagram with a pointer or touch, with the keyboard, or from the text list. */
export type SelectVia = 'pointer' | 'keyboard' | 'list';

export interface KneeRegionSelectDetail {
  /** Region id, or `null` when the selection was cleared. */
  readonly region: string | null;
  readonly view: MapView;
  readonly side: Side;
  readonly via: SelectVia;
}

/**
 * Fired when the visitor selects or clears a region. Bubbles and is composed,
 * so a page, or the guide around the map, can listen anywhere above it.
 * Not fired when page code sets `selected`.
 */
export class KneeRegionSelectEvent extends Event {
  static readonly eventName = 'knee-region-select' as const;
  readonly detail: KneeRegionSelectDetail;
  constructor(detail: KneeRegionSelectDetail) {
    super(KneeRegionSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail });
  }
}

export interface KneeRefineAnswerDetail {
  /** The region whose questions were shown. */
  readonly region: string;
  /** Question id from the content. */
  readonly question: string;
  /** The answer, or `null` for "not sure" (answer withdrawn). */
  readonly answer: 'yes' | 'no' | null;
  /** The warning sign this answer points to, if any: the map shows its advice first. */
  readonly redFlag: string | null;
}

/**
 * Fired when the visitor answers one of the map's refine questions. Bubbles
 * and is composed. The answers stay in the page: nothing is stored or sent.
 */
export class KneeRefineAnswerEvent extends Event {
  static readonly eventName = 'knee-refine-answer' as const;
  readonly detail: KneeRefineAnswerDetail;
  constructor(detail: KneeRefineAnswerDetail) {
    super(KneeRefineAnswerEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'knee-region-select': KneeRegionSelectEvent;
    'knee-refine-answer': KneeRefineAnswerEvent;
  }
}
