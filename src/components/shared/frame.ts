import { html } from 'lit';

/**
 * Every element's layout box, the documented `base` part. Padding, borders
 * and colours sit here, not on `:host`: a page's rules (a reset such as
 * `* { margin: 0; padding: 0 }`) beat `:host` rules, but cannot reach inside
 * the shadow root.
 */
export const frame = (content: unknown) => html`<div class="base" part="base">${content}</div>`;
