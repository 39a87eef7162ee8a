import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { LitElement } from 'lit';
import { setViewport, shadow } from '../helpers.js';

/*
 * The global resets real sites load, each as the rules of it that reach our
 * elements (the hosts, and what inherits into them), in a minimal form of the
 * published stylesheet. Page rules beat :host rules, so any of these would
 * strip padding or borders set on :host: the elements keep theirs on the
 * `base` part, inside the shadow root.
 */
const RESETS: { name: string; css: string; inForce: () => boolean }[] = [
  {
    // Tailwind CSS v4 preflight (v3's is the same in substance).
    name: 'Tailwind preflight',
    css: `
      *, ::after, ::before, ::backdrop, ::file-selector-button { box-sizing: border-box; margin: 0; padding: 0; border: 0 solid; }
      html, :host { line-height: 1.5; -webkit-text-size-adjust: 100%; tab-size: 4; font-family: ui-sans-serif, system-ui, sans-serif; }
      h1, h2, h3, h4, h5, h6 { font-size: inherit; font-weight: inherit; }
      ol, ul, menu { list-style: none; }
      img, svg, video, canvas, audio, iframe, embed, object { display: block; vertical-align: middle; }
      img, video { max-width: 100%; height: auto; }
      button, input, select, optgroup, textarea { font: inherit; color: inherit; border-radius: 0; background-color: transparent; opacity: 1; }
      [hidden]:where(:not([hidden='until-found'])) { display: none !important; }
    `,
    inForce: () => getComputedStyle(document.body).marginTop === '0px',
  },
  {
    // normalize.css 8.
    name: 'normalize.css',
    css: `
      html { line-height: 1.15; -webkit-text-size-adjust: 100%; }
      body { margin: 0; }
      main { display: block; }
      h1 { font-size: 2em; margin: 0.67em 0; }
      button, input, optgroup, select, textarea { font-family: inherit; font-size: 100%; line-height: 1.15; margin: 0; }
      button, input { overflow: visible; }
      button, select { text-transform: none; }
      button, [type='button'], [type='reset'], [type='submit'] { -webkit-appearance: button; }
      fieldset { padding: 0.35em 0.75em 0.625em; }
      legend { box-sizing: border-box; color: inherit; display: table; max-width: 100%; padding: 0; white-space: normal; }
      [hidden] { display: none; }
    `,
    inForce: () => getComputedStyle(document.documentElement).lineHeight !== 'normal',
  },
  {
    // Bootstrap 5's reboot.
    name: 'Bootstrap reboot',
    css: `
      *, *::before, *::after { box-sizing: border-box; }
      body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; font-size: 1rem; font-weight: 400; line-height: 1.5; color: #212529; background-color: #fff; -webkit-text-size-adjust: 100%; }
      h1, h2, h3, h4, h5, h6 { margin-top: 0; margin-bottom: 0.5rem; font-weight: 500; line-height: 1.2; }
      p { margin-top: 0; margin-bottom: 1rem; }
      ol, ul { padding-left: 2rem; }
      ol, ul, dl { margin-top: 0; margin-bottom: 1rem; }
      a { color: #0d6efd; text-decoration: underline; }
      img, svg { vertical-align: middle; }
      label { display: inline-block; }
      button { border-radius: 0; }
      input, button, select, optgroup, textarea { margin: 0; font-family: inherit; font-size: inherit; line-height: inherit; }
      button, select { text-transform: none; }
      [role='button'] { cursor: pointer; }
      button, [type='button'], [type='reset'], [type='submit'] { -webkit-appearance: button; }
      fieldset { min-width: 0; padding: 0; margin: 0; border: 0; }
      legend { float: left; width: 100%; padding: 0; margin-bottom: 0.5rem; font-size: calc(1.275rem + 0.3vw); line-height: inherit; }
      [hidden] { display: none !important; }
    `,
    inForce: () => getComputedStyle(document.body).color === 'rgb(33, 37, 41)',
  },
  {
    name: '* { margin: 0; padding: 0 }',
    css: `* { margin: 0; padding: 0; }`,
    inForce: () => getComputedStyle(document.body).marginTop === '0px',
  },
  {
    name: 'box-sizing: content-box everywhere',
    css: `*, *::before, *::after { box-sizing: content-box; }`,
    inForce: () => getComputedStyle(document.body).boxSizing === 'content-box',
  },
];

const TAGS = ['knee-pain-map', 'exercise-card', 'red-flag-checklist'];

/** How sites size the elements (demo/clinic.css): with content-box, padding on the host would overflow. */
const SITE = `${TAGS.join(', ')} { width: 100%; }`;

/** The element's box, its `base` part. */
const baseOf = (el: Element) => shadow(el).querySelector<HTMLElement>('[part~="base"]')!;

/** Whether a node is drawn at all (a closed <details> or `hidden` gives it no box). */
const drawn = (el: Element) => el.getClientRects().length > 0;

/**
 * Text in the element's own shadow root that comes nearer than `gap` px to
 * the inside of its base part's border: what a person sees as text crammed
 * against the edge. Text only screen readers get is left out.
 */
function crammed(el: Element, gap: number): { measured: number; near: string[] } {
  const base = baseOf(el);
  const box = base.getBoundingClientRect();
  const css = getComputedStyle(base);
  const inner = {
    left: box.left + parseFloat(css.borderLeftWidth),
    right: box.right - parseFloat(css.borderRightWidth),
    top: box.top + parseFloat(css.borderTopWidth),
    bottom: box.bottom - parseFloat(css.borderBottomWidth),
  };
  const near: string[] = [];
  let measured = 0;
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    if (!text || node.parentElement!.closest('svg, select, style, .visually-hidden')) continue;
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (!r.width || !r.height) continue;
      measured++;
      const distance = Math.min(r.left - inner.left, inner.right - r.right, r.top - inner.top, inner.bottom - r.bottom);
      if (distance < gap) near.push(`"${text.slice(0, 30)}" ${distance.toFixed(1)} px from the border`);
    }
  }
  return { measured, near };
}

/** The element's controls a person taps: buttons, lists, summaries and labels of inputs. */
function controls(el: Element): Element[] {
  const root = shadow(el);
  const labels = [...root.querySelectorAll('label')].filter((l) => l.querySelector('input'));
  return [...root.querySelectorAll('button, select, summary'), ...labels].filter(drawn);
}

/** Controls smaller than `min` px either way. */
function small(list: Element[], min: number): string[] {
  return list
    .map((c) => [c, c.getBoundingClientRect()] as const)
    .filter(([, r]) => r.width < min || r.height < min)
    .map(([c, r]) => `${c.localName} "${c.textContent!.replace(/\s+/g, ' ').trim().slice(0, 30)}" ${r.width.toFixed(0)} × ${r.height.toFixed(0)}`);
}

/** Everything in the element's shadow root that sticks out past either side of the viewport. */
const overflowing = (el: Element) =>
  [...shadow(el).querySelectorAll('*')]
    .filter((n) => {
      const r = n.getBoundingClientRect();
      return r.width > 0 && (r.right > innerWidth + 0.5 || r.left < -0.5);
    })
    .map((n) => n.localName + (n.getAttribute('class') ? `.${n.getAttribute('class')}` : ''));

describe('under a site’s global reset', () => {
  let style: HTMLStyleElement | undefined;
  afterEach(() => style?.remove());
  after(() => setViewport({ width: 800, height: 600 }));

  for (const reset of RESETS) {
    for (const width of [320, 1280]) {
      it(`${reset.name}, ${width} px wide: padding kept, text clear of the border, targets whole, nothing sideways`, async () => {
        await setViewport({ width, height: 800 });
        expect(innerWidth, 'viewport width').to.equal(width);
        style = Object.assign(document.createElement('style'), { textContent: reset.css + SITE });
        document.head.append(style);
        expect(reset.inForce(), 'the reset is in force on the page').to.equal(true);
        const guide = await fixture(html`<knee-pain-guide>
          <knee-pain-map selected="kneecap"></knee-pain-map>
          <exercise-card exercise="wall-sit"></exercise-card>
          <red-flag-checklist></red-flag-checklist>
        </knee-pain-guide>`);
        const els = TAGS.map((tag) => guide.querySelector<LitElement>(tag)!);
        for (const el of els) await el.updateComplete;

        for (const el of els) {
          const what = `<${el.localName}>`;
          const css = getComputedStyle(baseOf(el));
          for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const)
            expect(parseFloat(css[`padding${side}`]), `${what} base padding-${side.toLowerCase()}`).to.be.above(0);
          expect(parseFloat(css.borderTopWidth), `${what} base border`).to.be.above(0);
          const text = crammed(el, 8);
          expect(text.measured, `${what}: text measured`).to.be.above(0);
          expect(text.near, `${what}: text against the border`).to.deep.equal([]);
          const list = controls(el);
          expect(list.length, `${what}: controls measured`).to.be.above(0);
          expect(small(list, 24), `${what}: controls under 24 px`).to.deep.equal([]);
          expect(overflowing(el), `${what}: sticking out sideways`).to.deep.equal([]);
        }

        const map = els[0]!;
        const svg = shadow(map).querySelector('.figure svg')!;
        expect(svg.getBoundingClientRect().width, 'the diagram').to.be.at.least(224);
        const regions = [...shadow(map).querySelectorAll('[data-region]')];
        expect(regions.length).to.be.above(0);
        for (const region of regions) {
          const box = region.getBoundingClientRect();
          expect(Math.min(box.width, box.height), `region ${region.getAttribute('data-region')}`).to.be.at.least(24);
        }
        expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(innerWidth);
      });
    }
  }
});
