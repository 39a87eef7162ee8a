/**
 * A row of toggle buttons to pick one exercise: the suggestions for the
 * map's region, or every exercise when the page named one that does not exist.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Exercise } from '../../content/types.js';

export interface Chooser {
  exercises: readonly Exercise[];
  /** The id of the exercise on show: its button is pressed. */
  shown: string | undefined;
  pick(id: string): void;
  /** The group's name, or the id of the text that names it. */
  label?: string;
  labelledBy?: string;
}

export function renderChooser(c: Chooser) {
  return html`<div class="chooser" role="group" aria-label=${ifDefined(c.label)} aria-labelledby=${ifDefined(c.labelledBy)}>
    ${c.exercises.map(
      (e) => html`<button type="button" aria-pressed=${e.id === c.shown} @click=${() => c.pick(e.id)}>${e.name}</button>`,
    )}
  </div>`;
}
