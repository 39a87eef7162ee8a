// Right-to-left pages (issue #8): the elements follow the page's direction,
// which CSS `direction` carries into their shadow trees, whether it comes from
// `<html dir="rtl">` or a `dir="rtl"` wrapper. The layout mirrors; the knee
// diagram, a picture of a real knee, does not, and neither do the labels
// naming its sides nor the arrow keys moving across it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/all.js';
import type { KneePainMap } from '../../src/components/knee-pain-map/knee-pain-map.js';
import type { ExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import type { RedFlagChecklist } from '../../src/components/red-flag-checklist/red-flag-checklist.js';
import type { KneeRegionSelectEvent } from '../../src/components/knee-pain-map/events.js';
import { engine, nextEvent, realClick, setViewport, idle as settle, shadow, textOf } from '../helpers.js';

type Dir = 'ltr' | 'rtl';

/**
 * Renders the same element twice, each in its own guide: once in a
 * `dir="ltr"` wrapper and once in a `dir="rtl"` one, so the two can be
 * compared on the same page at the same width.
 */
async function both<T extends HTMLElement>(template: TemplateResult, width?: number): Promise<Record<Dir, T>> {
  const root = await fixture(html`<div>
    <div dir="ltr"><knee-pain-guide>${template}</knee-pain-guide></div>
    <div dir="rtl"><knee-pain-guide>${template}</knee-pain-guide></div>
  </div>`);
  if (width) for (const w of root.querySelectorAll<HTMLElement>('[dir]')) w.style.width = `${width}px`;
  const get = (dir: Dir) => root.querySelector(`[dir="${dir}"] knee-pain-guide`)!.firstElementChild as T;
  const out = { ltr: get('ltr'), rtl: get('rtl') };
  for (const el of Object.values(out)) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await settle();
  return out;
}

/** Renders one element in a guide in a `dir="rtl"` wrapper. */
async function rtl<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const root = await fixture(html`<div dir="rtl"><knee-pain-guide>${template}</knee-pain-guide></div>`);
  const el = root.querySelector('knee-pain-guide')!.firstElementChild as T;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await settle();
  return el;
}

const box = (el: Element) => el.getBoundingClientRect();
const centreX = (el: Element) => {
  const r = box(el);
  return r.x + r.width / 2;
};

/** Where the text inside an element is drawn (the union of its glyphs' boxes). */
function textBox(el: Node): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range.getBoundingClientRect();
}

/** Where one character of an element's text is drawn. */
function charBox(el: Element, char: string): DOMRect {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.textContent!.indexOf(char);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(n, i);
    range.setEnd(n, i + char.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${char}" not found in ${textOf(el)}`);
}

/**
 * Asserts that the text of `el` sits against the start edge of its box for
 * the direction: against the right edge (with room on its left) in RTL.
 */
function expectStartAligned(el: Element, dir: Dir, what: string) {
  const outer = box(el);
  const text = textBox(el);
  const leftGap = text.left - outer.left;
  const rightGap = outer.right - text.right;
  const [startGap, endGap] = dir === 'rtl' ? [rightGap, leftGap] : [leftGap, rightGap];
  expect(startGap, `${what}: space before the text (${dir})`).to.be.below(24);
  expect(endGap, `${what}: space after the text (${dir})`).to.be.above(startGap + 24);
}

/** Elements of the shadow root drawn past the viewport's left or right edge. */
const overflowing = (el: Element) =>
  [...shadow(el).querySelectorAll('*')]
    .filter((n) => {
      const r = box(n);
      return r.width > 0 && (r.left < -0.5 || r.right > innerWidth + 0.5);
    })
    .map((n) => n.tagName.toLowerCase() + (n.className ? `.${String((n as HTMLElement).className)}` : ''));

// ---------------------------------------------------------------- the map

const region = (el: KneePainMap, id: string) => shadow(el).querySelector<SVGElement>(`[data-region="${id}"]`)!;
const diagram = (el: KneePainMap) => shadow(el).querySelector('svg')!;
const sideLabels = (el: KneePainMap) =>
  [...shadow(el).querySelectorAll('.sides > *')].sort((a, b) => box(a).left - box(b).left);
const mapButton = (el: KneePainMap, name: string) =>
  [...shadow(el).querySelectorAll('button')].find((b) => textOf(b) === name)!;
const focusedRegion = (el: KneePainMap) => shadow(el).activeElement?.getAttribute('data-region');

describe('right to left: <knee-pain-map>', () => {
  it('renders in a dir="rtl" wrapper and passes axe, with nothing and with a region selected', async () => {
    const el = await rtl<KneePainMap>(html`<knee-pain-map></knee-pain-map>`);
    expect(getComputedStyle(el).direction).to.equal('rtl');
    expect(shadow(el).querySelectorAll('[data-region]')).to.have.length(8);
    await expect(el).to.be.accessible();
    el.selected = 'kneecap';
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('#panel-heading'))).to.match(/kneecap/i);
    await expect(el).to.be.accessible();
  });

  it('start-aligns its text: against the right edge in RTL', async () => {
    const map = await both<KneePainMap>(html`<knee-pain-map selected="kneecap"></knee-pain-map>`);
    for (const dir of ['ltr', 'rtl'] as const) {
      expectStartAligned(shadow(map[dir]).querySelector('#caption')!, dir, 'the caption');
      expectStartAligned(shadow(map[dir]).querySelector('#panel-heading')!, dir, 'the panel heading');
      expectStartAligned(shadow(map[dir]).querySelector('label[for="list"]')!, dir, 'the list’s label');
    }
  });

  it('mirrors its layout: the diagram column on the right of the panel, "Front" before "Back" from the right', async () => {
    // Wide enough for the two columns side by side.
    const map = await both<KneePainMap>(html`<knee-pain-map selected="kneecap"></knee-pain-map>`, 760);
    const column = (el: KneePainMap) => shadow(el).querySelector('[part="diagram"]')!;
    const panel = (el: KneePainMap) => shadow(el).querySelector('[part="panel"]')!;
    expect(box(column(map.ltr)).top, 'side by side').to.equal(box(panel(map.ltr)).top);
    expect(centreX(column(map.ltr))).to.be.below(centreX(panel(map.ltr)));
    expect(centreX(column(map.rtl))).to.be.above(centreX(panel(map.rtl)));
    expect(centreX(mapButton(map.ltr, 'Front'))).to.be.below(centreX(mapButton(map.ltr, 'Back')));
    expect(centreX(mapButton(map.rtl, 'Front'))).to.be.above(centreX(mapButton(map.rtl, 'Back')));
    // The column is as wide either way: only its place changes.
    expect(box(column(map.rtl)).width).to.be.closeTo(box(column(map.ltr)).width, 0.5);
  });

  for (const side of ['right', 'left'] as const)
    for (const view of ['front', 'back'] as const)
      it(`does not mirror the ${view} of the ${side} knee, and keeps its side labels over the right part of it`, async () => {
        const map = await both<KneePainMap>(html`<knee-pain-map side=${side} view=${view}></knee-pain-map>`);
        const ids = [...shadow(map.ltr).querySelectorAll('[data-region]')].map((r) => r.getAttribute('data-region')!);
        expect(ids.length).to.be.at.least(4);
        // Every region is drawn at the same place in the picture.
        for (const id of ids) {
          const at = (el: KneePainMap) => {
            const r = box(region(el, id));
            const svg = box(diagram(el));
            return [r.left - svg.left, r.top - svg.top, r.width, r.height];
          };
          const [ltr, rtl] = [at(map.ltr), at(map.rtl)];
          for (let i = 0; i < 4; i++) expect(rtl[i], `${id} [${i}]`).to.be.closeTo(ltr[i]!, 0.5);
        }
        for (const dir of ['ltr', 'rtl'] as const) {
          const el = map[dir];
          const svg = box(diagram(el));
          const middle = svg.left + svg.width / 2;
          // The knee's own layout: which of its sides is on the viewer's left.
          const innerLeft = (side === 'left') !== (view === 'back');
          const inner = view === 'front' ? 'inner-joint-line' : 'back-inner';
          const outer = view === 'front' ? 'outer-joint-line' : 'back-outer';
          expect(centreX(region(el, inner)) < middle, `${dir}: inner side drawn on the left`).to.equal(innerLeft);
          expect(centreX(region(el, outer)) < middle, `${dir}: outer side drawn on the left`).to.equal(!innerLeft);
          // The labels: the one on the left names the side drawn on the left,
          // its arrow pointing left at the picture's left edge; and so on the right.
          const [left, right] = sideLabels(el);
          expect(textOf(left), `${dir}: left label`).to.match(innerLeft ? /Inner side/ : /Outer side/);
          expect(textOf(right), `${dir}: right label`).to.match(innerLeft ? /Outer side/ : /Inner side/);
          expect(box(left!).right, `${dir}: left label on the left half`).to.be.at.most(middle);
          expect(box(right!).left, `${dir}: right label on the right half`).to.be.at.least(middle);
          expect(box(left!).left, `${dir}: left label at the picture's left edge`).to.be.closeTo(svg.left, 1);
          expect(box(right!).right, `${dir}: right label at the picture's right edge`).to.be.closeTo(svg.right, 1);
          const leftArrow = charBox(left!, '←');
          const rightArrow = charBox(right!, '→');
          expect(leftArrow.left, `${dir}: "←" is drawn first, on the outside`).to.be.closeTo(textBox(left!).left, 1);
          expect(rightArrow.right, `${dir}: "→" is drawn last, on the outside`).to.be.closeTo(textBox(right!).right, 1);
        }
        // And they are where they are in LTR.
        const [l1, r1] = sideLabels(map.ltr).map((s) => box(s).left - box(diagram(map.ltr)).left);
        const [l2, r2] = sideLabels(map.rtl).map((s) => box(s).left - box(diagram(map.rtl)).left);
        expect(l2).to.be.closeTo(l1!, 0.5);
        expect(r2).to.be.closeTo(r1!, 0.5);
        // A right-to-left translation keeps each arrow on the outside too.
        for (const label of sideLabels(map.rtl)) {
          const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode())
            n.textContent = n.textContent!.replace(/Inner side/, 'צד פנימי').replace(/Outer side/, 'צד חיצוני');
        }
        const [left, right] = sideLabels(map.rtl);
        expect(textOf(left)).to.match(/^← צד/);
        expect(charBox(left!, '←').left, 'Hebrew: "←" drawn first').to.be.closeTo(textBox(left!).left, 1);
        expect(charBox(right!, '→').right, 'Hebrew: "→" drawn last').to.be.closeTo(textBox(right!).right, 1);
      });

  it('moves with the arrow keys as the picture shows: ArrowLeft to the spot on the left, as in LTR', async () => {
    for (const side of ['right', 'left'] as const) {
      const map = await both<KneePainMap>(html`<knee-pain-map side=${side}></knee-pain-map>`);
      const visited: Record<Dir, string[]> = { ltr: [], rtl: [] };
      for (const dir of ['ltr', 'rtl'] as const) {
        const el = map[dir];
        const start = 'kneecap';
        for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowDown', 'ArrowUp'] as const) {
          region(el, start).focus();
          await el.updateComplete;
          const from = centreX(region(el, start));
          await sendKeys({ press: key });
          await el.updateComplete;
          const to = focusedRegion(el)!;
          expect(to, `${dir} ${side} knee: ${key} from ${start}`).to.not.equal(start);
          const x = centreX(region(el, to));
          if (key === 'ArrowLeft') expect(x, `${dir} ${side}: ${key} → ${to}`).to.be.below(from);
          if (key === 'ArrowRight') expect(x, `${dir} ${side}: ${key} → ${to}`).to.be.above(from);
          visited[dir].push(to);
        }
      }
      expect(visited.rtl, `${side} knee`).to.deep.equal(visited.ltr);
    }
    // The right knee from the front: the outer side is on the viewer's left.
    const el = await rtl<KneePainMap>(html`<knee-pain-map side="right"></knee-pain-map>`);
    region(el, 'kneecap').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focusedRegion(el)).to.equal('outer-above-joint');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedRegion(el)).to.equal('kneecap');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedRegion(el)).to.equal('inner-joint-line');
  });

  it('selects a region on a real click, in one column and in two', async () => {
    for (const width of [undefined, 760]) {
      const el = (await both<KneePainMap>(html`<knee-pain-map side="right"></knee-pain-map>`, width)).rtl;
      const event = nextEvent<KneeRegionSelectEvent>(el, 'knee-region-select');
      await realClick(region(el, 'outer-joint-line'));
      expect((await event).detail).to.include({ region: 'outer-joint-line', via: 'pointer' });
      await el.updateComplete;
      expect(region(el, 'outer-joint-line').getAttribute('aria-pressed')).to.equal('true');
      expect(textOf(shadow(el).querySelector('#panel-heading'))).to.match(/outer/i);
      await realClick(region(el, 'upper-inner-shin'));
      await el.updateComplete;
      expect(region(el, 'upper-inner-shin').getAttribute('aria-pressed'), `width ${width}`).to.equal('true');
      expect(region(el, 'outer-joint-line').getAttribute('aria-pressed')).to.equal('false');
    }
  });
});

// ---------------------------------------------------------------- the exercise card

const cardButton = (el: ExerciseCard, name: RegExp) =>
  [...shadow(el).querySelectorAll('button')].find((b) => name.test(textOf(b)))!;
const press = async (el: ExerciseCard, name: RegExp) => {
  await realClick(cardButton(el, name));
  await el.updateComplete;
};
const painScore = (el: ExerciseCard, n: number) =>
  [...shadow(el).querySelectorAll<HTMLLabelElement>('[part="pain-check"] label')].find((l) => textOf(l) === String(n))!;
const checkedPain = (el: ExerciseCard) =>
  shadow(el).querySelector<HTMLInputElement>('[part="pain-check"] input:checked')?.value;

describe('right to left: <exercise-card>', () => {
  it('renders in a dir="rtl" wrapper and passes axe, at rest and with the pain check showing', async () => {
    const el = await rtl<ExerciseCard>(html`<exercise-card exercise="bridge"></exercise-card>`);
    expect(getComputedStyle(el).direction).to.equal('rtl');
    expect(textOf(shadow(el).querySelector('h2'))).to.match(/bridge/i);
    await expect(el).to.be.accessible();
    await press(el, /^Start$/);
    await press(el, /^Finish$/);
    expect(shadow(el).querySelectorAll('[part="pain-check"] input')).to.have.length(11);
    await expect(el).to.be.accessible();
  });

  it('start-aligns its text and mirrors its layout: labels, buttons and the pain scale read from the right', async () => {
    const card = await both<ExerciseCard>(html`<exercise-card exercise="bridge"></exercise-card>`);
    for (const dir of ['ltr', 'rtl'] as const) {
      const el = card[dir];
      expectStartAligned(shadow(el).querySelector('h2')!, dir, 'the title');
      const stop = shadow(el).querySelector('[part="stop"]')!;
      // The "Stop if" box's bar is on the start side.
      const css = getComputedStyle(stop);
      const [startBar, endBar] =
        dir === 'rtl' ? [css.borderRightWidth, css.borderLeftWidth] : [css.borderLeftWidth, css.borderRightWidth];
      expect([startBar, endBar], `${dir}: the "Stop if" bar`).to.deep.equal(['4px', '0px']);
    }
    const order = (a: Element, b: Element) => Math.sign(centreX(a) - centreX(b));
    // The label column (dt) comes first: left in LTR, right in RTL.
    const dtdd = (el: ExerciseCard) =>
      [shadow(el).querySelector('.meta dt')!, shadow(el).querySelector('.meta dd')!] as const;
    expect(order(...dtdd(card.ltr))).to.equal(-1);
    expect(order(...dtdd(card.rtl))).to.equal(1);
    const easierHarder = (el: ExerciseCard) => [cardButton(el, /easier/), cardButton(el, /harder/)] as const;
    expect(order(...easierHarder(card.ltr))).to.equal(-1);
    expect(order(...easierHarder(card.rtl))).to.equal(1);
    // Mid-session: the buttons in a row, the pain scale from 0 at the start.
    for (const el of Object.values(card)) {
      await press(el, /^Start$/);
      await press(el, /^Skip$/); // to the reps: "Count a rep" comes first
    }
    const repPause = (el: ExerciseCard) => [cardButton(el, /^Count a rep$/), cardButton(el, /^Pause$/)] as const;
    expect(order(...repPause(card.ltr))).to.equal(-1);
    expect(order(...repPause(card.rtl))).to.equal(1);
    for (const el of Object.values(card)) await press(el, /^Finish$/);
    const zeroOne = (el: ExerciseCard) => [painScore(el, 0), painScore(el, 1)] as const;
    expect(order(...zeroOne(card.ltr))).to.equal(-1);
    expect(order(...zeroOne(card.rtl))).to.equal(1);
    const first = (el: ExerciseCard) => box(painScore(el, 0));
    expect(first(card.rtl).right).to.be.closeTo(box(shadow(card.rtl).querySelector('.scale')!).right, 1);
    expect(first(card.ltr).left).to.be.closeTo(box(shadow(card.ltr).querySelector('.scale')!).left, 1);
  });

  it('moves along the pain scale with the arrow keys as native radio buttons on the same page do', async () => {
    // What this engine's own radio buttons do with ArrowLeft in a right-to-left
    // row: Chromium and Firefox go to the next one (drawn on the left, the
    // reading direction); WebKit goes to the previous one, as it does in LTR.
    const native = await fixture<HTMLElement>(html`<div dir="rtl">
      <input type="radio" name="rtl-native" value="0" aria-label="0" />
      <input type="radio" name="rtl-native" value="1" aria-label="1" checked />
      <input type="radio" name="rtl-native" value="2" aria-label="2" />
    </div>`);
    native.querySelector<HTMLInputElement>(':checked')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    const nativeLeft = native.querySelector<HTMLInputElement>(':checked')!.value === '2' ? 1 : -1;
    if (engine !== 'webkit') expect(nativeLeft, `${engine}: ArrowLeft follows the reading direction`).to.equal(1);

    const el = await rtl<ExerciseCard>(html`<exercise-card exercise="bridge"></exercise-card>`);
    await press(el, /^Start$/);
    await press(el, /^Finish$/);
    await realClick(painScore(el, 3));
    await el.updateComplete;
    expect(checkedPain(el)).to.equal('3');
    // In RTL the scale runs leftwards: 4 is drawn to the left of 3.
    expect(centreX(painScore(el, 4))).to.be.below(centreX(painScore(el, 3)));
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(checkedPain(el), 'ArrowLeft, as native radio buttons').to.equal(String(3 + nativeLeft));
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(checkedPain(el), 'ArrowRight, as native radio buttons').to.equal('3');
    // Down and Up mean next and previous in every engine.
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(checkedPain(el), 'ArrowDown goes to the next score').to.equal('4');
    expect(textOf(shadow(el).querySelector('.advice'))).to.match(/OK, with care/);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(checkedPain(el), 'ArrowUp goes to the previous score').to.equal('3');
  });
});

// ---------------------------------------------------------------- the checklist

describe('right to left: <red-flag-checklist>', () => {
  beforeEach(() => sessionStorage.clear());

  it('renders in a dir="rtl" wrapper and passes axe', async () => {
    const el = await rtl<RedFlagChecklist>(html`<red-flag-checklist mode="clinician"></red-flag-checklist>`);
    expect(getComputedStyle(el).direction).to.equal('rtl');
    expect(textOf(shadow(el).querySelector('[part="status"]'))).to.equal('No warning signs: self-care');
    await expect(el).to.be.accessible();
  });

  it('start-aligns its text, puts each box before its words from the right, and the result’s bar on the right', async () => {
    const list = await both<RedFlagChecklist>(html`<red-flag-checklist></red-flag-checklist>`);
    for (const dir of ['ltr', 'rtl'] as const) {
      const el = list[dir];
      expectStartAligned(shadow(el).querySelector('[part="status"]')!, dir, 'the answer at the top');
      expectStartAligned(shadow(el).querySelector('#result-heading')!, dir, 'the result heading');
      const fieldset = shadow(el).querySelector('fieldset')!;
      const legend = fieldset.querySelector('legend')!;
      const [fs, lg] = [box(fieldset), box(legend)];
      if (dir === 'rtl') expect(fs.right - lg.right, 'the legend on the right').to.be.below(24);
      else expect(lg.left - fs.left, 'the legend on the left').to.be.below(24);
      const check = fieldset.querySelector('.check')!;
      const input = box(check.querySelector('input')!);
      const words = box(check.querySelector('span')!);
      if (dir === 'rtl') expect(input.left, 'the box right of its words').to.be.at.least(words.right);
      else expect(input.right, 'the box left of its words').to.be.at.most(words.left);
      const result = getComputedStyle(shadow(el).querySelector('[part="result"]')!);
      const [startBar, endBar] =
        dir === 'rtl' ? [result.borderRightWidth, result.borderLeftWidth] : [result.borderLeftWidth, result.borderRightWidth];
      expect([startBar, endBar], `${dir}: the result's thick bar on the start side`).to.deep.equal(['8px', '2px']);
    }
    // Ticking still works with a real click in RTL.
    const el = list.rtl;
    const label = shadow(el).querySelector<HTMLLabelElement>('fieldset .check')!;
    await realClick(label);
    await el.updateComplete;
    expect(label.querySelector('input')!.checked).to.be.true;
    expect(textOf(shadow(el).querySelector('[part="status"]'))).to.not.equal('No warning signs: self-care');
  });
});

// ---------------------------------------------------------------- reflow

// The whole page right to left (`<html dir="rtl">`): content that spilled
// past the start edge would now be past the left edge of the screen.
for (const width of [320, 360])
  describe(`right to left at ${width} CSS px wide`, () => {
    before(async () => {
      document.documentElement.dir = 'rtl';
      await setViewport({ width, height: 640 });
    });
    after(async () => {
      document.documentElement.removeAttribute('dir');
      await setViewport({ width: 800, height: 600 });
    });

    it('the map, with a region chosen, questions open and an exercise open, fits', async () => {
      const el = await rtl<KneePainMap>(html`<knee-pain-map selected="kneecap"></knee-pain-map>`);
      await realClick(shadow(el).querySelector('[part="refine"] > summary')!);
      await realClick(shadow(el).querySelector('.exercises summary')!);
      await waitUntil(() => shadow(el).querySelector('exercise-card'), 'the card appears');
      await settle();
      expect(overflowing(el)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      // The picture keeps its labels over it.
      const [left, right] = sideLabels(el);
      expect(textOf(left)).to.match(/Outer side/);
      expect(box(right!).right).to.be.closeTo(box(diagram(el)).right, 1);
    });

    it('the exercise card, mid-session with the pain check showing, fits', async () => {
      const el = await rtl<ExerciseCard>(html`<exercise-card exercise="split-squat"></exercise-card>`);
      await press(el, /^Start$/);
      await press(el, /^Finish$/);
      expect(shadow(el).querySelectorAll('[part="pain-check"] input')).to.have.length(11);
      expect(overflowing(el)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
    });

    it('the checklist fits', async () => {
      const el = await rtl<RedFlagChecklist>(html`<red-flag-checklist mode="clinician"></red-flag-checklist>`);
      expect(overflowing(el)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
    });
  });
