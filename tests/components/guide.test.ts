import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { KneePainMap } from '../../src/components/knee-pain-map/knee-pain-map.js';
import type { ExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import type { RedFlagChecklist } from '../../src/components/red-flag-checklist/red-flag-checklist.js';
import { defaultContent } from '../../src/content/default.js';
import { realClick, settle, shadow, textOf } from '../helpers.js';

const pick = async (map: KneePainMap, id: string) => {
  await realClick(shadow(map).querySelector(`[data-region="${id}"]`)!);
  await settle();
};
const firstFlagText = (el: RedFlagChecklist) => textOf(shadow(el).querySelector('fieldset label'));

describe('a guide: the map, cards and checklist together', () => {
  it('shares the map’s selection with the other elements on the page, with no page script', async () => {
    const root = await fixture(html`<div>
      <knee-pain-map></knee-pain-map>
      <exercise-card></exercise-card>
      <red-flag-checklist></red-flag-checklist>
    </div>`);
    const [map, card, list] = [
      root.querySelector('knee-pain-map')!,
      root.querySelector('exercise-card')!,
      root.querySelector('red-flag-checklist')!,
    ];
    expect(textOf(shadow(card))).to.match(/Choose where it hurts on the knee map/);
    await pick(map, 'kneecap');
    const region = defaultContent.regions.find((r) => r.id === 'kneecap')!;
    expect(textOf(shadow(card))).to.include(region.name);
    expect(shadow(card).querySelectorAll('.chooser button').length).to.be.greaterThan(0);
    await expect(card).to.be.accessible();
    const relevant = defaultContent.redFlags.find((f) => f.applies === 'always' && region.redFlags.includes(f.id));
    if (relevant) expect(firstFlagText(list)).to.include(relevant.text);
    await expect(list).to.be.accessible();
  });

  it('keeps two <knee-pain-guide>s independent', async () => {
    const root = await fixture(html`<div>
      <knee-pain-guide id="a"><knee-pain-map></knee-pain-map><exercise-card></exercise-card></knee-pain-guide>
      <knee-pain-guide id="b"><knee-pain-map></knee-pain-map><exercise-card></exercise-card></knee-pain-guide>
    </div>`);
    const mapA = root.querySelector<KneePainMap>('#a knee-pain-map')!;
    const cardA = root.querySelector<ExerciseCard>('#a exercise-card')!;
    const cardB = root.querySelector<ExerciseCard>('#b exercise-card')!;
    await pick(mapA, 'below-kneecap');
    expect(textOf(shadow(cardA))).to.match(/Just below the kneecap/i);
    expect(textOf(shadow(cardB))).to.match(/Choose where it hurts on the knee map/);
  });

  it('lets a second map in the same guide follow the first', async () => {
    const root = await fixture(html`<knee-pain-guide><knee-pain-map></knee-pain-map><knee-pain-map side="left"></knee-pain-map></knee-pain-guide>`);
    const [one, two] = root.querySelectorAll('knee-pain-map');
    await pick(one!, 'kneecap');
    await two!.updateComplete;
    expect(shadow(two!).querySelector('[data-region="kneecap"]')!.getAttribute('aria-pressed')).to.equal('true');
  });
});
