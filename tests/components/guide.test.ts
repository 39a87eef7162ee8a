import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import type { KneePainMap } from '../../src/components/knee-pain-map/knee-pain-map.js';
import type { ExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import type { RedFlagChecklist } from '../../src/components/red-flag-checklist/red-flag-checklist.js';
import { defaultContent } from '../../src/content/default.js';
import { KneePainGuide } from '../../src/components/knee-pain-guide/knee-pain-guide.js';
import { realClick, idle as settle, shadow, textOf } from '../helpers.js';

/** An element of a tag chosen at run time, holding a map and a card (the tag is ours, not content). */
const unsafeTag = (tag: string) => {
  const el = document.createElement(tag);
  el.append(document.createElement('knee-pain-map'), document.createElement('exercise-card'));
  return el;
};

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

  it('takes over elements that were drawn before <knee-pain-guide> was defined (the drop-in script loads it on its own)', async () => {
    // A fresh tag stands for <knee-pain-guide> arriving late: the elements
    // inside it upgrade first, in the page-wide guide.
    const tag = `late-guide-${Math.random().toString(36).slice(2)}`;
    const root = await fixture(html`<div>
      <knee-pain-map id="outside"></knee-pain-map>
      <exercise-card id="outside-card"></exercise-card>
      ${unsafeTag(tag)}
    </div>`);
    const late = root.querySelector(tag)!;
    const [map, card] = [late.querySelector<KneePainMap>('knee-pain-map')!, late.querySelector<ExerciseCard>('exercise-card')!];
    await map.updateComplete;
    await card.updateComplete;
    customElements.define(tag, class extends KneePainGuide {});
    await settle();
    // The page-wide guide may hold an earlier test's choice: what matters is that it does not change.
    const outside = root.querySelector<KneePainMap>('#outside')!;
    const outsideCard = root.querySelector<ExerciseCard>('#outside-card')!;
    const pressed = (m: KneePainMap) => shadow(m).querySelector('[aria-pressed="true"][data-region]')?.getAttribute('data-region') ?? 'none';
    const [outsideBefore, outsideCardBefore] = [pressed(outside), textOf(shadow(outsideCard))];
    await pick(map, 'below-kneecap');
    // The map and card inside follow each other…
    expect(pressed(map)).to.equal('below-kneecap');
    expect(textOf(shadow(card))).to.match(/Just below the kneecap/i);
    // …and the elements outside, in the page-wide guide, do not.
    expect(pressed(outside)).to.equal(outsideBefore);
    expect(pressed(outside)).to.not.equal('below-kneecap');
    expect(textOf(shadow(outsideCard))).to.equal(outsideCardBefore);
    // Page code choosing on the inner map reaches the same guide (no event fires, so through its context).
    map.selected = 'outer-joint-line';
    await map.updateComplete;
    // The card re-renders in a slice after the next frame: under load, that can take more than a frame or two.
    await waitUntil(() => /Outer side of the knee/.test(textOf(shadow(card))), 'the card follows page code on the inner map');
    expect(pressed(outside)).to.equal(outsideBefore);
  });

  it('lets a second map in the same guide follow the first', async () => {
    const root = await fixture(html`<knee-pain-guide><knee-pain-map></knee-pain-map><knee-pain-map side="left"></knee-pain-map></knee-pain-guide>`);
    const [one, two] = root.querySelectorAll('knee-pain-map');
    await pick(one!, 'kneecap');
    await two!.updateComplete;
    expect(shadow(two!).querySelector('[data-region="kneecap"]')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('follows a region the page chose with `selected`: the card and checklist show it, and no event fires', async () => {
    const guide = await fixture(html`<knee-pain-guide>
      <knee-pain-map selected="back-inner"></knee-pain-map>
      <exercise-card></exercise-card>
    </knee-pain-guide>`);
    const map = guide.querySelector('knee-pain-map')!;
    const card = guide.querySelector('exercise-card')!;
    let fired = 0;
    guide.addEventListener('knee-region-select', () => fired++);
    await settle();
    expect(map.view).to.equal('back');
    expect(textOf(shadow(card))).to.include('Back of the knee, inner side');
    expect(shadow(card).querySelectorAll('.chooser button').length).to.be.greaterThan(0);
    map.selected = 'kneecap';
    await settle();
    expect(map.view).to.equal('front');
    expect(textOf(shadow(card))).to.include('On or around the kneecap');
    expect(fired).to.equal(0);
    map.selected = 'upper-calf';
    await settle();
    expect(textOf(shadow(card))).to.match(/no exercises to suggest for pain here \(Top of the calf\)/);
    await expect(card).to.be.accessible();
  });
});
