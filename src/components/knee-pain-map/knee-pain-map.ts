import { html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { base } from '../../styles/base.js';
import { GuideElement } from '../shared/guide-element.js';
import { styles } from './knee-pain-map.styles.js';
import { backKnee, frontKnee } from './diagram.js';
import { HEIGHT, WIDTH, isMirrored, nextSpot, spots, type Direction } from './geometry.js';
import { KneeRegionSelectEvent, type SelectVia } from './events.js';
import { emptySelection, type MapView, type Side } from '../../context/selection-context.js';
import { tiers, regionExercises } from '../../content/content-index.js';
import type { Commonness, Region, Tier } from '../../content/types.js';
import { renderSources } from '../shared/sources.js';
import { pageLang } from '../shared/lang.js';

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

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
 * @csspart diagram - The column with the view switch, the diagram and the list.
 * @csspart region - Each clickable region of the diagram.
 * @csspart region--selected - The selected region (alongside `region`).
 * @csspart panel - The result panel for the selected region.
 * @cssprop --knee-accent - Brand colour: buttons, region outlines, highlights.
 * @cssprop --knee-surface - Background of the widget.
 * @cssprop --knee-text - Text colour.
 * @cssprop --knee-font - Font family.
 * @cssprop --knee-radius - Corner radius.
 * @cssprop --knee-focus-ring - Colour of the keyboard focus ring.
 * @cssprop --knee-region-fill - Fill of a region at rest.
 * @cssprop --knee-region-hover - Fill of a region under the pointer.
 * @cssprop --knee-region-selected - Fill of the selected region.
 * @cssprop --knee-skin - Skin colour of the illustration.
 */
@localized()
export class KneePainMap extends GuideElement {
  static override styles = [base, styles];

  /** Which knee: `right` or `left`. The diagram mirrors so "inner" is always toward the other knee. */
  @property({ reflect: true }) side: Side = 'right';

  /** Which view is shown: `front` or `back`. The visitor can switch it too. */
  @property({ reflect: true }) view: MapView = 'front';

  /** The selected region id, or empty for none. Setting it from code fires no event. */
  @property() selected: string | null = null;

  /** The region holding the diagram's single tab stop. */
  @state() private focusId: string | null = null;

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    // Follow selections made elsewhere in the guide (another map). The initial
    // empty selection must not wipe a `selected` set by the page.
    const sel = this.selection;
    if (changed.has('selection') && sel && sel !== emptySelection && sel.region !== this.selected) {
      this.selected = sel.region;
      const v = this.regionView(sel.region);
      if (v) this.view = v;
    }
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

    return html`
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
          <svg
            viewBox="0 0 ${WIDTH} ${HEIGHT}"
            role="group"
            aria-labelledby="caption"
            aria-describedby="how"
            @keydown=${this.onKeydown}
          >
            <g transform=${mirrored ? `translate(${WIDTH} 0) scale(-1 1)` : ''}>
              <g aria-hidden="true">${view === 'front' ? frontKnee : backKnee}</g>
              ${list.map(
                (s) => svg`<ellipse
                  class="region"
                  part=${this.selected === s.id ? 'region region--selected' : 'region'}
                  data-region=${s.id}
                  cx=${s.cx} cy=${s.cy} rx=${s.rx} ry=${s.ry}
                  role="button"
                  tabindex=${tabStop === s.id ? 0 : -1}
                  aria-label=${this.label(s.id)}
                  aria-pressed=${this.selected === s.id}
                  @click=${() => this.choose(s.id, 'pointer')}
                  @focus=${() => (this.focusId = s.id)}
                ></ellipse>`,
              )}
            </g>
          </svg>
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
            <option value="" ?selected=${!this.selected}>${msg('Where does it hurt?')}</option>
            ${(['front', 'back', 'any'] as const).map(
              (v) => html`<optgroup label=${v === 'front' ? msg('Front') : v === 'back' ? msg('Back') : msg('Other')}>
                ${this.data.content.regions
                  .filter((r) => r.view === v)
                  .map((r) => html`<option value=${r.id} ?selected=${this.selected === r.id}>${r.name}</option>`)}
              </optgroup>`,
            )}
          </select>
        </div>
        <section class="panel" part="panel" aria-labelledby="panel-heading">${this.renderPanel()}</section>
      </div>
      <div class="visually-hidden" role="status">
        ${this.selected && this.data.region(this.selected)
          ? msg(str`Showing likely causes for: ${this.label(this.selected)}`)
          : ''}
      </div>
    `;
  }

  private renderPanel() {
    const region = this.data.region(this.selected);
    if (!region) {
      return html`<p class="hint" id="panel-heading">
        ${msg('Choose a spot on the knee to see what usually causes pain there, what helps, and when to get it checked.')}
      </p>`;
    }
    const flags = region.redFlags
      .map((id) => this.data.redFlag(id))
      .filter((f) => !!f)
      .sort((a, b) => tiers.indexOf(a.tier) - tiers.indexOf(b.tier));
    const exercises = regionExercises(this.data, region);
    return html`
      <h2 id="panel-heading">${region.name}</h2>
      <p>${region.where}</p>
      <p class="disclaimer" role="note"><strong>${this.data.content.guidance.notADiagnosis}</strong></p>
      ${flags.length
        ? html`<h3>${msg('Get help if')}</h3>
            <ul class="flags">
              ${flags.map((f) => html`<li><strong>${tierLabel(f.tier)}:</strong> ${f.text}</li>`)}
            </ul>`
        : nothing}
      <h3>${msg('Likely causes, most common first')}</h3>
      <ol class="causes">
        ${region.causes.map((c) => this.renderCause(region, c.condition, c.commonness, c.who))}
      </ol>
      ${exercises.length
        ? html`<h3>${msg('Exercises that may help')}</h3>
            <ul>
              ${exercises.slice(0, 6).map((e) => html`<li>${e.name}</li>`)}
            </ul>`
        : nothing}
    `;
  }

  private renderCause(_region: Region, id: string, commonness: Commonness, who: string) {
    const c = this.data.condition(id);
    if (!c) return nothing;
    return html`<li>
      <details>
        <summary>${c.name} <span class="tag">(${commonLabel(commonness)})</span></summary>
        <p>${c.summary}</p>
        <h4>${msg('What it feels like')}</h4>
        <ul>${c.feelsLike.map((t) => html`<li>${t}</li>`)}</ul>
        <h4>${msg('What makes it worse')}</h4>
        <ul>${c.worseWith.map((t) => html`<li>${t}</li>`)}</ul>
        <h4>${msg('Who gets it')}</h4>
        <p>${who}</p>
        <h4>${msg('What usually helps')}</h4>
        <ul>${c.helps.map((t) => html`<li>${t}</li>`)}</ul>
        <h4>${msg('When to get it checked')}</h4>
        <ul>${c.seeAProfessional.map((t) => html`<li>${t}</li>`)}</ul>
        <p class="note">${msg('Clinical name:')} ${c.clinicalName}</p>
        ${renderSources(this.data, c.sources, c.reviewed, pageLang(this))}
      </details>
    </li>`;
  }

  private setView(view: MapView) {
    this.view = view;
    this.focusId = null;
  }

  private choose(id: string | null, via: SelectVia) {
    this.selected = id;
    if (id) this.focusId = id;
    this.dispatchEvent(
      new KneeRegionSelectEvent({ region: id, view: this.safeView, side: this.safeSide, via }),
    );
  }

  private onListChange(e: Event) {
    const id = (e.target as HTMLSelectElement).value || null;
    const v = this.regionView(id);
    if (v) this.view = v;
    this.choose(id, 'list');
  }

  private async onKeydown(e: KeyboardEvent) {
    const target = (e.target as Element).closest('[data-region]');
    if (!target) return;
    const current = target.getAttribute('data-region')!;
    const list = spots[this.safeView];
    let next: string | undefined;
    if (ARROWS.has(e.key)) next = nextSpot(current, e.key as Direction, this.safeSide, this.safeView);
    else if (e.key === 'Home') next = list[0]!.id;
    else if (e.key === 'End') next = list[list.length - 1]!.id;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.choose(current, 'keyboard');
      return;
    } else if (e.key === 'Escape' && this.selected) {
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

function commonLabel(c: Commonness): string {
  return c === 'common' ? msg('common') : c === 'less-common' ? msg('less common') : msg('rare');
}

export function tierLabel(t: Tier): string {
  return t === 'emergency'
    ? msg('Emergency')
    : t === 'soon'
      ? msg('See a doctor within a day or two')
      : msg('Book an appointment');
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-pain-map': KneePainMap;
  }
}
