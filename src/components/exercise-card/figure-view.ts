import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../i18n/localize.js';
import type { Exercise } from '../../content/types.js';
import { POSE_VIEWBOX, poseMotion, poseStill } from './poses.js';
import type { MotionController } from './motion.js';

/**
 * The drawing of an exercise: its two positions, until the visitor asks to
 * see the movement. A figure that moves by itself distracts (WCAG 2.2.2) and
 * costs a frame's work many times a second. On paper, the stills.
 */
export function renderFigure(e: Exercise, motion: MotionController) {
  const still = (which: 'start' | 'end') =>
    html`<figure>
      <svg viewBox=${POSE_VIEWBOX} aria-hidden="true">${poseStill(e.pose, which)}</svg>
      <figcaption>${which === 'start' ? msg('Start position') : msg('End position')}</figcaption>
    </figure>`;
  const { moving, stepping, pose } = motion;
  return html`<div
      class="figure ${moving ? 'moving' : ''}"
      part="figure"
      role="img"
      aria-label=${msg(str`Drawing: ${e.name}, start and end positions`)}
    >
      ${moving
        ? html`<svg class="motion" viewBox=${POSE_VIEWBOX} aria-hidden="true" data-pose=${ifDefined(stepping ? pose : undefined)}>
            ${stepping ? poseStill(e.pose, pose) : poseMotion(e.pose)}
          </svg>`
        : nothing}
      <div class="stills">${still('start')}${still('end')}</div>
    </div>
    <p class="play">
      <button type="button" aria-pressed=${moving} @click=${() => motion.toggle()}>${msg('Show the movement')}</button>
    </p>`;
}
