import { html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '../../i18n/localize.js';
import { base } from '../../styles/base.js';
import { GuideElement } from '../shared/guide-element.js';
import { styles } from './knee-pain-map.styles.js';
import { backKnee, frontKnee } from './diagram.js';
import { HEIGHT, WIDTH, isMirrored, nextSpot, spots, type Direction } from './geometry.js';
import { KneeRefineAnswerEvent, KneeRegionSelectEvent, type SelectVia } from './events.js';
import { refine, type Answer, type Answers, type RankedCause } from '../../triage/refine.js';
import { guideContext, type GuideApi } from '../../context/guide-context.js';
import { formatDose } from '../exercise-card/dose.js';
import { renderContact } from '../shared/contact.js';
import type { Part } from '../../i18n/load.js';
import { emptySelection, type MapView, type Side } from '../../context/selection-context.js';
import { regionExercises, type ContentIndex } from '../../content/content-index.js';
import { byUrgency, isUrgent } from '../../triage/triage.js';
import { levelHeading, levelIcon, levelStyles, tierLabel } from '../shared/level.js';
import { renderCall, renderSameDay, urgentContacts } from '../shared/advice.js';
import type { Commonness, RedFlag, RefineQuestion, Region } from '../../content/types.js';
import { regionOptions } from './region-list.js';
import { renderSources } from '../shared/sources.js';
import { frame } from '../shared/frame.js';
import { idOf, keywordFor, listChoices, warnInvalid } from '../shared/attributes.js';
import { contentPending, contentSettled } from '../shared/content-settled.js';

/** The exercise card's chunk, once some map has asked for it. */
let cardCode: Promise<unknown> | undefined;
const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);
const SIDES: readonly Side[] = ['right', 'left'];
const VIEWS: readonly MapView[] = ['front', 'back'];

/**
 * A knee diagram, front and back, for the left or the right knee. Choose where
 * it hurts (click, tap, keyboard or the list) and the panel shows the likely
 * causes, most common first, what helps, and the warning signs that matter.
 *
 * The selection is shared with the other elements in the same guide (the whole
 * page unless a `<knee-pain-guide>` groups them).
 *
 * @tagname knee-pain-map
 * @summary Clickable knee pain map with likely causes for each region.
 * @fires {KneeRegionSelectEvent} knee-region-select - The visitor selected or cleared a region. `detail`: `{ region, view, side, via }`.
 * @fires {KneeRefineAnswerEvent} knee-refine-answer - The visitor answered a refine question. `detail`: `{ region, question, answer, redFlag }`.
 * @csspart base - The element's box: padding, border, background and text colour.
 * @csspart diagram - The column with the view switch, the diagram and the list.
 * @csspart region - Each clickable region of the diagram.
 * @csspart region--selected - The selected region (alongside `region`).
 * @csspart panel - The result panel for the selected region.
 * @csspart urgent - Advice shown first when a refine answer points to a warning sign: its level's words, icon and colour, as in the checklist.
 * @csspart refine - The refine questions.
 * @csspart contact - A clinic's invitation to get in touch (from its own content).
 * @cssprop --knee-accent - Brand colour: buttons, region outlines, highlights.
 * @cssprop --knee-accent-text - Text on the brand colour (buttons).
 * @cssprop --knee-surface-alt - Background of secondary areas (notes, secondary buttons).
 * @cssprop --knee-muted - Secondary text.
 * @cssprop --knee-border - Borders and dividers.
 * @cssprop --knee-surface - Background of the widget.
 * @cssprop --knee-text - Text colour.
 * @cssprop --knee-font - Font family.
 * @cssprop --knee-radius - Corner radius.
 * @cssprop --knee-focus-ring - Colour of the keyboard focus ring.
 * @cssprop --knee-region-fill - Fill of a region at rest.
 * @cssprop --knee-region-hover - Fill of a region under the pointer.
 * @cssprop --knee-region-selected - Fill of the selected region.
 * @cssprop --knee-skin - Skin colour of the illustration.
 * @cssprop --knee-emergency - Colour marking emergency advice.
 * @cssprop --knee-today - Colour marking "get seen today" advice.
 * @cssprop --knee-soon - Colour marking "within a day or two" advice.
 * @cssprop --knee-routine - Colour marking routine advice.
 * @cssprop --knee-dark-accent - Brand colour in dark mode (`theme="dark"`, or a page whose `color-scheme` is dark). These have a `--knee-dark-…` twin: accent, accent-text, surface, surface-alt, text, muted, border, focus-ring, emergency, emergency-text, today, soon, routine, ok (the region fills and skin do not: they suit both).
 */
export class KneePainMap extends GuideElement {
  static override styles = [base, levelStyles, styles];
  protected override firstParts(): readonly Part[] {
    // The warning signs show only in the panel, after a choice.
    return ['regions'];
  }

  protected override laterParts(): readonly Part[] {
    return ['flags', 'conditions', 'sources', 'exercises'];
  }

  /**
   * Which knee: `right` or `left`. The diagram mirrors so "inner" is always toward the other knee.
   * Case and surrounding spaces are ignored (`LEFT` is `left`). Any other value, or none, means
   * `right` (an invalid one warns once in the console); the attribute and the property are then
   * rewritten to the value in use, so `side="middle"` becomes `side="right"`.
   */
  @property({ reflect: true }) side: Side = 'right';

  /**
   * Which view is shown: `front` or `back`. The visitor can switch it too.
   * Case and surrounding spaces are ignored. Any other value, or none, means `front` (an invalid
   * one warns once in the console); the attribute and the property are then rewritten to the
   * value in use.
   */
  @property({ reflect: true }) view: MapView = 'front';

  /**
   * The selected region id, or empty for none. Setting it from code fires no
   * event, but the rest of the guide follows it (so a page can open on a region).
   * An id that is not a region of the content shows nothing selected, here and
   * in the rest of the guide, and warns once in the console naming the valid
   * ids (once a clinic's content, which may add regions, has loaded). The
   * property keeps the value set.
   */
  @property() selected: string | null = null;

  /** The local emergency number, shown with emergency advice; as on `<red-flag-checklist>`. */
  @property({ attribute: 'emergency-number' }) emergencyNumber: string | null = null;

  /** Where to get same-day care, shown with "Get seen today" advice; as on `<red-flag-checklist>`. */
  @property({ attribute: 'same-day-contact' }) sameDayContact: string | null = null;

  /** The region holding the diagram's single tab stop. */
  @state() private focusId: string | null = null;

  /** Answers to the refine questions, kept across regions (they ask some of the same things). Never stored. */
  @state() private answers: Answers = {};

  /** Exercise rows the visitor opened in the panel. */
  @state() private openExercises = new Set<string>();

  /** Whether the visitor opened the refine questions. */
  @state() private refineOpen = false;

  /** Causes (condition ids) the visitor opened in the panel. */
  @state() private openCauses = new Set<string>();

  /** What the live region says after the last action. */
  @state() private announce = '';

  // Subscribed, so a <knee-pain-guide> defined after the map (its own chunk)
  // takes the map over from the page-wide guide.
  @consume({ context: guideContext, subscribe: true })
  private guide?: GuideApi;

  /** Set while `selected` changes because of the visitor or the guide, not page code. */
  private internalChange = false;

  /** The guide last told of this map's region (see willUpdate). */
  private toldGuide?: GuideApi;

  protected override laterCode() {
    // The cards the panel opens: fetched after the first paint rather than on
    // the visitor's click, so the diagram is usable sooner and the click is
    // instant. Asked for once per page, not once per map.
    return [(cardCode ??= import('../exercise-card/define.js'))];
  }

  /**
   * Causes, warning signs, exercises and sources arrive after the first
   * paint, each as a new content index. With no region chosen the map shows
   * none of them (only the regions), so it skips those renders: four per map,
   * most of the work after load on a page of many maps.
   */
  protected override shouldUpdate(changed: Map<PropertyKey, unknown>): boolean {
    if (this.hasUpdated && !this.selected && changed.size === 1 && changed.has('index')) {
      const before = (changed.get('index') as ContentIndex | undefined)?.content;
      const now = this.index?.content;
      if (before && now && before.locale === now.locale && before.regions === now.regions) return false;
    }
    return super.shouldUpdate(changed);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    // A keyword the page got wrong means the default, and the attribute says so.
    if (changed.has('side')) this.side = keywordFor(this, 'side', this.side, SIDES, 'right');
    if (changed.has('view')) this.view = keywordFor(this, 'view', this.view, VIEWS, 'front');
    // Follow selections made elsewhere in the guide (another map). The initial
    // empty selection must not wipe a `selected` set by the page.
    const sel = this.selection;
    if (changed.has('selection') && sel && sel !== emptySelection && sel.region !== this.selected) {
      this.internalChange = true;
      this.selected = sel.region;
      const v = this.regionView(sel.region);
      if (v) this.view = v;
    }
    if (changed.has('selected') && !this.internalChange) {
      // Page code chose a region: show its side of the knee, and tell the
      // guide (not the page: no event fires for values set from code).
      const v = this.regionView(this.selected);
      if (v) this.view = v;
      const initialEmpty = changed.get('selected') === undefined && !this.selected;
      // An id not in the content (yet) is passed on as it is: every element
      // shows nothing selected for it, and a clinic's content may still add it.
      if (!initialEmpty && this.selected !== (this.selection?.region ?? null)) {
        this.tellGuide();
      }
    }
    // A guide whose code arrived after this map (a chunk of its own) starts
    // with nothing chosen: tell it the region this map shows, so the rest of
    // that guide follows the markup's (or the visitor's) choice.
    if (this.guide !== this.toldGuide) {
      if (this.selected && !this.selection?.region) this.tellGuide();
      else this.toldGuide = this.guide;
    }
    this.internalChange = false;
    this.checkSelected();
  }

  /** Tells the guide the region this map shows, and remembers which guide it told. */
  private tellGuide() {
    this.toldGuide = this.guide;
    this.guide?.select({ region: idOf(this.selected) || null, view: this.safeView, side: this.safeSide });
  }

  /** Set while waiting for a clinic's content before calling `selected` a mistake. */
  private settling = false;

  /** Warns about a `selected` that is not a region, once the content is final. */
  private checkSelected() {
    const regions = this.data.content.regions;
    if (!this.selected || this.region || !regions.length) return;
    if (!contentPending(this)) {
      warnInvalid(this, 'selected', this.selected, 'showing nothing selected', listChoices(regions.map((r) => r.id)));
    } else if (!this.settling) {
      this.settling = true;
      void contentSettled(this).then(() => {
        this.settling = false;
        this.requestUpdate();
      });
    }
  }

  /** The selected region's id if it is one of the content's, else `null`. */
  private get region(): string | null {
    return this.data.region(this.selected)?.id ?? null;
  }

  private get safeSide(): Side {
    return this.side === 'left' ? 'left' : 'right';
  }

  private get safeView(): MapView {
    return this.view === 'back' ? 'back' : 'front';
  }

  private regionView(id: string | null): MapView | undefined {
    const v = this.data.region(id)?.view;
    return v === 'front' || v === 'back' ? v : undefined;
  }

  private label(id: string): string {
    return this.data.region(id)?.name ?? id;
  }

  override render() {
    const view = this.safeView;
    const side = this.safeSide;
    const mirrored = isMirrored(side, view);
    const list = spots[view];
    const tabStop = list.some((s) => s.id === this.focusId)
      ? this.focusId
      : list.some((s) => s.id === this.selected)
        ? this.selected
        : list[0]!.id;
    const caption =
      view === 'front'
        ? side === 'left'
          ? msg('Front of the left knee')
          : msg('Front of the right knee')
        : side === 'left'
          ? msg('Back of the left knee')
          : msg('Back of the right knee');
    const inner = msg('Inner side');
    const outer = msg('Outer side');
    const wholeKnee = this.data.content.regions.find((r) => r.view === 'any');

    return frame(html`
      <div class="layout">
        <div class="diagram" part="diagram">
          <div class="controls" role="group" aria-label=${msg('View')}>
            <button type="button" aria-pressed=${view === 'front'} @click=${() => this.setView('front')}>
              ${msg('Front')}
            </button>
            <button type="button" aria-pressed=${view === 'back'} @click=${() => this.setView('back')}>
              ${msg('Back')}
            </button>
          </div>
          <p id="caption"><strong>${caption}</strong></p>
          <div class="sides" aria-hidden="true">
            <span>← ${mirrored ? inner : outer}</span><span>${mirrored ? outer : inner} →</span>
          </div>
          <!-- The listeners sit on a wrapper: Chromium makes an <svg> with a
               focus or key listener a tab stop of its own. -->
          <div class="figure" @keydown=${this.onKeydown} @click=${this.onDiagramClick} @focusin=${this.onDiagramFocus}>
          <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="group" aria-labelledby="caption" aria-describedby="how">
            <g transform=${mirrored ? `translate(${WIDTH} 0) scale(-1 1)` : ''}>
              <g aria-hidden="true">${view === 'front' ? frontKnee : backKnee}</g>
              ${list.map(
                (s) => svg`<path
                  class="region"
                  part=${this.selected === s.id ? 'region region--selected' : 'region'}
                  data-region=${s.id}
                  d=${s.d}
                  role="button"
                  tabindex=${tabStop === s.id ? 0 : -1}
                  aria-label=${this.label(s.id)}
                  aria-pressed=${this.selected === s.id}
                ></path>`,
              )}
            </g>
          </svg>
          </div>
          <p id="how" class="note">
            ${msg('Tap or click where it hurts. With a keyboard: arrow keys move, Enter chooses, Escape clears.')}
          </p>
          ${wholeKnee
            ? html`<p>
                <button
                  type="button"
                  aria-pressed=${this.selected === wholeKnee.id}
                  @click=${() => this.choose(wholeKnee.id, 'pointer')}
                >
                  ${wholeKnee.name}
                </button>
              </p>`
            : nothing}
          <label for="list">${msg('Or choose from a list')}</label>
          <select id="list" @change=${this.onListChange}>
            ${this.listOptions()}
          </select>
        </div>
        <!-- A landmark only once it shows a region, named with the knee and view: two maps on a page need distinct names. -->
        <section class="panel" part="panel" aria-labelledby=${this.region ? 'panel-heading caption' : nothing}>
          ${this.renderPanel()}
        </section>
      </div>
      <div class="visually-hidden" role="status">${this.announce}</div>
    `);
  }

  /**
   * The list's options, rebuilt only when the regions or the language change
   * (see region-list.ts). Otherwise the same fragment, emptied once inserted,
   * is returned: Lit sees an unchanged value and leaves the options in place.
   */
  private listOptions(): DocumentFragment {
    const labels = { none: msg('Where does it hurt?'), front: msg('Front'), back: msg('Back'), any: msg('Other') };
    const regions = this.data.content.regions;
    const key = Object.values(labels).join('\n');
    if (this.options?.regions !== regions || this.options.key !== key) {
      this.options = { regions, key, list: regionOptions(regions, labels) };
    }
    return this.options.list;
  }

  private options?: { regions: readonly Region[]; key: string; list: DocumentFragment };

  override updated() {
    // Options are plain DOM, so the chosen one is set here rather than bound.
    const list = this.renderRoot.querySelector('select');
    const value = this.region ?? '';
    if (list && list.value !== value) list.value = value;
  }

  private renderPanel() {
    const region = this.data.region(this.selected);
    if (!region) {
      return html`<p class="hint" id="panel-heading">
        ${msg('Choose a spot on the knee to see what usually causes pain there, what helps, and when to get it checked.')}
      </p>`;
    }
    const result = refine(region, this.answers, this.data);
    const urgent = isUrgent(result.level);
    const flags = region.redFlags
      .map((id) => this.data.redFlag(id))
      // Under an urgent answer, milder signs would compete with it: only as urgent or more stay.
      .filter((f): f is RedFlag => !!f && !result.urgent.includes(f) && (!urgent || byUrgency(f.tier, result.level) <= 0))
      .sort((a, b) => byUrgency(a.tier, b.tier));
    const exercises = regionExercises(this.data, region).slice(0, 6);
    const questions = region.questions.map((id) => this.data.question(id)).filter((q): q is RefineQuestion => !!q);
    return html`
      ${result.urgent.length
        ? html`<div class="urgent" part="urgent" id="urgent" tabindex="-1" data-level=${result.level}>
            <h2>${levelIcon(result.level)}${levelHeading(result.level)}</h2>
            ${result.level === 'emergency'
              ? html`<p class="call">${renderCall(urgentContacts(this, this.data.content.clinic).number)}</p>`
              : result.level === 'today'
                ? html`<p class="call">${renderSameDay(urgentContacts(this, this.data.content.clinic).sameDay)}</p>`
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
          </div>`
        : nothing}
      <h2 id="panel-heading">${region.name}</h2>
      <p>${region.where}</p>
      <p class="disclaimer" role="note"><strong>${this.data.content.guidance.notADiagnosis}</strong></p>
      ${flags.length
        ? html`<h3>${msg('Get help if')}</h3>
            <ul class="flags">
              ${flags.map((f) => html`<li data-level=${f.tier}>${levelIcon(f.tier)}<strong>${tierLabel(f.tier)}:</strong> ${f.text}</li>`)}
            </ul>`
        : nothing}
      <h3>${result.answered ? msg('Likely causes, best match for your answers first') : msg('Likely causes, most common first')}</h3>
      ${questions.length ? this.renderRefine(region.id, questions) : nothing}
      ${this.data.content.conditions.length
        ? html`<ol class="causes">
            ${result.causes.map((c) => this.renderCause(c))}
          </ol>`
        : html`<p class="note">${msg('Loading the likely causes…')}</p>`}
      ${urgent && exercises.length
        ? html`<p class="note">${msg('Exercises are not shown: with this warning sign, get the advice above first.')}</p>`
        : exercises.length
        ? html`<h3>${msg('Exercises that may help')}</h3>
            <ul class="exercises">
              ${exercises.map(
                (e) => html`<li>
                  <details data-exercise=${e.id} ?open=${this.openExercises.has(e.id)} @toggle=${this.onExerciseToggle}>
                    <summary>${e.name} <span class="tag">(${formatDose(e.dose)})</span></summary>
                    ${this.openExercises.has(e.id)
                      ? html`<exercise-card exercise=${e.id} heading-level="4"></exercise-card>`
                      : nothing}
                  </details>
                </li>`,
              )}
            </ul>`
        : nothing}
      ${urgent ? nothing : renderContact(this.data.content.clinic)}
    `;
  }

  private renderRefine(region: string, questions: RefineQuestion[]) {
    // The questions are drawn once opened (and stay open from region to region).
    return html`<details class="refine" part="refine" ?open=${this.refineOpen} @toggle=${this.onRefineToggle}>
      <summary>${msg(str`Sort these causes: answer ${questions.length} quick questions`)}</summary>
      ${this.refineOpen ? this.renderQuestions(region, questions) : nothing}
    </details>`;
  }

  private renderQuestions(region: string, questions: RefineQuestion[]) {
    return html`<p class="note">${msg('Your answers stay on this page. Skip any you are not sure about.')}</p>
      ${questions.map((q) => {
        // Own answers only: a question id such as "constructor" must not read Object's.
        const a = Object.hasOwn(this.answers, q.id) ? this.answers[q.id] : undefined;
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
                  @change=${() => this.answer(region, q, value || null)}
                />
                ${value === 'yes' ? msg('Yes') : value === 'no' ? msg('No') : msg('Not sure')}
              </label>`,
            )}
          </div>
          ${flag
            ? html`<p class="flag-note">
                <strong>${msg('This can be a warning sign.')}</strong>
                <a href="#urgent" @click=${this.toUrgent}>${msg('See the advice at the top')}</a>
              </p>`
            : nothing}
        </fieldset>`;
      })}`;
  }

  private renderCause({ cause, shift }: RankedCause) {
    const c = this.data.condition(cause.condition);
    if (!c) return nothing;
    const fit =
      shift > 0 ? msg('fits your answers') : shift < 0 ? msg('fits your answers less') : undefined;
    // A cause's details are drawn only once it is opened: every selection
    // would otherwise build all of them, in every map on the page.
    const open = this.openCauses.has(c.id);
    return html`<li>
      <details data-cause=${c.id} ?open=${open} @toggle=${this.onCauseToggle}>
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
              ${renderSources(this.data, c.sources, c.checked)}`
          : nothing}
      </details>
    </li>`;
  }

  private answer(region: string, q: RefineQuestion, answer: Answer | null) {
    const next: Record<string, Answer> = { ...this.answers };
    if (answer) next[q.id] = answer;
    else delete next[q.id];
    this.answers = next;
    const redFlag = (answer && q[answer].redFlag) || null;
    this.announce = this.inLocale(() =>
      redFlag
        ? msg(str`Warning sign: ${this.data.redFlag(redFlag)?.text ?? ''}. The advice is at the top of the results.`)
        : msg('Causes re-sorted by your answers.'),
    );
    this.dispatchEvent(new KneeRefineAnswerEvent({ region, question: q.id, answer, redFlag }));
  }

  private toUrgent(e: Event) {
    // The link's fragment would resolve against the page, not our shadow root.
    e.preventDefault();
    const box = this.renderRoot.querySelector<HTMLElement>('#urgent');
    box?.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
    box?.focus({ preventScroll: true });
  }

  private onExerciseToggle(e: Event) {
    // A card is rendered only once its row is opened: six full cards per
    // region would cost every selection for nothing.
    this.openExercises = toggled(this.openExercises, e, 'exercise');
  }

  private onRefineToggle(e: Event) {
    this.refineOpen = (e.currentTarget as HTMLDetailsElement).open;
  }

  private onCauseToggle(e: Event) {
    this.openCauses = toggled(this.openCauses, e, 'cause');
  }

  private setView(view: MapView) {
    this.view = view;
    this.focusId = null;
  }

  private async choose(id: string | null, via: SelectVia) {
    this.internalChange = true;
    this.selected = id;
    if (id) this.focusId = id;
    this.announce = this.inLocale(() =>
      id ? msg(str`Showing likely causes for: ${this.label(id)}`) : msg('Selection cleared.'),
    );
    this.dispatchEvent(new KneeRegionSelectEvent({ region: id, view: this.safeView, side: this.safeSide, via }));
    if (!id || via === 'keyboard') return;
    // On a phone the panel is below the diagram, out of sight: bring its
    // heading into view so a tap visibly does something. Keyboard users stay
    // on the region they chose (the live region tells them what changed).
    await this.updateComplete;
    // Measure in the next frame, whose layout the browser does anyway, rather
    // than forcing one more inside the click.
    await new Promise(requestAnimationFrame);
    const heading = this.renderRoot.querySelector('#panel-heading');
    if (heading && heading.getBoundingClientRect().top > innerHeight - 48) {
      heading.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
    }
  }

  private onListChange(e: Event) {
    const id = (e.target as HTMLSelectElement).value || null;
    const v = this.regionView(id);
    if (v) this.view = v;
    this.choose(id, 'list');
  }

  // One listener on the diagram, not two per region: a page of many maps
  // keeps ~2 KB less per map (a part and a closure per listener).
  private onDiagramClick(e: Event) {
    const id = regionOf(e);
    if (id) this.choose(id, 'pointer');
  }

  private onDiagramFocus(e: FocusEvent) {
    const id = regionOf(e);
    if (id) this.focusId = id;
  }

  private async onKeydown(e: KeyboardEvent) {
    const current = regionOf(e);
    if (!current) return;
    const list = spots[this.safeView];
    let next: string | undefined;
    if (ARROWS.has(e.key)) next = nextSpot(current, e.key as Direction, this.safeSide, this.safeView);
    else if (e.key === 'Home') next = list[0]!.id;
    else if (e.key === 'End') next = list[list.length - 1]!.id;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.choose(current, 'keyboard');
      return;
    } else if (e.key === 'Escape' && this.region) {
      e.preventDefault();
      this.choose(null, 'keyboard');
      return;
    } else return;
    e.preventDefault();
    this.focusId = next;
    await this.updateComplete;
    this.renderRoot.querySelector<SVGElement>(`[data-region="${next}"]`)?.focus();
  }
}

/** The region an event on the diagram happened on, if any. */
const regionOf = (e: Event) => (e.target as Element).closest('[data-region]')?.getAttribute('data-region');

/** `open` with the id (`data-<key>`) of the toggled `<details>` added or removed; the same set if unchanged. */
function toggled(open: Set<string>, e: Event, key: string): Set<string> {
  const d = e.currentTarget as HTMLDetailsElement;
  const id = d.dataset[key]!;
  if (d.open === open.has(id)) return open;
  const next = new Set(open);
  if (d.open) next.add(id);
  else next.delete(id);
  return next;
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

function commonLabel(c: Commonness): string {
  return c === 'common' ? msg('common') : c === 'less-common' ? msg('less common') : msg('rare');
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-pain-map': KneePainMap;
  }
}
