import type { LitElement, ReactiveController } from 'lit';
import { msg } from '../../i18n/localize.js';
import type { Exercise } from '../../content/types.js';
import { ExerciseSession, type Clock, type SessionChange } from './session.js';
import { announcement } from './session-view.js';
import {
  ExerciseCompleteEvent,
  ExerciseStartEvent,
  KneeExerciseCompleteEvent,
  KneeExerciseStartEvent,
  type ExerciseProgressDetail,
} from './events.js';

/** What the card offers the session: its clock and the visitor's cue settings. */
export type GuidedSessionHost = LitElement & { clock: Clock; sound: boolean; vibrate: boolean };

/**
 * The card's "Do it now": runs a session for the exercise it was started on,
 * says what changed in the card's language, fires the card's start and
 * complete events, beeps or buzzes if the embedder asked, and moves focus to
 * the control of the new state when the button pressed goes away.
 */
export class GuidedSession implements ReactiveController {
  readonly session: ExerciseSession;
  /** The id of the exercise the session runs. */
  exercise = '';
  /** What the session's polite live region says. */
  announce = '';
  /** The pain score picked on the pain check just shown, for its advice. */
  painShown: number | null = null;
  #audio?: AudioContext;
  /** The element in the "Do it now" part that had focus as this update began. */
  #focused: Element | null = null;

  constructor(
    private readonly host: GuidedSessionHost,
    /** Runs `fn` in the card's language (the session's timer calls back outside render). */
    private readonly inLocale: <T>(fn: () => T) => T,
  ) {
    host.addController(this);
    this.session = new ExerciseSession(
      host,
      (c) => this.changed(c),
      () => host.clock,
    );
  }

  /** The card now shows `id`: a session of another exercise no longer applies. */
  follow(id: string | undefined) {
    if (this.session.status !== 'idle' && id !== this.exercise) this.reset();
  }

  hostUpdate() {
    const active = this.host.shadowRoot?.activeElement;
    this.#focused = active?.closest('[part="session"]') ? active : null;
  }

  hostUpdated() {
    // Start, Finish, "Do it again" (and the last "Set done") each remove the
    // button just pressed: focus goes to the control of the new state rather
    // than fall to the page.
    if (this.#focused && this.host.shadowRoot?.activeElement !== this.#focused) this.control()?.focus();
    this.#focused = null;
  }

  start(e: Exercise) {
    this.exercise = e.id;
    this.painShown = null;
    if (this.host.sound && !this.#audio && typeof AudioContext !== 'undefined') this.#audio = new AudioContext();
    this.session.start(e.dose);
  }

  togglePause() {
    const paused = this.session.status === 'paused';
    if (paused) this.session.resume();
    else this.session.pause();
    this.say(this.inLocale(() => (paused ? msg('Resumed.') : msg('Paused.'))));
  }

  again() {
    this.session.reset();
    this.say(this.inLocale(() => msg('Ready to start again.')));
  }

  ratePain(n: number) {
    this.painShown = n;
    this.session.ratePain(n);
  }

  reset() {
    this.session.reset();
    this.painShown = null;
  }

  private say(text: string) {
    this.announce = text;
    this.host.requestUpdate();
  }

  /** The control of the session's state: Start, Pause (or Resume), the pain check, or "Do it again". */
  private control(): HTMLElement | null {
    const root = this.host.renderRoot;
    switch (this.session.status) {
      case 'idle':
        return root.querySelector('#start');
      case 'running':
      case 'paused':
        return root.querySelector('#pause');
      case 'check':
        return root.querySelector('[part="pain-check"] input:checked') ?? root.querySelector('[part="pain-check"] input');
      case 'done':
        return root.querySelector('#again');
    }
  }

  private progress(): ExerciseProgressDetail {
    const s = this.session;
    return { exercise: this.exercise, setsDone: s.setsDone, reps: s.reps, holds: s.holds, pain: s.pain };
  }

  private changed(change: SessionChange) {
    const s = this.session;
    const host = this.host;
    this.inLocale(() => {
      if (change === 'start') {
        host.dispatchEvent(new KneeExerciseStartEvent(this.progress()));
        host.dispatchEvent(new ExerciseStartEvent(this.progress()));
      }
      if (change === 'check' || s.step?.kind === 'rest') this.painShown = null;
      this.say(announcement(change, s.step, s.early) ?? this.announce);
      if (change === 'done') {
        host.dispatchEvent(new KneeExerciseCompleteEvent({ ...this.progress(), early: s.early }));
        host.dispatchEvent(new ExerciseCompleteEvent({ ...this.progress(), early: s.early }));
      }
    });
    if (change !== 'done') this.cue();
  }

  /** Optional beep and buzz at each change of step: only if the embedder turned them on. */
  private cue() {
    if (this.host.vibrate) navigator.vibrate?.(150);
    const ctx = this.#audio;
    if (!this.host.sound || !ctx) return;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    gain.gain.value = 0.1;
    osc.frequency.value = 880;
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.15);
  }
}
