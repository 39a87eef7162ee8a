import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { ContentIndex } from '../../content/content-index.js';

/** The "Sources" list shown under any content item, with its review date. */
export function renderSources(index: ContentIndex, ids: readonly string[], reviewed: string) {
  const sources = ids.map((id) => index.source(id)).filter((s) => !!s);
  if (!sources.length) return nothing;
  return html`<div class="sources note">
    <strong>${msg('Sources')}</strong>
    <ul>
      ${sources.map(
        (s) => html`<li>
          <a href=${s.url} target="_blank" rel="noopener noreferrer">${s.title}</a>, ${s.publisher}${s.date
            ? html` (${s.date})`
            : nothing}
        </li>`,
      )}
    </ul>
    <p>${msg('Last reviewed:')} <time datetime=${reviewed}>${reviewed}</time></p>
  </div>`;
}
