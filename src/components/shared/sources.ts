import { html, nothing } from 'lit';
import { msg, str } from '../../i18n/localize.js';
import type { ContentIndex } from '../../content/content-index.js';
import type { Checked } from '../../content/types.js';

/**
 * A `YYYY-MM-DD` date written out in the current locale, "21 Nov 2026" or
 * "21 nov 2026": a month name can't be misread the way 11/03 can. Not
 * `Intl.DateTimeFormat`: building the first one costs 30 ms or more of ICU
 * loading on a fast machine, paid by every page that shows a date.
 */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const months = msg('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec', { desc: 'Month abbreviations, space-separated' });
  const month = m && months.split(' ')[Number(m[2]) - 1];
  if (!m || !month || Number(m[3]) < 1 || Number(m[3]) > 31) return iso;
  // Day, month, year reads right in every language we ship.
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/**
 * The "Sources" list shown under any content item, with what was done to
 * check it. Only a clinic's own content can say a clinician signed it off;
 * without that, the widgets say plainly that no clinician has.
 */
export function renderSources(index: ContentIndex, ids: readonly string[], checked: Checked) {
  const sources = ids.map((id) => index.source(id)).filter((s) => !!s);
  if (!sources.length) return nothing;
  const review = index.content.clinic?.review;
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
    <p>
      ${msg('Checked against these sources:')} <time datetime=${checked.date}>${formatDate(checked.date)}</time>.
      ${review
        ? html`${msg(str`Reviewed by ${review.by} (${review.role}) on`)}
            <time datetime=${review.date}>${formatDate(review.date)}</time>.`
        : msg('Not yet signed off by a clinician.')}
    </p>
  </div>`;
}
