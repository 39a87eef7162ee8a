import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { intInRange } from './attributes.js';

/**
 * A heading at a level the embedder chose (`heading-level`), so our headings
 * fit the page's outline. Invalid values fall back; levels stop at 6.
 */
export function headingLevel(value: unknown, fallback = 2): number {
  return intInRange(value, 1, 6, fallback);
}

export function heading(level: number, content: unknown, cls = '', id?: string): TemplateResult {
  // Literal tags, one per level: Lit templates cannot take a tag name as a
  // value, and static-html's unsafeStatic is banned in this codebase.
  switch (Math.min(6, Math.max(1, level))) {
    case 1:
      return html`<h1 class=${cls} id=${ifDefined(id)}>${content}</h1>`;
    case 2:
      return html`<h2 class=${cls} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 class=${cls} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 class=${cls} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 class=${cls} id=${ifDefined(id)}>${content}</h5>`;
    default:
      return html`<h6 class=${cls} id=${ifDefined(id)}>${content}</h6>`;
  }
}
