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
 * (inside the outline) places it for arrow-key navigation, and the radii give
 * its rough extent.
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

/** Side of the square, in units, that every region holds clear of the regions drawn over it. */
export const TARGET = 26;

// The diagram is never drawn narrower than 224 CSS px (knee-pain-map.styles.ts),
// so a TARGET square is at least 24.3 CSS px: each region takes a 24 × 24 px
// fingertip (WCAG 2.5.8 target size).
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
      cy: 134,
      rx: 26,
      ry: 28,
      d: 'M120 108C125 108 130 106 134 107C138 108 141 109 143 112C145 115 146 119 146 124C146 129 145 135 143 140C141 145 138 150 134 154C130 158 125 162 120 162C115 162 110 158 106 154C103 151 101 146 99 141C97 136 95 129 95 124C95 119 95 115 97 112C99 109 102 108 106 107C110 106 115 108 120 108Z',
    },
    {
      id: 'below-kneecap',
      cx: 120,
      cy: 183,
      rx: 17,
      ry: 17,
      d: 'M120 166C124 166 128 165 131 166C134 167 135 168 136 171C137 174 137 179 137 183C137 187 137 191 136 194C135 197 134 198 131 199C128 200 124 200 120 200C116 200 112 200 109 199C107 198 106 197 105 194C104 191 104 187 104 183C104 179 104 174 105 171C106 168 107 167 109 166C112 165 116 166 120 166Z',
    },
    {
      id: 'shin-bump',
      cx: 120,
      cy: 219,
      rx: 17,
      ry: 17,
      d: 'M120 203C124 203 128 202 131 203C134 204 135 205 136 208C137 211 137 215 137 219C137 223 137 227 136 230C135 233 134 234 131 235C128 236 124 236 120 236C116 236 112 236 109 235C106 234 105 233 104 230C103 227 103 223 103 219C103 215 103 211 104 208C105 205 106 204 109 203C112 202 116 203 120 203Z',
    },
    {
      id: 'outer-above-joint',
      cx: 85,
      cy: 150,
      rx: 17,
      ry: 25,
      d: 'M73 126C76 124 81 125 84 126C87 127 90 129 92 131C94 134 95 137 96 141C97 145 98 149 99 153C100 157 102 160 102 163C102 166 103 170 100 172C98 174 91 174 87 174C83 174 77 174 74 173C71 172 70 170 69 166C68 163 68 157 68 152C68 147 68 140 69 136C70 132 71 128 73 126Z',
    },
    {
      id: 'outer-joint-line',
      cx: 85,
      cy: 193,
      rx: 16,
      ry: 17,
      d: 'M86 177C90 177 94 176 96 177C99 178 100 179 101 182C102 185 101 190 101 193C101 197 101 200 100 203C99 206 98 208 95 209C93 210 88 210 85 210C82 210 78 210 75 209C73 208 71 206 70 203C69 200 69 197 69 193C69 190 69 185 70 182C71 179 72 178 75 177C78 176 83 177 86 177Z',
    },
    {
      id: 'inner-joint-line',
      cx: 156,
      cy: 187,
      rx: 17,
      ry: 18,
      d: 'M156 170C159 170 163 169 166 170C169 171 171 172 172 175C173 178 173 182 173 186C173 190 172 194 171 197C170 200 168 203 165 204C162 205 158 205 155 205C152 205 148 205 145 204C143 203 141 200 140 197C139 194 140 190 140 186C140 182 140 178 141 175C142 172 145 171 147 170C150 169 153 170 156 170Z',
    },
    {
      id: 'upper-inner-shin',
      cx: 160,
      cy: 222,
      rx: 19,
      ry: 18,
      d: 'M160 209C164 209 168 208 171 209C174 210 176 211 177 214C178 217 179 222 179 226C179 230 179 235 177 238C176 241 173 242 170 243C167 244 163 244 159 244C155 244 151 243 148 242C145 241 143 239 142 236C141 233 141 229 141 225C141 221 141 217 142 214C143 211 146 210 149 209C152 208 156 209 160 209Z',
    },
  ],
  back: [
    {
      id: 'back-outer',
      cx: 81,
      cy: 166,
      rx: 15,
      ry: 30,
      d: 'M78 135C81 135 85 135 87 137C90 139 92 142 93 145C95 149 95 154 96 158C97 162 97 167 97 171C97 175 96 180 94 184C93 188 91 192 88 194C86 196 82 197 79 197C76 197 73 195 71 192C69 189 68 184 67 180C66 176 66 171 66 166C66 161 66 155 67 151C68 147 69 143 71 140C73 137 75 136 78 135Z',
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
      d: 'M162 135C159 135 156 135 153 137C151 139 149 142 147 145C146 149 145 154 144 158C143 162 143 167 143 171C143 175 145 180 146 184C148 188 150 192 152 194C155 196 158 197 161 197C164 197 167 195 169 192C171 189 172 184 173 180C174 176 175 171 175 166C175 161 174 155 173 151C172 147 171 143 169 140C167 137 165 136 162 135Z',
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
