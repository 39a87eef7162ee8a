import { css } from 'lit';

export const styles = css`
  .layout {
    display: grid;
    gap: 1rem;
    grid-template-columns: minmax(0, 1fr);
  }
  /* Side by side once there is room for both; the element's own width decides, not the page's. */
  @container knee-map (min-width: 40rem) {
    .layout {
      grid-template-columns: minmax(14rem, 20rem) minmax(0, 1fr);
      align-items: start;
    }
  }
  .base {
    container: knee-map / inline-size;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: 0.5rem;
  }
  /* The labels name the sides of the picture, which is a real knee and never
     mirrors: the row stays left-to-right on a right-to-left page, so "← …"
     stays over the picture's left edge and "… →" over its right edge. */
  .sides {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    direction: ltr;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .sides > :last-child {
    text-align: right;
  }
  /* The diagram is a picture, not text: nothing in it follows the page's direction.
     Never drawn narrower than 224 CSS px (300 px tall), whatever the root font
     size: the regions in geometry.ts are sized so each still takes a 24 px fingertip. */
  .figure svg {
    direction: ltr;
    display: block;
    width: 100%;
    min-width: max(14rem, 224px);
    height: auto;
    max-height: max(26rem, 300px);
    touch-action: manipulation;
  }
  .skin {
    fill: var(--knee-skin, #f1d6c2);
    stroke: var(--knee-outline, #8a6452);
    stroke-width: 1.5;
  }
  .muscle {
    fill: var(--knee-muscle, #e4b79d);
    stroke: var(--knee-outline, #8a6452);
    stroke-width: 0.8;
    opacity: 0.75;
  }
  .muscle.soft {
    opacity: 0.4;
  }
  .tendon {
    fill: var(--knee-tendon, #f8ebe0);
    stroke: var(--knee-outline, #8a6452);
    stroke-width: 0.8;
  }
  .bone {
    fill: var(--knee-bone, #fbf5ee);
    stroke: var(--knee-outline, #8a6452);
    stroke-width: 1.2;
  }
  .line {
    fill: none;
    stroke: var(--knee-outline, #8a6452);
    stroke-width: 1.2;
    stroke-linecap: round;
  }
  .region {
    fill: var(--knee-region-fill, color-mix(in srgb, var(--_accent) 12%, transparent));
    stroke: var(--_accent);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
    cursor: pointer;
    outline: none;
    transition: fill 120ms ease;
  }
  .region:hover {
    fill: var(--knee-region-hover, color-mix(in srgb, var(--_accent) 32%, transparent));
  }
  .region:focus-visible {
    stroke: var(--_focus);
    stroke-width: 4;
    stroke-dasharray: none;
  }
  .region[aria-pressed='true'] {
    fill: var(--knee-region-selected, color-mix(in srgb, var(--_accent) 60%, transparent));
    stroke-width: 3;
    stroke-dasharray: none;
  }
  .panel {
    min-width: 0;
  }
  .hint {
    color: var(--_muted);
  }
  .disclaimer {
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
    padding: 0.5rem 0.75rem;
    border-radius: 4px;
  }
  details {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5rem 0.75rem;
    margin-block-end: 0.5rem;
  }
  summary {
    cursor: pointer;
    font-weight: 700;
    min-height: 24px;
  }
  .tag {
    font-weight: 400;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .flags li {
    margin-block-end: 0.25rem;
  }
  label {
    display: block;
    font-weight: 700;
  }
  select {
    width: 100%;
    margin-block: 0.25rem 0.75rem;
    background: var(--_surface);
  }
  .urgent {
    border: 2px solid var(--_level);
    border-inline-start-width: 8px;
    border-radius: calc(var(--_radius) / 2);
    padding: 0.75rem;
    margin-block-end: 1rem;
    scroll-margin-block-start: 1rem;
  }
  .call {
    font-weight: 700;
  }
  .urgent:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .refine fieldset {
    border: 0;
    border-block-start: 1px solid var(--_border);
    margin: 0;
    padding: 0.5rem 0 0.25rem;
  }
  .refine legend {
    padding: 0;
    font-weight: 700;
  }
  .answers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .answer {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    font-weight: 400;
    min-height: 44px;
    cursor: pointer;
  }
  .answer input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .flag-note {
    border-inline-start: 4px solid var(--_emergency);
    padding-inline-start: 0.5rem;
  }
  .exercises {
    list-style: none;
    padding: 0;
  }
  .exercises exercise-card {
    margin-block-start: 0.5rem;
  }
  @media (forced-colors: active) {
    .region {
      fill: transparent;
      stroke: CanvasText;
    }
    .region[aria-pressed='true'] {
      fill: Highlight;
      stroke: Highlight;
    }
    .region:focus-visible {
      stroke: Highlight;
    }
  }
  /* Knee art: shading and fainter structures. */
  .faint {
    opacity: 0.6;
  }
  .band {
    fill: var(--knee-tendon, #f8ebe0);
    opacity: 0.85;
  }
  .shade {
    fill: var(--knee-outline, #8a6452);
    opacity: 0.12;
  }
`;
