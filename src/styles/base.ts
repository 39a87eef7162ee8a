import { css, unsafeCSS } from 'lit';

/**
 * Tokens and base rules every element shares. Public theming hooks are the
 * `--knee-*` custom properties; everything else is private to the shadow root.
 */

/*
 * Colour tokens: private token, light default, dark default, and the public
 * hook when its name differs from the token's. Light reads `--knee-<hook>`;
 * dark reads its own `--knee-dark-<hook>` (a dark page rarely shares a light
 * page's brand colours), with defaults chosen for AA contrast on the dark
 * surface (all text tokens ≥ 4.5:1 on #161c1e).
 */
const colours: readonly (readonly [token: string, light: string, dark: string, hook?: string])[] = [
  ['accent', '#0b6e74', '#6cc9cf'],
  ['accent-text', '#ffffff', '#0b1416'],
  ['surface', '#ffffff', '#161c1e'],
  ['surface-alt', '#f2f6f7', '#222b2e'],
  ['text', '#1c2426', '#e9eff1'],
  ['muted', '#4d5a5e', '#aebbbf'],
  ['border', '#c4cfd2', '#56646a'],
  ['focus', '#1f5fd1', '#9cc2ff', 'focus-ring'],
  ['emergency', '#b3261e', '#ff8f86'],
  ['emergency-text', '#ffffff', '#1f0604'],
  ['today', '#8e2472', '#f29bd6'],
  ['soon', '#8a4b00', '#f2b866'],
  ['routine', '#245c9e', '#93bdf2'],
  ['ok', '#2e6b34', '#8fd095'],
];
const lightValue = ([token, light, , hook = token]: (typeof colours)[number]) => `var(--knee-${hook}, ${light})`;
const darkValue = ([token, , dark, hook = token]: (typeof colours)[number]) => `var(--knee-dark-${hook}, ${dark})`;
/** One `--_token: value;` declaration per colour token (static strings only). */
const tokens = (value: (colour: (typeof colours)[number]) => string) =>
  unsafeCSS(colours.map((c) => `--_${c[0]}: ${value(c)};`).join(' '));

/*
 * Light or dark follows the `color-scheme` that applies to the element: the
 * page's, which inherits into the shadow root (none or `light`: light;
 * `light dark`: as the visitor's system says; `dark`: dark), unless `theme`
 * sets it. light-dark() resolves each token by it.
 */
export const base = css`
  /* Loading its language (see LanguageController): hidden rather than flash English. */
  :host([aria-busy]) {
    visibility: hidden;
  }
  :host {
    /* Light first: all an engine without light-dark() gets (see below). */
    ${tokens(lightValue)}
    --_radius: var(--knee-radius, 12px);
    display: block;
  }
  /* The element's box. Not on :host: a page's rules (a reset such as
     * { margin: 0; padding: 0 }) beat :host rules, but do not reach in here. */
  .base {
    max-width: 100%;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--knee-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--knee-font-size, 1rem);
    line-height: 1.5;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1rem;
    text-align: start;
    overflow-wrap: anywhere;
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      ${tokens((c) => `light-dark(${lightValue(c)}, ${darkValue(c)})`)}
    }
  }
  /* Without light-dark() (before Chrome 123, Firefox 120, Safari 17.5): light,
     and dark only with theme="dark". */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      color-scheme: light;
    }
    :host([theme='dark']) {
      ${tokens(darkValue)}
    }
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
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
    .base {
      border-color: CanvasText;
    }
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
