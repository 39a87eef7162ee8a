/**
 * Exercise figures: a side-view stick figure per pose (band-walk faces the
 * viewer), as SVG content for the caller's `<svg viewBox=${POSE_VIEWBOX}>`.
 * Colours come from the caller's CSS via classes: `fig` body, `fig-work`
 * working leg, `fig-head`, `prop` props, `floor` (also `prop`).
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { Pose } from '../../content/types.js';

/** The coordinate box the figures are drawn in. */
export const POSE_VIEWBOX = '0 0 200 120';

/** A polyline through joints: CSS class, joint indices. */
type Limb = [string, number[]];

// A frame is x y pairs: head, shoulder, elbow, hand, hip, then knee, ankle,
// toe of the far leg and of the working leg; any further joints belong to
// the pose's extra limbs. Start and end share the joints, so their paths
// share one command structure and SMIL can interpolate between them.
const LIMBS: Limb[] = [
  ['fig', [4, 5, 6, 7]],
  ['fig', [4, 1, 2, 3]],
  ['fig-work', [4, 8, 9, 10]],
];

// Start frame, end frame, fixed props as one path, extra limbs (a second
// arm, or a band or strap that moves with the figure).
const POSES: Record<Pose, [string, string, string?, Limb[]?]> = {
  'lying-leg': ['64 107 78 110 88 110 100 102 104 110 117 93 132 108 140 111 125 110 146 110 147 102', '64 107 78 110 88 110 100 102 104 110 117 93 132 108 140 111 123 100 141 90 138 83'],
  'seated-extension': ['87 45 87 58 92 70 105 78 88 84 109 87 107 108 115 108 109 86 110 107 118 107', '87 45 87 58 92 70 105 78 88 84 109 87 107 108 115 108 109 85 130 83 130 75', 'M80 115V90H108V115M80 90V54'],
  'wall-sit': ['61 31 58 44 62 58 74 67 58 70 68 88 78 108 86 111 69 88 80 108 88 111', '61 42 58 55 62 69 74 78 58 81 78 87 78 108 86 111 78 87 80 108 88 111', 'M52 8V115'],
  'squat': ['96 50 90 61 104 66 119 69 78 84 99 87 101 108 109 111 99 87 103 108 111 111', '100 28 99 41 114 44 129 45 98 67 104 87 101 108 109 111 104 87 103 108 111 111', 'M58 115V90H88V115M58 90V52'],
  'step': ['100 30 97 43 100 57 108 70 92 68 85 88 76 108 84 111 113 72 114 93 122 96', '114 13 114 26 113 41 115 56 113 52 116 73 111 93 119 96 118 72 114 93 122 96', 'M102 115V100H168V115'],
  'split-squat': ['96 35 96 48 95 63 96 78 96 74 88 93 70 104 77 111 109 90 122 108 130 111', '96 48 96 61 95 76 96 91 96 87 91 107 70 104 77 111 117 88 122 108 130 111'],
  'bridge': ['49 106 62 110 76 110 90 110 88 110 94 90 105 108 113 111 96 91 108 108 116 111', '49 106 62 110 76 110 90 110 85 97 103 87 105 108 113 111 103 88 108 108 116 111'],
  'side-lying': ['38 90 56 99 44 111 36 98 80 110 101 110 122 111 127 106 101 108 122 106 124 101', '38 90 56 99 44 111 36 98 80 110 101 110 122 111 127 106 98 99 116 88 115 82'],
  'band-walk': ['100 29 100 42 113 54 107 67 100 68 95 88 90 108 84 111 105 88 110 108 116 111 87 54 93 67 88 83 112 83', '110 29 110 42 123 54 117 67 110 68 100 88 90 108 84 111 120 88 130 108 136 111 97 54 103 67 93 83 127 83', '', [['fig', [1, 11, 12]], ['prop', [13, 14]]]],
  'stretch-standing': ['99 27 99 40 97 55 97 70 98 66 99 87 99 108 107 111 98 87 97 108 105 111 114 40 128 42', '99 27 99 40 91 53 84 67 98 66 99 87 99 108 107 111 95 87 87 67 79 68 114 40 128 42', 'M131 115V20', [['fig', [1, 11, 12]]]],
  'stretch-lying': ['50 107 64 110 74 101 86 94 90 110 111 110 132 110 134 102 107 98 124 86 120 79 128 84 123 77', '50 107 64 110 72 98 81 88 90 110 111 110 132 110 134 102 95 90 100 69 92 67 101 65 93 63', '', [['prop', [11, 3, 12]]]],
};

const joints = (f: string) => f.split(' ').map(Number);
const path = (p: number[], js: number[]) => js.map((j, i) => `${i ? 'L' : 'M'}${p[2 * j]} ${p[2 * j + 1]}`).join('');

/** How long the movement plays when asked for: three cycles of `anim` (its `dur` × `repeatCount`). */
export const MOTION_MS = 3 * 4000;

/**
 * Under reduced motion, how long each position shows before the figure steps
 * to the other: half a cycle of `anim`, so the three cycles show each position three times.
 */
export const STILL_MS = 2000;

// There, hold, back, hold: 4 s a cycle, eased, three times, then it rests at
// the start (an endless loop would cost every frame while the page is open).
const anim = (attr: string, a: string | number, b: string | number) =>
  svg`<animate attributeName=${attr} values=${[a, b, b, a, a].join(';')} keyTimes="0;0.4;0.5;0.9;1" dur="4s" repeatCount="3" calcMode="spline" keySplines="0.4 0 0.6 1;0 0 1 1;0.4 0 0.6 1;0 0 1 1"/>`;

function draw(pose: Pose, end: boolean, move: boolean): SVGTemplateResult {
  const [s, e, props, extra = []] = POSES[pose];
  const a = joints(s);
  const b = joints(e);
  const p = end ? b : a;
  const limbs = [...LIMBS, ...extra];
  // One path per colour, each limb a subpath of it: a few elements per
  // figure to build and lay out, not one (and one template) per limb.
  const d = (cls: string, at: number[]) =>
    limbs
      .filter(([c]) => c === cls)
      .map(([, js]) => path(at, js))
      .join('');
  const stroke = (cls: string) => d(cls, p) || nothing;
  const moves = (cls: string) => {
    const from = move ? d(cls, a) : '';
    return from ? anim('d', from, d(cls, b)) : nothing;
  };
  return svg`<g fill="none" stroke-linecap="round" stroke-linejoin="round"><path class="prop floor" d="M4 115H196"/><path
    class="prop" d=${props || nothing}/><path class="fig" d=${stroke('fig')}>${moves('fig')}</path><path
    class="fig-work" d=${stroke('fig-work')}>${moves('fig-work')}</path><path class="prop" d=${stroke('prop')}>${moves('prop')}</path></g><circle
    class="fig-head" cx=${p[0]} cy=${p[1]} r="8">${move ? [anim('cx', a[0], b[0]), anim('cy', a[1], b[1])] : nothing}</circle>`;
}

/** The figure in its start or end position, without motion. */
export function poseStill(pose: Pose, which: 'start' | 'end'): SVGTemplateResult {
  return draw(pose, which === 'end', false);
}

/**
 * The figure moving start → end → start, pausing at each end (SMIL), for
 * `MOTION_MS`. Shown only when the visitor asks for it.
 */
export function poseMotion(pose: Pose): SVGTemplateResult {
  return draw(pose, false, true);
}
