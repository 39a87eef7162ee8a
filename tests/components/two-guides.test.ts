import { expect, fixture, html, waitUntil } from '@open-wc/testing';
// Only the map and the card, as a page that uses no guide element would load
// them: <knee-pain-guide> comes with any element, so a guide is never late.
import '../../src/components/knee-pain-map/define.js';
import '../../src/components/exercise-card/define.js';
import type { KneePainMap } from '../../src/components/knee-pain-map/knee-pain-map.js';
import type { ExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import { realClick, idle as settle, shadow, textOf } from '../helpers.js';

const CARD_WAITING = /Choose where it hurts on the knee map/;
const cardFollows = (name: RegExp) => (card: ExerciseCard) =>
  new RegExp(`Exercises that may help with pain here: ${name.source}`).test(textOf(shadow(card)));

describe('guides, with only the map and card imported', () => {
  it('are defined already: each guide keeps its markup’s and its visitor’s choice to itself', async () => {
    expect(customElements.get('knee-pain-guide'), 'the guide comes with any element').to.be.a('function');
    const page = await fixture(html`<div>
      <knee-pain-guide id="a">
        <knee-pain-map selected="kneecap"></knee-pain-map>
        <exercise-card></exercise-card>
      </knee-pain-guide>
      <knee-pain-guide id="b">
        <knee-pain-map></knee-pain-map>
        <exercise-card></exercise-card>
      </knee-pain-guide>
      <exercise-card id="outside"></exercise-card>
    </div>`);
    const [mapA, mapB] = [...page.querySelectorAll<KneePainMap>('knee-pain-map')];
    const [cardA, cardB, outside] = [...page.querySelectorAll<ExerciseCard>('exercise-card')];
    await Promise.all([mapA, mapB, cardA, cardB, outside].map((e) => e!.updateComplete));
    await settle();
    // The markup's choice reaches its own guide's card only.
    await waitUntil(() => cardFollows(/On or around the kneecap/)(cardA!), 'guide A’s card follows its map');
    expect(mapB!.selected ?? null).to.equal(null);
    expect(textOf(shadow(cardB!))).to.match(CARD_WAITING);
    expect(textOf(shadow(outside!))).to.match(CARD_WAITING);
    // A visitor's click on map B stays in guide B.
    await realClick(shadow(mapB!).querySelector<SVGElement>('[data-region="below-kneecap"]')!);
    await waitUntil(() => cardFollows(/Just below the kneecap/)(cardB!), 'guide B’s card follows its map');
    expect(mapA!.selected).to.equal('kneecap');
    expect(mapB!.selected).to.equal('below-kneecap');
    expect(cardFollows(/On or around the kneecap/)(cardA!)).to.equal(true);
    expect(textOf(shadow(outside!))).to.match(CARD_WAITING);
  });
});
