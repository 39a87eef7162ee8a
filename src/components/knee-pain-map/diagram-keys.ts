/**
 * What a key pressed on a region of the diagram does (the arrow keys move
 * between neighbours as they appear on screen, Home and End go to the first
 * and last region, Enter and Space choose, Escape clears), as a pure function.
 */
import type { MapView, Side } from '../../context/selection-context.js';
import { nextSpot, spots, type Direction } from './geometry.js';

export type KeyAction = { focus: string } | { choose: string | null };

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/**
 * The action for `key` pressed on region `current`, or `undefined` to leave
 * the key to the browser. `hasSelection`: Escape clears only a selection.
 */
export function diagramKey(key: string, current: string, side: Side, view: MapView, hasSelection: boolean): KeyAction | undefined {
  const list = spots[view];
  if (ARROWS.has(key)) return { focus: nextSpot(current, key as Direction, side, view) };
  if (key === 'Home') return { focus: list[0]!.id };
  if (key === 'End') return { focus: list[list.length - 1]!.id };
  if (key === 'Enter' || key === ' ') return { choose: current };
  if (key === 'Escape' && hasSelection) return { choose: null };
  return undefined;
}
