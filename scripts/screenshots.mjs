#!/usr/bin/env node
// npm run screenshots: serves the demo and saves screenshots of the demo pages
// at desktop and phone widths into docs/, plus the map in use on a phone.
// Needs a build (npm run build) and Debian's Chromium.
// `npm run screenshots -- resets map-` saves only those whose name starts so.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { csp, startServer } from './serve.mjs';
import { chromiumArgs, findBrowser } from './browsers.mjs';

const executablePath = findBrowser('chromium');
if (!executablePath) {
  console.error('Chromium is missing: run `node scripts/ensure-browsers.mjs`.');
  process.exit(1);
}
mkdirSync('docs', { recursive: true });
const { server, url } = await startServer({ port: 8700 });
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
const problems = [];
const only = process.argv.slice(2);
const wanted = (name) => !only.length || only.some((prefix) => name.startsWith(prefix));

/*
 * demo/resets.html, made up here: every element on a page whose stylesheet
 * opens with the global resets sites use, `* { margin: 0; padding: 0 }` and
 * Tailwind's preflight (the parts that reach our elements), under the demo's CSP.
 */
const resetsPage = {
  'resets.css': `
    * { margin: 0; padding: 0; }
    *, ::after, ::before, ::backdrop { box-sizing: border-box; margin: 0; padding: 0; border: 0 solid; }
    html { line-height: 1.5; -webkit-text-size-adjust: 100%; tab-size: 4; font-family: ui-sans-serif, system-ui, sans-serif; }
    h1, h2, h3, h4, h5, h6 { font-size: inherit; font-weight: inherit; }
    ol, ul, menu { list-style: none; }
    img, svg, video, canvas, audio, iframe, embed, object { display: block; vertical-align: middle; }
    button, input, select, optgroup, textarea { font: inherit; color: inherit; border-radius: 0; background-color: transparent; }
    /* The page's own layout, as utility classes would write it. */
    body { background: #f8fafc; color: #0f172a; }
    main { max-width: 64rem; margin-inline: auto; padding: 1rem; }
    main > * + * { margin-block-start: 1.5rem; }
    knee-pain-guide > * + * { margin-block-start: 1.5rem; }
    h1 { font-size: 1.5rem; font-weight: 700; }
  `,
  'resets.html': `<!doctype html>
    <html lang="en-GB">
    <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Under global resets (knee-pain-widgets)</title>
      <link rel="icon" href="data:,">
      <link rel="stylesheet" href="resets.css">
      <script type="module" src="../dist/knee-pain-widgets.js"></script>
    </head>
    <body>
      <main>
        <h1>Knee pain: a page with global resets</h1>
        <p>This page's stylesheet opens with * { margin: 0; padding: 0 } and Tailwind's preflight.</p>
        <knee-pain-guide>
          <knee-pain-map selected="below-kneecap"></knee-pain-map>
          <exercise-card exercise="wall-sit"></exercise-card>
          <red-flag-checklist></red-flag-checklist>
        </knee-pain-guide>
      </main>
    </body>
    </html>`,
};

/** Serves resetsPage's files to this page as if they were in demo/. */
const serveResetsPage = (p) =>
  p.route(/\/demo\/resets\.(html|css)$/, (route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop();
    const type = file.endsWith('.css') ? 'text/css' : 'text/html';
    return route.fulfill({ body: resetsPage[file], headers: { 'content-type': `${type}; charset=utf-8`, 'content-security-policy': csp } });
  });

/**
 * Waits until no element is still loading its language (they are hidden
 * meanwhile, see GuideElement); notes a problem instead of hanging.
 */
async function settled(p, name) {
  try {
    await p.waitForFunction(() => !document.querySelector('[aria-busy]'), null, { timeout: 10_000 });
  } catch {
    problems.push(`${name}: an element was still loading (aria-busy) after 10 s`);
  }
}

async function shoot(page, name, width, height, { fullPage = true, act } = {}) {
  if (!wanted(name)) return;
  const p = await browser.newPage({ viewport: { width, height } });
  p.on('console', (m) => m.type() === 'error' && problems.push(`${name}: ${m.text()}`));
  p.on('pageerror', (e) => problems.push(`${name}: ${e.message}`));
  if (page === 'resets.html') await serveResetsPage(p);
  await p.goto(`${url}demo/${page}`, { waitUntil: 'networkidle' });
  await p.waitForFunction(() => customElements.get('knee-pain-map'));
  await settled(p, name);
  if (act) await act(p);
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  if (overflow > 0) problems.push(`${name}: scrolls sideways by ${overflow}px at ${width}px`);
  await p.screenshot({ path: `docs/${name}.png`, fullPage });
  console.log(`docs/${name}.png`);
  await p.close();
}

// Tap the spot below the kneecap, then bring the result into view.
const pickBelowKneecap = async (p) => {
  await p.locator('knee-pain-map').first().locator('[data-region="below-kneecap"]').click();
  await p.locator('knee-pain-map').first().locator('[part="panel"] h2').scrollIntoViewIfNeeded();
};

/** Screenshot of one element (the first match) after an action. */
async function shootElement(page, name, width, selector, act) {
  if (!wanted(name)) return;
  const p = await browser.newPage({ viewport: { width, height: 900 } });
  p.on('console', (m) => m.type() === 'error' && problems.push(`${name}: ${m.text()}`));
  p.on('pageerror', (e) => problems.push(`${name}: ${e.message}`));
  await p.goto(`${url}demo/${page}`, { waitUntil: 'networkidle' });
  await p.waitForFunction(() => customElements.get('knee-pain-map'));
  await settled(p, name);
  if (act) await act(p);
  await p.locator(selector).first().screenshot({ path: `docs/${name}.png`, animations: 'disabled' });
  console.log(`docs/${name}.png`);
  await p.close();
}

const map = (p) => p.locator('knee-pain-map').first();

// "Pain just below my kneecap when I run downhill": pick the spot, open the
// questions, answer the downhill one.
const downhill = async (p) => {
  await map(p).locator('[data-region="below-kneecap"]').click();
  await map(p).locator('[part="refine"] > summary').click();
  await map(p)
    .locator('fieldset', { hasText: 'downstairs' })
    .locator('label', { hasText: /^\s*Yes\s*$/ })
    .click();
};

// Back of the knee, one calf swollen and warm: "get seen today" goes first.
const swollenCalf = async (p) => {
  await map(p).locator('button', { hasText: /^\s*Back\s*$/ }).click();
  await map(p).locator('[data-region="upper-calf"]').click();
  await map(p).locator('[part="refine"] > summary').click();
  await map(p).locator('fieldset', { hasText: 'warm or red' }).locator('label', { hasText: /^\s*Yes\s*$/ }).click();
};

// Start the bridge session and count three reps.
const bridgeSession = async (p) => {
  const card = p.locator('exercise-card[exercise="bridge"]');
  await card.locator('button', { hasText: /^\s*Start\s*$/ }).click();
  await card.locator('button', { hasText: /^\s*Skip\s*$/ }).click();
  for (let i = 0; i < 3; i++) await card.locator('button', { hasText: 'Count a rep' }).click();
};

// Tick "hot and swollen … fever" on the checklist: the emergency answer, first.
const tickInfection = async (p) => {
  await p.locator('red-flag-checklist').locator('label', { hasText: /hot and swollen.*fever/ }).click();
  await p.locator('red-flag-checklist').locator('[part="status"]').scrollIntoViewIfNeeded();
};

// A hot, swollen knee without fever: "get seen today", with the advice box in view.
const tickHotKnee = async (p) => {
  const checklist = p.locator('red-flag-checklist');
  await checklist.locator('label', { hasText: /hot, swollen and painful to move/ }).click();
  await checklist.locator('[part="result"]').scrollIntoViewIfNeeded();
};

// The clinic's own content (content-src) is in use: its contact shows at the
// end of the map's advice. Open "Kneecap pain" to show the clinic's wording.
const clinicWording = async (p) => {
  await map(p).locator('[part="contact"]').waitFor();
  await map(p).locator('.causes summary', { hasText: 'Kneecap pain' }).click();
};

try {
  await shoot('clinic.html', 'clinic-1280', 1280, 900);
  await shoot('clinic.html', 'clinic-360', 360, 780);
  await shoot('blog.html', 'blog-1280', 1280, 900);
  await shoot('blog.html', 'blog-360', 360, 780);
  await shoot('clinic.html', 'map-selected-360', 360, 780, { fullPage: false, act: pickBelowKneecap });
  await shoot('clinic.html', 'map-selected-1280', 1280, 900, { fullPage: false, act: pickBelowKneecap });
  await shoot('clinic.html', 'checklist-emergency-360', 360, 780, { fullPage: false, act: tickInfection });
  await shoot('clinic.html', 'checklist-today-360', 360, 780, { fullPage: false, act: tickHotKnee });
  await shoot('clinic.html', 'checklist-today-1280', 1280, 900, { fullPage: false, act: tickHotKnee });
  await shootElement('clinic.html', 'map-360', 360, 'knee-pain-map');
  await shootElement('clinic.html', 'map-downhill-360', 360, 'knee-pain-map', downhill);
  await shootElement('clinic.html', 'map-urgent-1280', 1280, 'knee-pain-map', swollenCalf);
  await shootElement('blog.html', 'map-left-back-1280', 1280, 'knee-pain-map', (p) =>
    map(p).locator('button', { hasText: /^\s*Back\s*$/ }).click(),
  );
  await shootElement('clinic.html', 'card-360', 360, 'exercise-card[exercise="wall-sit"]');
  await shootElement('clinic.html', 'card-session-360', 360, 'exercise-card[exercise="bridge"]', bridgeSession);
  // Three brands side by side; a clinic's own content; Spanish; right to left.
  await shoot('brands.html', 'brands-1280', 1280, 900);
  await shoot('brands.html', 'brands-360', 360, 780);
  await shoot('clinic-content.html', 'clinic-content-1280', 1280, 900, { act: clinicWording });
  await shoot('clinic-content.html', 'clinic-content-360', 360, 780, { act: clinicWording });
  await shoot('es.html', 'es-1280', 1280, 900);
  await shoot('es.html', 'es-360', 360, 780);
  if (existsSync('demo/rtl.html')) {
    await shoot('rtl.html', 'rtl-1280', 1280, 900);
    await shoot('rtl.html', 'rtl-360', 360, 780);
  } else {
    console.log('demo/rtl.html is not there yet: no rtl screenshots');
  }
  await shoot('resets.html', 'resets-1280', 1280, 900);
  await shoot('resets.html', 'resets-360', 360, 780);
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
