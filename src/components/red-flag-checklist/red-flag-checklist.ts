import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { base } from '../../styles/base.js';
import { GuideElement } from '../shared/guide-element.js';
import { styles } from './red-flag-checklist.styles.js';
import { triage, type Level } from './triage.js';
import { emergencyNumber } from './emergency-number.js';
import { RedFlagChangeEvent } from './events.js';
import { pageLang } from '../shared/lang.js';
import type { Applies, RedFlag } from '../../content/types.js';

/**
 * The warning signs that mean "get medical help" rather than self-care, as a
 * checklist with one clear, tiered answer. An emergency always wins.
 *
 * Nothing the visitor ticks is stored or sent anywhere.
 *
 * @tagname red-flag-checklist
 * @summary Knee red-flag checklist: when to stop self-treating.
 * @fires {RedFlagChangeEvent} red-flag-change - A warning sign was ticked or unticked. `detail`: `{ level, ticked }`.
 * @csspart result - The advice box.
 * @cssprop --knee-accent - Brand colour.
 * @cssprop --knee-surface - Background.
 * @cssprop --knee-text - Text colour.
 * @cssprop --knee-font - Font family.
 * @cssprop --knee-radius - Corner radius.
 * @cssprop --knee-emergency - Colour marking emergency advice.
 * @cssprop --knee-soon - Colour marking "within a day or two" advice.
 * @cssprop --knee-routine - Colour marking routine advice.
 * @cssprop --knee-ok - Colour marking "no warning signs".
 */
@localized()
export class RedFlagChecklist extends GuideElement {
  static override styles = [base, styles];

  /** The local emergency number, e.g. `999`. Else taken from the page's language (`en-US` → 911), else "your local emergency number". */
  @property({ attribute: 'emergency-number' }) emergencyNumber: string | null = null;

  @state() private ticked: ReadonlySet<string> = new Set();
  @state() private injury = false;

  override render() {
    const flags = this.data.content.redFlags;
    const region = this.data.region(this.selection?.region);
    const relevant = new Set(region?.redFlags ?? []);
    // Within a group, the chosen region's signs come first; the order is otherwise the content's.
    const group = (applies: Applies) =>
      flags
        .filter((f) => f.applies === applies)
        .sort((a, b) => Number(relevant.has(b.id)) - Number(relevant.has(a.id)));
    const result = triage(flags, this.ticked);

    return html`
      <p>${msg('Tick anything that is true for you now. Your answers stay on this page.')}</p>
      ${this.renderGroup(msg('About your knee'), group('always'), relevant)}
      <p>
        <label class="check">
          <input type="checkbox" .checked=${this.injury} @change=${this.onInjury} />
          <span>${msg('My pain started with an injury, such as a fall, a twist, a knock or an awkward landing.')}</span>
        </label>
      </p>
      ${this.injury ? this.renderGroup(msg('After an injury'), group('after-injury'), relevant) : nothing}
      ${this.renderGroup(msg('If the person with knee pain is a child or teenager'), group('child'), relevant)}
      <div
        class="result"
        part="result"
        data-level=${result.level}
        role="status"
        aria-live=${result.level === 'emergency' ? 'assertive' : 'polite'}
      >
        ${this.renderResult(result.level, result.reasons)}
      </div>
    `;
  }

  private renderGroup(legend: string, flags: RedFlag[], relevant: ReadonlySet<string>) {
    if (!flags.length) return nothing;
    return html`<fieldset>
      <legend>${legend}</legend>
      ${flags.map(
        (f) => html`<label class="check">
          <input
            type="checkbox"
            value=${f.id}
            .checked=${this.ticked.has(f.id)}
            @change=${(e: Event) => this.toggle(f.id, (e.target as HTMLInputElement).checked)}
          />
          <span>
            ${f.text}
            ${relevant.has(f.id)
              ? html`<span class="relevant">(${msg('matters for the spot you chose')})</span>`
              : nothing}
          </span>
        </label>`,
      )}
    </fieldset>`;
  }

  private renderResult(level: Level, reasons: RedFlag[]) {
    const guidance = this.data.content.guidance;
    if (level === 'none') {
      return html`<h3>${msg('No warning signs ticked')}</h3>
        <p>${msg('Looking after it yourself is reasonable for now:')}</p>
        <ul>
          ${guidance.selfCare.map((t) => html`<li>${t}</li>`)}
        </ul>
        <p>${guidance.checkAgain}</p>`;
    }
    const heading =
      level === 'emergency'
        ? msg('Get emergency care now')
        : level === 'soon'
          ? msg('See a doctor within a day or two')
          : msg('Book a routine appointment');
    const number = emergencyNumber(this.emergencyNumber, pageLang(this));
    return html`<h3>${heading}</h3>
      ${level === 'emergency'
        ? html`<p class="call">
            ${number
              ? html`<a href="tel:${number.replace(/[^0-9+#*]/g, '')}">${msg(str`Call ${number}`)}</a>
                  ${msg('or go to the nearest emergency department.')}`
              : msg('Call your local emergency number or go to the nearest emergency department.')}
          </p>`
        : nothing}
      <p>${msg('Because you ticked:')}</p>
      <ul>
        ${reasons.map((f) => html`<li><strong>${f.text}</strong><br />${f.why} ${f.action}</li>`)}
      </ul>`;
  }

  private onInjury(e: Event) {
    this.injury = (e.target as HTMLInputElement).checked;
    if (!this.injury) {
      // Hidden answers must not keep counting.
      const injuryIds = new Set(this.data.content.redFlags.filter((f) => f.applies === 'after-injury').map((f) => f.id));
      this.update_([...this.ticked].filter((id) => !injuryIds.has(id)));
    }
  }

  private toggle(id: string, on: boolean) {
    const next = new Set(this.ticked);
    if (on) next.add(id);
    else next.delete(id);
    this.update_([...next]);
  }

  private update_(ids: string[]) {
    const flags = this.data.content.redFlags;
    const order = flags.map((f) => f.id).filter((id) => ids.includes(id));
    const before = this.ticked;
    this.ticked = new Set(order);
    if (before.size !== this.ticked.size || [...before].some((id) => !this.ticked.has(id)))
      this.dispatchEvent(new RedFlagChangeEvent({ level: triage(flags, order).level, ticked: order }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'red-flag-checklist': RedFlagChecklist;
  }
}
