/**
 * The checklist's signs and its advice, as template functions. The element
 * holds the answers and works out the level; these only show them.
 */
import { html, nothing } from 'lit';
import { msg } from '../../i18n/localize.js';
import type { ClinicDetails, Guidance, RedFlag } from '../../content/types.js';
import type { Level } from '../../triage/triage.js';
import { renderCall, renderSameDay } from '../shared/advice.js';
import { renderContact } from '../shared/contact.js';
import type { SameDay } from '../shared/same-day.js';

export interface SignGroup {
  legend: string;
  flags: readonly RedFlag[];
  /** The signs that matter for the region chosen on the map. */
  relevant: ReadonlySet<string>;
  ticked: ReadonlySet<string>;
  toggle(id: string, on: boolean): void;
}

/** One group of signs as checkboxes; nothing when the group is empty. */
export function renderSigns(g: SignGroup) {
  if (!g.flags.length) return nothing;
  return html`<fieldset>
    <legend>${g.legend}</legend>
    ${g.flags.map(
      (f) => html`<label class="check">
        <input
          type="checkbox"
          value=${f.id}
          .checked=${g.ticked.has(f.id)}
          @change=${(e: Event) => g.toggle(f.id, (e.target as HTMLInputElement).checked)}
        />
        <span>
          ${f.text}
          ${g.relevant.has(f.id) ? html`<span class="relevant">(${msg('matters for the spot you chose')})</span>` : nothing}
        </span>
      </label>`,
    )}
  </fieldset>`;
}

export interface AdviceView {
  level: Level;
  /** The ticked signs that decide the level. */
  reasons: readonly RedFlag[];
  number: string | undefined;
  sameDay: SameDay | undefined;
  guidance: Guidance;
  clinic: ClinicDetails | undefined;
}

/** What to do: self-care with no sign ticked, else the deciding signs and how soon to act. */
export function renderAdvice(v: AdviceView) {
  const { level, guidance, clinic } = v;
  if (level === 'none') {
    return html`<p>${guidance.selfCareIntro}</p>
      <ul>
        ${guidance.selfCare.map((t) => html`<li>${t}</li>`)}
      </ul>
      <p>${guidance.checkAgain}</p>
      <p class="note">${guidance.notADiagnosis}</p>
      ${renderContact(clinic)}`;
  }
  // Only the deciding signs are shown: with an emergency or a same-day sign,
  // nothing milder competes with it (not even the clinic's booking contact).
  return html`${level === 'emergency'
      ? html`<p class="call">${renderCall(v.number)}</p>`
      : level === 'today'
        ? html`<p class="call">${renderSameDay(v.sameDay)}</p>`
        : nothing}
    <p>${msg('Because you ticked:')}</p>
    <ul>
      ${v.reasons.map((f) => html`<li><strong>${f.text}</strong><br />${f.why} ${f.action}</li>`)}
    </ul>
    <p class="note">${guidance.notADiagnosis}</p>
    ${level === 'emergency' || level === 'today' ? nothing : renderContact(clinic)}`;
}
