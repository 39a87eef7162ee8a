/**
 * The map's diagram column: the view switch, the knee with its regions (one
 * tab stop), the whole-knee button and the list, as a template function. The
 * map holds the state and the handlers.
 */
import { html, nothing, svg } from 'lit';
import { msg } from '../../i18n/localize.js';
import type { MapView, Side } from '../../context/selection-context.js';
import type { Region } from '../../content/types.js';
import { backKnee, frontKnee } from './diagram.js';
import { HEIGHT, WIDTH, isMirrored, spots } from './geometry.js';

export interface DiagramView {
  view: MapView;
  side: Side;
  selected: string | null;
  /** The region holding the diagram's single tab stop, if the visitor moved it. */
  focusId: string | null;
  label(id: string): string;
  /** The "whole knee" region, shown as a button under the diagram. */
  wholeKnee: Region | undefined;
  /** The list's `<option>`s (see region-list.ts). */
  options: DocumentFragment;
  setView(view: MapView): void;
  choose(id: string): void;
  onKeydown(e: KeyboardEvent): void;
  onFocusIn(e: FocusEvent): void;
  onListChange(e: Event): void;
}

/** The region an event on the diagram happened on, if any. */
export const regionOf = (e: Event) => (e.target as Element).closest('[data-region]')?.getAttribute('data-region');

export function renderDiagram(d: DiagramView) {
  const { view, side, selected } = d;
  const mirrored = isMirrored(side, view);
  const list = spots[view];
  const tabStop = list.some((s) => s.id === d.focusId) ? d.focusId : list.some((s) => s.id === selected) ? selected : list[0]!.id;
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
  // One click listener on the diagram, not one per region.
  const onClick = (e: Event) => {
    const id = regionOf(e);
    if (id) d.choose(id);
  };
  return html`<div class="diagram" part="diagram">
    <div class="controls" role="group" aria-label=${msg('View')}>
      <button type="button" aria-pressed=${view === 'front'} @click=${() => d.setView('front')}>${msg('Front')}</button>
      <button type="button" aria-pressed=${view === 'back'} @click=${() => d.setView('back')}>${msg('Back')}</button>
    </div>
    <p id="caption"><strong>${caption}</strong></p>
    <div class="sides" aria-hidden="true">
      <span>← ${mirrored ? inner : outer}</span><span>${mirrored ? outer : inner} →</span>
    </div>
    <!-- The listeners sit on a wrapper: Chromium makes an <svg> with a
         focus or key listener a tab stop of its own. -->
    <div class="figure" @keydown=${d.onKeydown} @click=${onClick} @focusin=${d.onFocusIn}>
      <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="group" aria-labelledby="caption" aria-describedby="how">
        <g transform=${mirrored ? `translate(${WIDTH} 0) scale(-1 1)` : ''}>
          <g aria-hidden="true">${view === 'front' ? frontKnee : backKnee}</g>
          ${list.map(
            (s) => svg`<path
              class="region"
              part=${selected === s.id ? 'region region--selected' : 'region'}
              data-region=${s.id}
              d=${s.d}
              role="button"
              tabindex=${tabStop === s.id ? 0 : -1}
              aria-label=${d.label(s.id)}
              aria-pressed=${selected === s.id}
            ></path>`,
          )}
        </g>
      </svg>
    </div>
    <p id="how" class="note">
      ${msg('Tap or click where it hurts. With a keyboard: arrow keys move, Enter chooses, Escape clears.')}
    </p>
    ${d.wholeKnee
      ? html`<p>
          <button type="button" aria-pressed=${selected === d.wholeKnee.id} @click=${() => d.choose(d.wholeKnee!.id)}>
            ${d.wholeKnee.name}
          </button>
        </p>`
      : nothing}
    <label for="list">${msg('Or choose from a list')}</label>
    <select id="list" @change=${d.onListChange}>
      ${d.options}
    </select>
  </div>`;
}
