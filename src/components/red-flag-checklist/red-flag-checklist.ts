import { frame } from '../shared/frame.js';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '../../i18n/localize.js';
import { base } from '../../styles/base.js';
import { KneeElement } from '../shared/knee-element.js';
import { styles } from './red-flag-checklist.styles.js';
import { byUrgency, triage } from '../../triage/triage.js';
import { emergencyNumber, isDialable } from '../shared/emergency-number.js';
import { isSameDayContact } from '../shared/same-day.js';
import { levelHeading, levelIcon, levelStyles } from '../shared/level.js';
import { renderCall, renderSameDay, urgentContacts } from '../shared/advice.js';
import { booleanAttribute, booleanFor, idOf, keywordFor, toBoolean, warnInvalid } from '../shared/attributes.js';
import { renderClinician } from './clinician-view.js';
import { forgetAnswers, saveAnswers, savedAnswers } from './saved-answers.js';
import { summaryText } from './summary.js';
import { KneeRedFlagChangeEvent, RedFlagChangeEvent } from './events.js';
import { pageLang } from '../shared/lang.js';
import { renderAdvice, renderSigns } from './checklist-view.js';
import { formatDate } from '../shared/sources.js';
import type { Applies } from '../../content/types.js';

const MODES: readonly ('patient' | 'clinician')[] = ['patient', 'clinician'];

/**
 * The warning signs that mean "get medical help" rather than self-care, as a
 * checklist with one clear, tiered answer. An emergency always wins.
 *
 * Nothing the visitor ticks is stored or sent anywhere, unless the page sets
 * `persist`, which keeps the answers in this browser tab only.
 *
 * @tagname red-flag-checklist
 * @summary Knee red-flag checklist: when to stop self-treating.
 * @fires {KneeRedFlagChangeEvent} knee-red-flag-change - A warning sign was ticked or unticked. `detail`: `{ level, ticked }`; `level` is `emergency`, `today`, `soon`, `routine` or `none`.
 * @fires {RedFlagChangeEvent} red-flag-change - Deprecated: the old name of `knee-red-flag-change`, fired just after it; it goes in the next release.
 * @csspart base - The element's box: padding, border, background and text colour.
 * @csspart status - The one-line answer that stays in view while the visitor scrolls the list.
 * @csspart result - The full advice box.
 * @csspart clinician - The clinicians' decision aid (`mode="clinician"`).
 * @csspart contact - A clinic's invitation to get in touch (from its own content).
 * @cssprop --knee-emergency-text - Text on the emergency colour.
 * @cssprop --knee-accent - Brand colour.
 * @cssprop --knee-accent-text - Text on the brand colour (buttons).
 * @cssprop --knee-surface-alt - Background of secondary areas (notes, secondary buttons).
 * @cssprop --knee-muted - Secondary text.
 * @cssprop --knee-border - Borders and dividers.
 * @cssprop --knee-surface - Background.
 * @cssprop --knee-text - Text colour.
 * @cssprop --knee-font - Font family.
 * @cssprop --knee-radius - Corner radius.
 * @cssprop --knee-emergency - Colour marking emergency advice.
 * @cssprop --knee-today - Colour marking "get seen today" advice.
 * @cssprop --knee-soon - Colour marking "within a day or two" advice.
 * @cssprop --knee-routine - Colour marking routine advice.
 * @cssprop --knee-ok - Colour marking "no warning signs".
 * @cssprop --knee-dark-accent - Brand colour in dark mode (`theme="dark"`, or a page whose `color-scheme` is dark). These have a `--knee-dark-…` twin: accent, accent-text, surface, surface-alt, text, muted, border, focus-ring, emergency, emergency-text, today, soon, routine, ok (the region fills and skin do not: they suit both).
 */
export class RedFlagChecklist extends KneeElement {
  static override styles = [base, levelStyles, styles];

  constructor() {
    super({ first: ['flags', 'regions'], later: () => ['sources'] });
  }

  /**
   * The local emergency number, e.g. `999`. Else taken from the page's language (`en-US` → 911), else
   * "your local emergency number". Only a dialable number is used: 2 to 15 digits with optional spaces,
   * `-`, `+`, `*` or `#`. Anything else (`<b>911</b>`, `-911`, letters, a very long string) is ignored as
   * if it were not set, and warns once in the console; it is never shown.
   */
  @property({ attribute: 'emergency-number' }) emergencyNumber: string | null = null;

  /**
   * Where to get same-day care, shown with "Get seen today" advice: a dialable number (`111`) or an
   * http(s) address. Else the clinic content's `sameDay`, else a national line for the page language's
   * region (`en-GB` → NHS 111), else plain words. Anything else is ignored (and warns once).
   */
  @property({ attribute: 'same-day-contact' }) sameDayContact: string | null = null;

  /**
   * `patient` (default), or `clinician` to add the Ottawa Knee Rules as a decision aid for clinicians.
   * Case and surrounding spaces are ignored. Any other value, or none, means `patient` (an invalid one
   * warns once in the console); the attribute and the property are then rewritten to the value in use.
   */
  @property({ reflect: true }) mode: 'patient' | 'clinician' = 'patient';

  /**
   * Keep the answers in this browser tab (sessionStorage) across reloads. Off by default: nothing is stored.
   * A boolean attribute: present is on, except `persist="false"`, which is read as off (and warns once).
   * Turned on later, it restores the saved answers if the visitor has not answered yet, else saves theirs;
   * turned off, it deletes what it saved.
   */
  @property({ converter: booleanAttribute }) persist = false;

  @state() private ticked: ReadonlySet<string> = new Set();
  @state() private injury = false;
  @state() private criteria: ReadonlySet<string> = new Set();
  @state() private copied: 'no' | 'yes' | 'manual' = 'no';

  override connectedCallback() {
    super.connectedCallback();
    if (toBoolean(this.persist)) this.restore();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('mode')) this.mode = keywordFor(this, 'mode', this.mode, MODES, 'patient');
    if (changed.has('persist')) {
      this.persist = booleanFor(this, 'persist', this.persist);
      const was = toBoolean(changed.get('persist'));
      if (this.persist && !was) {
        // Turned on after the element connected: pick up saved answers, or keep the visitor's.
        if (!this.ticked.size && !this.injury) this.restore();
        else this.save();
      } else if (!this.persist && was) this.forget();
    }
    const explicit = idOf(this.emergencyNumber)?.trim();
    if (explicit && !isDialable(explicit)) {
      const used = emergencyNumber(this.data.content.clinic?.emergencyNumber, pageLang(this));
      warnInvalid(
        this,
        'emergency-number',
        this.emergencyNumber,
        `showing ${used ? `"${used}" (from the clinic's content or the page language)` : '"your local emergency number"'} instead`,
        'a phone number of 2 to 15 digits, with optional spaces, "-", "+", "*" or "#", e.g. "999"',
      );
    }
  }

  override render() {
    const flags = this.data.content.redFlags;
    const ownSameDay = idOf(this.sameDayContact)?.trim();
    if (ownSameDay && !isSameDayContact(ownSameDay))
      warnInvalid(this, 'same-day-contact', this.sameDayContact, 'showing the clinic\'s or the usual same-day advice instead', 'a phone number such as "111" or a web address starting with https://');
    const region = this.data.region(this.guide.selection.region);
    const relevant = new Set(region?.redFlags ?? []);
    // Within a group the chosen region's signs come first, each part most urgent first; otherwise the content's order.
    const group = (legend: string, applies: Applies) =>
      renderSigns({
        legend,
        flags: flags
          .filter((f) => f.applies === applies)
          .sort((a, b) => Number(relevant.has(b.id)) - Number(relevant.has(a.id)) || byUrgency(a.tier, b.tier)),
        relevant,
        ticked: this.ticked,
        toggle: (id, on) => this.toggle(id, on),
      });
    const { level, reasons } = triage(flags, this.ticked);
    const number = this.number();

    return frame(html`
      <div
        class="status"
        part="status"
        data-level=${level}
        role="status"
        aria-live=${level === 'emergency' ? 'assertive' : 'polite'}
      >
        ${levelIcon(level)}<strong>${levelHeading(level)}</strong>${level === 'emergency'
          ? html` ${renderCall(number)}`
          : level === 'today'
            ? html` ${renderSameDay(this.sameDay())}`
            : nothing}
      </div>
      <p>${msg('Tick anything that is true for you now. Your answers stay on this page.')}</p>
      ${group(msg('About your knee'), 'always')}
      <p>
        <label class="check">
          <input type="checkbox" .checked=${this.injury} @change=${this.onInjury} />
          <span>${this.data.content.guidance.injuryQuestion}</span>
        </label>
      </p>
      ${this.injury ? group(msg('After an injury, fall or blow'), 'after-injury') : nothing}
      ${group(msg('If the person with knee pain is a child or teenager'), 'child')}
      <section class="result" part="result" data-level=${level} aria-labelledby="result-heading">
        <h3 id="result-heading">${levelIcon(level)}${levelHeading(level)}</h3>
        ${renderAdvice({
          level,
          reasons,
          number,
          sameDay: level === 'today' ? this.sameDay() : undefined,
          guidance: this.data.content.guidance,
          clinic: this.data.content.clinic,
        })}
        <div class="actions">
          <button type="button" @click=${this.copySummary}>${msg('Copy summary')}</button>
          <button type="button" @click=${() => window.print()}>${msg('Print')}</button>
        </div>
        <p class="note" role="status">
          ${this.copied === 'yes'
            ? msg('Summary copied. You can paste it into a message to your doctor or physio.')
            : this.copied === 'manual'
              ? msg('Your browser did not let us copy. Select the text below and copy it.')
              : ''}
        </p>
        ${this.copied === 'manual'
          ? html`<label class="visually-hidden" for="summary">${msg('Summary')}</label>
              <textarea id="summary" readonly rows="8">${this.summary()}</textarea>`
          : nothing}
      </section>
      ${this.mode === 'clinician'
        ? renderClinician({ data: this.data, criteria: this.criteria, toggleCriterion: (k, on) => this.toggleCriterion(k, on) })
        : nothing}
    `);
  }

  /** The emergency number: the attribute, else the clinic's content, else the page language's region. */
  private number() {
    return urgentContacts(this, this.data.content.clinic).number;
  }

  /** Same-day care: the attribute, else the clinic's content, else the page language's region. */
  private sameDay() {
    return urgentContacts(this, this.data.content.clinic).sameDay;
  }

  private summary(): string {
    const flags = this.data.content.redFlags;
    const { level } = triage(flags, this.ticked);
    const ticked = flags
      .filter((f) => this.ticked.has(f.id))
      .sort((a, b) => byUrgency(a.tier, b.tier));
    const today = new Date().toISOString().slice(0, 10);
    return summaryText(ticked, {
      title: msg('Knee pain: warning-sign check'),
      date: formatDate(today),
      advice: levelHeading(level),
      ticked: msg('What I ticked:'),
      none: msg('No warning signs'),
      note: this.data.content.guidance.notADiagnosis,
    });
  }

  private async copySummary() {
    try {
      await navigator.clipboard.writeText(this.inLocale(() => this.summary()));
      this.copied = 'yes';
    } catch {
      // No clipboard (an insecure page, a refusal): show the text to copy by hand.
      this.copied = 'manual';
      await this.updateComplete;
      this.renderRoot.querySelector('textarea')?.select();
    }
  }

  private onInjury(e: Event) {
    this.injury = (e.target as HTMLInputElement).checked;
    if (!this.injury) {
      // Hidden answers must not keep counting.
      const injuryIds = new Set(this.data.content.redFlags.filter((f) => f.applies === 'after-injury').map((f) => f.id));
      this.setTicked([...this.ticked].filter((id) => !injuryIds.has(id)));
    }
    this.save();
  }

  private toggle(id: string, on: boolean) {
    const next = new Set(this.ticked);
    if (on) next.add(id);
    else next.delete(id);
    this.setTicked([...next]);
    this.save();
  }

  private toggleCriterion(key: string, on: boolean) {
    const next = new Set(this.criteria);
    if (on) next.add(key);
    else next.delete(key);
    this.criteria = next;
  }

  private setTicked(ids: string[]) {
    const flags = this.data.content.redFlags;
    const order = flags.map((f) => f.id).filter((id) => ids.includes(id));
    const before = this.ticked;
    this.ticked = new Set(order);
    this.copied = 'no';
    if (before.size === this.ticked.size && [...before].every((id) => this.ticked.has(id))) return;
    const level = triage(flags, order).level;
    this.dispatchEvent(new KneeRedFlagChangeEvent({ level, ticked: order }));
    this.dispatchEvent(new RedFlagChangeEvent({ level, ticked: order }));
  }

  /** Only with `persist`: answers kept for this tab, never sent anywhere. */
  private save() {
    if (this.persist) saveAnswers(this.id, { ticked: [...this.ticked], injury: this.injury });
  }

  /** `persist` was turned off: what it saved goes. */
  private forget() {
    forgetAnswers(this.id);
  }

  private restore() {
    const saved = savedAnswers(this.id, new Set(this.data.content.redFlags.map((f) => f.id)));
    if (!saved) return;
    if (saved.ticked) this.ticked = new Set(saved.ticked);
    this.injury = saved.injury === true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'red-flag-checklist': RedFlagChecklist;
  }
}
