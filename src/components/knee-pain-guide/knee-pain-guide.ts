import { LitElement, css, html } from 'lit';
import { GuideController } from '../../guide/guide-controller.js';

/**
 * Groups a map, exercise cards and a checklist into one guide with its own
 * selection. Only needed when a page holds two independent guides: without
 * it, the whole page is one guide.
 *
 * @tagname knee-pain-guide
 * @summary Scopes the shared selection to the elements inside it.
 * @slot - The guide's elements and any page content between them.
 */
export class KneePainGuide extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  protected readonly guide = new GuideController(this);

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-pain-guide': KneePainGuide;
  }
}
