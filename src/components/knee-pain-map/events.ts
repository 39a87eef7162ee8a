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

declare global {
  interface HTMLElementEventMap {
    'knee-region-select': KneeRegionSelectEvent;
  }
}
