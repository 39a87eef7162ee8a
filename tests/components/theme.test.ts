import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { KneePainMap } from '../../src/components/knee-pain-map/knee-pain-map.js';
import type { RedFlagChecklist } from '../../src/components/red-flag-checklist/red-flag-checklist.js';
import type { ExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import { defaultContent } from '../../src/content/default.js';
import { base } from '../../src/styles/base.js';
import { emulateMedia, realClick, idle as settle, shadow, textOf } from '../helpers.js';

const bg = (el: Element) => getComputedStyle(el).backgroundColor;
const fg = (el: Element) => getComputedStyle(el).color;
const WHITE = 'rgb(255, 255, 255)';
const DARK_SURFACE = 'rgb(22, 28, 30)';
const DARK_TEXT = 'rgb(233, 239, 241)';
const LIGHT_TEXT = 'rgb(28, 36, 38)';
const TRANSPARENT = 'rgba(0, 0, 0, 0)';
const TAGS = ['knee-pain-map', 'exercise-card', 'red-flag-checklist'];

/** The element's box, its `base` part: where its colours, font and corners are. */
const box = (el: Element): Element => el.shadowRoot?.querySelector('[part~="base"]') ?? el;
/** The colour a person sees behind the element's text. */
const surface = (el: Element) => bg(box(el));
/** The element's text colour. */
const ink = (el: Element) => fg(box(el));

/**
 * All three elements in one guide, with `theme` on each (none when null), a
 * region chosen and an emergency sign ticked; inside a container declaring
 * `color-scheme: <scheme>` when `scheme` is given, as a page would.
 */
async function threeElements(theme: string | null, scheme?: string) {
  const page = await fixture(html`<div style=${scheme ? `color-scheme: ${scheme}` : ''}>
    <knee-pain-guide>
      <knee-pain-map theme=${theme ?? ''} selected="kneecap"></knee-pain-map>
      <exercise-card theme=${theme ?? ''} exercise="wall-sit"></exercise-card>
      <red-flag-checklist theme=${theme ?? ''}></red-flag-checklist>
    </knee-pain-guide>
  </div>`);
  const els = [...page.querySelector('knee-pain-guide')!.children] as (KneePainMap | ExerciseCard | RedFlagChecklist)[];
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
    for (const el of await threeElements(null)) {
      expect(surface(el), el.localName).to.equal(WHITE);
      // The base part paints the box; the host, which a page's reset can reach, paints nothing.
      expect(bg(el), `${el.localName} host`).to.equal(TRANSPARENT);
    }
    const els = await threeElements('dark');
    for (const el of els) {
      expect(surface(el), el.localName).to.equal(DARK_SURFACE);
      expect(ink(el), el.localName).to.equal(DARK_TEXT);
      await expect(el).to.be.accessible();
    }
    // The emergency answer keeps readable text on its colour in dark mode too.
    const status = shadow(els[2]!).querySelector('[part="status"]')!;
    expect(textOf(status)).to.match(/^Get emergency care now/);
    expect(bg(status)).to.equal('rgb(255, 143, 134)');
    expect(fg(status)).to.equal('rgb(31, 6, 4)');
  });

  /*
   * The visitor's system in dark mode. Chromium emulates it. Firefox cannot
   * (WebDriver BiDi has no media emulation), but it gives a frame's page the
   * preference its <iframe> element's color-scheme says, so there the tests
   * that need a dark preference run in a frame of a `color-scheme: dark`
   * element. WebKit can do neither here: WebKitWebDriver has no command for
   * it, MiniBrowser's --dark-mode is set at launch for the whole browser, and
   * a frame keeps the system's preference; those tests are skipped there. The
   * others force dark through color-scheme or theme, so they run everywhere.
   */
  describe('with the system in dark mode', () => {
    let emulated = false;
    let frame: HTMLIFrameElement | undefined;
    /** A window whose visitor prefers dark: this one, a frame's (Firefox), or none (WebKit). */
    let darkWindow: Window | undefined;
    before(async () => {
      emulated = await emulateMedia({ colorScheme: 'dark' });
      if (emulated) {
        expect(matchMedia('(prefers-color-scheme: dark)').matches, 'prefers-color-scheme: dark once emulated').to.equal(true);
        darkWindow = window;
        return;
      }
      darkWindow = (await frameWithWidgets()) ?? undefined;
    });
    after(async () => {
      if (emulated) await emulateMedia({ colorScheme: 'light' });
      frame?.remove();
    });

    /**
     * A frame of a `color-scheme: dark` element with the widgets loaded from
     * source, or null when the page inside does not prefer dark (WebKit).
     */
    async function frameWithWidgets(): Promise<Window | null> {
      frame = document.createElement('iframe');
      frame.style.cssText = 'color-scheme: dark; width: 800px; height: 600px';
      const src = (file: string) => new URL(file, location.origin).href;
      frame.srcdoc = `<!doctype html><script type="module" src="${src('/src/all.ts')}"></script>
        <script type="module" src="${src('/src/content/parts/all.ts')}"></script>`;
      const loaded = new Promise((r) => frame!.addEventListener('load', r, { once: true }));
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow!;
      if (!win.matchMedia('(prefers-color-scheme: dark)').matches) return null;
      await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
      return win;
    }

    /** The three elements in one guide on the dark-preferring page, inside `color-scheme: <scheme>` when given. */
    async function onDarkPreferringPage(scheme?: string) {
      if (darkWindow === window) return threeElements(null, scheme);
      const doc = darkWindow!.document;
      // Made by the frame's document, so the frame's own element classes upgrade them.
      const page = doc.createElement('div');
      if (scheme) page.style.colorScheme = scheme;
      const guide = page.appendChild(doc.createElement('knee-pain-guide'));
      guide.append(
        Object.assign(doc.createElement('knee-pain-map'), { selected: 'kneecap' }),
        Object.assign(doc.createElement('exercise-card'), { exercise: 'wall-sit' }),
        doc.createElement('red-flag-checklist'),
      );
      doc.body.replaceChildren(page);
      const els = [...doc.querySelectorAll<KneePainMap | ExerciseCard | RedFlagChecklist>(TAGS.join(','))];
      for (const el of els) await el.updateComplete;
      return els;
    }

    it('stays light on a page that declares no color-scheme, or `light`', async function () {
      if (!darkWindow) this.skip(); // WebKit: no dark preference to be had here (see above)
      for (const scheme of [undefined, 'light', 'normal']) {
        for (const el of await onDarkPreferringPage(scheme)) {
          expect(surface(el), `${el.localName} in color-scheme: ${scheme ?? '(none)'}`).to.equal(WHITE);
          expect(ink(el), el.localName).to.equal(LIGHT_TEXT);
        }
      }
    });

    it('turns dark on a page that declares `color-scheme: light dark`, in CSS or a <meta>', async function () {
      if (!darkWindow) this.skip(); // WebKit: no dark preference to be had here (see above)
      for (const el of await onDarkPreferringPage('light dark')) {
        expect(surface(el), el.localName).to.equal(DARK_SURFACE);
        expect(ink(el), el.localName).to.equal(DARK_TEXT);
      }
      // Declared on the root, as most pages do, or in <meta name="color-scheme">.
      const doc = darkWindow.document;
      doc.documentElement.style.colorScheme = 'light dark';
      try {
        for (const el of await onDarkPreferringPage()) expect(surface(el), `${el.localName} (:root)`).to.equal(DARK_SURFACE);
      } finally {
        doc.documentElement.style.colorScheme = '';
      }
      const meta = Object.assign(doc.createElement('meta'), { name: 'color-scheme', content: 'light dark' });
      doc.head.append(meta);
      try {
        for (const el of await onDarkPreferringPage()) expect(surface(el), `${el.localName} (<meta>)`).to.equal(DARK_SURFACE);
      } finally {
        meta.remove();
      }
    });

    it('is dark on a page that declares `color-scheme: dark`, its inner colours too, and axe finds no contrast problem', async () => {
      const els = await threeElements(null, 'dark');
      for (const el of els) {
        expect(surface(el), el.localName).to.equal(DARK_SURFACE);
        expect(ink(el), el.localName).to.equal(DARK_TEXT);
      }
      const status = shadow(els[2]!).querySelector('[part="status"]')!;
      expect(textOf(status)).to.match(/^Get emergency care now/);
      expect(bg(status)).to.equal('rgb(255, 143, 134)');
      expect(fg(status)).to.equal('rgb(31, 6, 4)');
      // The map's region fills mix the accent: the dark one.
      const selected = shadow(els[0]!).querySelector('[data-region="kneecap"]')!;
      expect(getComputedStyle(selected).stroke, 'selected region').to.equal('rgb(108, 201, 207)');
      const probe = document.createElement('div');
      probe.style.fill = 'color-mix(in srgb, #6cc9cf 60%, transparent)';
      document.body.append(probe);
      try {
        expect(getComputedStyle(selected).fill, 'selected region fill').to.equal(getComputedStyle(probe).fill);
      } finally {
        probe.remove();
      }
      for (const el of els) await expect(el).to.be.accessible();
    });

    it('stays light with theme="light" on a dark page', async () => {
      for (const scheme of ['dark', 'light dark']) {
        for (const el of await threeElements('light', scheme)) {
          expect(surface(el), `${el.localName} in color-scheme: ${scheme}`).to.equal(WHITE);
          expect(ink(el), el.localName).to.equal(LIGHT_TEXT);
          expect(getComputedStyle(el).colorScheme, el.localName).to.equal('light');
        }
      }
    });

    it('turns dark with theme="dark" on a light page, and axe finds no contrast problem', async () => {
      for (const scheme of [undefined, 'light']) {
        const els = await threeElements('dark', scheme);
        for (const el of els) {
          expect(surface(el), `${el.localName} in color-scheme: ${scheme ?? '(none)'}`).to.equal(DARK_SURFACE);
          expect(ink(el), el.localName).to.equal(DARK_TEXT);
          expect(getComputedStyle(el).colorScheme, el.localName).to.equal('dark');
        }
        if (!scheme) for (const el of els) await expect(el).to.be.accessible();
      }
    });
  });

  it('without light-dark() (older engines), is light unless theme="dark", whatever the page declares', async () => {
    // base's own rules, as an engine that does not know light-dark() applies them.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(base.cssText.replace(/light-dark\(#000,\s*#fff\)/g, 'no-such-function(#000, #fff)'));
    const page = await fixture(html`<div style="color-scheme: dark">
      <div class="widget"></div>
      <div class="widget" theme="dark"></div>
      <div class="widget" theme="light"></div>
    </div>`);
    const [plain, dark, light] = [...page.querySelectorAll('.widget')].map((host) => {
      const root = host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
      const inner = Object.assign(document.createElement('div'), { className: 'base' });
      inner.setAttribute('part', 'base');
      inner.append(Object.assign(document.createElement('button'), { textContent: 'Start' }));
      root.append(inner);
      return host;
    });
    expect(surface(plain!)).to.equal(WHITE);
    expect(ink(plain!)).to.equal(LIGHT_TEXT);
    expect(getComputedStyle(plain!).colorScheme).to.equal('light');
    expect(surface(light!)).to.equal(WHITE);
    expect(surface(dark!)).to.equal(DARK_SURFACE);
    expect(ink(dark!)).to.equal(DARK_TEXT);
    expect(bg(shadow(dark!).querySelector('button')!)).to.equal('rgb(34, 43, 46)');
    expect(getComputedStyle(dark!).colorScheme).to.equal('dark');
  });

  it('takes a clinic’s colours, font and radius from --knee-* custom properties set on the page', async () => {
    const guide = await fixture(html`<div
      style="--knee-accent: rgb(120, 20, 90); --knee-surface: rgb(250, 248, 240); --knee-font: Georgia, serif; --knee-radius: 3px"
    >
      <knee-pain-map selected="kneecap"></knee-pain-map>
      <knee-pain-map theme="dark" style="--knee-dark-accent: rgb(255, 200, 120)"></knee-pain-map>
      <div style="color-scheme: dark; --knee-dark-accent: rgb(255, 200, 120)"><knee-pain-map></knee-pain-map></div>
    </div>`);
    const [map, dark, onDarkPage] = [...guide.querySelectorAll('knee-pain-map')] as KneePainMap[];
    await map!.updateComplete;
    await settle();
    expect(surface(map!)).to.equal('rgb(250, 248, 240)');
    expect(getComputedStyle(box(map!)).fontFamily).to.match(/Georgia/);
    expect(getComputedStyle(box(map!)).borderTopLeftRadius).to.equal('3px');
    const selected = shadow(map!).querySelector('[data-region="kneecap"]')!;
    expect(getComputedStyle(selected).stroke).to.equal('rgb(120, 20, 90)');
    // Dark mode ignores the light brand colour and reads its dark twin.
    const region = shadow(dark!).querySelector('[data-region="kneecap"]')!;
    expect(getComputedStyle(region).stroke).to.equal('rgb(255, 200, 120)');
    // So does a widget that is dark because its page is.
    await onDarkPage!.updateComplete;
    expect(getComputedStyle(shadow(onDarkPage!).querySelector('[data-region="kneecap"]')!).stroke).to.equal('rgb(255, 200, 120)');
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
