import { createContext } from '@lit/context';

export type Side = 'left' | 'right';
export type MapView = 'front' | 'back';

/**
 * What the visitor has picked in a guide: shared by every element in it.
 * Immutable: the provider replaces it on every change, which is what makes
 * @lit/context notify consumers.
 */
export interface Selection {
  /** Region id, or `null` when nothing is selected. */
  readonly region: string | null;
  readonly view: MapView;
  readonly side: Side;
}

export const emptySelection: Selection = Object.freeze({ region: null, view: 'front', side: 'right' });

export const selectionContext = createContext<Selection>(Symbol('knee-selection'));
