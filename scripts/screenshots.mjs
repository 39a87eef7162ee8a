#!/usr/bin/env node
// npm run screenshots: serves the demo and saves screenshots of both pages at
// desktop and phone widths into docs/, plus the map in use on a phone.
// Needs a build (npm run build) and Debian's Chromium.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
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

async function shoot(page, name, width, height, { fullPage = true, act } = {}) {
  const p = await browser.newPage({ viewport: { width, height } });
  p.on('console', (m) => m.type() === 'error' && problems.push(`${name}: ${m.text()}`));
  p.on('pageerror', (e) => problems.push(`${name}: ${e.message}`));
  await p.goto(`${url}demo/${page}`, { waitUntil: 'networkidle' });
  await p.waitForFunction(() => customElements.get('knee-pain-map'));
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

// Tick "hot, red and swollen" on the checklist: the emergency answer, first.
const tickInfection = async (p) => {
  await p.locator('red-flag-checklist').locator('label', { hasText: 'hot, red and swollen' }).click();
  await p.locator('red-flag-checklist').locator('[part="status"]').scrollIntoViewIfNeeded();
};

try {
  await shoot('clinic.html', 'clinic-1280', 1280, 900);
  await shoot('clinic.html', 'clinic-360', 360, 780);
  await shoot('blog.html', 'blog-1280', 1280, 900);
  await shoot('blog.html', 'blog-360', 360, 780);
  await shoot('clinic.html', 'map-selected-360', 360, 780, { fullPage: false, act: pickBelowKneecap });
  await shoot('clinic.html', 'map-selected-1280', 1280, 900, { fullPage: false, act: pickBelowKneecap });
  await shoot('clinic.html', 'checklist-emergency-360', 360, 780, { fullPage: false, act: tickInfection });
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
