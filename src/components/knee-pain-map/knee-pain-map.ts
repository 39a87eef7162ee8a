import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '../../i18n/localize.js';
import { base } from '../../styles/base.js';
import { KneeElement } from '../shared/knee-element.js';
import { styles } from './knee-pain-map.styles.js';
import { diagramKey } from './diagram-keys.js';
import { KneeRefineAnswerEvent, KneeRegionSelectEvent, type SelectVia } from './events.js';
import type { Answer, Answers } from '../../triage/refine.js';
import type { MapView, Side } from '../../context/selection-context.js';
import type { ContentIndex } from '../../content/content-index.js';
import { levelStyles } from '../shared/level.js';
import { urgentContacts } from '../shared/advice.js';
import type { RefineQuestion } from '../../content/types.js';
import { RegionList } from './region-list.js';
import { reducedMotion } from '../shared/reduced-motion.js';
import { idOf, keywordFor, listChoices, warnInvalid } from '../shared/attributes.js';
import { frame } from '../shared/frame.js';
import { loadElement } from '../load-element.js';
import { panelModel } from './panel-model.js';
import { emptyPanel, renderPanel, toggled, type PanelView } from './panel.js';
import { regionOf, renderDiagram } from './diagram-view.js';

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
export class KneePainMap extends KneeElement {
  static override styles = [base, levelStyles, styles];

  constructor() {
    super({
      // The warning signs show only in the panel, after a choice.
      first: ['regions'],
      later: () => ['flags', 'conditions', 'sources', 'exercises'],
      // The cards the panel opens: fetched after the first paint rather than
      // on the visitor's click, once per page.
      laterCode: () => [loadElement('exercise-card')],
    });
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
   * The selected region id, or empty for none: the guide's selection, which
   * the visitor's choice in any map of the guide changes. Setting it from
   * code fires no event, but the rest of the guide follows it (so a page can
   * open on a region).
   * An id that is not a region of the content shows nothing selected, here and
   * in the rest of the guide, and warns once in the console naming the valid
   * ids (once a clinic's content, which may add regions, has loaded). The
   * property keeps the value set.
   */
  @property()
  get selected(): string | null {
    return this.guide.store ? this.guide.selection.region : (this.#asked ?? null);
  }
  set selected(id: string | null) {
    const store = this.guide.store;
    if (!store) this.#asked = id;
    else store.select({ region: idOf(id) || null, view: this.regionView(id) ?? this.safeView, side: this.safeSide }, 'code');
  }

  /** A `selected` set before the map had a guide: handed to the guide once it has one. */
  #asked?: string | null;

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

  /**
   * Causes, warning signs, exercises and sources arrive after the first
   * paint, each as new content. With no region chosen the map shows none of
   * them (only the regions), so it skips those renders.
   */
  protected override shouldUpdate(changed: Map<PropertyKey, unknown>): boolean {
    if (this.hasUpdated && !this.selected && changed.size === 1 && changed.has('content')) {
      const before = (changed.get('content') as ContentIndex | undefined)?.content;
      const now = this.data.content;
      if (before && before.locale === now.locale && before.regions === now.regions) return false;
    }
    return super.shouldUpdate(changed);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    // A keyword the page got wrong means the default, and the attribute says so.
    if (changed.has('side')) this.side = keywordFor(this, 'side', this.side, SIDES, 'right');
    if (changed.has('view')) this.view = keywordFor(this, 'view', this.view, VIEWS, 'front');
    // The map now has a guide: it follows the region the page asked for.
    if (this.#asked !== undefined && this.guide.store) {
      const asked = this.#asked;
      this.#asked = undefined;
      if (asked) this.selected = asked;
    }
    // A region chosen anywhere in the guide shows its side of the knee.
    if (changed.has('selection') || changed.has('selected')) {
      const v = this.regionView(this.selected);
      if (v) this.view = v;
    }
    this.checkSelected();
  }

  /** Warns about a `selected` that is not a region, once the content is final. */
  private checkSelected() {
    const regions = this.data.content.regions;
    if (!this.selected || this.region || !regions.length) return;
    const store = this.guide.store;
    if (!store?.contentPending) {
      warnInvalid(this, 'selected', this.selected, 'showing nothing selected', listChoices(regions.map((r) => r.id)));
    } else {
      void store.contentReady.then(() => this.requestUpdate());
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
    const region = this.data.region(this.selected);
    return frame(html`
      <div class="layout">
        ${this.renderDiagram()}
        <!-- A landmark only once it shows a region, named with the knee and view: two maps on a page need distinct names. -->
        <section class="panel" part="panel" aria-labelledby=${region ? 'panel-heading caption' : nothing}>
          ${region ? renderPanel(panelModel(region, this.answers, this.data), this.panelView) : emptyPanel()}
        </section>
      </div>
      <div class="visually-hidden" role="status">${this.announce}</div>
    `);
  }

  private renderDiagram() {
    return renderDiagram({
      view: this.safeView,
      side: this.safeSide,
      selected: this.selected,
      focusId: this.focusId,
      label: (id) => this.label(id),
      wholeKnee: this.data.content.regions.find((r) => r.view === 'any'),
      options: this.listOptions(),
      setView: (view) => this.setView(view),
      choose: (id) => this.choose(id, 'pointer'),
      onKeydown: (e) => this.onKeydown(e),
      onFocusIn: (e) => this.onDiagramFocus(e),
      onListChange: (e) => this.onListChange(e),
    });
  }

  /** The panel's state and handlers, for its templates (see panel.ts). */
  private get panelView(): PanelView {
    return {
      data: this.data,
      answers: this.answers,
      refineOpen: this.refineOpen,
      openCauses: this.openCauses,
      openExercises: this.openExercises,
      contacts: () => urgentContacts(this, this.data.content.clinic),
      card: (id) => html`<exercise-card exercise=${id} heading-level="4"></exercise-card>`,
      onAnswer: (region, q, answer) => this.answer(region, q, answer),
      onRefineToggle: (e) => (this.refineOpen = (e.currentTarget as HTMLDetailsElement).open),
      onCauseToggle: (e) => (this.openCauses = toggled(this.openCauses, e, 'cause')),
      onExerciseToggle: (e) => (this.openExercises = toggled(this.openExercises, e, 'exercise')),
      toUrgent: (e) => this.toUrgent(e),
    };
  }

  /** The list's options (see region-list.ts). */
  private listOptions(): DocumentFragment {
    const labels = { none: msg('Where does it hurt?'), front: msg('Front'), back: msg('Back'), any: msg('Other') };
    return this.regionList.options(this.data.content.regions, labels);
  }

  private readonly regionList = new RegionList();

  override updated() {
    // Options are plain DOM, so the chosen one is set here rather than bound.
    const list = this.renderRoot.querySelector('select');
    const value = this.region ?? '';
    if (list && list.value !== value) list.value = value;
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

  private setView(view: MapView) {
    this.view = view;
    this.focusId = null;
  }

  /** The visitor chose (or cleared) a region: the guide changes, then the page hears of it. */
  private async choose(id: string | null, via: SelectVia) {
    if (id) this.focusId = id;
    const view = this.regionView(id) ?? this.safeView;
    this.guide.store?.select({ region: id, view, side: this.safeSide }, via);
    this.announce = this.inLocale(() =>
      id ? msg(str`Showing likely causes for: ${this.label(id)}`) : msg('Selection cleared.'),
    );
    this.dispatchEvent(new KneeRegionSelectEvent({ region: id, view, side: this.safeSide, via }));
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
    this.choose((e.target as HTMLSelectElement).value || null, 'list');
  }

  private onDiagramFocus(e: FocusEvent) {
    const id = regionOf(e);
    if (id) this.focusId = id;
  }

  private async onKeydown(e: KeyboardEvent) {
    const current = regionOf(e);
    const action = current && diagramKey(e.key, current, this.safeSide, this.safeView, !!this.region);
    if (!action) return;
    e.preventDefault();
    if ('choose' in action) return this.choose(action.choose, 'keyboard');
    this.focusId = action.focus;
    await this.updateComplete;
    this.renderRoot.querySelector<SVGElement>(`[data-region="${action.focus}"]`)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-pain-map': KneePainMap;
  }
}
