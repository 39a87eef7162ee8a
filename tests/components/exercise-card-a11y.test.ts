import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/all.js';
import type { ExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import type { KneePainMap } from '../../src/components/knee-pain-map/knee-pain-map.js';
import { STILL_MS } from '../../src/components/exercise-card/poses.js';
import { emulateMedia, isolated, realClick, shadow, textOf } from '../helpers.js';

const buttons = (el: ExerciseCard) => [...shadow(el).querySelectorAll('button')];
const button = (el: ExerciseCard, name: RegExp) => buttons(el).find((b) => name.test(textOf(b)));
const press = async (el: ExerciseCard, name: RegExp) => {
  const b = button(el, name);
  expect(b, `button ${name}`).to.exist;
  await realClick(b!);
  await el.updateComplete;
};
const live = (el: ExerciseCard) => textOf(shadow(el).querySelector('[part="session"] [role="status"]'));

/** What has focus, as a person using the card meets it: never the page itself. */
function expectFocusOn(el: ExerciseCard, name: RegExp, after: string) {
  expect(document.activeElement, `after ${after}, focus is on the page`).to.not.equal(document.body);
  expect(document.activeElement, `after ${after}, focus left the card`).to.equal(el);
  const focused = shadow(el).activeElement;
  expect(focused?.localName, `after ${after}`).to.equal('button');
  expect(textOf(focused), `after ${after}`).to.match(name);
}

describe('<exercise-card> keeps focus on its controls as the session changes (issue 24)', () => {
  it('moves focus Start → Pause, Finish → "Do it again", "Do it again" → Start, and announces each change', async () => {
    const el = await isolated<ExerciseCard>(html`<exercise-card exercise="wall-sit"></exercise-card>`);
    await press(el, /^Start$/);
    expectFocusOn(el, /^Pause$/, 'Start');
    expect(live(el)).to.match(/^Get ready/);

    await press(el, /^Pause$/);
    expectFocusOn(el, /^Resume$/, 'Pause');
    expect(live(el)).to.equal('Paused.');
    await press(el, /^Resume$/);
    expectFocusOn(el, /^Pause$/, 'Resume');
    expect(live(el)).to.equal('Resumed.');

    await press(el, /^Finish$/);
    expectFocusOn(el, /^Do it again$/, 'Finish');
    expect(live(el)).to.equal('Session ended early.');

    await press(el, /^Do it again$/);
    expectFocusOn(el, /^Start$/, 'Do it again');
    expect(live(el)).to.equal('Ready to start again.');
  });

  it('does the same from the keyboard', async () => {
    const el = await isolated<ExerciseCard>(html`<exercise-card exercise="bridge"></exercise-card>`);
    button(el, /^Start$/)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => button(el, /^Pause$/), 'the session did not start');
    await el.updateComplete;
    expectFocusOn(el, /^Pause$/, 'Enter on Start');
    // Tab to Finish (past Skip) and press it with the space bar.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expectFocusOn(el, /^Finish$/, 'two Tabs');
    await sendKeys({ press: ' ' });
    await waitUntil(() => button(el, /^Do it again$/), 'the session did not finish');
    await el.updateComplete;
    expectFocusOn(el, /^Do it again$/, 'Space on Finish');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => button(el, /^Start$/), 'the card did not go back to Start');
    await el.updateComplete;
    expectFocusOn(el, /^Start$/, 'Enter on "Do it again"');
  });

  it('keeps focus in the session when the button pressed goes away mid-session: a set’s last rep, the last set, the pain check’s Skip', async () => {
    const el = await isolated<ExerciseCard>(html`<exercise-card exercise="bridge"></exercise-card>`);
    await press(el, /^Start$/);
    await press(el, /^Skip$/);
    // The tenth rep ends the set: "Count a rep" goes, the rest begins.
    for (let i = 0; i < 10; i++) await press(el, /^Count a rep$/);
    expect(button(el, /^Count a rep$/)).to.equal(undefined);
    expectFocusOn(el, /^Pause$/, 'the last rep of a set');
    expect(live(el)).to.match(/^Rest/);

    await press(el, /^Skip$/);
    await press(el, /^Set done$/);
    await press(el, /^Skip$/);
    // The last set done: the pain check takes its place, and focus goes to its first answer.
    await press(el, /^Set done$/);
    const focused = shadow(el).activeElement as HTMLInputElement | null;
    expect(document.activeElement).to.equal(el);
    expect(focused?.type, 'focus on a pain score').to.equal('radio');
    expect(focused?.value).to.equal('0');
    expect(focused?.checked, 'focus alone picks no score').to.equal(false);
    expect(live(el)).to.match(/^Last set done/);

    await press(el, /^Skip$/);
    expectFocusOn(el, /^Do it again$/, 'Skip on the pain check');
    expect(live(el)).to.equal('All done. Well done!');
  });

  it('leaves focus alone when it is elsewhere on the page', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <input aria-label="Search the site" />
      <knee-pain-guide><exercise-card exercise="wall-sit"></exercise-card></knee-pain-guide>
    </div>`);
    const el = page.querySelector<ExerciseCard>('exercise-card')!;
    await el.updateComplete;
    await press(el, /^Start$/);
    const search = page.querySelector('input')!;
    search.focus();
    // Page code (or the timer) ends the session: the visitor's focus stays where it is.
    button(el, /^Finish$/)!.click();
    await el.updateComplete;
    expect(button(el, /^Do it again$/)).to.exist;
    expect(document.activeElement).to.equal(search);
  });
});

/** Every landmark region on the page, into shadow roots, with its accessible name. */
function regions(root: Document | ShadowRoot = document): { name: string; el: Element }[] {
  const found: { name: string; el: Element }[] = [];
  for (const el of root.querySelectorAll('*')) {
    const role = el.getAttribute('role') ?? (el.localName === 'section' ? 'region' : null);
    const ids = el.getAttribute('aria-labelledby');
    const name = (
      el.getAttribute('aria-label') ??
      (ids ? ids.split(/\s+/).map((id) => textOf(root.getElementById(id))).join(' ') : '')
    ).trim();
    // A section is a region landmark only when it has a name.
    if (role === 'region' && name) found.push({ name, el });
    if (el.shadowRoot) found.push(...regions(el.shadowRoot));
  }
  return found;
}

describe('<exercise-card> landmark names stay unique (issue 24)', () => {
  it('names the "Do it now" landmarks of two cards of one exercise apart: a fixed card, one in the map’s panel, one that follows the map', async () => {
    const guide = await fixture<HTMLElement>(html`<knee-pain-guide>
      <knee-pain-map selected="below-kneecap"></knee-pain-map>
      <exercise-card exercise="wall-sit"></exercise-card>
      <exercise-card></exercise-card>
    </knee-pain-guide>`);
    const map = guide.querySelector<KneePainMap>('knee-pain-map')!;
    const [fixed, following] = [...guide.querySelectorAll<ExerciseCard>('exercise-card')] as [ExerciseCard, ExerciseCard];
    await Promise.all([map.updateComplete, fixed.updateComplete, following.updateComplete]);

    // The card that follows the map shows Wall sit too.
    await waitUntil(() => button(following, /^Wall sit$/), 'the following card offers Wall sit');
    await realClick(button(following, /^Wall sit$/)!);
    await following.updateComplete;
    // And so does the card in the map's panel, once its row is opened.
    const row = [...shadow(map).querySelectorAll<HTMLElement>('.exercises summary')].find((r) => /Wall sit/.test(textOf(r)))!;
    await realClick(row);
    await waitUntil(() => shadow(map).querySelector('exercise-card'), 'the card in the panel appears');
    const inPanel = shadow(map).querySelector<ExerciseCard>('exercise-card')!;
    await inPanel.updateComplete;

    const names = regions().map((r) => r.name);
    const wallSit = names.filter((n) => /^Do it now: Wall sit/.test(n));
    expect(wallSit, names.join(' | ')).to.have.length(3);
    expect(new Set(names).size, `landmark names: ${names.join(' | ')}`).to.equal(names.length);
    // The card that was there first keeps the plain name.
    const sessionName = (card: ExerciseCard) => shadow(card).querySelector('[part="session"]')!.getAttribute('aria-label');
    expect(sessionName(fixed)).to.equal('Do it now: Wall sit');
    expect(sessionName(following)).to.equal('Do it now: Wall sit (2)');
    expect(sessionName(inPanel)).to.equal('Do it now: Wall sit (3)');
    await expect(guide).to.be.accessible();

    // Closing the row removes its card; a card opened later takes the number it gave back.
    await realClick(row);
    await waitUntil(() => !shadow(map).querySelector('exercise-card'), 'the card in the panel goes');
    const another = document.createElement('exercise-card');
    another.setAttribute('exercise', 'wall-sit');
    guide.append(another);
    await another.updateComplete;
    expect(sessionName(another)).to.equal('Do it now: Wall sit (3)');
    expect(sessionName(fixed)).to.equal('Do it now: Wall sit');
    expect(sessionName(following)).to.equal('Do it now: Wall sit (2)');
  });

  it('keeps the plain name when each exercise shows once', async () => {
    const guide = await fixture<HTMLElement>(html`<knee-pain-guide>
      <exercise-card exercise="wall-sit"></exercise-card>
      <exercise-card exercise="bridge"></exercise-card>
    </knee-pain-guide>`);
    const cards = [...guide.querySelectorAll<ExerciseCard>('exercise-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    expect(regions().map((r) => r.name)).to.deep.equal(['Do it now: Wall sit', 'Do it now: Bridge']);
  });
});

describe('<exercise-card> "Show the movement" under reduced motion (issue 24)', () => {
  let emulated = false;
  let restore: (() => void) | undefined;
  before(async () => {
    emulated = await emulateMedia({ reducedMotion: 'reduce' });
    if (!emulated) {
      // Firefox (WebDriver BiDi) and WebKit (WebDriver) cannot emulate the
      // preference: the page reports it as the visitor's setting would.
      const original = window.matchMedia;
      window.matchMedia = (query: string) =>
        /prefers-reduced-motion:\s*reduce/.test(query)
          ? ({ ...original.call(window, query), matches: true, media: query } as MediaQueryList)
          : original.call(window, query);
      restore = () => (window.matchMedia = original);
    }
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
  });
  after(async () => {
    if (emulated) await emulateMedia({ reducedMotion: 'no-preference' });
    restore?.();
  });

  it('steps between the start and end positions, with nothing animating', async function () {
    this.timeout(3 * STILL_MS + 8000);
    const el = await isolated<ExerciseCard>(html`<exercise-card exercise="wall-sit"></exercise-card>`);
    const figure = shadow(el).querySelector<HTMLElement>('[part="figure"]')!;
    const [startHead, endHead] = [...figure.querySelectorAll<SVGCircleElement>('.stills circle.fig-head')];
    const still = { start: [startHead!.cx.baseVal.value, startHead!.cy.baseVal.value], end: [endHead!.cx.baseVal.value, endHead!.cy.baseVal.value] };
    expect(still.start).to.not.deep.equal(still.end);

    await press(el, /^Show the movement$/);
    expect(button(el, /^Show the movement$/)!.getAttribute('aria-pressed')).to.equal('true');
    const motion = figure.querySelector<SVGSVGElement>('svg.motion')!;
    expect(motion, 'a figure shows in place of the two positions').to.exist;
    // No SMIL, no CSS animation or transition, no Web Animation.
    expect(motion.querySelectorAll('animate, animateMotion, animateTransform, set')).to.have.length(0);
    expect(figure.getAnimations({ subtree: true })).to.have.length(0);

    // Where the head is drawn, as rendered (SMIL would move animVal smoothly).
    const head = () => {
      const c = motion.querySelector<SVGCircleElement>('circle.fig-head')!;
      return [c.cx.animVal.value, c.cy.animVal.value];
    };
    const seen: string[] = [];
    const sample = () => {
      const at = head();
      const pose = motion.dataset.pose;
      expect(pose === 'start' || pose === 'end', `pose ${pose}`).to.equal(true);
      expect(at, `drawn at ${at} in the ${pose} position`).to.deep.equal(still[pose as 'start' | 'end']);
      if (seen.at(-1) !== pose) seen.push(pose!);
      expect(figure.getAnimations({ subtree: true })).to.have.length(0);
    };
    // Start, then end after a pause, then start again: only ever one of the two positions.
    for (const next of ['end', 'start']) {
      await waitUntil(
        () => {
          sample();
          return seen.at(-1) === next;
        },
        `the figure did not step to the ${next} position`,
        { interval: 20, timeout: STILL_MS + 2000 },
      );
    }
    expect(seen).to.deep.equal(['start', 'end', 'start']);
    expect(motion.querySelectorAll('animate, animateMotion, animateTransform, set')).to.have.length(0);

    // Pressed again, it stops and the two positions come back.
    await press(el, /^Show the movement$/);
    expect(figure.querySelector('svg.motion')).to.equal(null);
    expect(button(el, /^Show the movement$/)!.getAttribute('aria-pressed')).to.equal('false');
  });
});
