import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { ContentIndex } from '../../content/content-index.js';

/** The "Sources" list shown under any content item, with its review date. */
/** A `YYYY-MM-DD` date as the page's language writes it ("21 Nov 2026", "Nov 21, 2026"). */
export function formatDate(iso: string, lang?: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    return d.toLocaleDateString(lang || undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  } catch {
    return iso; // an invalid language tag
  }
}

export function renderSources(index: ContentIndex, ids: readonly string[], reviewed: string, lang?: string) {
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
    <p>${msg('Last reviewed:')} <time datetime=${reviewed}>${formatDate(reviewed, lang)}</time></p>
  </div>`;
}
