import type { LitElement, ReactiveController } from 'lit';
import type { Clock } from './session.js';
import { MOTION_MS, STILL_MS } from './poses.js';
import { reducedMotion } from '../shared/reduced-motion.js';

/**
 * "Show the movement": whether the moving figure shows, for `MOTION_MS` from
 * the visitor's press, then the stills return (WCAG 2.2.2). Under reduced
 * motion the figure does not move: it steps between the two positions every
 * `STILL_MS` instead, and `pose` is the one it shows.
 */
export class MotionController implements ReactiveController {
  moving = false;
  stepping = false;
  pose: 'start' | 'end' = 'start';
  #stop?: () => void;
  #stopStepping?: () => void;

  constructor(
    private readonly host: LitElement,
    private readonly clock: () => Clock,
  ) {
    host.addController(this);
  }

  hostDisconnected() {
    this.show(false);
  }

  toggle() {
    this.show(!this.moving);
  }

  show(on: boolean) {
    this.#stop?.();
    this.#stopStepping?.();
    this.#stop = this.#stopStepping = undefined;
    this.moving = on;
    this.stepping = on && reducedMotion();
    this.pose = 'start';
    this.host.requestUpdate();
    if (!on) return;
    this.#stop = this.clock().after(MOTION_MS, () => this.show(false));
    if (this.stepping) {
      this.#stopStepping = this.clock().every(STILL_MS, () => {
        this.pose = this.pose === 'start' ? 'end' : 'start';
        this.host.requestUpdate();
      });
    }
  }
}
