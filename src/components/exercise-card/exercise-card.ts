import { frame } from '../shared/frame.js';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '../../i18n/localize.js';
import { base } from '../../styles/base.js';
import { KneeElement } from '../shared/knee-element.js';
import { styles } from './exercise-card.styles.js';
import { regionExercises } from '../../content/content-index.js';
import type { Exercise, Region } from '../../content/types.js';
import { heading, headingLevel } from '../shared/heading.js';
import { booleanAttribute, booleanFor, idOf, listChoices, shorten, warnInvalid } from '../shared/attributes.js';
import { ExerciseSession, realClock, type Clock, type SessionChange } from './session.js';
import { announcement, renderSession, type SessionView } from './session-view.js';
import {
  ExerciseCompleteEvent,
  ExerciseStartEvent,
  KneeExerciseCompleteEvent,
  KneeExerciseStartEvent,
  type ExerciseProgressDetail,
} from './events.js';
import { MotionController } from './motion.js';
import { renderFigure } from './figure-view.js';
import { renderExercise } from './exercise-view.js';
import { Slots } from './slots.js';

/**
 * Each card's number among the cards showing the same exercise on the page,
 * for its "Do it now" landmark's name.
 */
const sameExercise = new Slots<ExerciseCard>();

/**
 * One rehab or strengthening exercise: what it works, how much, step by step,
 * form tips, common mistakes, when to stop, and easier or harder versions.
 *
 * Without an `exercise` attribute, inside a guide, it shows the exercises
 * suggested for the region chosen on the map.
 *
 * "Do it now" runs a guided session: a get-ready countdown, hold timer or rep
 * counter, rests, one leg then the other, announced politely to screen
 * readers, paused when the page is hidden, then a 0–10 pain check with advice
 * from the content's pain rule. Nothing is stored or sent; the page may
 * listen to the events.
 *
 * @tagname exercise-card
 * @summary A knee exercise a person can follow right on the page.
 * @fires {KneeExerciseStartEvent} knee-exercise-start - The visitor started a guided session. `detail`: `{ exercise, setsDone, reps, holds, pain }` (all zero or null).
 * @fires {KneeExerciseCompleteEvent} knee-exercise-complete - A guided session ended. `detail`: `{ exercise, setsDone, reps, holds, pain, early }`.
 * @fires {ExerciseStartEvent} exercise-start - Deprecated: the old name of `knee-exercise-start`, fired just after it; it goes in the next release.
 * @fires {ExerciseCompleteEvent} exercise-complete - Deprecated: the old name of `knee-exercise-complete`, fired just after it; it goes in the next release.
 * @csspart base - The element's box: padding, border, background and text colour.
 * @csspart card - The exercise itself.
 * @csspart figure - The illustration of the movement.
 * @csspart stop - The "stop if" safety rule.
 * @csspart session - The "Do it now" timer and rep counter.
 * @csspart pain-check - The 0–10 pain check and its advice.
 * @cssprop --knee-accent - Brand colour.
 * @cssprop --knee-accent-text - Text on the brand colour (buttons).
 * @cssprop --knee-surface-alt - Background of secondary areas (notes, secondary buttons).
 * @cssprop --knee-muted - Secondary text.
 * @cssprop --knee-border - Borders and dividers.
 * @cssprop --knee-surface - Background of the card.
 * @cssprop --knee-text - Text colour.
 * @cssprop --knee-font - Font family.
 * @cssprop --knee-radius - Corner radius.
 * @cssprop --knee-emergency - Colour of the "stop if" marker.
 * @cssprop --knee-dark-accent - Brand colour in dark mode (`theme="dark"`, or a page whose `color-scheme` is dark). These have a `--knee-dark-…` twin: accent, accent-text, surface, surface-alt, text, muted, border, focus-ring, emergency, emergency-text, today, soon, routine, ok (the region fills and skin do not: they suit both).
 */
export class ExerciseCard extends KneeElement {
  static override styles = [base, styles];

  constructor() {
    // Without an exercise id the card follows the map: it needs the regions
    // and their causes to suggest exercises.
    super({ first: ['exercises'], later: () => (this.exerciseId ? ['sources'] : ['sources', 'regions', 'conditions']) });
  }

  /**
   * The exercise id from the content, e.g. `wall-sit`. Leave empty inside a guide to follow the map.
   * An id that is not in the content (a typo) shows a calm "Exercise not found" message that offers
   * the exercises there are, and warns once in the console naming the valid ids. The attribute
   * keeps the value set; it is only ever shown as text. While a clinic's content (which may add
   * exercises) is loading, the card says it is loading instead.
   */
  @property({ reflect: true }) exercise: string | null = null;

  /**
   * Level of the card's main heading (1–6), so it fits the page's outline; its sections go one deeper.
   * Anything but a whole number from 1 to 6 (`0`, `7`, `-1`, `2.5`, `abc`) means 2, and warns once
   * in the console.
   */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 2;

  /** The exercise shown when the visitor switched to an easier or harder one, or picked a suggestion. */
  @state() private current: string | null = null;

  /** An easier or harder variant described in words (not an exercise of its own). */
  @state() private variant: 'easier' | 'harder' | null = null;

  /**
   * Play a short beep at each change of step during a session. Off by default.
   * A boolean attribute: present is on, except `sound="false"`, which is read as off (and warns once).
   */
  @property({ converter: booleanAttribute }) sound = false;

  /**
   * Vibrate (on phones that can) at each change of step during a session. Off by default.
   * A boolean attribute: present is on, except `vibrate="false"`, which is read as off (and warns once).
   */
  @property({ converter: booleanAttribute }) vibrate = false;

  /** Set while an id not in the content waits for a clinic's content, which may add it. */
  @state() private settling = false;

  /** What the polite live region says. */
  @state() private announce = '';

  /** The pain score picked on the pain check just shown, for its advice. */
  @state() private painShown: number | null = null;

  /** The guided session of the exercise on show; `sessionFor` is its id. */
  /**
   * The clock the session's countdown and the movement run on. Tests (or an
   * app that keeps its own time) can pass another with the same methods.
   */
  @property({ attribute: false }) clock: Clock = realClock;

  private session = new ExerciseSession(
    this,
    (c) => this.onSessionChange(c),
    () => this.clock,
  );
  private sessionFor = '';
  /** This card's number among the cards showing its exercise (see `sameExercise`). */
  private sameExerciseNumber = 1;
  /** The element in the "Do it now" part that had focus as this update began. */
  private focusedInSession: Element | null = null;
  private audio?: AudioContext;

  /** Worked out once per update in willUpdate(), read by render(). */
  private resolved: Resolved = { suggested: [] };

  /** The `exercise` set by the page, as an id: `null` when none (or not a string or a number). */
  private get exerciseId(): string | null {
    return idOf(this.exercise);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('sound')) this.sound = booleanFor(this, 'sound', this.sound);
    if (changed.has('vibrate')) this.vibrate = booleanFor(this, 'vibrate', this.vibrate);
    if (changed.has('headingLevel') && this.headingLevel != null && headingLevel(this.headingLevel, 0) === 0) {
      warnInvalid(this, 'heading-level', this.headingLevel, 'using 2', 'a whole number from 1 to 6');
    }
    if (changed.has('exercise') || changed.has('selection')) {
      this.current = null;
      this.variant = null;
    }
    // A different exercise on show: the old session no longer applies.
    this.resolved = this.resolve();
    if (this.session.status !== 'idle' && this.resolved.shown?.id !== this.sessionFor) {
      this.session.reset();
      this.painShown = null;
    }
    this.checkExercise();
    const shownId = this.resolved.shown?.id;
    if (shownId && this.isConnected) this.sameExerciseNumber = sameExercise.claim(shownId, this);
    else sameExercise.release(this);
    const active = this.shadowRoot?.activeElement;
    this.focusedInSession = active?.closest('[part="session"]') ? active : null;
  }

  override updated() {
    // Start, Finish, "Do it again" (and the last "Set done") each remove the
    // button just pressed: focus goes to the control of the new state rather
    // than fall to the page.
    if (this.focusedInSession && this.shadowRoot?.activeElement !== this.focusedInSession) {
      this.sessionControl()?.focus();
    }
    this.focusedInSession = null;
  }

  /** The control of the session's state: Start, Pause (or Resume), the pain check, or "Do it again". */
  private sessionControl(): HTMLElement | null {
    const root = this.renderRoot;
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

  /** Warns about an `exercise` that is not in the content, once the content is final. */
  private checkExercise() {
    const id = this.exerciseId;
    const exercises = this.data.content.exercises;
    if (!id || this.data.exercise(id) || !exercises.length) return;
    const store = this.guide.store;
    if (!store?.contentPending) {
      warnInvalid(this, 'exercise', id, 'showing "Exercise not found"', listChoices(exercises.map((e) => e.id)));
    } else if (!this.settling) {
      this.settling = true;
      void store.contentReady.then(() => (this.settling = false));
    }
  }

  override render() {
    return frame(this.renderBody());
  }

  /** What the card shows: an exercise, a chooser of the region's exercises, or a hint. */
  private renderBody() {
    const { region, suggested, shown } = this.resolved;
    const id = this.exerciseId;
    if (id) {
      if (this.data.exercise(id) && shown) return this.renderExercise(shown);
      // The exercises (or a clinic's content) may still be on their way.
      return this.settling || !this.data.content.exercises.length
        ? html`<p class="hint" role="status">${msg('Loading the exercise…')}</p>`
        : this.renderUnknown(id, shown);
    }
    if (!region) {
      return html`<p class="hint">
        ${msg('Choose where it hurts on the knee map, and exercises that may help will appear here.')}
      </p>`;
    }
    if (!suggested.length) {
      // Some causes (a growth-plate problem, a calf strain, a clot) have no
      // home exercise we can suggest: say so rather than look broken.
      return html`<p class="hint">
        ${msg(str`There are no exercises to suggest for pain here (${region.name}). The knee map shows what may cause it and when to get help.`)}
      </p>`;
    }
    if (!shown) return nothing;
    return html`
      <p>${msg(str`Exercises that may help with pain here: ${region.name}`)}</p>
      <div class="chooser" role="group" aria-label=${msg('Suggested exercises')}>
        ${suggested.map(
          (e) => html`<button
            type="button"
            aria-pressed=${e.id === shown.id}
            @click=${() => this.show(e.id)}
          >
            ${e.name}
          </button>`,
        )}
      </div>
      ${this.renderExercise(shown)}
    `;
  }

  /** The exercise on show: the attribute's (or the variant picked), else the guide region's suggestion picked. */
  private resolve(): Resolved {
    const id = this.exerciseId;
    if (id) return { suggested: [], shown: this.data.exercise(this.current ?? id) };
    const region = this.data.region(this.guide.selection.region);
    const suggested = region ? regionExercises(this.data, region).slice(0, 6) : [];
    return { region, suggested, shown: this.data.exercise(this.current) ?? suggested[0] };
  }

  /**
   * The page named an exercise the content does not have: say so calmly, as
   * text, and offer the exercises there are; the one picked shows below.
   */
  private renderUnknown(id: string, shown: Exercise | undefined) {
    const all = this.data.content.exercises;
    const quoted = shorten(id, 60);
    return html`<div class="missing" part="card" role="note" aria-labelledby="missing">
        ${heading(headingLevel(this.headingLevel), msg('Exercise not found'), 'title', 'missing')}
        <p>${msg(str`Sorry, we could not find the exercise "${quoted}". The page may have a typo in its name.`)}</p>
        ${all.length
          ? html`<p id="offer">${msg('These are the exercises we have. Choose one to see it here.')}</p>
              <div class="chooser" role="group" aria-labelledby="offer">
                ${all.map(
                  (e) => html`<button
                    type="button"
                    aria-pressed=${e.id === shown?.id}
                    @click=${() => this.show(e.id)}
                  >
                    ${e.name}
                  </button>`,
                )}
              </div>`
          : nothing}
      </div>
      ${shown ? this.renderExercise(shown) : nothing}`;
  }

  private renderExercise(e: Exercise) {
    const target = (which: 'easier' | 'harder') => (e[which].exercise ? this.data.exercise(e[which].exercise!) : undefined);
    const home = this.exerciseId ? this.data.exercise(this.exerciseId) : undefined;
    return renderExercise({
      exercise: e,
      data: this.data,
      level: headingLevel(this.headingLevel),
      variant: this.variant,
      figure: renderFigure(e, this.motion),
      session: (section) => renderSession(this.sessionView(e), section),
      easier: target('easier'),
      harder: target('harder'),
      backTo: this.current && home && this.current !== home.id ? home : undefined,
      pickVariant: (which) => {
        const to = target(which);
        if (to) this.show(to.id);
        else this.variant = this.variant === which ? null : which;
      },
      show: (id) => this.show(id),
    });
  }

  /** Shows the exercise `id` (null: the page's own again), at its own level. */
  private show(id: string | null) {
    this.current = id;
    this.variant = null;
  }

  private readonly motion = new MotionController(this, () => this.clock);

  override connectedCallback() {
    super.connectedCallback();
    // Back on the page: claim a number among the cards of its exercise again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    sameExercise.release(this);
  }

  /** The session's state and handlers, for its templates (see session-view.ts). */
  private sessionView(e: Exercise): SessionView {
    return {
      exercise: e,
      session: this.session,
      mine: this.sessionFor === e.id,
      sameNumber: this.sameExerciseNumber,
      announce: this.announce,
      painShown: this.painShown,
      guidance: this.data.content.guidance,
      sessionExercise: this.data.exercise(this.sessionFor),
      exerciseName: (id) => this.data.exercise(id)?.name ?? '',
      start: () => this.startSession(e),
      togglePause: () => this.togglePause(),
      again: () => this.again(),
      ratePain: (n) => this.ratePain(n),
      switchTo: (id) => this.switchTo(id),
    };
  }

  private startSession(e: Exercise) {
    this.sessionFor = e.id;
    this.painShown = null;
    if (this.sound && !this.audio && typeof AudioContext !== 'undefined') this.audio = new AudioContext();
    this.session.start(e.dose);
  }

  private togglePause() {
    const paused = this.session.status === 'paused';
    if (paused) this.session.resume();
    else this.session.pause();
    this.announce = this.inLocale(() => (paused ? msg('Resumed.') : msg('Paused.')));
  }

  private again() {
    this.session.reset();
    this.announce = this.inLocale(() => msg('Ready to start again.'));
  }

  private ratePain(n: number) {
    this.painShown = n;
    this.session.ratePain(n);
  }

  private switchTo(id: string) {
    this.session.reset();
    this.current = id;
    this.variant = null;
  }

  private progress(): ExerciseProgressDetail {
    const s = this.session;
    return { exercise: this.sessionFor, setsDone: s.setsDone, reps: s.reps, holds: s.holds, pain: s.pain };
  }

  private onSessionChange(change: SessionChange) {
    // Called by the session's timer, outside render: speak the card's language.
    this.inLocale(() => this.sessionChanged(change));
    if (change !== 'done') this.cue();
  }

  private sessionChanged(change: SessionChange) {
    const s = this.session;
    if (change === 'start') {
      this.dispatchEvent(new KneeExerciseStartEvent(this.progress()));
      this.dispatchEvent(new ExerciseStartEvent(this.progress()));
    }
    if (change === 'check' || s.step?.kind === 'rest') this.painShown = null;
    this.announce = announcement(change, s.step, s.early) ?? this.announce;
    if (change === 'done') {
      this.dispatchEvent(new KneeExerciseCompleteEvent({ ...this.progress(), early: s.early }));
      this.dispatchEvent(new ExerciseCompleteEvent({ ...this.progress(), early: s.early }));
    }
  }

  /** Optional beep and buzz at each change of step: only if the embedder turned them on. */
  private cue() {
    if (this.vibrate) navigator.vibrate?.(150);
    const ctx = this.audio;
    if (!this.sound || !ctx) return;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    gain.gain.value = 0.1;
    osc.frequency.value = 880;
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.15);
  }
}

interface Resolved {
  region?: Region;
  suggested: Exercise[];
  shown?: Exercise;
}

declare global {
  interface HTMLElementTagNameMap {
    'exercise-card': ExerciseCard;
  }
}
