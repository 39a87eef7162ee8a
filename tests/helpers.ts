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

/** A real touch tap at the centre of an element (see the `tap` command in web-test-runner.config.mjs). */
export async function realTap(el: Element): Promise<void> {
  await bringIntoView(el);
  const r = el.getBoundingClientRect();
  await executeServerCommand('tap', { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) });
}

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
