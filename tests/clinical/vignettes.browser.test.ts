// The clinical vignettes marked `browser: true`, told to the real elements as
// a visitor would: choose the spot on the diagram, answer the questions by
// their visible text, tick the boxes by their visible text, and read the
// advice and the first cause shown. The node suite runs every vignette
// through the pure modules; this proves the elements show the same.
import { expect, html } from '@open-wc/testing';
import '../../src/all.js';
import type { KneePainMap } from '../../src/components/knee-pain-map/knee-pain-map.js';
import type { RedFlagChecklist } from '../../src/components/red-flag-checklist/red-flag-checklist.js';
import { defaultContent as content } from '../../src/content/default.js';
import { levelHeading } from '../../src/components/shared/level.js';
import type { Level } from '../../src/triage/triage.js';
import { isolated, realClick, shadow, textOf } from '../helpers.js';
import vignettes from './vignettes.json';

interface Vignette {
  id: string;
  story: string;
  map?: { region: string; answers: Record<string, 'yes' | 'no'> };
  checklist?: { injury: boolean; ticked: string[] };
  expect: { level: Level; top?: string; topThree?: string[] };
  source: string;
  browser?: boolean;
}

const byId = <T extends { id: string }>(items: T[], id: string) => items.find((i) => i.id === id)!;
const labelled = (root: ParentNode, selector: string, text: string) =>
  [...root.querySelectorAll<HTMLElement>(selector)].find((l) => textOf(l) === text || textOf(l).startsWith(`${text} `));

/** What the map shows as its advice: the urgent box's heading, or self-care when there is none. */
async function mapStory(v: Vignette & { map: NonNullable<Vignette['map']> }) {
  const el = await isolated<KneePainMap>(html`<knee-pain-map></knee-pain-map>`);
  const region = byId(content.regions, v.map.region);
  if (region.view === 'back') await realClick(labelled(shadow(el), 'button', 'Back')!);
  await el.updateComplete;
  const spot = shadow(el).querySelector<SVGElement>(`[data-region="${region.id}"]`);
  if (spot) await realClick(spot);
  else {
    // "Whole knee" is a choice of the list, not a spot on the drawing.
    const list = shadow(el).querySelector('select')!;
    list.focus();
    list.value = region.id;
    list.dispatchEvent(new Event('change', { bubbles: true }));
  }
  await el.updateComplete;
  expect(textOf(shadow(el).querySelector('#panel-heading')), v.id).to.equal(region.name);
  await realClick(shadow(el).querySelector<HTMLElement>('[part="refine"] > summary')!);
  await el.updateComplete;
  for (const [qid, answer] of Object.entries(v.map.answers)) {
    const question = byId(content.questions, qid).text;
    const fieldset = [...shadow(el).querySelectorAll('[part="refine"] fieldset')].find(
      (f) => textOf(f.querySelector('legend')) === question,
    );
    expect(fieldset, `${v.id}: the question "${question}" is shown`).to.exist;
    await realClick(labelled(fieldset!, 'label', answer === 'yes' ? 'Yes' : 'No')!);
    await el.updateComplete;
  }
  const urgent = shadow(el).querySelector('[part="urgent"]');
  const level = urgent ? textOf(urgent.querySelector('h2')) : levelHeading('none');
  const causes = [...shadow(el).querySelectorAll('.causes > li > details > summary')].map((s) => textOf(s));
  return { level, causes };
}

async function checklistStory(v: Vignette & { checklist: NonNullable<Vignette['checklist']> }) {
  const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist></red-flag-checklist>`);
  if (v.checklist.injury) {
    await realClick(labelled(shadow(el), 'label', content.guidance.injuryQuestion)!);
    await el.updateComplete;
  }
  for (const id of v.checklist.ticked) {
    const box = labelled(shadow(el), 'label.check', byId(content.redFlags, id).text);
    expect(box, `${v.id}: the box "${id}" is shown`).to.exist;
    await realClick(box!);
    await el.updateComplete;
  }
  return textOf(shadow(el).querySelector('[part="result"] h3'));
}

describe('clinical vignettes in the real elements', () => {
  for (const v of (vignettes as Vignette[]).filter((x) => x.browser)) {
    const why = `${v.id}: ${v.story} (${v.source})`;
    if (v.map) {
      const told = v as Vignette & { map: NonNullable<Vignette['map']> };
      it(`map: ${v.id} → ${v.expect.level}${v.expect.top ? `, ${v.expect.top} first` : ''}`, async () => {
        const { level, causes } = await mapStory(told);
        expect(level, why).to.equal(levelHeading(v.expect.level));
        if (v.expect.top) expect(causes[0], why).to.match(new RegExp(`^${escape(byId(content.conditions, v.expect.top).name)}`));
        if (v.expect.topThree) {
          const names = v.expect.topThree.map((id) => byId(content.conditions, id).name);
          for (const name of names) expect(causes.slice(0, 3).some((c) => c.startsWith(name)), `${why}: ${name} in the first three`).to.be.true;
        }
      });
    }
    if (v.checklist) {
      const told = v as Vignette & { checklist: NonNullable<Vignette['checklist']> };
      it(`checklist: ${v.id} → ${v.expect.level}`, async () => {
        expect(await checklistStory(told), why).to.equal(levelHeading(v.expect.level));
      });
    }
  }
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
