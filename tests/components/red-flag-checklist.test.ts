import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/all.js';
import type { RedFlagChecklist } from '../../src/components/red-flag-checklist/red-flag-checklist.js';
import type { KneeRedFlagChangeEvent, RedFlagChangeEvent } from '../../src/components/red-flag-checklist/events.js';
import { defaultContent } from '../../src/content/default.js';
import { isolated, nextEvent, realClick, shadow, textOf } from '../helpers.js';

const box = (el: RedFlagChecklist, text: string) =>
  [...shadow(el).querySelectorAll<HTMLLabelElement>('label')].find((l) => textOf(l).startsWith(text))!;
const status = (el: RedFlagChecklist) => shadow(el).querySelector('[part="status"]')!;
const result = (el: RedFlagChecklist) => shadow(el).querySelector('[part="result"]')!;
const button = (el: RedFlagChecklist, label: string) =>
  [...shadow(el).querySelectorAll('button')].find((b) => textOf(b) === label)!;
const first = (tier: string, applies = 'always') =>
  defaultContent.redFlags.find((f) => f.tier === tier && f.applies === applies)!;
const tick = async (el: RedFlagChecklist, text: string) => {
  await realClick(box(el, text));
  await el.updateComplete;
};

describe('<red-flag-checklist>', () => {
  beforeEach(() => sessionStorage.clear());

  it('starts with no warning signs ticked and self-care advice, and passes axe', async () => {
    const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist></red-flag-checklist>`);
    expect(textOf(status(el))).to.equal('No warning signs: self-care');
    const { selfCareIntro, selfCare, checkAgain } = defaultContent.guidance;
    const advice = textOf(result(el));
    for (const line of [selfCareIntro, ...selfCare, checkAgain]) expect(advice).to.include(line);
    await expect(el).to.be.accessible();
  });

  // Each tier, from one sign of that tier; the answer is announced politely.
  for (const tier of ['routine', 'soon', 'today'] as const)
    it(`answers "${tier}" when a ${tier} sign is ticked, says why, and announces it politely`, async () => {
      const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist></red-flag-checklist>`);
      const flag = first(tier);
      const event = nextEvent<KneeRedFlagChangeEvent>(el, 'knee-red-flag-change');
      const alias = nextEvent<RedFlagChangeEvent>(el, 'red-flag-change');
      await tick(el, flag.text);
      expect((await event).detail).to.deep.equal({ level: tier, ticked: [flag.id] });
      // The old name still fires, for one release, with the same detail.
      expect((await alias).detail).to.deep.equal((await event).detail);
      const heading = { today: 'Get seen today', soon: 'See a doctor within a day or two', routine: 'Book a routine appointment' }[tier];
      expect(textOf(status(el)).startsWith(heading), textOf(status(el))).to.be.true;
      expect(status(el).getAttribute('role')).to.equal('status');
      expect(status(el).getAttribute('aria-live')).to.equal('polite');
      expect(textOf(result(el))).to.include(heading).and.include(flag.text).and.include(flag.why);
      await expect(el).to.be.accessible();
    });

  it('puts "get emergency care now" with the number first, for a hot, swollen knee with fever', async () => {
    const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist emergency-number="999"></red-flag-checklist>`);
    const infection = defaultContent.redFlags.find((f) => f.id === 'hot-swollen-knee-fever')!;
    expect(infection.tier).to.equal('emergency');
    await tick(el, first('routine').text);
    await tick(el, first('soon').text);
    await tick(el, first('today').text);
    await tick(el, infection.text);
    const s = status(el);
    // The first thing in the element, announced assertively, with a number to tap.
    expect(shadow(el).querySelector('[part~="base"]')!.firstElementChild).to.equal(s);
    expect(textOf(s)).to.equal('Get emergency care now Call 999 or go to the nearest emergency department.');
    expect(s.getAttribute('aria-live')).to.equal('assertive');
    expect(s.querySelector('a[href="tel:999"]')?.textContent).to.equal('Call 999');
    // Nothing milder competes: the advice lists only the emergency sign.
    const advice = textOf(result(el));
    expect(advice).to.match(/^Get emergency care now Call 999/).and.include(infection.text);
    expect(advice).to.not.include(first('routine').text).and.not.include(first('soon').text).and.not.include(first('today').text);
    await expect(el).to.be.accessible();
  });

  it('says "get seen today" for a hot, swollen knee without fever, with the same-day contact, and no booking link', async () => {
    const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist same-day-contact="111"></red-flag-checklist>`);
    const hot = defaultContent.redFlags.find((f) => f.id === 'hot-swollen-knee')!;
    expect(hot.tier).to.equal('today');
    await tick(el, first('routine').text);
    await tick(el, hot.text);
    expect(textOf(status(el))).to.match(/^Get seen today Call 111/);
    expect(shadow(el).querySelector('[part="status"] a[href="tel:111"]')).to.exist;
    const advice = textOf(result(el));
    expect(advice).to.include(hot.text).and.include(defaultContent.guidance.notADiagnosis);
    expect(advice).to.not.include(first('routine').text);
    expect(status(el).querySelector('svg[aria-hidden="true"]'), 'an icon as well as words').to.exist;
    await expect(el).to.be.accessible();
  });

  it('names the national same-day line from the page language, else plain words', async () => {
    const hot = defaultContent.redFlags.find((f) => f.id === 'hot-swollen-knee')!;
    const gb = await isolated<RedFlagChecklist>(html`<red-flag-checklist lang="en-GB"></red-flag-checklist>`);
    await tick(gb, hot.text);
    expect(textOf(status(gb))).to.include('Call 111 (NHS 111)');
    const plain = await isolated<RedFlagChecklist>(html`<red-flag-checklist lang="en"></red-flag-checklist>`);
    await tick(plain, hot.text);
    expect(textOf(status(plain))).to.include('Contact a doctor today');
  });

  it('takes the emergency number from the page language, else says "your local emergency number"', async () => {
    const us = await isolated<RedFlagChecklist>(html`<red-flag-checklist lang="en-US"></red-flag-checklist>`);
    await tick(us, first('emergency').text);
    expect(textOf(status(us))).to.include('Call 911');
    const plain = await isolated<RedFlagChecklist>(html`<red-flag-checklist lang="en"></red-flag-checklist>`);
    await tick(plain, first('emergency').text);
    expect(textOf(status(plain))).to.include('your local emergency number');
  });

  it('shows the signs that need no injury (a locked knee, a numb foot) to everyone, most urgent first', async () => {
    const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist></red-flag-checklist>`);
    for (const id of ['knee-stuck-bent', 'numb-or-cold-foot', 'foot-drop', 'cant-lift-straight-leg', 'cant-bear-weight'])
      expect(box(el, defaultContent.redFlags.find((f) => f.id === id)!.text), id).to.exist;
    const order = [...shadow(el).querySelectorAll('fieldset')][0]!.querySelectorAll('input');
    const tiers = [...order].map((i) => defaultContent.redFlags.find((f) => f.id === i.value)!.tier);
    expect(tiers).to.deep.equal([...tiers].sort((a, b) => ['emergency', 'today', 'soon', 'routine'].indexOf(a) - ['emergency', 'today', 'soon', 'routine'].indexOf(b)));
  });

  it('shows the after-injury group only when the pain started with an injury, and drops its answers when hidden', async () => {
    const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist></red-flag-checklist>`);
    const injuryFlag = first('emergency', 'after-injury');
    expect(box(el, injuryFlag.text)).to.be.undefined;
    await tick(el, defaultContent.guidance.injuryQuestion);
    await tick(el, injuryFlag.text);
    expect(textOf(status(el))).to.match(/^Get emergency care now/);
    await expect(el).to.be.accessible();
    await tick(el, defaultContent.guidance.injuryQuestion);
    expect(textOf(status(el))).to.equal('No warning signs: self-care');
  });

  it('is operable with the keyboard: Tab reaches the boxes, Space ticks one', async () => {
    const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist></red-flag-checklist>`);
    const inputs = [...shadow(el).querySelectorAll('input')];
    inputs[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(inputs[1]);
    await sendKeys({ press: ' ' }); // the space bar
    await el.updateComplete;
    expect(inputs[1]!.checked).to.be.true;
    expect(textOf(status(el))).to.not.equal('No warning signs: self-care');
  });

  it('copies a summary of the answers for the visitor’s clinician', async () => {
    const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist></red-flag-checklist>`);
    const soon = first('soon');
    await tick(el, soon.text);
    await realClick(button(el, 'Copy summary'));
    await el.updateComplete;
    expect(textOf(result(el))).to.include('Summary copied');
    const copied = await navigator.clipboard.readText();
    expect(copied).to.include('See a doctor within a day or two').and.include(`- ${soon.text}`);
    expect(copied).to.include(defaultContent.guidance.notADiagnosis);
  });

  it('offers to print the page', async () => {
    const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist></red-flag-checklist>`);
    const original = window.print;
    let printed = 0;
    window.print = () => void printed++; // the real dialog would block the test
    try {
      await realClick(button(el, 'Print'));
      expect(printed).to.equal(1);
    } finally {
      window.print = original;
    }
  });

  it('stores nothing without `persist`', async () => {
    const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist></red-flag-checklist>`);
    await tick(el, first('soon').text);
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
  });

  it('with `persist`, keeps the answers in this tab across a reload', async () => {
    const soon = first('soon');
    const one = await isolated<RedFlagChecklist>(html`<red-flag-checklist persist></red-flag-checklist>`);
    await tick(one, soon.text);
    expect(sessionStorage.length).to.equal(1);
    const two = await isolated<RedFlagChecklist>(html`<red-flag-checklist persist></red-flag-checklist>`);
    expect(box(two, soon.text).querySelector('input')!.checked).to.be.true;
    expect(textOf(status(two))).to.equal('See a doctor within a day or two');
  });
});

describe('<red-flag-checklist mode="clinician">', () => {
  const ottawa = defaultContent.rules.find((r) => r.id === 'ottawa-knee-rules')!;
  const section = (el: RedFlagChecklist) => shadow(el).querySelector('[part="clinician"]');

  it('is absent for patients', async () => {
    const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist></red-flag-checklist>`);
    expect(section(el)).to.equal(null);
  });

  it('adds the Ottawa Knee Rules as a labelled decision aid, with sensitivity and source', async () => {
    const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist mode="clinician"></red-flag-checklist>`);
    const text = textOf(section(el));
    expect(text).to.include('not for patients').and.include(ottawa.name);
    for (const p of ottawa.performance) expect(text).to.include(p.sensitivity);
    expect(text).to.include('Rule negative');
    await expect(el).to.be.accessible();
  });

  it('turns positive when a criterion is ticked, naming it', async () => {
    const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist mode="clinician"></red-flag-checklist>`);
    const criterion = ottawa.criteria[0]!;
    await tick(el, criterion.text);
    expect(textOf(section(el))).to.include(`Rule positive. Met: ${criterion.text}`);
    // The patient answer is separate: a clinician's tick is not a patient warning sign.
    expect(textOf(status(el))).to.equal('No warning signs: self-care');
  });
});
