import { css } from 'lit';

export const styles = css`
  .meta {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25rem 0.75rem;
    margin: 0 0 1rem;
  }
  .meta dt {
    font-weight: 600;
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
  .variant {
    border: 1px dashed var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5rem 0.75rem;
  }
  .steps li {
    margin-block-end: 0.35rem;
  }
  @media print {
    :host {
      border: 1px solid #000;
      break-inside: avoid;
      color: #000;
      background: #fff;
    }
    .variants,
    .chooser {
      display: none;
    }
  }
`;
