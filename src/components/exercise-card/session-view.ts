/**
 * The card's "Do it now" section: the start button, the step in progress
 * (countdown or rep counter), the pain check and the end of the session, as
 * template functions. The card holds the session and the handlers.
 */
import { html, nothing } from 'lit';
import { msg, str } from '../../i18n/localize.js';
import type { Exercise, Guidance } from '../../content/types.js';
import type { ExerciseSession } from './session.js';
import { clockText, secondsLeft, type Step } from './plan.js';
import { painBand } from './pain.js';

export interface SessionView {
  exercise: Exercise;
  session: ExerciseSession;
  /** Whether the session is this exercise's (the card may have switched to another since). */
  mine: boolean;
  /** The card's number among the cards of the same exercise on the page (its landmark's name). */
  sameNumber: number;
  announce: string;
  painShown: number | null;
  guidance: Guidance;
  /** The exercise the session runs (for the pain check's "try the easier one"). */
  sessionExercise: Exercise | undefined;
  exerciseName(id: string): string;
  start(): void;
  togglePause(): void;
  again(): void;
  ratePain(n: number): void;
  switchTo(id: string): void;
}

export function renderSession(v: SessionView, section: (t: string) => unknown) {
  const { exercise: e, session: s } = v;
  const status = v.mine ? s.status : 'idle';
  const step = v.mine ? s.step : undefined;
  // Named after the exercise: a page with several cards has several of
  // these landmarks, and each needs its own name. A second card of the same
  // exercise (a fixed one and one in the map's panel) gets a number.
  const n = v.sameNumber;
  const name = n > 1 ? msg(str`Do it now: ${e.name} (${n})`) : msg(str`Do it now: ${e.name}`);
  return html`<section class="session" part="session" aria-label=${name}>
    ${section(msg('Do it now'))}
    ${status === 'idle'
      ? html`<p>
            ${msg('A timer counts you through it, one step at a time.')}
            ${e.dose.perSide ? msg('Left leg first, then right.') : nothing}
          </p>
          <div class="actions">
            <button type="button" id="start" class="primary" @click=${v.start}>${msg('Start')}</button>
          </div>`
      : nothing}
    ${step ? renderStep(step, v) : nothing}
    ${status === 'check' || status === 'done' || step?.kind === 'rest' ? renderPainCheck(v) : nothing}
    ${status === 'done'
      ? html`<p class="done">
            <strong>${s.early ? msg('Session ended early.') : msg('All done. Well done!')}</strong>
            ${s.holds ? msg(str`Holds: ${s.holds}.`) : msg(str`Reps: ${s.reps}.`)}
          </p>
          <div class="actions">
            <button type="button" id="again" @click=${v.again}>${msg('Do it again')}</button>
          </div>`
      : nothing}
    <div class="visually-hidden" role="status">${v.announce}</div>
  </section>`;
}

function renderStep(step: Step, v: SessionView) {
  const s = v.session;
  const paused = s.status === 'paused';
  const leg = step.side === 'left' ? msg('Left leg') : step.side === 'right' ? msg('Right leg') : '';
  return html`<div class="step" data-kind=${step.kind}>
      <p class="phase">
        <strong>${stepLabel(step)}</strong>
        ${leg ? html`<span>${leg}</span>` : nothing}
        <span>${msg(str`Set ${step.set} of ${step.sets}`)}</span>
      </p>
      ${step.kind === 'reps'
        ? html`<p class="big">${msg(str`${s.repsInSet} of ${step.reps}`)}</p>`
        : html`<p class="big"><span class="visually-hidden">${msg('Time left:')}</span> ${clockText(secondsLeft(s.remainingMs))}</p>`}
      ${paused ? html`<p class="note">${s.pausedByPage ? msg('Paused while the page was hidden.') : msg('Paused.')}</p>` : nothing}
    </div>
    <div class="actions">
      ${step.kind === 'reps'
        ? html`<button type="button" class="primary" ?disabled=${paused} @click=${() => s.rep()}>${msg('Count a rep')}</button>`
        : nothing}
      <button type="button" id="pause" @click=${v.togglePause}>${paused ? msg('Resume') : msg('Pause')}</button>
      <button type="button" @click=${() => s.next()}>
        ${step.kind === 'reps' ? msg('Set done') : step.kind === 'hold' ? msg('End this hold') : msg('Skip')}
      </button>
      <button type="button" @click=${() => s.finish()}>${msg('Finish')}</button>
    </div>`;
}

function renderPainCheck(v: SessionView) {
  const { session: s, painShown, guidance } = v;
  const band = painShown === null ? undefined : painBand(painShown, guidance.painBands);
  const e = v.sessionExercise;
  return html`<div class="pain" part="pain-check">
    <fieldset>
      <legend>
        ${s.active ? msg('How much did that set hurt? (optional)') : msg('How much did it hurt?')}
        <span class="note">${msg('0 is no pain, 10 is the worst pain you can imagine.')}</span>
      </legend>
      <div class="scale">
        ${Array.from(
          { length: 11 },
          (_, n) => html`<label class="score">
            <input type="radio" name="pain" value=${n} .checked=${painShown === n} @change=${() => v.ratePain(n)} />
            <span>${n}</span>
          </label>`,
        )}
      </div>
    </fieldset>
    ${band
      ? html`<p class="advice" data-verdict=${band.verdict} role="status">
          <strong>${verdictLabel(band.verdict)}</strong> ${band.advice}
          ${band.verdict === 'too-much' && e && e.easier.exercise
            ? html`<button type="button" @click=${() => v.switchTo(e.easier.exercise!)}>
                ${msg(str`Try the easier one: ${v.exerciseName(e.easier.exercise)}`)}
              </button>`
            : band.verdict === 'too-much' && e
              ? html`<span>${msg('Easier:')} ${e.easier.name}. ${e.easier.how}</span>`
              : nothing}
        </p>`
      : html`<p class="note">${guidance.painRule}</p>`}
    ${s.status === 'check'
      ? html`<div class="actions">
          <button type="button" @click=${() => s.finish()}>${msg('Skip')}</button>
        </div>`
      : nothing}
  </div>`;
}

/** What the card's live region says after a change of the session; undefined: nothing new. */
export function announcement(change: 'start' | 'step' | 'check' | 'done', step: Step | undefined, early: boolean): string | undefined {
  if (change === 'done') return early ? msg('Session ended early.') : msg('All done. Well done!');
  if (change === 'check') return msg('Last set done. How much did it hurt, from 0 to 10?');
  if (!step) return undefined;
  const leg = step.side === 'left' ? msg('left leg') : step.side === 'right' ? msg('right leg') : '';
  const what = step.kind === 'reps' ? msg(str`${step.reps} reps`) : msg(str`${step.seconds} seconds`);
  return [stepLabel(step), leg, msg(str`set ${step.set} of ${step.sets}`), what].filter(Boolean).join(', ');
}

/** What a step is called, on screen and in announcements. */
export function stepLabel(step: Step): string {
  return step.kind === 'ready' ? msg('Get ready') : step.kind === 'hold' ? msg('Hold') : step.kind === 'rest' ? msg('Rest') : msg('Reps');
}

function verdictLabel(v: 'fine' | 'acceptable' | 'too-much'): string {
  return v === 'fine' ? msg('Fine.') : v === 'acceptable' ? msg('OK, with care.') : msg('Too much.');
}
