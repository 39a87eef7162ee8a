import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { RedFlagChecklist } from '../../src/components/red-flag-checklist/red-flag-checklist.js';
import type { RedFlagChangeEvent } from '../../src/components/red-flag-checklist/events.js';
import { defaultContent } from '../../src/content/default.js';
import { nextEvent, realClick, shadow, textOf, isolated } from '../helpers.js';

const box = (el: RedFlagChecklist, text: string) =>
  [...shadow(el).querySelectorAll<HTMLLabelElement>('label')].find((l) => textOf(l).startsWith(text))!;
const result = (el: RedFlagChecklist) => shadow(el).querySelector('[part="result"]')!;
const first = (tier: string, applies = 'always') =>
  defaultContent.redFlags.find((f) => f.tier === tier && f.applies === applies)!;

describe('<red-flag-checklist>', () => {
  it('starts with no warning signs ticked and self-care advice, and passes axe', async () => {
    const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist></red-flag-checklist>`);
    expect(textOf(result(el))).to.match(/No warning signs ticked/);
    await expect(el).to.be.accessible();
  });

  it('changes the result when a warning sign is ticked, and says why', async () => {
    const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist></red-flag-checklist>`);
    const soon = first('soon');
    const event = nextEvent<RedFlagChangeEvent>(el, 'red-flag-change');
    await realClick(box(el, soon.text));
    expect((await event).detail).to.deep.equal({ level: 'soon', ticked: [soon.id] });
    await el.updateComplete;
    expect(textOf(result(el))).to.match(/within a day or two/).and.include(soon.text);
    await expect(el).to.be.accessible();
  });

  it('lets an emergency sign outrank everything, with the number from the attribute, announced assertively', async () => {
    const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist emergency-number="999"></red-flag-checklist>`);
    await realClick(box(el, first('routine').text));
    await realClick(box(el, first('emergency').text));
    await el.updateComplete;
    const r = result(el);
    expect(textOf(r)).to.match(/^Get emergency care now Call 999/);
    expect(r.getAttribute('aria-live')).to.equal('assertive');
    // A phone can call the number with one tap.
    expect(r.querySelector('a[href="tel:999"]')?.textContent).to.equal('Call 999');
    await expect(el).to.be.accessible();
  });

  it('takes the emergency number from the page language, else says "your local emergency number"', async () => {
    const us = await fixture<RedFlagChecklist>(html`<div lang="en-US"><red-flag-checklist></red-flag-checklist></div>`);
    const inner = us.querySelector('red-flag-checklist')!;
    await realClick(box(inner, first('emergency').text));
    await inner.updateComplete;
    expect(textOf(result(inner))).to.include('Call 911');
    const plain = await fixture<RedFlagChecklist>(html`<div lang="en"><red-flag-checklist></red-flag-checklist></div>`);
    const el = plain.querySelector('red-flag-checklist')!;
    await realClick(box(el, first('emergency').text));
    await el.updateComplete;
    expect(textOf(result(el))).to.include('your local emergency number');
  });

  it('shows the after-injury group only when the pain started with an injury, and drops its answers when hidden', async () => {
    const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist></red-flag-checklist>`);
    const injuryFlag = first('emergency', 'after-injury');
    expect(box(el, injuryFlag.text)).to.be.undefined;
    await realClick(box(el, 'My pain started with an injury'));
    await el.updateComplete;
    await realClick(box(el, injuryFlag.text));
    await el.updateComplete;
    expect(textOf(result(el))).to.match(/emergency/i);
    await expect(el).to.be.accessible();
    await realClick(box(el, 'My pain started with an injury'));
    await el.updateComplete;
    expect(textOf(result(el))).to.match(/No warning signs ticked/);
  });

  it('is operable with the keyboard: Space ticks the focused box', async () => {
    const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist></red-flag-checklist>`);
    const input = box(el, first('routine').text).querySelector('input')!;
    input.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(input.checked).to.be.true;
    expect(textOf(result(el))).to.match(/Book a routine appointment/);
  });
});
