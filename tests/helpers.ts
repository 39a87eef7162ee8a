/**
 * Helpers for component tests: everything a visitor does and sees
 * (visitor.ts), plus what needs @open-wc/testing or the content in src/.
 */
import { fixture } from '@open-wc/testing';
import { html, type LitElement, type TemplateResult } from 'lit';
// Component tests see the whole default content at once, as an element does
// once its parts have arrived (tests/bundle covers the parts arriving).
import '../src/content/parts/all.js';

export * from './visitor.js';

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
