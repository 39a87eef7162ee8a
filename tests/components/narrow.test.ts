import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import type { KneePainMap } from '../../src/components/knee-pain-map/knee-pain-map.js';
import type { ExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import { realClick, setViewport, settle, shadow, textOf } from '../helpers.js';

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
