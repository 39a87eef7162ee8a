import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
// Component tests see the whole default content at once, as an element does
// once its parts have arrived (tests/bundle covers the parts arriving).
import '../src/content/parts/all.js';

/** The element's shadow root, typed. */
export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/** Visible text of a node, whitespace collapsed: what a person reads. */
export const textOf = (node: Element | ShadowRoot | null | undefined): string =>
  (node as HTMLElement | null)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * Scrolls the element to the middle of the viewport and waits until it stays
 * there: a smooth scroll started by an earlier test (the widgets scroll
 * results into view) must not move it between measuring and clicking.
 */
async function bringIntoView(el: Element) {
  let last = NaN;
  for (let i = 0; i < 60; i++) {
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    await new Promise((r) => requestAnimationFrame(r));
    const y = el.getBoundingClientRect().y;
    if (y === last) return;
    last = y;
  }
}

/** A real pointer click at the centre of an element, through the browser's input pipeline. */
export async function realClick(el: Element): Promise<void> {
  await bringIntoView(el);
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
  await sendMouse({ type: 'move', position: [0, 0] });
}

/** A real touch tap at the centre of an element (the `knee-tap` command in scripts/wtr-commands.mjs). */
export async function realTap(el: Element): Promise<void> {
  await bringIntoView(el);
  const r = el.getBoundingClientRect();
  const done = await executeServerCommand('knee-tap', { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) });
  if (!done) throw new Error('knee-tap: this engine has no touch input');
}

/** Sets the viewport size in any engine (scripts/wtr-commands.mjs). */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  if (!(await executeServerCommand('knee-viewport', size))) throw new Error('knee-viewport: not supported here');
  await settle();
}

/** Media features a test may emulate. */
export interface MediaEmulation {
  media?: 'screen' | 'print';
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
  forcedColors?: 'active' | 'none';
}

/**
 * Emulates media features. Resolves false when the engine cannot (WebKit over
 * WebDriver): the caller then checks the same rule in the element's own
 * style sheets instead (see `mediaRuleHides`).
 */
export async function emulateMedia(media: MediaEmulation): Promise<boolean> {
  const done = (await executeServerCommand('knee-media', media)) === true;
  if (done) await settle();
  return done;
}

/**
 * Whether the element's shadow style sheets, as this engine parsed them, hold
 * an `@media` rule whose condition matches `condition` and which sets
 * `display: none` on a selector matching `selector`. The fallback check for
 * engines that cannot emulate a media feature.
 */
export function mediaRuleHides(el: Element, condition: RegExp, selector: string): boolean {
  const sheets = [...(el.shadowRoot?.adoptedStyleSheets ?? [])];
  for (const style of el.shadowRoot?.querySelectorAll('style') ?? []) if (style.sheet) sheets.push(style.sheet);
  const hides = (rules: CSSRuleList, inMedia: boolean): boolean =>
    [...rules].some((rule) => {
      if (rule instanceof CSSMediaRule) return (inMedia || condition.test(rule.conditionText)) && hides(rule.cssRules, true);
      return (
        inMedia &&
        rule instanceof CSSStyleRule &&
        rule.selectorText.split(',').some((s) => s.trim() === selector || s.trim().endsWith(` ${selector}`)) &&
        rule.style.display === 'none'
      );
    });
  return sheets.some((sheet) => hides(sheet.cssRules, false));
}

/** The engine running the test, from its user agent. */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/** Resolves with the next event of this type on the target. */
export const nextEvent = <E extends Event>(target: EventTarget, type: string): Promise<E> =>
  new Promise((resolve) => target.addEventListener(type, (e) => resolve(e as E), { once: true }));

/** Waits for a few frames: context updates and Lit re-renders settle. */
export const settle = async (frames = 2) => {
  for (let i = 0; i < frames; i++) await new Promise((r) => requestAnimationFrame(r));
};

import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { html } from 'lit';
import type { LitElement } from 'lit';

/**
 * Renders an element inside its own `<knee-pain-guide>`, so a selection made
 * in one test cannot leak into the next through the page-wide guide.
 */
export async function isolated<T extends LitElement>(template: TemplateResult): Promise<T> {
  const guide = await fixture(html`<knee-pain-guide>${template}</knee-pain-guide>`);
  const el = guide.firstElementChild as T;
  await el.updateComplete;
  return el;
}

/**
 * Opens every cause in a map's panel with real clicks (a cause's details are
 * drawn only once it is opened), and waits until they show.
 */
export async function openCauses(map: LitElement): Promise<void> {
  for (const row of shadow(map).querySelectorAll<HTMLElement>('details[data-cause]:not([open]) > summary')) {
    await realClick(row);
  }
  await map.updateComplete;
}

/** A card's clock where time moves only when the test says so (see `Clock` in session.ts). */
export class FakeClock {
  t = 0;
  private timers = new Set<{ ms: number; fn: () => void; next: number; once: boolean }>();
  now = () => this.t;
  every(ms: number, fn: () => void) {
    return this.add(ms, fn, false);
  }
  after(ms: number, fn: () => void) {
    return this.add(ms, fn, true);
  }
  private add(ms: number, fn: () => void, once: boolean) {
    const timer = { ms, fn, next: this.t + ms, once };
    this.timers.add(timer);
    return () => void this.timers.delete(timer);
  }
  /** Advances time, firing due timers in order. */
  advance(ms: number) {
    const end = this.t + ms;
    for (;;) {
      const due = [...this.timers].filter((x) => x.next <= end).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      this.t = due.next;
      if (due.once) this.timers.delete(due);
      else due.next += due.ms;
      due.fn();
    }
    this.t = end;
  }
  /** How many timers are set. */
  get running() {
    return this.timers.size;
  }
}
