import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized, msg, str } from '@lit/localize';
import { base } from '../../styles/base.js';
import { GuideElement } from '../shared/guide-element.js';
import { styles } from './exercise-card.styles.js';
import { formatDose } from './dose.js';
import { regionExercises } from '../../content/content-index.js';
import type { Difficulty, Exercise, Variant } from '../../content/types.js';
import { renderSources } from '../shared/sources.js';
import { pageLang } from '../shared/lang.js';
import { heading, headingLevel } from '../shared/heading.js';

/**
 * One rehab or strengthening exercise: what it works, how much, step by step,
 * form tips, common mistakes, when to stop, and easier or harder versions.
 *
 * Without an `exercise` attribute, inside a guide, it shows the exercises
 * suggested for the region chosen on the map.
 *
 * @tagname exercise-card
 * @summary A knee exercise a person can follow right on the page.
 * @csspart card - The exercise itself.
 * @csspart stop - The "stop if" safety rule.
 * @cssprop --knee-accent - Brand colour.
 * @cssprop --knee-surface - Background of the card.
 * @cssprop --knee-text - Text colour.
 * @cssprop --knee-font - Font family.
 * @cssprop --knee-radius - Corner radius.
 * @cssprop --knee-emergency - Colour of the "stop if" marker.
 */
@localized()
export class ExerciseCard extends GuideElement {
  static override styles = [base, styles];

  /** The exercise id from the content, e.g. `wall-sit`. Leave empty inside a guide to follow the map. */
  @property({ reflect: true }) exercise: string | null = null;

  /** Level of the card's main heading (1–6), so it fits the page's outline; its sections go one deeper. */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 2;

  /** The exercise shown when the visitor switched to an easier or harder one, or picked a suggestion. */
  @state() private current: string | null = null;

  /** An easier or harder variant described in words (not an exercise of its own). */
  @state() private variant: 'easier' | 'harder' | null = null;

  private warned = new Set<string>();

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('exercise') || changed.has('selection')) {
      this.current = null;
      this.variant = null;
    }
    const id = this.exercise;
    if (id && !this.data.exercise(id) && !this.warned.has(id)) {
      this.warned.add(id);
      console.warn(
        `<exercise-card>: unknown exercise "${id}". Valid ids: ${this.data.content.exercises.map((e) => e.id).join(', ')}`,
      );
    }
  }

  override render() {
    if (this.exercise) {
      const own = this.data.exercise(this.current ?? this.exercise);
      return own ? this.renderExercise(own) : this.renderUnknown(this.exercise);
    }
    const region = this.data.region(this.selection?.region);
    const suggested = region ? regionExercises(this.data, region).slice(0, 6) : [];
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
    const shown = this.data.exercise(this.current) ?? suggested[0]!;
    return html`
      <p>${msg(str`Exercises that may help with pain here: ${region.name}`)}</p>
      <div class="chooser" role="group" aria-label=${msg('Suggested exercises')}>
        ${suggested.map(
          (e) => html`<button
            type="button"
            aria-pressed=${e.id === shown.id}
            @click=${() => {
              this.current = e.id;
              this.variant = null;
            }}
          >
            ${e.name}
          </button>`,
        )}
      </div>
      ${this.renderExercise(shown)}
    `;
  }

  private renderUnknown(id: string) {
    return html`<div part="card" role="note">
      ${heading(headingLevel(this.headingLevel), msg('Exercise not found'), 'title')}
      <p>${msg(str`Sorry, we could not find the exercise "${id}". The page may have a typo in its name.`)}</p>
    </div>`;
  }

  private renderExercise(e: Exercise) {
    const variant = this.variant ? e[this.variant] : undefined;
    const level = headingLevel(this.headingLevel);
    const section = (text: string) => heading(level + 1, text, 'section');
    return html`<article part="card" aria-labelledby="name">
      ${heading(level, e.name, 'title', 'name')}
      <p>${e.summary}</p>
      <dl class="meta">
        <dt>${msg('Works')}</dt>
        <dd>${e.muscles.join(', ')}</dd>
        <dt>${msg('Equipment')}</dt>
        <dd>${e.equipment.length ? e.equipment.join(', ') : msg('None')}</dd>
        <dt>${msg('Level')}</dt>
        <dd>${difficultyLabel(e.difficulty)}</dd>
        <dt>${msg('How much')}</dt>
        <dd>
          ${formatDose(e.dose)}<br />${e.dose.frequency}${e.dose.note ? html`<br />${e.dose.note}` : nothing}
        </dd>
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
      <div class="variants" role="group" aria-label=${msg('Change the level')}>
        ${this.variantButton(e, 'easier', msg('Make it easier'))}
        ${this.variantButton(e, 'harder', msg('Make it harder'))}
        ${this.current && this.exercise && this.current !== this.exercise
          ? html`<button type="button" @click=${() => (this.current = null)}>
              ${msg(str`Back to ${this.data.exercise(this.exercise)?.name ?? ''}`)}
            </button>`
          : nothing}
      </div>
      ${variant && !variant.exercise
        ? html`<div class="variant" role="status">
            <strong>${this.variant === 'easier' ? msg('Easier:') : msg('Harder:')} ${variant.name}.</strong>
            ${variant.how}
          </div>`
        : nothing}
      ${renderSources(this.data, e.sources, e.reviewed, pageLang(this))}
    </article>`;
  }

  private variantButton(e: Exercise, which: 'easier' | 'harder', label: string) {
    const v: Variant = e[which];
    const target = v.exercise ? this.data.exercise(v.exercise) : undefined;
    return html`<button
      type="button"
      aria-pressed=${ifDefined(target ? undefined : this.variant === which ? 'true' : 'false')}
      @click=${() => {
        if (target) {
          this.current = target.id;
          this.variant = null;
        } else this.variant = this.variant === which ? null : which;
      }}
    >
      ${label}${target ? html`: ${target.name}` : nothing}
    </button>`;
  }
}

function difficultyLabel(d: Difficulty): string {
  return d === 'easy' ? msg('Easy') : d === 'moderate' ? msg('Moderate') : msg('Hard');
}

declare global {
  interface HTMLElementTagNameMap {
    'exercise-card': ExerciseCard;
  }
}
