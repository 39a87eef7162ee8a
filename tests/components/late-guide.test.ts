import { expect, fixture, html, waitUntil } from '@open-wc/testing';
// The elements without <knee-pain-guide>: on a real page its code is a chunk
// of its own, and may arrive after the elements have drawn themselves. Here
// it is imported on cue, in the middle of the test.
import '../../src/components/knee-pain-map/define.js';
import '../../src/components/exercise-card/define.js';
import type { KneePainMap } from '../../src/components/knee-pain-map/knee-pain-map.js';
import type { ExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import { realClick, settle, shadow, textOf } from '../helpers.js';

const CARD_WAITING = /Choose where it hurts on the knee map/;
const cardFollows = (name: RegExp) => (card: ExerciseCard) =>
  new RegExp(`Exercises that may help with pain here: ${name.source}`).test(textOf(shadow(card)));

describe('guides whose code arrives after their elements', () => {
  it('keep each guide’s choice to itself while loading, then take over with the markup’s choice', async () => {
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
    expect(customElements.get('knee-pain-guide'), 'the guide is not defined yet').to.equal(undefined);

    // Loading: map A's region does not reach guide B's map, nor the page.
    expect(mapA!.selected).to.equal('kneecap');
    expect(mapB!.selected ?? null).to.equal(null);
    expect(textOf(shadow(cardB!))).to.match(CARD_WAITING);
    expect(textOf(shadow(outside!))).to.match(CARD_WAITING);
    // A visitor's click on map B meanwhile stays in guide B too.
    await realClick(shadow(mapB!).querySelector<SVGElement>('[data-region="below-kneecap"]')!);
    await settle();
    expect(mapA!.selected).to.equal('kneecap');
    expect(textOf(shadow(outside!))).to.match(CARD_WAITING);

    // The guide's code arrives: each guide takes over its own elements, and
    // learns the region its map shows.
    await import('../../src/components/knee-pain-guide/define.js');
    await waitUntil(() => cardFollows(/On or around the kneecap/)(cardA!), 'guide A’s card follows its map');
    await waitUntil(() => cardFollows(/Just below the kneecap/)(cardB!), 'guide B’s card follows its map');
    expect(mapA!.selected).to.equal('kneecap');
    expect(mapB!.selected).to.equal('below-kneecap');
    expect(textOf(shadow(outside!))).to.match(CARD_WAITING);

    // And from now on a choice in one guide changes that guide only.
    await realClick(shadow(mapA!).querySelector<SVGElement>('[data-region="below-kneecap"]')!);
    await waitUntil(() => cardFollows(/Just below the kneecap/)(cardA!), 'guide A’s card follows the click');
    expect(mapB!.selected).to.equal('below-kneecap');
    expect(textOf(shadow(outside!))).to.match(CARD_WAITING);
  });
});
