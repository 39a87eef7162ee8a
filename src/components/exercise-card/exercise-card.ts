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
import { realClock, type Clock } from './session.js';
import { renderSession, type SessionView } from './session-view.js';
import { GuidedSession } from './guided-session.js';
import { MotionController } from './motion.js';
import { renderChooser } from './chooser-view.js';
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

  /**
   * The clock the session's countdown and the movement run on. Tests (or an
   * app that keeps its own time) can pass another with the same methods.
   */
  @property({ attribute: false }) clock: Clock = realClock;

  private readonly guided = new GuidedSession(this, (fn) => this.inLocale(fn));
  private readonly motion = new MotionController(this, () => this.clock);
  /** This card's number among the cards showing its exercise (see `sameExercise`). */
  private sameExerciseNumber = 1;

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
    this.resolved = this.resolve();
    const shownId = this.resolved.shown?.id;
    this.guided.follow(shownId);
    this.checkExercise();
    if (shownId && this.isConnected) this.sameExerciseNumber = sameExercise.claim(shownId, this);
    else sameExercise.release(this);
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
      ${renderChooser({ exercises: suggested, shown: shown.id, pick: this.show, label: msg('Suggested exercises') })}
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
              ${renderChooser({ exercises: all, shown: shown?.id, pick: this.show, labelledBy: 'offer' })}`
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
      show: this.show,
    });
  }

  /** Shows the exercise `id` (null: the page's own again), at its own level. */
  private show = (id: string | null) => {
    this.current = id;
    this.variant = null;
  };

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
    const g = this.guided;
    return {
      exercise: e,
      session: g.session,
      mine: g.exercise === e.id,
      sameNumber: this.sameExerciseNumber,
      announce: g.announce,
      painShown: g.painShown,
      guidance: this.data.content.guidance,
      sessionExercise: this.data.exercise(g.exercise),
      exerciseName: (id) => this.data.exercise(id)?.name ?? '',
      start: () => g.start(e),
      togglePause: () => g.togglePause(),
      again: () => g.again(),
      ratePain: (n) => g.ratePain(n),
      // The pain check's "try the easier one".
      switchTo: (id) => {
        g.reset();
        this.show(id);
      },
    };
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
