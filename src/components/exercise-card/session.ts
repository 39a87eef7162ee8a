/**
 * The "do it now" session: a reactive controller that walks through the
 * plan's steps on a clock, counts reps and holds, and pauses when the page is
 * hidden. The clock is injected so tests run on fake time.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dose } from '../../content/types.js';
import { planSession, type Step } from './plan.js';

/** Time for the card: the session's countdown and the movement. Tests pass a fake one. */
export interface Clock {
  /** Milliseconds, from any fixed start. */
  now(): number;
  /** Calls `fn` every `ms` until the returned function is called. */
  every(ms: number, fn: () => void): () => void;
  /** Calls `fn` once after `ms`, unless the returned function is called first. */
  after(ms: number, fn: () => void): () => void;
}

export const realClock: Clock = {
  now: () => performance.now(),
  every(ms, fn) {
    const id = setInterval(fn, ms);
    return () => clearInterval(id);
  },
  after(ms, fn) {
    const id = setTimeout(fn, ms);
    return () => clearTimeout(id);
  },
};

/**
 * idle → running ⇄ paused → check (pain check after the last set) → done.
 * `finish()` jumps to done from anywhere.
 */
export type SessionStatus = 'idle' | 'running' | 'paused' | 'check' | 'done';

/** What just happened, for announcements, sound and events. */
export type SessionChange = 'start' | 'step' | 'check' | 'done';

const TICK_MS = 200;

export class ExerciseSession implements ReactiveController {
  status: SessionStatus = 'idle';
  steps: Step[] = [];
  index = 0;
  /** Time left in the current timed step. */
  remainingMs = 0;
  /** Reps counted in the current set. */
  repsInSet = 0;
  reps = 0;
  holds = 0;
  setsDone = 0;
  /** Highest pain score given in this session. */
  pain: number | null = null;
  /** True when the page being hidden caused the pause. */
  pausedByPage = false;
  early = false;

  private stopTicking?: () => void;
  private last = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: (change: SessionChange) => void = () => {},
    private readonly clockOf: () => Clock = () => realClock,
  ) {
    host.addController(this);
  }

  get step(): Step | undefined {
    return this.status === 'running' || this.status === 'paused' ? this.steps[this.index] : undefined;
  }

  get active(): boolean {
    return this.status === 'running' || this.status === 'paused';
  }

  hostConnected() {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected() {
    document.removeEventListener('visibilitychange', this.onVisibility);
    if (this.status === 'running') this.pause();
  }

  start(dose: Dose) {
    this.steps = planSession(dose);
    Object.assign(this, { index: 0, reps: 0, holds: 0, setsDone: 0, pain: null, early: false, pausedByPage: false });
    this.status = 'running';
    this.enter();
    this.run();
    this.onChange('start');
    this.host.requestUpdate();
  }

  pause(byPage = false) {
    if (this.status !== 'running') return;
    this.tick();
    this.halt();
    this.status = 'paused';
    this.pausedByPage = byPage;
    this.host.requestUpdate();
  }

  resume() {
    if (this.status !== 'paused') return;
    this.status = 'running';
    this.pausedByPage = false;
    this.run();
    this.host.requestUpdate();
  }

  /** Count one repetition; the set ends by itself at its target. */
  rep() {
    const s = this.step;
    if (this.status !== 'running' || s?.kind !== 'reps') return;
    this.repsInSet++;
    if (this.repsInSet >= s.reps) this.next();
    this.host.requestUpdate();
  }

  /** End the current step now: skip the countdown or rest, or end a set of reps early. */
  next() {
    const s = this.step;
    if (!s) return;
    if (s.kind === 'hold') {
      this.holds++;
      this.setsDone++;
    } else if (s.kind === 'reps') {
      this.reps += this.repsInSet;
      if (this.repsInSet > 0) this.setsDone++;
    }
    this.index++;
    if (this.index >= this.steps.length) {
      this.halt();
      this.status = 'check';
      this.onChange('check');
    } else {
      this.enter();
      this.onChange('step');
    }
    this.host.requestUpdate();
  }

  /** Record a 0–10 pain score; keeps the highest. After the last set it ends the session. */
  ratePain(score: number) {
    this.pain = Math.max(this.pain ?? 0, score);
    if (this.status === 'check') this.finish();
    this.host.requestUpdate();
  }

  /** End the session now (the visitor finished early, or skipped the last pain check). */
  finish() {
    if (this.status === 'idle' || this.status === 'done') return;
    if (this.status !== 'check') {
      const s = this.step;
      // A set of reps in progress counts as far as it went.
      if (s?.kind === 'reps' && this.repsInSet > 0) {
        this.reps += this.repsInSet;
        this.setsDone++;
      }
      this.early = true;
    }
    this.halt();
    this.status = 'done';
    this.onChange('done');
    this.host.requestUpdate();
  }

  /** Back to the start screen. */
  reset() {
    this.halt();
    this.status = 'idle';
    this.host.requestUpdate();
  }

  private enter() {
    const s = this.steps[this.index]!;
    this.remainingMs = s.seconds * 1000;
    this.repsInSet = 0;
  }

  private run() {
    this.halt();
    this.last = this.clockOf().now();
    this.stopTicking = this.clockOf().every(TICK_MS, () => this.tick());
  }

  private halt() {
    this.stopTicking?.();
    this.stopTicking = undefined;
  }

  private tick() {
    const now = this.clockOf().now();
    let elapsed = now - this.last;
    this.last = now;
    // Time left over at the end of one step carries into the next, so a slow
    // tick never makes the session longer than planned.
    while (this.status === 'running' && this.step && this.step.kind !== 'reps') {
      if (elapsed < this.remainingMs) {
        this.remainingMs -= elapsed;
        break;
      }
      elapsed -= this.remainingMs;
      this.next();
    }
    this.host.requestUpdate();
  }

  private onVisibility = () => {
    if (document.hidden) this.pause(true);
  };
}
