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
 * A region in diagram units. `d` is the outline drawn and clicked; the centre
 * and radii summarise it for arrow-key navigation and the target-size check
 * (the centre lies inside the outline).
 */
export interface Spot {
  id: string;
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  /** Closed SVG path of the region's shape, in the same 240 × 320 box. */
  d: string;
}

// Each spot is at least 28 × 24 units: the diagram is never drawn narrower
// than 240 CSS px, so every target stays at least 24 × 24 CSS px (WCAG 2.5.8).
export const spots: Record<MapView, Spot[]> = {
  front: [
    {
      id: 'above-kneecap',
      cx: 120,
      cy: 88,
      rx: 22,
      ry: 17,
      d: 'M110 72C115 69 125 69 130 72C135 75 138 83 140 88C142 93 145 99 142 102C139 105 127 105 120 105C113 105 101 105 98 102C95 99 98 93 100 88C102 83 105 75 110 72Z',
    },
    {
      id: 'kneecap',
      cx: 120,
      cy: 138,
      rx: 26,
      ry: 30,
      d: 'M120 108C127 108 136 106 140 109C144 112 147 119 147 126C147 133 146 143 141 150C136 157 127 168 120 168C113 168 104 157 99 150C94 143 93 133 93 126C93 119 96 112 100 109C104 106 113 108 120 108Z',
    },
    {
      id: 'below-kneecap',
      cx: 120,
      cy: 185,
      rx: 14,
      ry: 14,
      d: 'M120 171C124 171 130 170 132 173C134 176 135 183 135 187C135 191 132 196 130 198C128 200 123 199 120 199C117 199 112 200 110 198C108 196 105 191 105 187C105 183 106 176 108 173C110 170 116 171 120 171Z',
    },
    {
      id: 'shin-bump',
      cx: 120,
      cy: 215,
      rx: 16,
      ry: 13,
      d: 'M120 202C124 202 130 203 133 205C136 207 136 212 136 215C136 218 134 223 131 225C128 227 124 228 120 228C116 228 112 227 109 225C106 223 104 218 104 215C104 212 104 207 107 205C110 203 116 202 120 202Z',
    },
    {
      id: 'outer-above-joint',
      cx: 85,
      cy: 150,
      rx: 15,
      ry: 23,
      d: 'M75 126C78 125 83 127 86 130C89 133 90 137 92 142C94 147 98 153 99 158C100 163 102 168 100 170C98 172 94 173 90 172C86 171 82 169 79 166C76 163 73 157 72 152C71 147 70 142 71 138C72 134 72 127 75 126Z',
    },
    {
      id: 'outer-joint-line',
      cx: 87,
      cy: 187,
      rx: 15,
      ry: 12,
      d: 'M74 176C77 174 84 175 88 175C92 175 99 176 101 178C103 180 102 183 102 186C102 189 102 194 99 196C96 198 90 199 86 199C82 199 77 200 75 198C73 196 72 192 72 188C72 184 71 178 74 176Z',
    },
    {
      id: 'inner-joint-line',
      cx: 157,
      cy: 185,
      rx: 19,
      ry: 12,
      d: 'M140 177C143 175 149 175 154 174C159 173 164 172 168 173C172 174 174 178 175 181C176 184 174 190 171 193C168 196 164 198 160 198C156 198 150 198 146 196C142 194 139 191 138 188C137 185 137 179 140 177Z',
    },
    {
      id: 'upper-inner-shin',
      cx: 155,
      cy: 218,
      rx: 15,
      ry: 16,
      d: 'M150 204C154 202 161 201 164 201C167 201 169 203 170 206C171 209 170 214 168 218C166 222 164 227 160 230C156 233 150 235 147 234C144 233 141 230 140 226C139 222 139 216 141 212C143 208 146 206 150 204Z',
    },
  ],
  back: [
    {
      id: 'back-outer',
      cx: 81,
      cy: 166,
      rx: 15,
      ry: 30,
      d: 'M76 136C79 134 85 135 88 138C91 141 93 146 94 152C95 158 97 166 96 172C95 178 93 186 90 190C87 194 82 196 78 196C74 196 71 193 69 188C67 183 67 173 67 166C67 159 68 153 69 148C70 143 73 138 76 136Z',
    },
    {
      id: 'back-centre',
      cx: 120,
      cy: 169,
      rx: 20,
      ry: 29,
      d: 'M120 140C124 140 128 147 131 152C134 157 140 162 140 168C140 174 136 181 133 186C130 191 124 198 120 198C116 198 110 191 107 186C104 181 100 174 100 168C100 162 106 157 109 152C112 147 116 140 120 140Z',
    },
    {
      id: 'back-inner',
      cx: 159,
      cy: 166,
      rx: 15,
      ry: 30,
      d: 'M152 136C155 133 161 134 164 136C167 138 170 143 172 148C174 153 174 161 174 168C174 175 172 183 170 188C168 193 163 196 160 196C157 196 153 194 150 190C147 186 145 178 144 172C143 166 145 158 146 152C147 146 149 139 152 136Z',
    },
    {
      id: 'upper-calf',
      cx: 124,
      cy: 250,
      rx: 52,
      ry: 49,
      d: 'M120 203C129 203 143 198 152 200C161 202 168 208 172 216C176 224 178 236 176 246C174 256 171 269 162 278C153 287 135 298 122 298C109 298 92 289 84 280C76 271 73 257 72 246C71 235 74 224 78 216C82 208 89 203 96 201C103 199 111 203 120 203Z',
    },
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
