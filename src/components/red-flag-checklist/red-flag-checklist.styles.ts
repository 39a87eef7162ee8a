import { css } from 'lit';

export const styles = css`
  fieldset {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    margin: 0 0 1rem;
    padding: 0.5rem 0.75rem 0.75rem;
  }
  legend {
    font-weight: 700;
    padding-inline: 0.25rem;
  }
  .check {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    padding-block: 0.35rem;
    cursor: pointer;
  }
  .check input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .relevant {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .result {
    border: 2px solid var(--_border);
    border-inline-start-width: 8px;
    border-radius: calc(var(--_radius) / 2);
    padding: 0.75rem 1rem;
    margin-block: 1rem;
  }
  .result h3 {
    margin-block-end: 0.25rem;
  }
  /* The level's colour marks both the sticky answer and the advice box; the
     words and the icon always say the level too, so colour is never the only cue. */
  [data-level] {
    border-color: var(--_level);
  }
  .call {
    font-size: 1.2em;
    font-weight: 700;
  }
  /* The one-line answer stays in view while the visitor works down the list. */
  .status {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    margin: -0.25rem 0 0.75rem;
    padding: 0.6rem 0.9rem;
    border-radius: calc(var(--_radius) / 2);
    border-width: 2px;
    border-style: solid;
    background: var(--_surface);
  }
  .status[data-level='emergency'] {
    background: var(--_emergency);
    color: var(--_emergency-text);
  }
  .status[data-level='emergency'] a {
    color: inherit;
    font-weight: 700;
  }
  /* Focus scrolling keeps controls clear of the sticky answer (WCAG 2.4.11). */
  input,
  button,
  a,
  textarea {
    scroll-margin-block-start: 8rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  textarea {
    width: 100%;
    font: inherit;
  }
  .clinician {
    border-block-start: 2px dashed var(--_border);
    padding-block-start: 1rem;
  }
  .rule-result {
    font-weight: 700;
  }
  @media print {
    /* On paper: no sticky bar, no buttons. */
    .status,
    .actions {
      display: none;
    }
    .base {
      border: 1px solid #000;
      color: #000;
      background: #fff;
    }
  }
  @media (forced-colors: active) {
    .status[data-level='emergency'] {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
      border-color: CanvasText;
    }
  }
`;
