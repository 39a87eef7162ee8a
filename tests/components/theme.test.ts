import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { KneePainMap } from '../../src/components/knee-pain-map/knee-pain-map.js';
import type { RedFlagChecklist } from '../../src/components/red-flag-checklist/red-flag-checklist.js';
import type { ExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import { defaultContent } from '../../src/content/default.js';
import { emulateMedia, realClick, settle, shadow, textOf } from '../helpers.js';

const bg = (el: Element) => getComputedStyle(el).backgroundColor;
const fg = (el: Element) => getComputedStyle(el).color;
const WHITE = 'rgb(255, 255, 255)';
const DARK_SURFACE = 'rgb(22, 28, 30)';

/** All three elements in one guide, with `attrs` on each, a region chosen and an emergency sign ticked. */
async function threeElements(theme: string | null) {
  const guide = await fixture(html`<knee-pain-guide>
    <knee-pain-map theme=${theme ?? ''} selected="kneecap"></knee-pain-map>
    <exercise-card theme=${theme ?? ''} exercise="wall-sit"></exercise-card>
    <red-flag-checklist theme=${theme ?? ''}></red-flag-checklist>
  </knee-pain-guide>`);
  const els = [...guide.children] as (KneePainMap | ExerciseCard | RedFlagChecklist)[];
  for (const el of els) {
    if (!theme) el.removeAttribute('theme');
    await el.updateComplete;
  }
  const checklist = els[2] as RedFlagChecklist;
  const emergency = defaultContent.redFlags.find((f) => f.tier === 'emergency' && f.applies === 'always')!;
  const box = [...shadow(checklist).querySelectorAll('label')].find((l) => textOf(l).startsWith(emergency.text))!;
  await realClick(box.querySelector('input')!);
  await checklist.updateComplete;
  return els;
}

describe('theming', () => {
  it('is light by default, and dark with theme="dark": every element, and axe finds no contrast problem', async () => {
    for (const el of await threeElements(null)) expect(bg(el), el.localName).to.equal(WHITE);
    const els = await threeElements('dark');
    for (const el of els) {
      expect(bg(el), el.localName).to.equal(DARK_SURFACE);
      expect(fg(el), el.localName).to.equal('rgb(233, 239, 241)');
      await expect(el).to.be.accessible();
    }
    // The emergency answer keeps readable text on its colour in dark mode too.
    const status = shadow(els[2]!).querySelector('[part="status"]')!;
    expect(textOf(status)).to.match(/^Get emergency care now/);
    expect(bg(status)).to.equal('rgb(255, 143, 134)');
    expect(fg(status)).to.equal('rgb(31, 6, 4)');
  });

  it('follows the system’s dark setting unless theme="light" says otherwise', async () => {
    const els = await threeElements(null);
    const light = await fixture<KneePainMap>(html`<knee-pain-map theme="light"></knee-pain-map>`);
    if (!(await emulateMedia({ colorScheme: 'dark' }))) {
      // This engine cannot emulate the setting: check the rule it parsed instead.
      const rules = [...shadow(light).adoptedStyleSheets].flatMap((s) => [...s.cssRules]);
      const media = rules.find((r) => r instanceof CSSMediaRule && /prefers-color-scheme:\s*dark/.test(r.conditionText)) as
        | CSSMediaRule
        | undefined;
      expect(media, '@media (prefers-color-scheme: dark)').to.not.equal(undefined);
      const inner = media!.cssRules[0] as CSSStyleRule;
      expect(inner.selectorText).to.match(/:host\(:not\(\[theme=["']?light["']?\]\)\)/);
      expect(inner.style.getPropertyValue('--_surface').trim()).to.match(/--knee-dark-surface/);
      return;
    }
    try {
      for (const el of els) expect(bg(el), el.localName).to.equal(DARK_SURFACE);
      expect(bg(light)).to.equal(WHITE);
      for (const el of els) await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('takes a clinic’s colours, font and radius from --knee-* custom properties set on the page', async () => {
    const guide = await fixture(html`<div
      style="--knee-accent: rgb(120, 20, 90); --knee-surface: rgb(250, 248, 240); --knee-font: Georgia, serif; --knee-radius: 3px"
    >
      <knee-pain-map selected="kneecap"></knee-pain-map>
      <knee-pain-map theme="dark" style="--knee-dark-accent: rgb(255, 200, 120)"></knee-pain-map>
    </div>`);
    const [map, dark] = [...guide.querySelectorAll('knee-pain-map')] as KneePainMap[];
    await map!.updateComplete;
    await settle();
    expect(bg(map!)).to.equal('rgb(250, 248, 240)');
    expect(getComputedStyle(map!).fontFamily).to.match(/Georgia/);
    expect(getComputedStyle(map!).borderTopLeftRadius).to.equal('3px');
    const selected = shadow(map!).querySelector('[data-region="kneecap"]')!;
    expect(getComputedStyle(selected).stroke).to.equal('rgb(120, 20, 90)');
    // Dark mode ignores the light brand colour and reads its dark twin.
    const region = shadow(dark!).querySelector('[data-region="kneecap"]')!;
    expect(getComputedStyle(region).stroke).to.equal('rgb(255, 200, 120)');
    await expect(map).to.be.accessible();
  });

  it('lets the page style the documented parts with ::part()', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .branded::part(panel) { border-top: 5px solid rgb(1, 2, 3); }
      .branded::part(status) { font-style: italic; }
      .branded::part(stop) { outline: 4px dashed rgb(9, 8, 7); }
    `;
    document.head.append(style);
    try {
      const guide = await fixture(html`<knee-pain-guide>
        <knee-pain-map class="branded" selected="kneecap"></knee-pain-map>
        <red-flag-checklist class="branded"></red-flag-checklist>
        <exercise-card class="branded" exercise="bridge"></exercise-card>
      </knee-pain-guide>`);
      const [map, checklist, card] = [...guide.children] as (KneePainMap | RedFlagChecklist | ExerciseCard)[];
      for (const el of [map!, checklist!, card!]) await el.updateComplete;
      expect(getComputedStyle(shadow(map!).querySelector('[part="panel"]')!).borderTopColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(shadow(checklist!).querySelector('[part="status"]')!).fontStyle).to.equal('italic');
      expect(getComputedStyle(shadow(card!).querySelector('[part="stop"]')!).outlineColor).to.equal('rgb(9, 8, 7)');
    } finally {
      style.remove();
    }
  });
});
