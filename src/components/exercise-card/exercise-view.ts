/**
 * One exercise as the card shows it: what it works, how much, the steps,
 * tips and mistakes, when to stop, the "Do it now" session and the easier and
 * harder versions, as a template function. The card holds the state.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../i18n/localize.js';
import type { ContentIndex } from '../../content/content-index.js';
import type { Difficulty, Exercise } from '../../content/types.js';
import { formatDose } from '../shared/dose.js';
import { heading } from '../shared/heading.js';
import { renderSources } from '../shared/sources.js';

export interface ExerciseView {
  exercise: Exercise;
  data: ContentIndex;
  /** Level of the exercise's heading; its sections' are one below. */
  level: number;
  /** The easier or harder version described in words, if the visitor asked for one. */
  variant: 'easier' | 'harder' | null;
  figure: unknown;
  session(section: (text: string) => unknown): unknown;
  /** The easier and harder versions, when they are exercises of their own. */
  easier: Exercise | undefined;
  harder: Exercise | undefined;
  /** The page's own exercise, when the visitor moved to another. */
  backTo: Exercise | undefined;
  pickVariant(which: 'easier' | 'harder'): void;
  show(id: string | null): void;
}

export function renderExercise(v: ExerciseView) {
  const e = v.exercise;
  const variant = v.variant ? e[v.variant] : undefined;
  const section = (text: string) => heading(v.level + 1, text, 'section');
  return html`<article part="card" aria-labelledby="name">
    ${heading(v.level, e.name, 'title', 'name')}
    <p>${e.summary}</p>
    ${v.figure}
    <dl class="meta">
      <dt>${msg('Works')}</dt>
      <dd>${e.muscles.join(', ')}</dd>
      <dt>${msg('Equipment')}</dt>
      <dd>${e.equipment.length ? e.equipment.join(', ') : msg('None')}</dd>
      <dt>${msg('Level')}</dt>
      <dd>${difficultyLabel(e.difficulty)}</dd>
      <dt>${msg('How much')}</dt>
      <dd>${formatDose(e.dose)}<br />${e.dose.frequency}${e.dose.note ? html`<br />${e.dose.note}` : nothing}</dd>
    </dl>
    ${section(msg('How to do it'))}
    <ol class="steps">
      ${e.steps.map((s) => html`<li>${s}</li>`)}
    </ol>
    ${section(msg('Tips'))}
    <ul>
      ${e.cues.map((s) => html`<li>${s}</li>`)}
    </ul>
    ${section(msg('Common mistakes'))}
    <ul>
      ${e.mistakes.map((s) => html`<li>${s}</li>`)}
    </ul>
    <p class="stop" part="stop"><strong>${msg('Stop if:')}</strong> ${e.stopIf}</p>
    ${v.session(section)}
    <div class="variants" role="group" aria-label=${msg('Change the level')}>
      ${variantButton(v, 'easier', msg('Make it easier'), v.easier)} ${variantButton(v, 'harder', msg('Make it harder'), v.harder)}
      ${v.backTo
        ? html`<button type="button" @click=${() => v.show(null)}>${msg(str`Back to ${v.backTo.name}`)}</button>`
        : nothing}
    </div>
    ${variant && !variant.exercise
      ? html`<div class="variant" role="status">
          <strong>${v.variant === 'easier' ? msg('Easier:') : msg('Harder:')} ${variant.name}.</strong>
          ${variant.how}
        </div>`
      : nothing}
    ${renderSources(v.data, e.sources, e.checked)}
  </article>`;
}

/** Goes to the version's own exercise, or (described in words only) shows or hides its description. */
function variantButton(v: ExerciseView, which: 'easier' | 'harder', label: string, target: Exercise | undefined) {
  return html`<button
    type="button"
    aria-pressed=${ifDefined(target ? undefined : v.variant === which ? 'true' : 'false')}
    @click=${() => v.pickVariant(which)}
  >
    ${label}${target ? html`: ${target.name}` : nothing}
  </button>`;
}

function difficultyLabel(d: Difficulty): string {
  return d === 'easy' ? msg('Easy') : d === 'moderate' ? msg('Moderate') : msg('Hard');
}
