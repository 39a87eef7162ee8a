// What a visitor sees and does, for the hostile-page and privacy tests: real
// pointer clicks (through the browser's input pipeline, at a point the
// browser's own hit test says lands on the element, in the page or in a
// same-origin iframe), visibility as rendered, and polling for what arrives
// a moment later. Plain JS, like the rest of tests/bundle.
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';

export { sendKeys };

/** Sets the viewport size in any engine (the `knee-viewport` command of scripts/wtr-commands.mjs). */
export async function setViewport(size) {
  if (!(await executeServerCommand('knee-viewport', size))) throw new Error('knee-viewport: not supported here');
  await frames(2);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits for `frames` animation frames of the element's window (re-renders settle). */
export async function frames(n = 2, win = window) {
  for (let i = 0; i < n; i++) await new Promise((r) => win.requestAnimationFrame(r));
}

/** Polls `fn` until it returns something truthy; fails after `ms` saying what it waited for. */
export async function until(fn, what, ms = 5000) {
  const end = performance.now() + ms;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (performance.now() > end) throw new Error(`Timed out after ${ms} ms waiting for: ${what}`);
    await sleep(20);
  }
}

/** Visible text of a node, whitespace collapsed: what a person reads. */
export const textOf = (node) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Where the viewport of `win` sits in the top window's viewport (nested same-origin frames). */
function frameOffset(win) {
  let x = 0;
  let y = 0;
  for (let w = win; w !== w.parent; w = w.parent) {
    const f = w.frameElement;
    const r = f.getBoundingClientRect();
    x += r.left + f.clientLeft;
    y += r.top + f.clientTop;
  }
  return { x, y };
}

/**
 * Scrolls the element to the middle of its frame's viewport and waits until it
 * stays there (a smooth scroll started by a widget must not move it between
 * measuring and clicking).
 */
export async function bringIntoView(el) {
  const win = el.ownerDocument.defaultView;
  win.frameElement?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  let last = NaN;
  for (let i = 0; i < 60; i++) {
    el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    await frames(1, win);
    const y = el.getBoundingClientRect().y;
    if (y === last) return;
    last = y;
  }
}

/**
 * A point (in the top window's viewport, whole pixels) where a click lands on
 * `el` or inside it, by the browser's own hit test, which honours the page's
 * CSS (pointer-events, covering elements, display, clipping); or null.
 */
export function hitPoint(el) {
  const win = el.ownerDocument.defaultView;
  const root = el.getRootNode();
  const r = el.getBoundingClientRect();
  if (!r.width || !r.height) return null;
  const off = frameOffset(win);
  const fractions = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9];
  for (const fy of fractions) {
    for (const fx of fractions) {
      const x = Math.round(off.x + r.left + fx * r.width);
      const y = Math.round(off.y + r.top + fy * r.height);
      const hit = root.elementFromPoint(x - off.x, y - off.y);
      if (hit && (hit === el || el.contains(hit))) return { x, y };
    }
  }
  return null;
}

/** A real pointer click on the element, where the browser's hit test says it is. */
export async function realClick(el, what = label(el)) {
  await bringIntoView(el);
  const p = hitPoint(el);
  if (!p) throw new Error(`${what}: no point of it can be clicked (hidden, covered or pointer-events: none)`);
  await sendMouse({ type: 'click', position: [p.x, p.y] });
  await sendMouse({ type: 'move', position: [0, 0] });
}

const label = (el) =>
  `<${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-region') ? ` data-region=${el.getAttribute('data-region')}` : ''}>`;

/**
 * Whether a person can see the element: it has a size, is rendered (no
 * display: none, visibility: hidden or zero opacity up the flat tree) and is
 * not clipped away to nothing.
 */
export function isVisible(el) {
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) return false;
  if (typeof el.checkVisibility === 'function') {
    return el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true, opacityProperty: true, visibilityProperty: true });
  }
  const style = el.ownerDocument.defaultView.getComputedStyle(el);
  return style.visibility === 'visible' && style.display !== 'none' && Number(style.opacity) > 0;
}

/** Size of the element's box, in CSS pixels. */
export const sizeOf = (el) => {
  const r = el.getBoundingClientRect();
  return { width: Math.round(r.width), height: Math.round(r.height) };
};

/**
 * The shadow parts of our elements a test uses, found the way a visitor
 * would find them (by their visible text or role), not by private classes.
 */
export const q = {
  region: (map, id) => map.shadowRoot.querySelector(`[data-region="${id}"]`),
  panel: (map) => map.shadowRoot.querySelector('[part="panel"]'),
  diagram: (map) => map.shadowRoot.querySelector('svg[role="group"]'),
  /** The checklist's warning-sign checkboxes (not the "after an injury" question). */
  flagBoxes: (list) => [...list.shadowRoot.querySelectorAll('fieldset input[type="checkbox"]')],
  status: (list) => list.shadowRoot.querySelector('[part="status"]'),
  steps: (card) => [...card.shadowRoot.querySelectorAll('ol.steps > li')],
  button: (el, text) => [...el.shadowRoot.querySelectorAll('button')].find((b) => text.test(textOf(b))),
  /** The panel's "Exercises that may help" rows. */
  exerciseRows: (map) => [...map.shadowRoot.querySelectorAll('details[data-exercise] > summary')],
  causeRows: (map) => [...map.shadowRoot.querySelectorAll('details[data-cause] > summary')],
};

/** Real click on a map region; resolves once the panel names the region and lists its causes. */
export async function selectRegion(map, id, name, cause) {
  await realClick(q.region(map, id));
  await until(() => q.region(map, id).getAttribute('aria-pressed') === 'true', `region ${id} pressed`);
  await until(() => name.test(textOf(q.panel(map))), `panel names ${name}`);
  if (cause) await until(() => cause.test(textOf(q.panel(map))), `panel lists ${cause}`);
}

/** Opens the cause named `name` in the map's panel with a real click, and waits for its details to show. */
export async function openCause(map, name) {
  const row = await until(() => q.causeRows(map).find((r) => name.test(textOf(r))), `cause ${name} listed`);
  await realClick(row);
  await until(() => row.parentElement.open && row.nextElementSibling, `cause ${name} opens`);
}

/** Resolves when every one of `tags` is defined in `win` (the script loads each element's chunk on demand). */
export function definedIn(win, tags, ms = 5000) {
  return until(() => tags.every((t) => win.customElements.get(t)), `${tags.join(', ')} defined`, ms);
}

/** Waits until every instance of our elements in `root` has rendered its shadow root. */
export async function rendered(root, tags = ['knee-pain-map', 'exercise-card', 'red-flag-checklist']) {
  const win = (root.ownerDocument ?? root).defaultView;
  await definedIn(win, tags);
  for (const tag of tags) {
    for (const el of root.querySelectorAll(tag)) {
      // Its content (and language) arrive on demand, alongside its code.
      await el.localeReady;
      await el.updateComplete;
      await until(() => textOf(el.shadowRoot).length > 20, `<${tag}> rendered`);
    }
  }
}
