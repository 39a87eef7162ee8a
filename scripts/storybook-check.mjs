#!/usr/bin/env node
// npm run test:storybook: checks every story of the built Storybook
// (storybook-static/, from `npm run build-storybook`) in headless Chromium.
//
//   node scripts/storybook-check.mjs [FILTER…]   only the ids containing a FILTER
//   STORYBOOK_CHECK_JOBS=3                         pages in parallel (default 2)
//
// For each story in index.json: load iframe.html?id=…&viewMode=story in a
// fresh document, wait until Storybook has finished it (rendered, play
// function run), wait for our elements to be defined and their updates to
// settle, then run axe on the page. A story fails on:
//   - a console error or an uncaught page error (the /favicon.ico 404 aside),
//     or a failed request;
//   - a render error, a play function that threw, unhandled errors while
//     playing, or a failed report in `storyFinished`;
//   - one of our elements left undefined, or no element at all;
//   - any axe violation (WCAG 2.0/2.1/2.2 A and AA, and best practice), with
//     three rules off that are about the embedding page, not the element: a
//     main landmark, an h1, and all content inside landmarks;
//   - at a phone viewport (a story's `globals.viewport`), a page that scrolls
//     sideways. The page is resized to the viewport's width, as Storybook's
//     toolbar resizes its preview iframe.
// The a11y addon's own axe run after each story is turned off here (the
// `a11y.manual` global in the URL): the same axe runs once, on the whole
// document. In Storybook's UI the addon runs as configured (`a11y.test:
// 'error'`).
// Docs pages (autodocs and the Introduction) are loaded too and fail on
// errors only (their chrome is Storybook's, not ours). And the run fails if a
// region, an exercise or a red-flag tier of content/en/ has no story (by id).
//
// How it knows a story is finished: Storybook's preview channel keeps the last
// payload of every event it emitted (`channel.last(name)`), and each story runs
// in a fresh document, so polling for `storyFinished` (emitted after the
// render, the play function and the afterEach hooks, with the status and the
// reports) cannot miss it or see another story's. `storyErrored` and
// `storyMissing` end a story that never renders; `playFunctionThrewException`,
// `storyThrewException` and `unhandledErrorsWhilePlaying` say why one failed.
//
// The server is a tiny static one: the demo server (web-dev-server.config.mjs)
// sends a strict CSP that Storybook's inline scripts do not pass.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowser } from './browsers.mjs';

const started = performance.now();
const root = resolve('storybook-static');
const indexFile = join(root, 'index.json');
if (!existsSync(indexFile)) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const executablePath = findBrowser('chromium');
if (!executablePath) {
  console.error('Chromium is missing: run `node scripts/ensure-browsers.mjs chromium`.');
  process.exit(1);
}

const OUR_TAGS = ['knee-pain-guide', 'knee-pain-map', 'exercise-card', 'red-flag-checklist'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const VIEWPORT = { width: 1024, height: 768 };
const STORY_TIMEOUT_MS = 20_000;
const axePath = resolve('node_modules/axe-core/axe.min.js');
const AXE_URL = '/__storybook-check/axe.min.js';
const jobs = Math.max(1, Number(process.env.STORYBOOK_CHECK_JOBS) || Math.min(2, cpus().length));
const filters = process.argv.slice(2);

const index = JSON.parse(readFileSync(indexFile, 'utf8'));
const entries = Object.values(index.entries).filter(
  (e) => (e.type === 'story' || e.type === 'docs') && (!filters.length || filters.some((f) => e.id.includes(f))),
);

// ---------------------------------------------------------------- server
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};
const server = createServer(async (req, res) => {
  try {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path.endsWith('/')) path += 'index.html';
    // axe from a URL, not inlined: cached and compiled once for all stories.
    const file = path === AXE_URL ? axePath : normalize(join(root, path));
    if (file !== axePath && !file.startsWith(root + sep)) throw new Error('outside');
    const body = await readFile(file);
    // The build does not change during a run: let the browser cache it across stories.
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}/`;

// ---------------------------------------------------------------- in the page
/** Resolves when Storybook is done with the entry (or returns why not). Runs in the page. */
function storybookDone(type) {
  const ch = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
  if (!ch?.last) return false;
  if (type === 'docs') return !!(ch.last('docsRendered') || ch.last('storyErrored') || ch.last('storyMissing'));
  return !!(ch.last('storyFinished') || ch.last('storyErrored') || ch.last('storyMissing'));
}

/** What Storybook said about the story it rendered. Runs in the page. */
function storybookReport() {
  const ch = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
  const last = (name) => ch.last(name)?.[0];
  const problems = [];
  const finished = last('storyFinished');
  const text = (e) => (e ? `${e.name ?? 'Error'}: ${e.message ?? e.description ?? JSON.stringify(e)}`.split('\n').slice(0, 6).join('\n') : '');
  if (last('storyMissing') !== undefined) problems.push(`story missing: ${last('storyMissing')}`);
  if (last('storyErrored')) problems.push(`story errored: ${last('storyErrored').title}: ${last('storyErrored').description}`);
  if (last('playFunctionThrewException')) problems.push(`play function failed: ${text(last('playFunctionThrewException'))}`);
  else if (last('storyThrewException')) problems.push(`render failed: ${text(last('storyThrewException'))}`);
  for (const e of last('unhandledErrorsWhilePlaying') ?? []) problems.push(`unhandled error while playing: ${text(e)}`);
  for (const r of finished?.reporters ?? []) {
    if (r.status !== 'failed') continue;
    if (r.type === 'a11y' && r.result?.violations)
      for (const v of r.result.violations)
        problems.push(`a11y addon: ${v.id} (${v.impact}): ${v.help}; ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
    else problems.push(`${r.type} report failed${r.result?.error ? `: ${r.result.error.message ?? r.result.error}` : ''}`);
  }
  if (finished?.status === 'error' && !problems.length) problems.push('storyFinished with status "error"');
  const story = globalThis.__STORYBOOK_PREVIEW__?.currentRender?.story;
  const viewport = story?.storyGlobals?.viewport?.value;
  const width = viewport ? story.parameters?.viewport?.options?.[viewport]?.styles?.width : undefined;
  return { problems, viewport, width: width ? parseInt(width, 10) : undefined };
}

/** Our elements, in the document and in every shadow root: defined, and their updates settled. Runs in the page. */
async function settleElements(tags) {
  const found = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (tags.includes(el.localName)) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  const notDefined = new Set();
  for (let round = 0; round < 3; round++) {
    found.length = 0;
    walk(document.getElementById('storybook-root') ?? document.body);
    for (const el of found) if (!customElements.get(el.localName)) notDefined.add(el.localName);
    await Promise.all(found.map((el) => el.updateComplete));
  }
  const errorShown = document.body.classList.contains('sb-show-errordisplay');
  return {
    count: found.length,
    notDefined: [...notDefined],
    errorShown,
    overflow: document.documentElement.scrollWidth - innerWidth,
  };
}

/** axe on the whole page (it enters open shadow roots). Runs in the page. */
async function runAxe(tags) {
  const result = await globalThis.axe.run(document, {
    runOnly: tags,
    resultTypes: ['violations'],
    // A story is a bare element, not a page: a main landmark, an h1 and
    // landmarks around all content are the embedding page's to provide (the
    // a11y addon leaves them out too, by disabling "region" and running on
    // <body>).
    rules: { region: { enabled: false }, 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } },
  });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 4).map((n) => `${n.target.map((t) => (Array.isArray(t) ? t.join(' >> ') : t)).join(' > ')}${n.failureSummary ? ` (${n.failureSummary.split('\n').slice(1).join(' ').trim()})` : ''}`),
    more: Math.max(0, v.nodes.length - 4),
  }));
}

// ---------------------------------------------------------------- one entry

async function check(page, entry) {
  const problems = [];
  const listen = (p) => {
    p.removeAllListeners('console');
    p.removeAllListeners('pageerror');
    p.removeAllListeners('response');
    p.on('console', (m) => {
      if (m.type() !== 'error') return;
      if (/\/favicon\.ico$/.test(m.location()?.url ?? '')) return;
      problems.push(`console error: ${m.text().split('\n').slice(0, 4).join('\n')}`);
    });
    p.on('pageerror', (e) => problems.push(`page error: ${String(e.stack ?? e).split('\n').slice(0, 4).join('\n')}`));
    p.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
  };
  listen(page);
  // `a11y.manual`: the a11y addon does not run axe itself after each story;
  // the same axe runs below, on the whole document, once.
  const url = `${base}iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}&globals=a11y.manual:!true`;

  const load = async () => {
    await page.goto(url, { waitUntil: 'load' });
    try {
      await page.waitForFunction(storybookDone, entry.type, { timeout: STORY_TIMEOUT_MS, polling: 50 });
    } catch {
      const phase = await page.evaluate(() => globalThis.__STORYBOOK_PREVIEW__?.currentRender?.phase).catch(() => '?');
      throw new Error(`not finished after ${STORY_TIMEOUT_MS / 1000} s (render phase: ${phase ?? 'none'})`);
    }
  };

  let viewport = VIEWPORT;
  // Where the time goes (STORYBOOK_CHECK_TIMING=1 prints it).
  let timing = '';
  let t = performance.now();
  const lap = () => Math.round(-t + (t = performance.now()));
  try {
    await load();
    if (entry.type === 'docs') return { problems, timing };
    let report = await page.evaluate(storybookReport);
    // Storybook's viewport toolbar resizes the preview iframe; here the page is the preview.
    if (report.width && report.width !== viewport.width) {
      viewport = { width: report.width, height: 740 };
      await page.setViewportSize(viewport);
      problems.length = 0;
      await load();
      report = await page.evaluate(storybookReport);
    }
    const loadMs = lap();
    problems.push(...report.problems);
    const els = await page.evaluate(settleElements, OUR_TAGS);
    const settleMs = lap();
    if (els.errorShown && !report.problems.length) problems.push('Storybook shows its error display');
    if (!els.count) problems.push('none of our elements rendered');
    for (const tag of els.notDefined) problems.push(`<${tag}> is not defined`);
    if (report.width && els.overflow > 0)
      problems.push(`scrolls sideways by ${els.overflow}px at ${report.width}px (viewport "${report.viewport}")`);
    await page.addScriptTag({ url: AXE_URL });
    const violations = await page.evaluate(runAxe, AXE_TAGS);
    timing = `load and play ${loadMs} ms, settle ${settleMs} ms, axe ${lap()} ms`;
    for (const v of violations)
      problems.push(
        `axe: ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `      ${n}`).join('\n')}${v.more ? `\n      …and ${v.more} more` : ''}`,
      );
  } catch (e) {
    problems.push(String(e.message ?? e).split('\n')[0]);
  } finally {
    if (viewport !== VIEWPORT) await page.setViewportSize(VIEWPORT);
  }
  return { problems, timing };
}

// ---------------------------------------------------------------- coverage
/** The stories the issue asks for, by id: every region, exercise and red-flag tier. */
function coverage() {
  if (filters.length) return [];
  const ids = new Set(Object.keys(index.entries));
  const json = (f) => JSON.parse(readFileSync(f, 'utf8'));
  const want = [
    ...json('content/en/regions.json').map((r) => `elements-knee-pain-map--selected-${r.id}`),
    ...json('content/en/exercises.json').map((e) => `elements-exercise-card--${e.id}`),
    ...[...new Set(json('content/en/red-flags.json').map((f) => f.tier))].map((t) => `elements-red-flag-checklist--${t}-tier`),
  ];
  return want.filter((id) => !ids.has(id));
}

// ---------------------------------------------------------------- run
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'no-preference' });
const results = new Map();
let next = 0;
let failed = 0;

async function worker() {
  const page = await context.newPage();
  while (next < entries.length) {
    const entry = entries[next++];
    const t0 = performance.now();
    const { problems, timing } = await check(page, entry);
    const ms = Math.round(performance.now() - t0);
    results.set(entry.id, problems);
    if (problems.length) failed++;
    const label = entry.type === 'docs' ? `${entry.id} (docs)` : entry.id;
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${label} ${ms} ms${timing && process.env.STORYBOOK_CHECK_TIMING ? ` (${timing})` : ''}`);
    for (const p of problems) console.log(`     ${p}`);
  }
  await page.close();
}

try {
  await Promise.all(Array.from({ length: Math.min(jobs, entries.length) }, worker));
} finally {
  await browser.close();
  server.close();
}

const missing = coverage();
for (const id of missing) console.log(`FAIL missing story: ${id}`);
const stories = entries.filter((e) => e.type === 'story').length;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `\n${entries.length} entries (${stories} stories, ${entries.length - stories} docs pages), ${jobs} pages in parallel, ${seconds} s`,
);
const passed = entries.length - failed;
console.log(`storybook: ${passed} passed, ${failed + missing.length} failed`);
process.exit(failed || missing.length ? 1 : 0);
