import { css, html, svg } from 'lit';
import { msg } from '../../i18n/localize.js';
import type { Level } from '../../triage/triage.js';
import type { Tier } from '../../content/types.js';

/**
 * How every element shows a level of advice: the same words, colour and icon
 * in the checklist, the map and the copied summary. The words always say the
 * level, so neither colour nor icon is ever the only cue.
 */
export function levelHeading(level: Level): string {
  switch (level) {
    case 'emergency':
      return msg('Get emergency care now');
    case 'today':
      return msg('Get seen today');
    case 'soon':
      return msg('See a doctor within a day or two');
    case 'routine':
      return msg('Book a routine appointment');
    default:
      return msg('No warning signs: self-care');
  }
}

/** The short label in front of a warning sign in a list ("Get seen today: …"). */
export function tierLabel(tier: Tier): string {
  switch (tier) {
    case 'emergency':
      return msg('Emergency now');
    case 'today':
      return msg('Get seen today');
    case 'soon':
      return msg('Within a day or two');
    default:
      return msg('Routine appointment');
  }
}

// One small glyph per level, drawn in the level's colour: a warning triangle,
// a clock (today), a calendar (a day or two), a clipboard (routine), a tick.
const glyphs: Record<Level, string> = {
  emergency: 'M8 1 15 14H1ZM8 5v5M8 11.5v1',
  today: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM8 4v4l3 2',
  soon: 'M2 3h12v11H2ZM2 6.5h12M5 1.5v3M11 1.5v3',
  routine: 'M3 2.5h10v12H3ZM5.5 6h5M5.5 9h5M5.5 12h3',
  none: 'M2.5 8.5 6.5 12.5 13.5 3.5',
};

/** The level's icon: decorative, since the words beside it say the level. */
export function levelIcon(level: Level) {
  return html`<svg class="level-icon" data-level=${level} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    ${svg`<path d=${glyphs[level]} />`}
  </svg>`;
}

/** The level colours, for any element that shows a level (`data-level` on the box or the icon). */
export const levelStyles = css`
  [data-level='none'] {
    --_level: var(--_ok);
  }
  [data-level='routine'] {
    --_level: var(--_routine);
  }
  [data-level='soon'] {
    --_level: var(--_soon);
  }
  [data-level='today'] {
    --_level: var(--_today);
  }
  [data-level='emergency'] {
    --_level: var(--_emergency);
  }
  .level-icon {
    width: 1.2em;
    height: 1.2em;
    vertical-align: -0.25em;
    margin-inline-end: 0.35em;
    fill: none;
    stroke: var(--_level);
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  @media (forced-colors: active) {
    .level-icon {
      stroke: CanvasText;
    }
  }
`;
