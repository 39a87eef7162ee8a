/**
 * The checklist's decision aid for clinicians (`mode="clinician"`): each
 * decision rule of the content with its criteria, result and reported
 * accuracy, as template functions. The checklist holds the ticked criteria.
 */
import { html, nothing } from 'lit';
import { msg, str } from '../../i18n/localize.js';
import type { ContentIndex } from '../../content/content-index.js';
import type { DecisionRule } from '../../content/types.js';
import { renderSources } from '../shared/sources.js';
import { applyRule } from './decision-rule.js';

export interface ClinicianView {
  data: ContentIndex;
  /** Ticked criteria, as `rule-id/criterion-id`. */
  criteria: ReadonlySet<string>;
  toggleCriterion(key: string, on: boolean): void;
}

export function renderClinician(v: ClinicianView) {
  const rules = v.data.content.rules;
  if (!rules.length) return nothing;
  return html`<section class="clinician" part="clinician" aria-labelledby="clinician-heading">
    <h3 id="clinician-heading">${msg('For clinicians')}</h3>
    <p class="note">
      <strong>${msg('A decision aid for clinicians, not for patients.')}</strong>
      ${msg('It supports, and does not replace, a clinical examination.')}
    </p>
    ${rules.map((rule) => renderRule(rule, v))}
  </section>`;
}

/** The criteria of `rule` that are ticked, as the rule's own ids. */
const ruleIds = (rule: DecisionRule, criteria: ReadonlySet<string>) =>
  [...criteria].filter((k) => k.startsWith(`${rule.id}/`)).map((k) => k.slice(rule.id.length + 1));

function renderRule(rule: DecisionRule, v: ClinicianView) {
  const result = applyRule(rule, ruleIds(rule, v.criteria));
  return html`<fieldset class="rule">
    <legend>${rule.name}</legend>
    <p><strong>${msg('Use for:')}</strong> ${rule.appliesTo}</p>
    <p>${rule.instruction}</p>
    ${rule.criteria.map(
      (c) => html`<label class="check">
        <input
          type="checkbox"
          .checked=${v.criteria.has(`${rule.id}/${c.id}`)}
          @change=${(e: Event) => v.toggleCriterion(`${rule.id}/${c.id}`, (e.target as HTMLInputElement).checked)}
        />
        <span>${c.text}</span>
      </label>`,
    )}
    <p class="rule-result" role="status">
      ${result.positive
        ? msg(str`Rule positive. Met: ${result.met.map((c) => c.text).join('; ')}`)
        : msg('Rule negative: no criterion met.')}
    </p>
    <p>${rule.interpretation}</p>
    <h4>${msg('Reported accuracy')}</h4>
    <ul>
      ${rule.performance.map(
        (p) => html`<li>
          ${p.study}: ${msg('sensitivity')} ${p.sensitivity}${p.specificity ? html`, ${msg('specificity')} ${p.specificity}` : nothing}
          (${v.data.source(p.source)?.title ?? p.source})
        </li>`,
      )}
    </ul>
    ${renderSources(v.data, rule.sources, rule.checked)}
  </fieldset>`;
}
