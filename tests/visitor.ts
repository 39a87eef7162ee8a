/**
 * What a visitor sees and does, for every browser test: real pointer input
 * through the browser's own input pipeline (at a point its hit test says lands
 * on the element, in the page or in a same-origin frame), what is visible, the
 * window they use (size, media), and waiting for what shows a moment later.
 *
 * No Lit and nothing from src/: the bundle pages (tests/bundle) import this
 * next to the built files only. Component tests get it through helpers.ts.
 */
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';

/** One of our elements: it renders in a Lit update, once its language is in. */
type Widget = HTMLElement & { updateComplete: Promise<unknown>; localeReady?: Promise<unknown> };

const TAGS = ['knee-pain-map', 'exercise-card', 'red-flag-checklist'];

/** The engine running the test, from its user agent. */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/** The element's shadow root (every element of ours has one). */
export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/** Visible text of a node, whitespace collapsed: what a person reads. */
export const textOf = (node: Node | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Waits for `n` animation frames of `win` (a frame's own window for a page in a frame). */
export async function frames(n = 2, win: Window = window): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => win.requestAnimationFrame(r));
}

type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

/** Looks again at what `until` waits for after other tasks (network, timers, events) have run. */
const nextLook = () => new Promise((r) => setTimeout(r, 20));

/** Polls `fn` until it returns something truthy, and resolves with it; fails after `ms` saying what it waited for. */
export async function until<T>(fn: () => T | Promise<T>, what: string, ms = 5000): Promise<Truthy<T>> {
  const end = performance.now() + ms;
  for (;;) {
    const value = await fn();
    if (value) return value as Truthy<T>;
    if (performance.now() > end) throw new Error(`Timed out after ${ms} ms waiting for: ${what}`);
    await nextLook();
  }
}

/** Resolves with the next event of this type on the target. */
export const nextEvent = <E extends Event>(target: EventTarget, type: string): Promise<E> =>
  new Promise((resolve) => target.addEventListener(type, (e) => resolve(e as E), { once: true }));

/** Sets the viewport size in any engine (the `knee-viewport` command of scripts/wtr-commands.mjs). */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  if (!(await executeServerCommand('knee-viewport', size))) throw new Error('knee-viewport: not supported here');
  await until(() => innerWidth === size.width && innerHeight === size.height, `a ${size.width} × ${size.height} px viewport`);
}

/** Media features a test may emulate. */
export interface MediaEmulation {
  media?: 'screen' | 'print';
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
  forcedColors?: 'active' | 'none';
}

/** The media query each emulated feature makes true. */
const queryFor: Record<keyof MediaEmulation, (value: string) => string> = {
  media: (v) => v,
  reducedMotion: (v) => `(prefers-reduced-motion: ${v})`,
  colorScheme: (v) => `(prefers-color-scheme: ${v})`,
  forcedColors: (v) => `(forced-colors: ${v})`,
};

/**
 * Emulates media features, and waits until the page's media queries say so.
 * Resolves false when the engine cannot (WebKit over WebDriver): the caller
 * then checks the same rule in the element's own style sheets instead (see
 * `mediaRuleHides`).
 */
export async function emulateMedia(media: MediaEmulation): Promise<boolean> {
  if ((await executeServerCommand('knee-media', media)) !== true) return false;
  const queries = Object.entries(media).map(([feature, value]) => queryFor[feature as keyof MediaEmulation](value));
  await until(() => queries.every((q) => matchMedia(q).matches), `the page matches ${queries.join(', ')}`);
  return true;
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

/** Where the viewport of `win` sits in the top window's viewport (nested same-origin frames). */
function frameOffset(win: Window): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let w = win; w !== w.parent; w = w.parent) {
    const f = w.frameElement!;
    const r = f.getBoundingClientRect();
    x += r.left + f.clientLeft;
    y += r.top + f.clientTop;
  }
  return { x, y };
}

/**
 * Scrolls the element to the middle of its frame's viewport and waits until it
 * stays there: a smooth scroll started by a widget (they scroll results into
 * view) must not move it between measuring and clicking.
 */
export async function bringIntoView(el: Element): Promise<void> {
  const win = el.ownerDocument.defaultView!;
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
export function hitPoint(el: Element): { x: number; y: number } | null {
  const win = el.ownerDocument.defaultView!;
  const root = el.getRootNode() as Document | ShadowRoot;
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

const label = (el: Element) =>
  `<${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-region') ? ` data-region=${el.getAttribute('data-region')}` : ''}>`;

/** Brings the element into view and finds where a pointer lands on it; fails if nowhere. */
async function pointOn(el: Element, what: string): Promise<{ x: number; y: number }> {
  await bringIntoView(el);
  const p = hitPoint(el);
  if (!p) throw new Error(`${what}: no point of it can be clicked (hidden, covered or pointer-events: none)`);
  return p;
}

/** A real pointer click on the element, where the browser's hit test says it is. */
export async function realClick(el: Element, what = label(el)): Promise<void> {
  const p = await pointOn(el, what);
  await sendMouse({ type: 'click', position: [p.x, p.y] });
  await sendMouse({ type: 'move', position: [0, 0] });
}

/** A real touch tap on the element (the `knee-tap` command in scripts/wtr-commands.mjs). */
export async function realTap(el: Element, what = label(el)): Promise<void> {
  const p = await pointOn(el, what);
  if (!(await executeServerCommand('knee-tap', p))) throw new Error('knee-tap: this engine has no touch input');
}

/**
 * Whether a person can see the element: it has a size, is rendered (no
 * display: none, visibility: hidden or zero opacity up the flat tree) and is
 * not clipped away to nothing.
 */
export function isVisible(el: Element): boolean {
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) return false;
  if (typeof el.checkVisibility === 'function') {
    return el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true, opacityProperty: true, visibilityProperty: true });
  }
  const style = el.ownerDocument.defaultView!.getComputedStyle(el);
  return style.visibility === 'visible' && style.display !== 'none' && Number(style.opacity) > 0;
}

/** Size of the element's box, in CSS pixels. */
export const sizeOf = (el: Element): { width: number; height: number } => {
  const r = el.getBoundingClientRect();
  return { width: Math.round(r.width), height: Math.round(r.height) };
};

/**
 * The shadow parts of our elements a test uses, found the way a visitor
 * would find them (by their visible text or role), not by private classes.
 */
export const q = {
  region: (map: Element, id: string) => shadow(map).querySelector<SVGElement>(`[data-region="${id}"]`),
  panel: (map: Element) => shadow(map).querySelector<HTMLElement>('[part="panel"]'),
  diagram: (map: Element) => shadow(map).querySelector<SVGSVGElement>('svg[role="group"]'),
  /** The checklist's warning-sign checkboxes (not the "after an injury" question). */
  flagBoxes: (list: Element) => [...shadow(list).querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')],
  status: (list: Element) => shadow(list).querySelector<HTMLElement>('[part="status"]'),
  steps: (card: Element) => [...shadow(card).querySelectorAll<HTMLElement>('ol.steps > li')],
  button: (el: Element, text: RegExp) => [...shadow(el).querySelectorAll('button')].find((b) => text.test(textOf(b))),
  /** The panel's "Exercises that may help" rows. */
  exerciseRows: (map: Element) => [...shadow(map).querySelectorAll<HTMLElement>('details[data-exercise] > summary')],
  causeRows: (map: Element) => [...shadow(map).querySelectorAll<HTMLElement>('details[data-cause] > summary')],
};

/** Real click on a map region; resolves once the panel names the region (and lists `cause`, if given). */
export async function selectRegion(map: Element, id: string, name: RegExp, cause?: RegExp): Promise<void> {
  const region = q.region(map, id);
  if (!region) throw new Error(`the map shows no region ${id}`);
  await realClick(region);
  await until(() => q.region(map, id)?.getAttribute('aria-pressed') === 'true', `region ${id} pressed`);
  await until(() => name.test(textOf(q.panel(map))), `panel names ${name}`);
  if (cause) await until(() => cause.test(textOf(q.panel(map))), `panel lists ${cause}`);
}

/** Opens a cause's row with a real click, and waits until its details show. */
async function openRow(row: HTMLElement, what: string): Promise<void> {
  await realClick(row, what);
  await until(() => (row.parentElement as HTMLDetailsElement).open && row.nextElementSibling, `${what} opens`);
}

/** Opens the cause named `name` in the map's panel with a real click, and waits for its details to show. */
export async function openCause(map: Element, name: RegExp): Promise<void> {
  const row = await until(() => q.causeRows(map).find((r) => name.test(textOf(r))), `cause ${name} listed`);
  await openRow(row, `cause ${name}`);
}

/** Opens every cause in the map's panel with real clicks (a cause's details are drawn once opened). */
export async function openCauses(map: Element): Promise<void> {
  for (const row of q.causeRows(map)) {
    if (!(row.parentElement as HTMLDetailsElement).open) await openRow(row, `cause ${textOf(row)}`);
  }
}

/** Resolves when every one of `tags` is defined in `win` (the script loads each element's chunk on demand). */
export function definedIn(win: Window, tags: readonly string[], ms = 5000): Promise<true> {
  return until(() => tags.every((t) => win.customElements.get(t)), `${tags.join(', ')} defined`, ms);
}

/** The window of a document or of a node in it. */
const windowOf = (root: Node): Window => (root.ownerDocument ?? (root as Document)).defaultView!;

/** Waits until every instance of our elements in `root` has rendered its shadow root. */
export async function rendered(root: ParentNode & Node, tags: readonly string[] = TAGS): Promise<void> {
  await definedIn(windowOf(root), tags);
  for (const tag of tags) {
    for (const el of root.querySelectorAll<Widget>(tag)) {
      // Its content (and language) arrive on demand, alongside its code.
      await el.localeReady;
      await el.updateComplete;
      await until(() => textOf(el.shadowRoot).length > 20, `<${tag}> rendered`);
    }
  }
}

type Guide = HTMLElement & { contentReady: Promise<unknown> };

/**
 * Our elements under `root`, in shadow roots too (a card in a map's panel),
 * and its guides (any element with a `contentReady`, whatever its tag).
 */
function oursIn(root: ParentNode): { widgets: Widget[]; guides: Guide[] } {
  const widgets: Widget[] = [];
  const guides: Guide[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll<HTMLElement>('*')) {
      if (TAGS.includes(el.localName)) widgets.push(el as Widget);
      else if ('contentReady' in el) guides.push(el as Guide);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return { widgets, guides };
}

/**
 * Waits until nothing of ours in `root` is still updating: each element's
 * code has arrived, each guide has applied (or refused) its clinic's content,
 * and every element has finished its update with its first content in, and
 * any update that one set off (the guide's other elements, a card the map's
 * panel added). It does not wait for what elements fetch after their first
 * paint (causes, sources), nor for a scroll: wait with `until()` for what
 * those show.
 */
export async function idle(root: ParentNode & Node = document): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const { widgets, guides } = oursIn(root);
    await definedIn(windowOf(root), [...new Set(widgets.map((el) => el.localName))]);
    await Promise.all(guides.map((g) => g.contentReady));
    await Promise.all(widgets.map((el) => el.updateComplete));
    const again = oursIn(root).widgets;
    if (again.length === widgets.length && !again.some((el) => (el as Widget & { isUpdatePending?: boolean }).isUpdatePending)) return;
  }
  throw new Error('our elements kept updating');
}

/**
 * Whether the element shows what it draws a moment after its first render
 * (the parts of the content it fetches once painted): a map, for the spot
 * chosen, its warning signs, causes and exercises; a card, its sources.
 */
function showsAll(el: Element): boolean {
  if (el.localName === 'knee-pain-map') {
    const panel = q.panel(el);
    if (!panel?.querySelector('h2#panel-heading')) return true; // no spot chosen: nothing more to show
    const text = textOf(panel);
    return (
      /Get help if/.test(text) &&
      q.causeRows(el).length > 0 &&
      (q.exerciseRows(el).length > 0 || /Exercises are not shown/.test(text))
    );
  }
  if (el.localName === 'exercise-card') {
    return !shadow(el).querySelector('[part="card"]') || !!shadow(el).querySelector('.sources a');
  }
  return true;
}

/**
 * Waits until the page in `root` is done loading as a person sees it: every
 * guide has applied (or refused) its clinic's content, and every element of
 * ours has rendered and shows all it draws without being asked to.
 */
export async function settled(root: ParentNode & Node): Promise<void> {
  const win = windowOf(root);
  const guides = [...root.querySelectorAll('knee-pain-guide')];
  if (guides.length) await definedIn(win, ['knee-pain-guide']);
  for (const guide of guides) await (guide as Element & { contentReady: Promise<void> }).contentReady;
  const tags = TAGS.filter((t) => root.querySelector(t));
  if (!tags.length) return;
  await rendered(root, tags);
  const els = [...root.querySelectorAll<Widget>(tags.join(','))];
  await until(() => els.every(showsAll), 'every element shows what it draws a moment later');
  await Promise.all(els.map((el) => el.updateComplete));
}
