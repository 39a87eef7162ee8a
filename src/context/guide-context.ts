import { createContext } from '@lit/context';
import type { Selection } from './selection-context.js';

/**
 * What an element may ask of its guide besides firing public events. Used
 * when page code sets a map's `selected`: the guide should follow, but no
 * user-action event may fire.
 */
export interface GuideApi {
  select(selection: Selection): void;
}

export const guideContext = createContext<GuideApi>(Symbol('knee-guide'));
