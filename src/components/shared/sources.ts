import { html, nothing } from 'lit';
import { msg } from '../../i18n/localize.js';
import type { ContentIndex } from '../../content/content-index.js';

// Building a date formatter is slow (tens of ms the first time, on a phone
// more): one per language, reused.
const formats = new Map<string, Intl.DateTimeFormat | null>();

function dateFormat(lang = ''): Intl.DateTimeFormat | null {
  if (!formats.has(lang)) {
    let f: Intl.DateTimeFormat | null;
    try {
      f = new Intl.DateTimeFormat(lang || undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    } catch {
      f = null; // an invalid language tag
    }
    formats.set(lang, f);
  }
  return formats.get(lang)!;
}

/** A `YYYY-MM-DD` date as the page's language writes it ("21 Nov 2026", "Nov 21, 2026"). */
export function formatDate(iso: string, lang?: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  const f = dateFormat(lang);
  return Number.isNaN(d.getTime()) || !f ? iso : f.format(d);
}

/** The "Sources" list shown under any content item, with its review date. */
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
