// What a visitor and a webmaster get when the page sets an attribute or a
// property the element cannot use: no error, the documented default, nothing
// from the value rendered as markup, a calm message where the mistake changes
// what the visitor sees, one console warning naming the element, the
// attribute, the value and the valid choices, and an accessible tree.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/all.js';
import type { KneePainMap } from '../../src/components/knee-pain-map/knee-pain-map.js';
import type { ExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import type { RedFlagChecklist } from '../../src/components/red-flag-checklist/red-flag-checklist.js';
import type { KneePainGuide } from '../../src/components/knee-pain-guide/knee-pain-guide.js';
import { defaultContent } from '../../src/content/default.js';
import riverside from '../../content/examples/clinic-riverside.json';
import { frames, isolated, realClick, idle as settle, shadow, textOf } from '../helpers.js';

declare global {
  interface Window {
    /** Set by an injected handler if markup from an attribute ever ran. */
    kneePwned?: boolean;
  }
}

/** Markup a mistaken or hostile attribute value might carry. */
const XSS = {
  img: '<img src=x onerror="window.kneePwned=true">',
  script: '<script>window.kneePwned=true</script>',
  svg: '"><svg onload="window.kneePwned=true">',
};

// ---------------------------------------------------------------------------
// Every test runs watched: page errors, unhandled rejections and console
// output are recorded, and no error of any kind may happen.

const errors: string[] = [];
const warnings: string[] = [];
const consoleErrors: string[] = [];
const originalWarn = console.warn;
const originalError = console.error;
const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(e.reason)}`);

beforeEach(() => {
  errors.length = warnings.length = consoleErrors.length = 0;
  window.kneePwned = false;
  sessionStorage.clear();
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => consoleErrors.push(args.map(String).join(' '));
});

afterEach(async () => {
  try {
    // The fixtures are gone by now; give a late image error or rejection a
    // few frames to surface before judging (there is nothing to await).
    await frames(3);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.warn = originalWarn;
    console.error = originalError;
  }
  expect(errors, 'page errors').to.deep.equal([]);
  expect(consoleErrors, 'console.error').to.deep.equal([]);
  expect(window.kneePwned, 'markup from an attribute ran').to.equal(false);
});

/** No element an attribute value could have injected, in the element or its shadow root. */
function expectNoInjectedMarkup(el: Element) {
  const injected = 'img, script, iframe, b, [onerror], [onload]';
  expect(shadow(el).querySelector(injected), 'injected into the shadow root').to.equal(null);
  expect(el.querySelector(injected), 'injected into the light DOM').to.equal(null);
}

/** Sets a property to a value its type does not allow, as untyped page code can. */
const setLoose = (el: Element, name: string, value: unknown) => {
  (el as unknown as Record<string, unknown>)[name] = value;
};

/** The warnings about one attribute of one element. */
const warningsAbout = (tag: string, attribute: string) =>
  warnings.filter((w) => w.startsWith(`<${tag}>: ${attribute}=`));

/** One warning about this attribute and value, naming the given valid choices. */
function expectOneWarning(tag: string, attribute: string, value: string, ...choices: string[]) {
  const about = warningsAbout(tag, attribute);
  expect(about, `warnings about ${attribute}`).to.have.length(1);
  expect(about[0]).to.include(`${attribute}=${JSON.stringify(value)} is not valid`);
  for (const c of choices) expect(about[0]).to.include(c);
}

// ---------------------------------------------------------------------------

describe('<knee-pain-map> given invalid values', () => {
  const caption = (el: KneePainMap) => textOf(shadow(el).querySelector('#caption'));
  const panel = (el: KneePainMap) => textOf(shadow(el).querySelector('[part="panel"]'));
  const pressed = (el: KneePainMap) =>
    [...shadow(el).querySelectorAll('[data-region][aria-pressed="true"]')].map((r) => r.getAttribute('data-region'));
  const viewButton = (el: KneePainMap, name: 'Front' | 'Back') =>
    [...shadow(el).querySelectorAll('.controls button')].find((b) => textOf(b) === name)!;

  const sides: [string, 'left' | 'right', boolean][] = [
    ['middle', 'right', true],
    ['', 'right', true],
    ['<script>', 'right', true],
    [XSS.script, 'right', true],
    ['right-ish', 'right', true],
    ['LEFT', 'left', false], // HTML keywords: case does not matter
    [' left ', 'left', false],
    ['Right', 'right', false],
  ];
  for (const [value, used, invalid] of sides)
    it(`side=${JSON.stringify(value)} draws the ${used} knee and reflects side="${used}"`, async () => {
      const el = await isolated<KneePainMap>(html`<knee-pain-map side=${value}></knee-pain-map>`);
      expect(caption(el)).to.equal(`Front of the ${used} knee`);
      expect(el.side).to.equal(used);
      expect(el.getAttribute('side')).to.equal(used);
      expect(shadow(el).querySelectorAll('[data-region]')).to.have.length(8);
      if (invalid) expectOneWarning('knee-pain-map', 'side', value, '"left"', '"right"');
      else expect(warnings).to.deep.equal([]);
      expectNoInjectedMarkup(el);
      await expect(el).to.be.accessible();
    });

  const views: [string, 'front' | 'back', boolean][] = [
    ['middle', 'front', true],
    ['', 'front', true],
    ['top', 'front', true],
    [XSS.img, 'front', true],
    ['BACK', 'back', false],
    ['\tback\n', 'back', false],
  ];
  for (const [value, used, invalid] of views)
    it(`view=${JSON.stringify(value)} shows the ${used} and reflects view="${used}"`, async () => {
      const el = await isolated<KneePainMap>(html`<knee-pain-map view=${value}></knee-pain-map>`);
      expect(caption(el)).to.equal(`${used === 'front' ? 'Front' : 'Back'} of the right knee`);
      expect(el.getAttribute('view')).to.equal(used);
      expect(viewButton(el, used === 'front' ? 'Front' : 'Back').getAttribute('aria-pressed')).to.equal('true');
      if (invalid) expectOneWarning('knee-pain-map', 'view', value, '"front"', '"back"');
      else expect(warnings).to.deep.equal([]);
      expectNoInjectedMarkup(el);
      await expect(el).to.be.accessible();
    });

  it('follows side and view changed at run time, falling back on each bad value and warning once per value', async () => {
    const el = await isolated<KneePainMap>(html`<knee-pain-map side="left" view="back"></knee-pain-map>`);
    expect(caption(el)).to.equal('Back of the left knee');

    el.setAttribute('side', 'middle');
    await el.updateComplete;
    expect(caption(el)).to.equal('Back of the right knee');
    expect(el.getAttribute('side')).to.equal('right');

    el.side = 'left';
    await el.updateComplete;
    expect(caption(el)).to.equal('Back of the left knee');

    el.setAttribute('side', 'middle'); // the same mistake again: no second warning
    await el.updateComplete;
    el.setAttribute('view', 'sideways');
    await el.updateComplete;
    expect(caption(el)).to.equal('Front of the right knee');
    expect(el.getAttribute('view')).to.equal('front');
    expectOneWarning('knee-pain-map', 'side', 'middle');
    expectOneWarning('knee-pain-map', 'view', 'sideways');

    // Removing an attribute means the default, which the attribute then shows.
    el.side = 'left';
    await el.updateComplete;
    el.removeAttribute('side');
    await el.updateComplete;
    expect(caption(el)).to.equal('Front of the right knee');
    expect(el.getAttribute('side')).to.equal('right');
    expect(warnings).to.have.length(2);

    // The visitor can still switch the view after all that.
    await realClick(viewButton(el, 'Back'));
    await el.updateComplete;
    expect(caption(el)).to.equal('Back of the right knee');
    expect(el.getAttribute('view')).to.equal('back');
  });

  it('takes null, undefined and numbers as properties without throwing', async () => {
    const el = await isolated<KneePainMap>(html`<knee-pain-map side="left" view="back"></knee-pain-map>`);
    for (const value of [null, undefined]) {
      setLoose(el, 'side', value);
      setLoose(el, 'view', value);
      setLoose(el, 'selected', value);
      await el.updateComplete;
      expect(caption(el)).to.equal('Front of the right knee');
      expect([el.side, el.view]).to.deep.equal(['right', 'front']);
      expect(panel(el)).to.match(/Choose a spot on the knee/);
    }
    // Missing is not a mistake: nothing to warn about.
    expect(warnings).to.deep.equal([]);

    setLoose(el, 'side', 7);
    setLoose(el, 'view', -1);
    setLoose(el, 'selected', 42);
    await el.updateComplete;
    expect(caption(el)).to.equal('Front of the right knee');
    expect([el.side, el.view]).to.deep.equal(['right', 'front']);
    expect(pressed(el)).to.deep.equal([]);
    expect(panel(el)).to.match(/Choose a spot on the knee/);
    expect(warningsAbout('knee-pain-map', 'side')).to.deep.equal([
      '<knee-pain-map>: side=7 is not valid; using "right". Valid: "right", "left".',
    ]);
    expect(warningsAbout('knee-pain-map', 'view')[0]).to.include('view=-1 is not valid');
    expect(warningsAbout('knee-pain-map', 'selected')[0]).to.include('selected="42" is not valid');
    setLoose(el, 'selected', 0);
    await el.updateComplete;
    expect(panel(el)).to.match(/Choose a spot on the knee/);
    await expect(el).to.be.accessible();
  });

  for (const value of ['does-not-exist', 'KNEECAP', ' kneecap', XSS.img, XSS.svg])
    it(`selected=${JSON.stringify(value)} shows nothing selected, tells the guide so, and warns once`, async () => {
      const el = await isolated<KneePainMap>(
        html`<knee-pain-map selected=${value}></knee-pain-map><exercise-card></exercise-card>`,
      );
      const card = el.parentElement!.querySelector('exercise-card')!;
      let fired = 0;
      el.addEventListener('knee-region-select', () => fired++);
      el.requestUpdate();
      await el.updateComplete;
      await card.updateComplete;
      await settle();
      expect(panel(el)).to.match(/^Choose a spot on the knee/);
      expect(pressed(el)).to.deep.equal([]);
      expect(shadow(el).querySelector('select')!.value).to.equal('');
      // The card beside it follows the map: nothing chosen, so it asks where it hurts.
      expect(textOf(shadow(card))).to.match(/Choose where it hurts on the knee map/);
      expect(fired).to.equal(0);
      expectOneWarning('knee-pain-map', 'selected', value, '"kneecap"', '"back-centre"');
      expect(warnings).to.have.length(1);
      expectNoInjectedMarkup(el);
      if (value.includes('<')) expect(textOf(shadow(el))).to.not.include(value);
      await expect(el).to.be.accessible();
    });

  it('clears a real selection when page code sets an unknown region, and stays usable', async () => {
    const el = await isolated<KneePainMap>(
      html`<knee-pain-map selected="kneecap"></knee-pain-map><exercise-card></exercise-card>`,
    );
    const card = el.parentElement!.querySelector('exercise-card')!;
    await settle();
    expect(pressed(el)).to.deep.equal(['kneecap']);
    expect(textOf(shadow(card))).to.match(/Exercises that may help/);

    el.selected = 'elbow';
    await el.updateComplete;
    await settle();
    await card.updateComplete;
    expect(pressed(el)).to.deep.equal([]);
    expect(panel(el)).to.match(/^Choose a spot on the knee/);
    expect(textOf(shadow(card))).to.match(/Choose where it hurts on the knee map/);
    expectOneWarning('knee-pain-map', 'selected', 'elbow', '"kneecap"');

    // The page's value stays what it set; the visitor can still choose.
    expect(el.selected).to.equal('elbow');
    await realClick(shadow(el).querySelector('[data-region="below-kneecap"]')!);
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['below-kneecap']);
    expect(panel(el)).to.match(/below the kneecap/i);
    expect(warnings).to.have.length(1);
  });
});

// ---------------------------------------------------------------------------

describe('<exercise-card> given invalid values', () => {
  const names = defaultContent.exercises.map((e) => e.name);
  const offered = (el: ExerciseCard) =>
    [...shadow(el).querySelectorAll('.missing [role="group"] button')].map((b) => textOf(b));
  const offer = (el: ExerciseCard, name: string) =>
    [...shadow(el).querySelectorAll<HTMLButtonElement>('.missing [role="group"] button')].find((b) => textOf(b) === name)!;
  const shownName = (el: ExerciseCard) => textOf(shadow(el).querySelector('article [id="name"]'));

  for (const value of ['does-not-exist', 'Wall-Sit', XSS.img, XSS.script, 'x'.repeat(300)])
    it(`exercise=${JSON.stringify(value.length > 40 ? `${value.slice(0, 20)}…` : value)} says it is not found, as text, and offers the exercises there are`, async () => {
      const el = await isolated<ExerciseCard>(html`<exercise-card exercise=${value}></exercise-card>`);
      const box = shadow(el).querySelector('[part="card"]')!;
      expect(textOf(box.querySelector('h2'))).to.equal('Exercise not found');
      const shownId = value.length > 60 ? `${value.slice(0, 60)}…` : value;
      expect(textOf(box)).to.include(`Sorry, we could not find the exercise "${shownId}".`);
      // Offered by name, as buttons in a group named by its sentence.
      const group = box.querySelector('[role="group"]')!;
      expect(textOf(shadow(el).getElementById(group.getAttribute('aria-labelledby')!))).to.match(/exercises we have/);
      expect(offered(el)).to.deep.equal(names);
      expect(shadow(el).querySelector('article')).to.equal(null);
      expectOneWarning('exercise-card', 'exercise', value.length > 80 ? `${value.slice(0, 80)}…` : value, '"wall-sit"');
      expect(warnings).to.have.length(1);
      expectNoInjectedMarkup(el);
      // The message stays the width of its column, however long the id.
      expect(box.scrollWidth).to.be.at.most(box.clientWidth + 1);
      await expect(el).to.be.accessible();
    });

  it('shows the exercise the visitor picks from the offer, below it, and its harder version', async () => {
    const el = await isolated<ExerciseCard>(html`<exercise-card exercise="bridges"></exercise-card>`);
    const bridge = defaultContent.exercises.find((e) => e.id === 'bridge')!;
    const harder = defaultContent.exercises.find((e) => e.id === bridge.harder.exercise)!;
    const picked = offer(el, bridge.name);
    await realClick(picked);
    await el.updateComplete;
    expect(shownName(el)).to.equal(bridge.name);
    // The offer stays where it was (so does keyboard focus), the choice marked.
    expect(offer(el, bridge.name)).to.equal(picked);
    expect(picked.getAttribute('aria-pressed')).to.equal('true');
    // No "Back to" an exercise that does not exist.
    const buttons = [...shadow(el).querySelectorAll('article button')].map(textOf);
    expect(buttons.filter((b) => b.startsWith('Back to'))).to.deep.equal([]);
    const makeHarder = [...shadow(el).querySelectorAll('article button')].find((b) => /Make it harder/.test(textOf(b)))!;
    await realClick(makeHarder);
    await el.updateComplete;
    expect(shownName(el)).to.equal(harder.name);
    expect(offer(el, harder.name).getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
    expect(warnings).to.have.length(1);
  });

  it('follows the map when the exercise is empty, null or undefined: no warning', async () => {
    const el = await isolated<ExerciseCard>(html`<exercise-card exercise=""></exercise-card>`);
    expect(textOf(shadow(el))).to.match(/^Choose where it hurts on the knee map/);
    for (const value of [null, undefined]) {
      setLoose(el, 'exercise', value);
      await el.updateComplete;
      expect(textOf(shadow(el))).to.match(/^Choose where it hurts on the knee map/);
    }
    expect(warnings).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('reads a number as an id, and switches between known and unknown ids at run time', async () => {
    const el = await isolated<ExerciseCard>(html`<exercise-card exercise="wall-sit"></exercise-card>`);
    const wallSit = defaultContent.exercises.find((e) => e.id === 'wall-sit')!;
    expect(shownName(el)).to.equal(wallSit.name);
    setLoose(el, 'exercise', 42);
    await el.updateComplete;
    expect(textOf(shadow(el))).to.include('could not find the exercise "42"');
    expect(warningsAbout('exercise-card', 'exercise')[0]).to.include('exercise="42" is not valid');
    el.exercise = 'wall-sit';
    await el.updateComplete;
    expect(shownName(el)).to.equal(wallSit.name);
    expect(shadow(el).querySelector('.missing')).to.equal(null);
    setLoose(el, 'exercise', { id: 'wall-sit' }); // not an id at all: as if none
    await el.updateComplete;
    expect(textOf(shadow(el))).to.match(/^Choose where it hurts on the knee map/);
    expect(warnings).to.have.length(1);
  });

  const levels: [string, number, boolean][] = [
    ['-1', 2, true],
    ['0', 2, true],
    ['7', 2, true],
    ['1e9', 2, true],
    ['NaN', 2, true],
    ['abc', 2, true],
    ['2.5', 2, true],
    ['', 2, true],
    ['3', 3, false],
    [' 4 ', 4, false],
    ['6', 6, false],
  ];
  for (const [value, level, invalid] of levels)
    it(`heading-level=${JSON.stringify(value)} gives an h${level} title${invalid ? ', as the default, and warns once' : ''}`, async () => {
      const el = await isolated<ExerciseCard>(
        html`<exercise-card exercise="wall-sit" heading-level=${value}></exercise-card>`,
      );
      const title = shadow(el).querySelector('article .title')!;
      expect(title.localName).to.equal(`h${level}`);
      // Sections go one deeper, and never past h6.
      const sections = [...shadow(el).querySelectorAll('article .section')].map((h) => h.localName);
      expect(new Set(sections)).to.deep.equal(new Set([`h${Math.min(6, level + 1)}`]));
      if (invalid) expectOneWarning('exercise-card', 'heading-level', value, 'a whole number from 1 to 6');
      else expect(warnings).to.deep.equal([]);
      if (value === 'abc') await expect(el).to.be.accessible();
    });

  it('takes absurd heading levels as properties, also on the "not found" message', async () => {
    const el = await isolated<ExerciseCard>(html`<exercise-card exercise="nope" heading-level="3"></exercise-card>`);
    expect(shadow(el).querySelector('.missing .title')!.localName).to.equal('h3');
    for (const value of [-5, 0, 7, 1e9, NaN, Infinity, 2.5, null, undefined, true]) {
      setLoose(el, 'headingLevel', value);
      await el.updateComplete;
      expect(shadow(el).querySelector('.missing .title')!.localName, String(value)).to.equal('h2');
    }
    setLoose(el, 'headingLevel', 5);
    await el.updateComplete;
    expect(shadow(el).querySelector('.missing .title')!.localName).to.equal('h5');
    // One per bad value; null and undefined are "not set".
    expect(warningsAbout('exercise-card', 'heading-level')).to.have.length(8);
    await expect(el).to.be.accessible();
  });

  describe('sound and vibrate', () => {
    let contexts = 0;
    let buzzes = 0;
    const realAudio = window.AudioContext;
    const realVibrate = Object.getOwnPropertyDescriptor(navigator, 'vibrate');
    beforeEach(() => {
      contexts = buzzes = 0;
      // Counts what the card would do, without sound or buzzing in the test.
      class FakeAudio {
        currentTime = 0;
        destination = {};
        constructor() {
          contexts++;
        }
        createOscillator() {
          return { frequency: {}, connect: (n: unknown) => n, start() {}, stop() {} };
        }
        createGain() {
          return { gain: {}, connect: (n: unknown) => n };
        }
      }
      window.AudioContext = FakeAudio as unknown as typeof AudioContext;
      Object.defineProperty(navigator, 'vibrate', { configurable: true, value: () => (buzzes++, true) });
    });
    afterEach(() => {
      window.AudioContext = realAudio;
      if (realVibrate) Object.defineProperty(navigator, 'vibrate', realVibrate);
      else delete (navigator as unknown as Record<string, unknown>)['vibrate'];
    });
    const start = async (el: ExerciseCard) => {
      const b = [...shadow(el).querySelectorAll('button')].find((x) => textOf(x) === 'Start')!;
      await realClick(b);
      await el.updateComplete;
    };

    it('sound="false" and vibrate="false" are off (and each warns once): no beep, no buzz', async () => {
      const el = await isolated<ExerciseCard>(
        html`<exercise-card exercise="bridge" sound="false" vibrate="FALSE"></exercise-card>`,
      );
      expect([el.sound, el.vibrate]).to.deep.equal([false, false]);
      await start(el);
      expect([contexts, buzzes]).to.deep.equal([0, 0]);
      expectOneWarning('exercise-card', 'sound', 'false', 'present (on) or absent (off)');
      expectOneWarning('exercise-card', 'vibrate', 'FALSE');
    });

    it('present is on, whatever the value, as in HTML; turned off at run time, it stops', async () => {
      const el = await isolated<ExerciseCard>(html`<exercise-card exercise="bridge" sound vibrate="yes"></exercise-card>`);
      expect([el.sound, el.vibrate]).to.deep.equal([true, true]);
      await start(el);
      expect(contexts).to.equal(1);
      expect(buzzes).to.be.at.least(1);
      const before = buzzes;
      setLoose(el, 'vibrate', 'false');
      await el.updateComplete;
      expect(el.vibrate).to.equal(false);
      const skip = [...shadow(el).querySelectorAll('button')].find((x) => textOf(x) === 'Skip')!;
      await realClick(skip);
      await el.updateComplete;
      expect(buzzes).to.equal(before);
      expect(warnings).to.have.length(1);
    });
  });
});

// ---------------------------------------------------------------------------

describe('<red-flag-checklist> given invalid values', () => {
  const clinician = (el: RedFlagChecklist) => shadow(el).querySelector('[part="clinician"]');
  const status = (el: RedFlagChecklist) => shadow(el).querySelector('[part="status"]')!;
  const emergencyFlag = defaultContent.redFlags.find((f) => f.tier === 'emergency' && f.applies === 'always')!;
  const soonFlag = defaultContent.redFlags.find((f) => f.tier === 'soon' && f.applies === 'always')!;
  const tick = async (el: RedFlagChecklist, text: string) => {
    const label = [...shadow(el).querySelectorAll('label')].find((l) => textOf(l).startsWith(text))!;
    await realClick(label);
    await el.updateComplete;
  };
  const checked = (el: RedFlagChecklist, text: string) =>
    [...shadow(el).querySelectorAll('label')].find((l) => textOf(l).startsWith(text))!.querySelector('input')!.checked;

  const modes: [string, 'patient' | 'clinician', boolean][] = [
    ['doctor', 'patient', true],
    ['', 'patient', true],
    [XSS.script, 'patient', true],
    ['CLINICIAN', 'clinician', false],
    [' Clinician ', 'clinician', false],
  ];
  for (const [value, used, invalid] of modes)
    it(`mode=${JSON.stringify(value)} is the ${used} checklist and reflects mode="${used}"`, async () => {
      const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist mode=${value}></red-flag-checklist>`);
      expect(el.mode).to.equal(used);
      expect(el.getAttribute('mode')).to.equal(used);
      expect(!!clinician(el)).to.equal(used === 'clinician');
      expect(textOf(status(el))).to.equal('No warning signs: self-care');
      if (invalid) expectOneWarning('red-flag-checklist', 'mode', value, '"patient"', '"clinician"');
      else expect(warnings).to.deep.equal([]);
      expectNoInjectedMarkup(el);
      await expect(el).to.be.accessible();
    });

  it('follows mode changed at run time, including null and a number', async () => {
    const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist mode="clinician"></red-flag-checklist>`);
    expect(clinician(el)).to.exist;
    el.setAttribute('mode', 'nurse');
    await el.updateComplete;
    expect(clinician(el)).to.equal(null);
    expect(el.getAttribute('mode')).to.equal('patient');
    el.mode = 'clinician';
    await el.updateComplete;
    expect(clinician(el)).to.exist;
    setLoose(el, 'mode', null);
    await el.updateComplete;
    expect([el.mode, el.getAttribute('mode'), clinician(el)]).to.deep.equal(['patient', 'patient', null]);
    setLoose(el, 'mode', 2);
    await el.updateComplete;
    expect(el.mode).to.equal('patient');
    expect(warningsAbout('red-flag-checklist', 'mode').map((w) => w.split(' is ')[0])).to.deep.equal([
      '<red-flag-checklist>: mode="nurse"',
      '<red-flag-checklist>: mode=2',
    ]);
  });

  const numbers: [string, string, string][] = [
    // value, page language, what the visitor is told to call
    ['<b>911</b>', 'en-US', 'Call 911'],
    ['1'.repeat(200), 'en-GB', 'Call 999'],
    ['call the clinic', 'en', 'Call your local emergency number'],
    ['-911', 'en', 'Call your local emergency number'],
    ['--', 'en', 'Call your local emergency number'],
    [XSS.img, 'en-AU', 'Call 000'],
  ];
  for (const [value, lang, call] of numbers)
    it(`emergency-number=${JSON.stringify(value.length > 40 ? `${value.slice(0, 20)}…` : value)} is ignored: "${call}", and one warning`, async () => {
      const el = await isolated<RedFlagChecklist>(
        html`<red-flag-checklist lang=${lang} emergency-number=${value}></red-flag-checklist>`,
      );
      await tick(el, emergencyFlag.text);
      const text = textOf(status(el));
      expect(text).to.match(/^Get emergency care now/).and.include(call);
      if (value !== '--') expect(textOf(shadow(el))).to.not.include(value);
      const links = [...shadow(el).querySelectorAll('a[href^="tel:"]')];
      if (call === 'Call your local emergency number') expect(links).to.deep.equal([]);
      else for (const a of links) expect(a.getAttribute('href')).to.equal(`tel:${call.slice(5)}`);
      const about = warningsAbout('red-flag-checklist', 'emergency-number');
      expect(about).to.have.length(1);
      expect(about[0]).to.include('is not valid').and.include('e.g. "999"');
      expect(warnings).to.have.length(1);
      expectNoInjectedMarkup(el);
      await expect(el).to.be.accessible();
    });

  it('takes the emergency number as a number property, ignores a negative one, and says nothing when it is empty', async () => {
    const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist lang="en" emergency-number=""></red-flag-checklist>`);
    await tick(el, emergencyFlag.text);
    expect(textOf(status(el))).to.include('Call your local emergency number');
    setLoose(el, 'emergencyNumber', 999);
    await el.updateComplete;
    expect(textOf(status(el))).to.include('Call 999');
    expect(status(el).querySelector('a')!.getAttribute('href')).to.equal('tel:999');
    setLoose(el, 'emergencyNumber', -911);
    await el.updateComplete;
    expect(textOf(status(el))).to.include('Call your local emergency number');
    setLoose(el, 'emergencyNumber', null);
    await el.updateComplete;
    expect(textOf(status(el))).to.include('Call your local emergency number');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('emergency-number=-911 is not valid');
  });

  it('persist="false" stores nothing (and says why, once)', async () => {
    const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist persist="false"></red-flag-checklist>`);
    expect(el.persist).to.equal(false);
    await tick(el, soonFlag.text);
    expect(sessionStorage.length).to.equal(0);
    expectOneWarning('red-flag-checklist', 'persist', 'false', 'present (on) or absent (off)');
  });

  it('persist turned on at run time saves the answers; turned off, deletes them', async () => {
    const el = await isolated<RedFlagChecklist>(html`<red-flag-checklist></red-flag-checklist>`);
    await tick(el, soonFlag.text);
    expect(sessionStorage.length).to.equal(0);
    el.persist = true;
    await el.updateComplete;
    expect(sessionStorage.length).to.equal(1);
    // A reload: a new checklist with persist gets the answers back.
    const again = await isolated<RedFlagChecklist>(html`<red-flag-checklist persist></red-flag-checklist>`);
    expect(checked(again, soonFlag.text)).to.equal(true);
    expect(textOf(status(again))).to.equal('See a doctor within a day or two');
    // Turned off: what was saved goes, and the visitor's answers stay on screen.
    el.removeAttribute('persist');
    el.persist = false;
    await el.updateComplete;
    expect(sessionStorage.length).to.equal(0);
    expect(checked(el, soonFlag.text)).to.equal(true);
    await tick(el, soonFlag.text);
    expect(sessionStorage.length).to.equal(0);
    expect(warnings).to.deep.equal([]);
  });

  it('persist set after the element connected still restores saved answers', async () => {
    const one = await isolated<RedFlagChecklist>(html`<red-flag-checklist persist></red-flag-checklist>`);
    await tick(one, soonFlag.text);
    // As a framework does: create, connect, then set the property.
    const two = await isolated<RedFlagChecklist>(html`<red-flag-checklist></red-flag-checklist>`);
    expect(checked(two, soonFlag.text)).to.equal(false);
    two.setAttribute('persist', '');
    await two.updateComplete;
    expect(checked(two, soonFlag.text)).to.equal(true);
    expect(textOf(status(two))).to.equal('See a doctor within a day or two');
    setLoose(two, 'persist', 'false'); // a string from untyped code: off, as the attribute would be
    await two.updateComplete;
    expect(two.persist).to.equal(false);
    expect(sessionStorage.length).to.equal(0);
    expectOneWarning('red-flag-checklist', 'persist', 'false');
    expect(warnings).to.have.length(1);
    await expect(two).to.be.accessible();
  });
});

// ---------------------------------------------------------------------------

describe('an id that a clinic’s own content may add', () => {
  /** A guide given a clinic's content, with a card and a map naming ids the default content lacks. */
  async function clinicGuide(content: { src?: string; content?: unknown }) {
    const guide = await fixture<KneePainGuide>(html`
      <knee-pain-guide content-src=${content.src ?? ''} .content=${content.content}>
        <exercise-card exercise="heel-slide"></exercise-card>
        <knee-pain-map selected="clinic-spot"></knee-pain-map>
      </knee-pain-guide>
    `);
    return { guide, card: guide.querySelector('exercise-card')!, map: guide.querySelector('knee-pain-map')! };
  }

  it('is not called a mistake while the clinic’s content loads, nor after it added the id', async () => {
    const { guide, card, map } = await clinicGuide({ content: riverside });
    // Until the content is in, the card says it is loading, not "not found".
    expect(textOf(shadow(card))).to.not.include('Exercise not found');
    await guide.contentReady;
    await card.updateComplete;
    await settle();
    expect(textOf(shadow(card).querySelector('article [id="name"]'))).to.equal('Heel slide');
    expect(warningsAbout('exercise-card', 'exercise')).to.deep.equal([]);
    // The map's id is in neither content: one warning, once the content is final.
    await map.updateComplete;
    expectOneWarning('knee-pain-map', 'selected', 'clinic-spot', '"kneecap"');
    await expect(card).to.be.accessible();
  });

  it('is reported once the clinic’s content failed to load and the default is shown', async () => {
    const { guide, card } = await clinicGuide({ src: '/content/examples/no-such-file.json' });
    await oneEvent(guide, 'knee-content-error');
    await settle();
    await card.updateComplete;
    expect(textOf(shadow(card).querySelector('.missing'))).to.include('could not find the exercise "heel-slide"');
    expectOneWarning('exercise-card', 'exercise', 'heel-slide', '"wall-sit"');
    expectOneWarning('knee-pain-map', 'selected', 'clinic-spot');
  });
});
