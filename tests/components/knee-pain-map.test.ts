import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/all.js';
import type { KneePainMap } from '../../src/components/knee-pain-map/knee-pain-map.js';
import type { KneeRefineAnswerEvent, KneeRegionSelectEvent } from '../../src/components/knee-pain-map/events.js';
import type { ExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import { addDefaultContent, defaultIndex } from '../../src/content/default-store.js';
import { defaultContent } from '../../src/content/default.js';
import { nextEvent, realClick, realTap, setViewport, idle as settle, shadow, textOf, isolated } from '../helpers.js';

const region = (el: KneePainMap, id: string) => shadow(el).querySelector<SVGElement>(`[data-region="${id}"]`)!;
const panel = (el: KneePainMap) => shadow(el).querySelector('[part="panel"]')!;
const causeNames = (el: KneePainMap) =>
  [...shadow(el).querySelectorAll('.causes > li > details > summary')].map((s) => textOf(s));
const refineOpen = async (el: KneePainMap) => {
  const summary = shadow(el).querySelector<HTMLElement>('[part="refine"] > summary')!;
  await realClick(summary);
  await el.updateComplete;
};
/** The radio button for an answer to the question whose legend matches. */
const answerFor = (el: KneePainMap, question: RegExp, answer: 'Yes' | 'No' | 'Not sure') => {
  const fieldset = [...shadow(el).querySelectorAll('[part="refine"] fieldset')].find((f) =>
    question.test(textOf(f.querySelector('legend'))),
  )!;
  return [...fieldset.querySelectorAll('label')].find((l) => textOf(l) === answer)!;
};
const questionText = (id: string) => new RegExp(`^${defaultContent.questions.find((q) => q.id === id)!.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const regionByName = (el: KneePainMap, name: RegExp) =>
  [...shadow(el).querySelectorAll<SVGElement>('[role="button"][aria-label]')].find((r) =>
    name.test(r.getAttribute('aria-label')!),
  )!;

describe('<knee-pain-map>', () => {
  it('passes axe with nothing selected, and asks where it hurts', async () => {
    const el = await isolated<KneePainMap>(html`<knee-pain-map></knee-pain-map>`);
    await expect(el).to.be.accessible();
    expect(textOf(panel(el))).to.match(/Choose a spot on the knee/);
  });

  it('names every region for screen readers and offers one tab stop', async () => {
    const el = await isolated<KneePainMap>(html`<knee-pain-map></knee-pain-map>`);
    const regions = [...shadow(el).querySelectorAll('[role="button"][data-region]')];
    expect(regions).to.have.length(8);
    for (const r of regions) expect(r.getAttribute('aria-label')).to.not.be.empty;
    expect(regions.filter((r) => r.getAttribute('tabindex') === '0')).to.have.length(1);
  });

  it('is one tab stop from the keyboard: Tab goes from the Back button to a region, and on out of the diagram', async () => {
    const el = await isolated<KneePainMap>(html`<knee-pain-map></knee-pain-map>`);
    const back = [...shadow(el).querySelectorAll('button')].find((b) => textOf(b) === 'Back')!;
    back.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.getAttribute('data-region'), 'the first stop after Back').to.equal('above-kneecap');
    await sendKeys({ press: 'Tab' });
    const next = shadow(el).activeElement;
    expect(next?.closest('svg'), 'the next stop is outside the diagram').to.equal(null);
    expect(next?.localName).to.not.equal('svg');
  });

  it('selects a region on a real click: fires knee-region-select and shows its causes', async () => {
    const el = await isolated<KneePainMap>(html`<knee-pain-map side="right"></knee-pain-map>`);
    const event = nextEvent<KneeRegionSelectEvent>(el, 'knee-region-select');
    await realClick(region(el, 'below-kneecap'));
    const e = await event;
    expect(e.detail).to.deep.equal({ region: 'below-kneecap', view: 'front', side: 'right', via: 'pointer' });
    expect(e.bubbles && e.composed).to.be.true;
    await el.updateComplete;
    expect(region(el, 'below-kneecap').getAttribute('aria-pressed')).to.equal('true');
    const text = textOf(panel(el));
    expect(text).to.match(/Just below the kneecap/i);
    expect(text).to.match(/not a diagnosis/i);
    expect(text).to.match(/tendon/i);
    await expect(el).to.be.accessible();
  });

  it('works with the keyboard alone: Tab in, arrows move, Enter selects, Escape clears', async () => {
    const el = await isolated<KneePainMap>(html`<knee-pain-map></knee-pain-map>`);
    const events: KneeRegionSelectEvent[] = [];
    el.addEventListener('knee-region-select', (e) => events.push(e));
    // Front / Back buttons come first, then the diagram's single tab stop.
    region(el, 'above-kneecap').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-region')).to.equal('kneecap');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events.at(-1)!.detail).to.include({ region: 'below-kneecap', via: 'keyboard' });
    expect(textOf(panel(el))).to.match(/Just below the kneecap/i);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(events.at(-1)!.detail.region).to.equal(null);
    expect(textOf(panel(el))).to.match(/Choose a spot on the knee/);
  });

  it('mirrors the left knee: its inner joint line is drawn on the viewer’s left', async () => {
    const right = await isolated<KneePainMap>(html`<knee-pain-map side="right"></knee-pain-map>`);
    const left = await isolated<KneePainMap>(html`<knee-pain-map side="left"></knee-pain-map>`);
    const x = (el: KneePainMap, id: string) => {
      const r = region(el, id).getBoundingClientRect();
      return r.x + r.width / 2;
    };
    expect(x(right, 'inner-joint-line')).to.be.above(x(right, 'outer-joint-line'));
    expect(x(left, 'inner-joint-line')).to.be.below(x(left, 'outer-joint-line'));
    expect(textOf(shadow(left).querySelector('#caption'))).to.match(/left knee/i);
  });

  it('switches to the back view with its button, and the back regions are named', async () => {
    const el = await isolated<KneePainMap>(html`<knee-pain-map></knee-pain-map>`);
    const back = [...shadow(el).querySelectorAll('button')].find((b) => /^Back$/.test(textOf(b)))!;
    await realClick(back);
    await el.updateComplete;
    expect(back.getAttribute('aria-pressed')).to.equal('true');
    expect(regionByName(el, /calf/i)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('uses content that arrives after it is drawn: region names at once, causes when a region is chosen', async () => {
    const el = await isolated<KneePainMap>(html`<knee-pain-map></knee-pain-map>`);
    const { regions, conditions } = defaultIndex('en').content;
    try {
      // Causes arrive (the map skips rendering for them: it shows none yet)…
      addDefaultContent({ conditions: conditions.map((c) => ({ ...c, name: `${c.name} (late)` })) }, 'en', 'conditions');
      await el.updateComplete;
      expect(textOf(panel(el))).to.match(/Choose a spot on the knee/);
      // …and show once a region is chosen.
      await realClick(region(el, 'kneecap'));
      await el.updateComplete;
      expect(causeNames(el).length).to.be.greaterThan(0);
      for (const name of causeNames(el)) expect(name).to.match(/\(late\)/);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.selected).to.equal(null);
      // New region names show at once, with nothing chosen.
      addDefaultContent({ regions: regions.map((r) => ({ ...r, name: `${r.name} (late)` })) }, 'en', 'regions');
      await el.updateComplete;
      expect(region(el, 'kneecap').getAttribute('aria-label')).to.match(/\(late\)/);
    } finally {
      addDefaultContent({ regions, conditions }, 'en', 'regions');
    }
  });

  it('keeps the list in sync with the diagram, both ways', async () => {
    const el = await isolated<KneePainMap>(html`<knee-pain-map></knee-pain-map>`);
    const select = shadow(el).querySelector('select')!;
    await realClick(region(el, 'kneecap'));
    await el.updateComplete;
    expect(select.value).to.equal('kneecap');
    const event = nextEvent<KneeRegionSelectEvent>(el, 'knee-region-select');
    select.value = 'back-centre';
    select.dispatchEvent(new Event('change'));
    expect((await event).detail).to.include({ region: 'back-centre', via: 'list', view: 'back' });
    await el.updateComplete;
    expect(region(el, 'back-centre').getAttribute('aria-pressed')).to.equal('true');
    // Escape on the diagram clears the list too.
    region(el, 'back-centre').focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(select.value).to.equal('');
    expect(select.selectedOptions[0]!.textContent).to.equal('Where does it hurt?');
  });

  it('opens with the list showing a region chosen in the markup, grouped by view', async () => {
    const el = await isolated<KneePainMap>(html`<knee-pain-map selected="upper-calf"></knee-pain-map>`);
    const select = shadow(el).querySelector('select')!;
    expect(select.value).to.equal('upper-calf');
    expect(select.selectedOptions[0]!.parentElement!.getAttribute('label')).to.equal('Back');
    expect([...select.querySelectorAll('optgroup')].map((g) => g.label)).to.deep.equal(['Front', 'Back', 'Other']);
    expect(select.options.length).to.equal(14);
  });

  it('fires no event when page code sets `selected`, but the rest of the guide follows it', async () => {
    const el = await isolated<KneePainMap>(html`<knee-pain-map></knee-pain-map>`);
    let fired = 0;
    el.addEventListener('knee-region-select', () => fired++);
    el.selected = 'kneecap';
    await el.updateComplete;
    await settle();
    expect(fired).to.equal(0);
    expect(textOf(panel(el))).to.match(/kneecap/i);
  });

  it('treats invalid attributes as the defaults rather than breaking', async () => {
    const el = await isolated<KneePainMap>(html`<knee-pain-map side="middle" view="top" selected="elbow"></knee-pain-map>`);
    expect(shadow(el).querySelectorAll('[data-region]')).to.have.length(8);
    expect(textOf(panel(el))).to.match(/Choose a spot on the knee/);
  });

  it('selects with a real touch tap, and on a phone brings the results into view', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      const el = await isolated<KneePainMap>(html`<knee-pain-map></knee-pain-map>`);
      const event = nextEvent<KneeRegionSelectEvent>(el, 'knee-region-select');
      await realTap(region(el, 'below-kneecap'));
      expect((await event).detail).to.include({ region: 'below-kneecap', via: 'pointer' });
      await el.updateComplete;
      const top = () => shadow(el).querySelector('#panel-heading')!.getBoundingClientRect().top;
      // Scrolling is smooth (unless reduced motion is preferred): wait for it to land.
      await waitUntil(() => top() >= 0 && top() <= 640 - 48, `results heading in view (top ${top()})`, { timeout: 3000 });
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('re-sorts the causes from the refine answers, says why, and fires knee-refine-answer', async () => {
    const el = await isolated<KneePainMap>(html`<knee-pain-map selected="below-kneecap"></knee-pain-map>`);
    const before = causeNames(el);
    expect(before[0]).to.match(/^Kneecap tendon pain/);
    await refineOpen(el);
    await expect(el).to.be.accessible();
    const event = nextEvent<KneeRefineAnswerEvent>(el, 'knee-refine-answer');
    await realClick(answerFor(el, questionText('is-child'), 'Yes'));
    const e = await event;
    expect(e.detail).to.deep.equal({
      region: 'below-kneecap',
      question: 'is-child',
      answer: 'yes',
      redFlag: null,
    });
    expect(e.bubbles && e.composed).to.be.true;
    await el.updateComplete;
    const after = causeNames(el);
    expect(after[0]).to.match(/growing children/i);
    expect(after[0]).to.match(/fits your answers/);
    expect(textOf(panel(el))).to.match(/best match for your answers first/);
    expect(textOf(shadow(el).querySelector('[role="status"]'))).to.match(/re-sorted/i);
    // "Not sure" withdraws the answer: back to the content's order.
    await realClick(answerFor(el, questionText('is-child'), 'Not sure'));
    await el.updateComplete;
    expect(causeNames(el)).to.deep.equal(before);
    await expect(el).to.be.accessible();
  });

  it('puts urgent advice above everything when an answer points to a warning sign', async () => {
    const el = await isolated<KneePainMap>(html`<knee-pain-map selected="upper-calf"></knee-pain-map>`);
    await refineOpen(el);
    const event = nextEvent<KneeRefineAnswerEvent>(el, 'knee-refine-answer');
    await realClick(answerFor(el, questionText('calf-clot-signs'), 'Yes'));
    expect((await event).detail.redFlag).to.equal('calf-clot-signs');
    await el.updateComplete;
    const first = panel(el).firstElementChild!;
    expect(first.getAttribute('part')).to.equal('urgent');
    // The same words as the checklist for the same story, and nothing milder competing.
    expect(textOf(first.querySelector('h2'))).to.equal('Get seen today');
    expect(textOf(first)).to.match(/warning sign/i);
    expect(textOf(first)).to.match(/calf/i);
    expect(textOf(shadow(el).querySelector('[role="status"]'))).to.match(/Warning sign/);
    // The link beside the question takes keyboard and screen-reader users there.
    const link = [...shadow(el).querySelectorAll('a')].find((a) => /advice at the top/.test(textOf(a)))!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(shadow(el).activeElement).to.equal(first);
    await expect(el).to.be.accessible();
  });

  it('hides the exercises under "get seen today" and says why; they come back when the answer is withdrawn', async () => {
    const el = await isolated<KneePainMap>(html`<knee-pain-map selected="whole-knee" same-day-contact="111"></knee-pain-map>`);
    expect(shadow(el).querySelector('.exercises')).to.exist;
    await refineOpen(el);
    await realClick(answerFor(el, questionText('hot-swollen'), 'Yes'));
    await el.updateComplete;
    const urgent = shadow(el).querySelector('[part="urgent"]')!;
    expect(textOf(urgent.querySelector('h2'))).to.equal('Get seen today');
    expect(urgent.querySelector('a[href="tel:111"]')).to.exist;
    expect(shadow(el).querySelector('.exercises')).to.equal(null);
    expect(textOf(panel(el))).to.match(/Exercises are not shown/);
    // A hot knee: joint infection and inflammatory arthritis now lead.
    expect(causeNames(el).slice(0, 2).join(' ')).to.match(/Infected knee joint/).and.match(/Inflammatory arthritis or gout/);
    await realClick(answerFor(el, questionText('hot-swollen'), 'Not sure'));
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="urgent"]')).to.equal(null);
    expect(shadow(el).querySelector('.exercises')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows a suggested exercise as a full card when its row is opened', async () => {
    const el = await isolated<KneePainMap>(html`<knee-pain-map selected="below-kneecap"></knee-pain-map>`);
    const rows = [...shadow(el).querySelectorAll<HTMLElement>('.exercises summary')];
    expect(rows.map(textOf).join(' ')).to.match(/Wall sit/);
    expect(shadow(el).querySelector('exercise-card')).to.equal(null);
    await realClick(rows.find((r) => /Wall sit/.test(textOf(r)))!);
    // <details> fires "toggle" in a later task, and the card renders after it.
    await waitUntil(() => shadow(el).querySelector('exercise-card'), 'the card appears');
    const card = shadow(el).querySelector<ExerciseCard>('exercise-card')!;
    await card.updateComplete;
    expect(textOf(shadow(card).querySelector('h4'))).to.equal('Wall sit');
    expect(textOf(shadow(card))).to.match(/Stop if/);
    await expect(el).to.be.accessible();
  });
});
