import { css } from 'lit';

export const styles = css`
  fieldset {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    margin: 0 0 1rem;
    padding: 0.5rem 0.75rem 0.75rem;
  }
  legend {
    font-weight: 600;
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
    font-size: 0.85em;
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
  .result[data-level='emergency'] {
    border-color: var(--_emergency);
  }
  .result[data-level='soon'] {
    border-color: var(--_soon);
  }
  .result[data-level='routine'] {
    border-color: var(--_routine);
  }
  .result[data-level='none'] {
    border-color: var(--_ok);
  }
  .call {
    font-size: 1.2em;
    font-weight: 700;
  }
`;
