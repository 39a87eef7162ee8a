/**
 * The floor the benchmark compares us with: about the least a clickable knee
 * map can be in Lit. An inline SVG with 8 regions, each a focusable button,
 * and a text panel that updates on click. No content model, no context, no
 * styles beyond the minimum.
 */
import { LitElement, css, html, svg } from 'lit';

const regions = [
  ['above', 'Above the kneecap', 'M100 60h40v30h-40z'],
  ['kneecap', 'Kneecap', 'M100 100h40v40h-40z'],
  ['below', 'Below the kneecap', 'M100 150h40v30h-40z'],
  ['inner', 'Inner knee', 'M150 100h40v60h-40z'],
  ['outer', 'Outer knee', 'M50 100h40v60h-40z'],
  ['shin', 'Shin bump', 'M100 190h40v30h-40z'],
  ['inner-low', 'Below the inner knee', 'M150 170h40v40h-40z'],
  ['outer-low', 'Below the outer knee', 'M50 170h40v40h-40z'],
] as const;

export class FloorMap extends LitElement {
  static override properties = { selected: { state: true } };
  static override styles = css`
    :host { display: block; }
    path { fill: #cde; stroke: #246; cursor: pointer; }
    path[aria-pressed='true'] { fill: #8ac; }
    path:focus-visible { outline: 3px solid #000; }
  `;

  selected = '';

  override render() {
    const chosen = regions.find((r) => r[0] === this.selected);
    return html`<svg viewBox="0 0 240 240" width="240" height="240">
        ${regions.map(
          ([id, name, d]) =>
            svg`<path data-region=${id} d=${d} role="button" tabindex="0" aria-label=${name}
              aria-pressed=${this.selected === id} @click=${() => (this.selected = id)}></path>`,
        )}
      </svg>
      <p role="status">${chosen ? `${chosen[1]}: the likely causes would be listed here.` : 'Choose a spot.'}</p>`;
  }
}

if (!customElements.get('floor-map')) customElements.define('floor-map', FloorMap);
