/**
 * Where each region sits on the diagrams, and how the arrow keys move between
 * them. Pure data and functions: no DOM.
 *
 * Shapes are drawn once per view in a 240 × 320 box with the knee's INNER
 * (medial) side on the right. The other combinations are mirror images:
 * seen from the front, a left knee's inner side is on the viewer's left; seen
 * from behind, a right knee's inner side is on the viewer's left.
 */
import type { MapView, Side } from '../../context/selection-context.js';

export const WIDTH = 240;
export const HEIGHT = 320;

/**
 * A region in diagram units. The centre and radii describe the ellipse that
 * keyboard navigation and the target-size check use; `d`, when given, is the
 * outline drawn and hit-tested instead (it should cover that ellipse's centre).
 */
export interface Spot {
  id: string;
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  /** Closed SVG path of the region's shape, in the same 240 × 320 box. */
  d?: string;
}

// Each spot is at least 28 × 24 units: the diagram is never drawn narrower
// than 240 CSS px, so every target stays at least 24 × 24 CSS px (WCAG 2.5.8).
export const spots: Record<MapView, Spot[]> = {
  front: [
    { id: 'above-kneecap', cx: 120, cy: 92, rx: 30, ry: 17 },
    { id: 'kneecap', cx: 120, cy: 136, rx: 25, ry: 26 },
    { id: 'below-kneecap', cx: 120, cy: 178, rx: 16, ry: 13 },
    { id: 'shin-bump', cx: 120, cy: 210, rx: 15, ry: 13 },
    { id: 'outer-above-joint', cx: 74, cy: 146, rx: 15, ry: 17 },
    { id: 'outer-joint-line', cx: 76, cy: 180, rx: 15, ry: 12 },
    { id: 'inner-joint-line', cx: 166, cy: 178, rx: 16, ry: 13 },
    { id: 'upper-inner-shin', cx: 158, cy: 212, rx: 16, ry: 14 },
  ],
  back: [
    { id: 'back-outer', cx: 80, cy: 160, rx: 16, ry: 24 },
    { id: 'back-centre', cx: 120, cy: 168, rx: 22, ry: 20 },
    { id: 'back-inner', cx: 160, cy: 160, rx: 16, ry: 24 },
    { id: 'upper-calf', cx: 120, cy: 238, rx: 40, ry: 26 },
  ],
};

/** True when the inner side is drawn on the viewer's left. */
export const isMirrored = (side: Side, view: MapView): boolean => (side === 'left') !== (view === 'back');

/** A spot's centre as the viewer sees it. */
export function screenCentre(spot: Spot, side: Side, view: MapView): { x: number; y: number } {
  return { x: isMirrored(side, view) ? WIDTH - spot.cx : spot.cx, y: spot.cy };
}

export type Direction = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

/**
 * The region the arrow key moves to: the nearest centre in that direction,
 * preferring ones in line with the current one. Returns the current id when
 * nothing lies that way (focus stays put rather than wrapping unexpectedly).
 */
export function nextSpot(current: string, dir: Direction, side: Side, view: MapView): string {
  const list = spots[view];
  const from = list.find((s) => s.id === current);
  if (!from) return list[0]!.id;
  const a = screenCentre(from, side, view);
  let best: { id: string; score: number } | undefined;
  for (const s of list) {
    if (s === from) continue;
    const b = screenCentre(s, side, view);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const [along, across] =
      dir === 'ArrowRight' ? [dx, dy] : dir === 'ArrowLeft' ? [-dx, dy] : dir === 'ArrowDown' ? [dy, dx] : [-dy, dx];
    if (along <= 4) continue;
    // Sideways distance counts double: up means up, not diagonally across.
    const score = along + 2 * Math.abs(across);
    if (!best || score < best.score) best = { id: s.id, score };
  }
  return best?.id ?? current;
}
