import { css } from 'lit';

/**
 * Tokens and base rules every element shares. Public theming hooks are the
 * `--knee-*` custom properties; everything else is private to the shadow root.
 */
/*
 * Dark tokens. A dark page rarely shares a light page's brand colours, so dark
 * mode reads its own hooks (`--knee-dark-accent`, …) with defaults chosen for
 * AA contrast on the dark surface (all text tokens ≥ 4.5:1 on #161c1e).
 */
const dark = css`
  --_accent: var(--knee-dark-accent, #6cc9cf);
  --_accent-text: var(--knee-dark-accent-text, #0b1416);
  --_surface: var(--knee-dark-surface, #161c1e);
  --_surface-alt: var(--knee-dark-surface-alt, #222b2e);
  --_text: var(--knee-dark-text, #e9eff1);
  --_muted: var(--knee-dark-muted, #aebbbf);
  --_border: var(--knee-dark-border, #56646a);
  --_focus: var(--knee-dark-focus-ring, #9cc2ff);
  --_emergency: var(--knee-dark-emergency, #ff8f86);
  --_emergency-text: var(--knee-dark-emergency-text, #1f0604);
  --_soon: var(--knee-dark-soon, #f2b866);
  --_routine: var(--knee-dark-routine, #93bdf2);
  --_ok: var(--knee-dark-ok, #8fd095);
  color-scheme: dark;
`;

export const base = css`
  /* Loading its language (see GuideElement): hidden rather than flash English. */
  :host([aria-busy]) {
    visibility: hidden;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host {
    --_accent: var(--knee-accent, #0b6e74);
    --_accent-text: var(--knee-accent-text, #ffffff);
    --_surface: var(--knee-surface, #ffffff);
    --_surface-alt: var(--knee-surface-alt, #f2f6f7);
    --_text: var(--knee-text, #1c2426);
    --_muted: var(--knee-muted, #4d5a5e);
    --_border: var(--knee-border, #c4cfd2);
    --_radius: var(--knee-radius, 12px);
    --_focus: var(--knee-focus-ring, #1f5fd1);
    --_emergency: var(--knee-emergency, #b3261e);
    --_emergency-text: var(--knee-emergency-text, #ffffff);
    --_soon: var(--knee-soon, #8a4b00);
    --_routine: var(--knee-routine, #245c9e);
    --_ok: var(--knee-ok, #2e6b34);
    color-scheme: light;
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--knee-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--knee-font-size, 1rem);
    line-height: 1.5;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1rem;
    max-width: 100%;
    text-align: start;
    overflow-wrap: anywhere;
  }
  /* Not drawn yet (out of sight, it draws a moment later): hold roughly its
     place, so the page does not jump and what follows is known to be out of sight. */
  :host(:state(waiting)) {
    min-height: var(--_placeholder, 30rem);
  }
  :host([hidden]) {
    display: none;
  }
  /* Not "inherit": a page's own reset (* { all: unset } or box-sizing:
     content-box) reaches the host and would flow in from there. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.1em;
  }
  h4,
  h5,
  h6 {
    font-size: 1em;
  }
  /* Headings whose level the embedder picks keep their look at any level. */
  .title {
    font-size: 1.25em;
  }
  .section {
    font-size: 1.1em;
  }
  p,
  ul,
  ol {
    margin: 0 0 0.75em;
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  button,
  select {
    font: inherit;
    color: inherit;
    min-height: 44px;
    min-width: 44px;
    border-radius: calc(var(--_radius) / 2);
    border: 1px solid var(--_border);
    background: var(--_surface-alt);
    padding: 0.4em 0.9em;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
    border-color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  /* The type scale is small on purpose: body, one small size (0.9em, here
     and in the elements), one bold weight (700) and the heading sizes. Each
     other size or weight is one more font the browser looks up before our
     first layout (~0.6 ms each in Chromium on Linux). */
  .note {
    font-size: 0.9em;
    color: var(--_muted);
  }
  /* A clinic's own invitation to get in touch (its content's clinic.contact). */
  .contact {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.75em;
  }
  .contact .who {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      border-color: CanvasText;
    }
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
