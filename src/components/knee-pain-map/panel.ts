/**
 * The map's result panel, as template functions over a `PanelModel` and the
 * panel's own open/closed state. The map holds that state and the handlers.
 */
import { html, nothing } from 'lit';
import { msg, str } from '../../i18n/localize.js';
import type { Answer, Answers, RankedCause } from '../../triage/refine.js';
import type { ContentIndex } from '../../content/content-index.js';
import type { Commonness, RefineQuestion } from '../../content/types.js';
import { levelHeading, levelIcon, tierLabel } from '../shared/level.js';
import { renderCall, renderSameDay } from '../shared/advice.js';
import type { SameDay } from '../shared/same-day.js';
import { formatDose } from '../shared/dose.js';
import { renderContact } from '../shared/contact.js';
import { renderSources } from '../shared/sources.js';
import type { PanelModel } from './panel-model.js';

/** What the panel shows besides the model, and what it calls back. */
export interface PanelView {
  data: ContentIndex;
  answers: Answers;
  refineOpen: boolean;
  openCauses: ReadonlySet<string>;
  openExercises: ReadonlySet<string>;
  contacts: () => { number: string | undefined; sameDay: SameDay | undefined };
  /** An exercise card for the exercise `id`, drawn inside its opened row. */
  card(id: string): unknown;
  onAnswer(region: string, question: RefineQuestion, answer: Answer | null): void;
  onRefineToggle(e: Event): void;
  onCauseToggle(e: Event): void;
  onExerciseToggle(e: Event): void;
  toUrgent(e: Event): void;
}

/** The hint shown before a region is chosen. */
export const emptyPanel = () =>
  html`<p class="hint" id="panel-heading">
    ${msg('Choose a spot on the knee to see what usually causes pain there, what helps, and when to get it checked.')}
  </p>`;

export function renderPanel(m: PanelModel, v: PanelView) {
  const { region, result } = m;
  const { data } = v;
  return html`
    ${result.urgent.length ? renderUrgent(m, v) : nothing}
    <h2 id="panel-heading">${region.name}</h2>
    <p>${region.where}</p>
    <p class="disclaimer" role="note"><strong>${data.content.guidance.notADiagnosis}</strong></p>
    ${m.signs.length
      ? html`<h3>${msg('Get help if')}</h3>
          <ul class="flags">
            ${m.signs.map((f) => html`<li data-level=${f.tier}>${levelIcon(f.tier)}<strong>${tierLabel(f.tier)}:</strong> ${f.text}</li>`)}
          </ul>`
      : nothing}
    <h3>${result.answered ? msg('Likely causes, best match for your answers first') : msg('Likely causes, most common first')}</h3>
    ${m.questions.length ? renderRefine(region.id, m.questions, v) : nothing}
    ${data.content.conditions.length
      ? html`<ol class="causes">
          ${result.causes.map((c) => renderCause(c, v))}
        </ol>`
      : html`<p class="note">${msg('Loading the likely causes…')}</p>`}
    ${m.exercisesHeld
      ? html`<p class="note">${msg('Exercises are not shown: with this warning sign, get the advice above first.')}</p>`
      : m.exercises.length
        ? renderExercises(m, v)
        : nothing}
    ${m.urgent ? nothing : renderContact(data.content.clinic)}
  `;
}

/** Advice for a warning sign the answers point to: first in the panel, in the checklist's words. */
function renderUrgent({ result }: PanelModel, v: PanelView) {
  const level = result.level;
  return html`<div class="urgent" part="urgent" id="urgent" tabindex="-1" data-level=${level}>
    <h2>${levelIcon(level)}${levelHeading(level)}</h2>
    ${level === 'emergency'
      ? html`<p class="call">${renderCall(v.contacts().number)}</p>`
      : level === 'today'
        ? html`<p class="call">${renderSameDay(v.contacts().sameDay)}</p>`
        : nothing}
    <p>${msg('Your answers point to a warning sign:')}</p>
    <ul>
      ${result.urgent.map(
        (f) => html`<li>
          <strong>${tierLabel(f.tier)}:</strong> ${f.text}.
          <span>${f.action}</span>
        </li>`,
      )}
    </ul>
  </div>`;
}

function renderExercises(m: PanelModel, v: PanelView) {
  // A card is drawn only once its row is opened: six full cards per region
  // would cost every selection for nothing.
  return html`<h3>${msg('Exercises that may help')}</h3>
    <ul class="exercises">
      ${m.exercises.map(
        (e) => html`<li>
          <details data-exercise=${e.id} ?open=${v.openExercises.has(e.id)} @toggle=${v.onExerciseToggle}>
            <summary>${e.name} <span class="tag">(${formatDose(e.dose)})</span></summary>
            ${v.openExercises.has(e.id) ? v.card(e.id) : nothing}
          </details>
        </li>`,
      )}
    </ul>`;
}

function renderRefine(region: string, questions: readonly RefineQuestion[], v: PanelView) {
  // The questions are drawn once opened (and stay open from region to region).
  return html`<details class="refine" part="refine" ?open=${v.refineOpen} @toggle=${v.onRefineToggle}>
    <summary>${msg(str`Sort these causes: answer ${questions.length} quick questions`)}</summary>
    ${v.refineOpen ? renderQuestions(region, questions, v) : nothing}
  </details>`;
}

function renderQuestions(region: string, questions: readonly RefineQuestion[], v: PanelView) {
  return html`<p class="note">${msg('Your answers stay on this page. Skip any you are not sure about.')}</p>
    ${questions.map((q) => {
      // Own answers only: a question id such as "constructor" must not read Object's.
      const a = Object.hasOwn(v.answers, q.id) ? v.answers[q.id] : undefined;
      const flag = a === 'yes' || a === 'no' ? q[a].redFlag : undefined;
      return html`<fieldset>
        <legend>${q.text}</legend>
        <div class="answers">
          ${(['yes', 'no', ''] as const).map(
            (value) => html`<label class="answer">
              <input
                type="radio"
                name=${q.id}
                value=${value}
                .checked=${(a ?? '') === value}
                @change=${() => v.onAnswer(region, q, value || null)}
              />
              ${value === 'yes' ? msg('Yes') : value === 'no' ? msg('No') : msg('Not sure')}
            </label>`,
          )}
        </div>
        ${flag
          ? html`<p class="flag-note">
              <strong>${msg('This can be a warning sign.')}</strong>
              <a href="#urgent" @click=${v.toUrgent}>${msg('See the advice at the top')}</a>
            </p>`
          : nothing}
      </fieldset>`;
    })}`;
}

function renderCause({ cause, shift }: RankedCause, v: PanelView) {
  const c = v.data.condition(cause.condition);
  if (!c) return nothing;
  const fit = shift > 0 ? msg('fits your answers') : shift < 0 ? msg('fits your answers less') : undefined;
  // A cause's details are drawn only once it is opened: every selection
  // would otherwise build all of them, in every map on the page.
  const open = v.openCauses.has(c.id);
  return html`<li>
    <details data-cause=${c.id} ?open=${open} @toggle=${v.onCauseToggle}>
      <summary>
        ${c.name} <span class="tag">(${commonLabel(cause.commonness)}${fit ? html`; <em>${fit}</em>` : nothing})</span>
      </summary>
      ${open
        ? html`<p>${c.summary}</p>
            <h4>${msg('What it feels like')}</h4>
            <ul>${c.feelsLike.map((t) => html`<li>${t}</li>`)}</ul>
            <h4>${msg('What makes it worse')}</h4>
            <ul>${c.worseWith.map((t) => html`<li>${t}</li>`)}</ul>
            <h4>${msg('Who gets it')}</h4>
            <p>${cause.who}</p>
            <h4>${msg('What usually helps')}</h4>
            <ul>${c.helps.map((t) => html`<li>${t}</li>`)}</ul>
            <h4>${msg('When to get it checked')}</h4>
            <ul>${c.seeAProfessional.map((t) => html`<li>${t}</li>`)}</ul>
            <p class="note">${msg('Clinical name:')} ${c.clinicalName}</p>
            ${renderSources(v.data, c.sources, c.checked)}`
        : nothing}
    </details>
  </li>`;
}

function commonLabel(c: Commonness): string {
  return c === 'common' ? msg('common') : c === 'less-common' ? msg('less common') : msg('rare');
}

/** `open` with the id (`data-<key>`) of the toggled `<details>` added or removed; the same set if unchanged. */
export function toggled(open: Set<string>, e: Event, key: string): Set<string> {
  const d = e.currentTarget as HTMLDetailsElement;
  const id = d.dataset[key]!;
  if (d.open === open.has(id)) return open;
  const next = new Set(open);
  if (d.open) next.add(id);
  else next.delete(id);
  return next;
}
