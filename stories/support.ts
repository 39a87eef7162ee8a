/**
 * Helpers for the stories: theming args, and reaching into the elements'
 * shadow roots from play functions (testing-library's `within(canvasElement)`
 * does not pierce them).
 */
import type { ReactiveElement } from 'lit';
import { within } from 'storybook/test';

/** Args named after the manifest's `--knee-*` custom properties (empty: not set). */
export type CssVarArgs = { [name: `--knee-${string}`]: string | undefined };

/** The `--knee-*` args that are set, for `style=${styleMap(cssVars(args))}`. */
export function cssVars(args: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(args)) if (k.startsWith('--') && typeof v === 'string' && v) out[k] = v;
  return out;
}

/** A listener arg (an action from the manifest's events), or nothing. */
export type Listener = ((e: Event) => void) | undefined;

type Tag = keyof HTMLElementTagNameMap;

/**
 * The `index`-th `<tag>` in the story, once defined and rendered
 * (`updateComplete` resolved).
 */
export async function rendered<K extends Tag>(root: HTMLElement, tag: K, index = 0): Promise<HTMLElementTagNameMap[K]> {
  await customElements.whenDefined(tag);
  const el = root.querySelectorAll(tag)[index];
  if (!el) throw new Error(`No <${tag}> #${index} in the story`);
  await (el as unknown as ReactiveElement).updateComplete;
  return el;
}

/** testing-library queries scoped to an element's shadow root. */
export function inShadow(el: Element) {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no open shadow root`);
  return within(el.shadowRoot as unknown as HTMLElement);
}

/** One element in an element's shadow root, or an error naming the selector. */
export function part<E extends Element = HTMLElement>(el: Element, selector: string): E {
  const found = el.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`<${el.localName}>: nothing matches ${selector}`);
  return found;
}

/** Waits for the elements' pending updates (after a click, a context change). */
export async function settled(...els: Element[]): Promise<void> {
  for (let i = 0; i < 2; i++) await Promise.all(els.map((el) => (el as unknown as ReactiveElement).updateComplete));
}
