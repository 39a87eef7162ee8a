import { css } from 'lit';

export const styles = css`
  .meta {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25rem 0.75rem;
    margin: 0 0 1rem;
  }
  .meta dt {
    font-weight: 700;
  }
  .meta dd {
    margin: 0;
  }
  .stop {
    border-inline-start: 4px solid var(--_emergency);
    background: var(--_surface-alt);
    padding: 0.5rem 0.75rem;
    border-radius: 4px;
  }
  .variants,
  .chooser {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: 0.75rem;
  }
  /* A mistyped id is shown as text: a long one must wrap, not widen the card. */
  .missing p {
    overflow-wrap: anywhere;
  }
  .variant {
    border: 1px dashed var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5rem 0.75rem;
  }
  .steps li {
    margin-block-end: 0.35rem;
  }
  /* The figure: stroke colours come from the text and accent colours, so
     dark themes and forced colours follow. */
  .figure,
  .play {
    max-width: 22rem;
    margin-block: 0.5rem 0;
  }
  .figure svg {
    display: block;
    width: 100%;
    height: auto;
  }
  .fig,
  .fig-work,
  .fig-head {
    fill: none;
    stroke: currentColor;
    stroke-width: 6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .fig-work {
    stroke: var(--_accent);
  }
  .fig-head {
    fill: currentColor;
  }
  .prop,
  .floor {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 3;
    stroke-linecap: round;
  }
  .stills {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.5rem;
  }
  .moving .stills {
    display: none;
  }
  .play {
    margin-block-end: 1rem;
    text-align: center;
  }
  figure {
    margin: 0;
  }
  figcaption {
    text-align: center;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .session {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.75rem;
    margin-block: 1rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: 0.5rem;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_accent-text);
    border-color: var(--_accent);
    font-weight: 700;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .phase {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  .phase strong {
    font-size: 1.2em;
  }
  .big {
    font-size: 2.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    margin: 0.25rem 0;
  }
  .pain fieldset {
    border: 0;
    padding: 0;
    margin: 0.5rem 0;
  }
  .pain legend {
    font-weight: 700;
    padding: 0;
  }
  .pain legend .note {
    display: block;
    font-weight: 400;
  }
  .scale {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(2.75rem, 1fr));
    gap: 0.25rem;
    margin-block-start: 0.5rem;
  }
  .score {
    position: relative;
    display: grid;
    place-items: center;
    min-height: 44px;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-alt);
    cursor: pointer;
  }
  /* The real radio stays in place (focusable, clickable) under its label. */
  .score input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .score:has(input:checked) {
    background: var(--_accent);
    color: var(--_accent-text);
    border-color: var(--_accent);
    font-weight: 700;
  }
  .score:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .advice {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.75rem;
  }
  .advice[data-verdict='fine'] {
    border-color: var(--_ok);
  }
  .advice[data-verdict='acceptable'] {
    border-color: var(--_soon);
  }
  .advice[data-verdict='too-much'] {
    border-color: var(--_emergency);
  }
  .advice button {
    margin-block-start: 0.5rem;
    display: block;
  }
  @media print {
    .base {
      border: 1px solid #000;
      break-inside: avoid;
      color: #000;
      background: #fff;
    }
    /* A handout: the steps and both positions, no controls. */
    .variants,
    .chooser,
    .session,
    .play,
    .motion {
      display: none !important;
    }
    .stills {
      display: grid !important;
      max-width: 16rem;
    }
  }
  @media (forced-colors: active) {
    .score:has(input:checked) {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .fig-work {
      stroke: Highlight;
    }
  }
`;
