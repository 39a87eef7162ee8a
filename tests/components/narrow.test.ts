import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import type { KneePainMap } from '../../src/components/knee-pain-map/knee-pain-map.js';
import type { MapView, Side } from '../../src/context/selection-context.js';
import type { ExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import { realClick, setViewport, idle as settle, shadow, textOf } from '../helpers.js';

/**
 * The side, in CSS px, of the largest square whose every point (sampled each
 * pixel, edges included) hits `target` when tapped: what a finger can aim at
 * inside the region's painted shape, with neighbours drawn over it taken off.
 * The target must be in view.
 */
function largestSquare(root: ShadowRoot, target: Element): number {
  const box = target.getBoundingClientRect();
  const [left, top] = [Math.floor(box.left), Math.floor(box.top)];
  const cols = Math.ceil(box.right) - left + 1;
  const rows = Math.ceil(box.bottom) - top + 1;
  // run[c]: how many points up from this row, in column c, all hit.
  const run = new Array<number>(cols).fill(0);
  let best = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) run[c] = root.elementFromPoint(left + c, top + r) === target ? run[c]! + 1 : 0;
    // Widest k with k neighbouring columns each running at least k: a k-point square.
    for (let k = best + 1; k <= Math.min(rows, cols); k++) {
      let streak = 0;
      let found = false;
      for (let c = 0; c < cols && !found; c++) found = (streak = run[c]! >= k ? streak + 1 : 0) >= k;
      if (!found) break;
      best = k;
    }
  }
  return Math.max(0, best - 1);
}

/** Scrolls the element into the middle of the viewport and waits until it stays put. */
async function holdInView(el: Element) {
  let last = NaN;
  for (let i = 0; i < 60; i++) {
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    await new Promise((r) => requestAnimationFrame(r));
    const y = el.getBoundingClientRect().y;
    if (y === last) return;
    last = y;
  }
}

/** Everything inside the element's shadow root that sticks out past the viewport's right edge. */
const overflowing = (el: Element) =>
  [...shadow(el).querySelectorAll('*')]
    .filter((n) => n.getBoundingClientRect().right > innerWidth + 0.5)
    .map((n) => n.tagName.toLowerCase() + (n.className ? `.${String(n.className)}` : ''));

// WCAG 1.4.10 reflow: 320 CSS px wide (what a 1280 px screen shows at 400%,
// and a small phone at 100%) with nothing scrolling sideways.
describe('at 320 CSS px wide', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('the map, with a region chosen, questions open and an exercise open, fits', async () => {
    const guide = await fixture(html`<knee-pain-guide><knee-pain-map selected="kneecap"></knee-pain-map></knee-pain-guide>`);
    const map = guide.querySelector<KneePainMap>('knee-pain-map')!;
    await map.updateComplete;
    await realClick(shadow(map).querySelector('[part="refine"] > summary')!);
    await realClick(shadow(map).querySelector('.exercises summary')!);
    await waitUntil(() => shadow(map).querySelector('exercise-card'), 'the card appears');
    await settle();
    expect(overflowing(map)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    // The diagram keeps its targets at least 24 × 24 CSS px (WCAG 2.5.8).
    for (const r of shadow(map).querySelectorAll('[data-region]')) {
      const box = r.getBoundingClientRect();
      expect(Math.min(box.width, box.height), r.getAttribute('data-region')!).to.be.at.least(24);
    }
  });

  it('every region of the diagram, front and back, either knee, holds a 24 × 24 px square (WCAG 2.5.8)', async () => {
    const guide = await fixture(html`<knee-pain-guide><knee-pain-map></knee-pain-map></knee-pain-guide>`);
    const map = guide.querySelector<KneePainMap>('knee-pain-map')!;
    const sizes: Record<string, number> = {};
    for (const side of ['right', 'left'] as Side[]) {
      for (const view of ['front', 'back'] as MapView[]) {
        Object.assign(map, { side, view });
        await map.updateComplete;
        const svg = shadow(map).querySelector('.figure svg')!;
        expect(svg.getBoundingClientRect().height, 'the diagram fits the viewport').to.be.below(innerHeight);
        await holdInView(svg);
        const regions = shadow(map).querySelectorAll('[data-region]');
        expect(regions.length, `${side} ${view}`).to.be.above(0);
        for (const region of regions) sizes[`${side} ${view} ${region.getAttribute('data-region')}`] = largestSquare(shadow(map), region);
      }
    }
    const small = Object.entries(sizes).filter(([, size]) => size < 24);
    expect(small, `largest square per region (px): ${JSON.stringify(sizes)}`).to.deep.equal([]);
  });

  it('the exercise card, mid-session with the pain check showing, fits', async () => {
    const guide = await fixture(html`<knee-pain-guide><exercise-card exercise="split-squat"></exercise-card></knee-pain-guide>`);
    const card = guide.querySelector<ExerciseCard>('exercise-card')!;
    await card.updateComplete;
    const button = (name: RegExp) => [...shadow(card).querySelectorAll('button')].find((b) => name.test(textOf(b)))!;
    await realClick(button(/^Start$/));
    await card.updateComplete;
    await realClick(button(/^Finish$/));
    await card.updateComplete;
    expect(shadow(card).querySelectorAll('[part="pain-check"] input')).to.have.length(11);
    expect(overflowing(card)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('the checklist fits', async () => {
    const guide = await fixture(html`<knee-pain-guide><red-flag-checklist mode="clinician"></red-flag-checklist></knee-pain-guide>`);
    const list = guide.querySelector('red-flag-checklist')!;
    await settle();
    expect(overflowing(list)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
