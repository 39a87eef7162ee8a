#!/usr/bin/env node
// npm run bench: how big and how fast the drop-in script is, next to a floor.
//
// In one run of headless Chromium, alternating the pages round-robin so that
// machine noise falls on all of them alike, it loads each page RUNS times
// (median reported) and measures:
//   - usable: navigation start → every copy in view rendered and painted
//   - all:    navigation start → every copy rendered and painted (ours draw
//             the copies out of sight just after, in short slices)
//   - cpu:    main-thread busy time (CDP TaskDuration) once the page settled,
//             and its script, style and layout shares (one copy)
//   - heap:   JS heap in use after a forced garbage collection
//   - click:  a real pointer click on a map region → DOM updated / next frame
// for 1, 10 and 100 copies of each element, and of the floor: a minimal Lit
// element with an inline 8-region SVG and a text panel (bench/floor/).
//
//   npm run bench                      all of it, 11 runs (medians of 7 moved ±10% here)
//   npm run bench -- --runs 21         more runs
//   npm run bench -- --no-lighthouse   skip Lighthouse
//
// Writes bench/results/<date>.md and bench/results/latest.md, and updates the
// table in the README. Needs Debian's Chromium (scripts/ensure-browsers.mjs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import * as esbuild from 'esbuild';
import { startServer } from '../scripts/serve.mjs';
import { chromiumArgs, findBrowser } from '../scripts/browsers.mjs';
import { measure as measureSize, table as sizeTable } from '../scripts/size.mjs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { lighthouse } from './lighthouse.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', 11));
const COUNTS = [1, 10, 100];
const FRAME_MS = 1000 / 60;

const executablePath = findBrowser('chromium');
if (!executablePath) {
  console.error('Chromium is missing: run `node scripts/ensure-browsers.mjs` (or `apt-get install -y chromium`).');
  process.exit(1);
}

console.log('Building the drop-in script and the floor…');
execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
mkdirSync('bench/.build', { recursive: true });
await esbuild.build({
  entryPoints: ['bench/floor/floor-map.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2021',
  conditions: ['production'],
  outfile: 'bench/.build/floor.js',
  logLevel: 'error',
});
const floorCode = readFileSync('bench/.build/floor.js');
const floorBrotli = brotliCompressSync(floorCode, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const floorGzip = gzipSync(floorCode, { level: 9 }).length;

// The pages. Each of our elements is compared with the floor at the same count.
const subjects = {
  floor: { tag: 'floor-map', src: '/bench/.build/floor.js', region: '[data-region="kneecap"]' },
  'knee-pain-map': { tag: 'knee-pain-map', src: '/dist/knee-pain-widgets.js', region: '[data-region="kneecap"]' },
  'exercise-card': { tag: 'exercise-card', src: '/dist/knee-pain-widgets.js', attrs: { exercise: 'wall-sit' } },
  'red-flag-checklist': { tag: 'red-flag-checklist', src: '/dist/knee-pain-widgets.js' },
};
const pages = Object.entries(subjects).flatMap(([name, s]) => COUNTS.map((n) => ({ name, n, ...s })));

const { server, url } = await startServer({ port: 8900 });
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
const samples = new Map(pages.map((p) => [`${p.name}|${p.n}`, []]));
const problems = [];

async function load(p) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`${p.name}×${p.n}: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`${p.name}×${p.n}: ${m.text()}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const q = new URLSearchParams({ tag: p.tag, n: String(p.n), src: p.src, attrs: JSON.stringify(p.attrs ?? {}) });
  await page.goto(`${url}bench/pages/bench.html?${q}`);
  const { ready, all } = await page.evaluate(() => window.__bench);
  // Settle: the parts each element asks for after connecting arrive and render.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(100);
  const metrics = new Map((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const cpu = metrics.get('TaskDuration') * 1000;
  // Where that time went, as Chromium counts it: running script (compiling,
  // evaluating, rendering templates), style, layout, and the rest (parsing,
  // paint, loading files, the browser's own tasks).
  const split = {
    script: metrics.get('ScriptDuration') * 1000,
    style: metrics.get('RecalcStyleDuration') * 1000,
    layout: metrics.get('LayoutDuration') * 1000,
  };
  split.other = cpu - split.script - split.style - split.layout;
  const metric = async (name) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name).value;
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await metric('JSHeapUsedSize');
  let click;
  if (p.region) {
    const region = page.locator(p.tag).first().locator(p.region);
    await region.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.__armClick());
    await region.click();
    click = await page.evaluate(() => window.__click);
  }
  await context.close();
  return { ready, all, cpu, split, heap, click };
}

console.log(`Measuring ${pages.length} pages × ${RUNS} runs, round-robin…`);
for (let run = 0; run < RUNS; run++) {
  for (const p of pages) samples.get(`${p.name}|${p.n}`).push(await load(p));
  process.stdout.write(`  run ${run + 1}/${RUNS} done\n`);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stat = (name, n, pick) => {
  const xs = samples.get(`${name}|${n}`).map(pick).filter((x) => x !== undefined);
  return xs.length ? median(xs) : undefined;
};
// The middle half of the runs (25th to 75th percentile): this machine's
// run-to-run noise is often ±10%, as large as the gaps the budgets judge.
const middleHalf = (name, n, pick) => {
  const s = samples
    .get(`${name}|${n}`)
    .map(pick)
    .filter((x) => x !== undefined)
    .sort((a, b) => a - b);
  if (!s.length) return '–';
  const at = (q) => s[Math.min(s.length - 1, Math.round(q * (s.length - 1)))];
  return `${at(0.25).toFixed(0)}–${at(0.75).toFixed(0)}`;
};

const ms = (x) => (x === undefined ? '–' : x.toFixed(1));
const mb = (x) => (x / 1024 / 1024).toFixed(2);
const times = (x) => (x === undefined || Number.isNaN(x) ? '–' : `${x.toFixed(2)}×`);
/**
 * Median over runs of (this page ÷ the floor at the same count, in the same
 * run): each run measures both within seconds, so the ratio cancels the
 * machine's drift from one run to the next, which a ratio of medians keeps.
 */
const paired = (name, n, pick) => {
  const floor = samples.get(`floor|${n}`);
  const xs = samples
    .get(`${name}|${n}`)
    .map((s, i) => (pick(s) === undefined || pick(floor[i]) === undefined ? undefined : pick(s) / pick(floor[i])))
    .filter((x) => x !== undefined);
  return xs.length ? median(xs) : undefined;
};

// Budgets from issue #10, judged on the map (the element the floor mirrors);
// the card and checklist rows are shown against the same floor for scale.
const budgets = { ready: 1.3, cpu: 1.3, click: 1.5, heap100: 2 };
const verdicts = [];
const rows = [];
for (const name of Object.keys(subjects)) {
  for (const n of COUNTS) {
    const r = {
      name,
      n,
      ready: stat(name, n, (s) => s.ready),
      readySpread: middleHalf(name, n, (s) => s.ready),
      all: stat(name, n, (s) => s.all),
      cpu: stat(name, n, (s) => s.cpu),
      heap: stat(name, n, (s) => s.heap),
      work: stat(name, n, (s) => s.click?.work),
      frame: stat(name, n, (s) => s.click?.frame),
    };
    const x = {
      ready: paired(name, n, (s) => s.ready),
      all: paired(name, n, (s) => s.all),
      cpu: paired(name, n, (s) => s.cpu),
      heap: paired(name, n, (s) => s.heap),
      frame: paired(name, n, (s) => s.click?.frame),
    };
    rows.push({ ...r, x });
    if (name === 'knee-pain-map') {
      const check = (what, ok, detail) => verdicts.push(`${ok ? 'ok  ' : 'OVER'} map ×${n} ${what}: ${detail}`);
      check('usable', x.ready <= budgets.ready, `${times(x.ready)} the floor (budget ${budgets.ready}×)`);
      check('cpu', x.cpu <= budgets.cpu, `${times(x.cpu)} the floor (budget ${budgets.cpu}×)`);
      check(
        'click',
        x.frame <= budgets.click && r.work <= FRAME_MS,
        `${times(x.frame)} the floor to the next frame (budget ${budgets.click}×); ${ms(r.work)} ms of work (budget one frame, ${FRAME_MS.toFixed(1)} ms)`,
      );
      if (n === 100) check('heap', x.heap <= budgets.heap100, `${times(x.heap)} the floor (budget ${budgets.heap100}×)`);
    }
  }
}

const size = measureSize();
const kib = (b) => (b / 1024).toFixed(1);
const date = new Date().toISOString().slice(0, 10);
const chromiumVersion = browser.version();
await browser.close();

let lh = '';
if (!process.argv.includes('--no-lighthouse')) {
  console.log('Lighthouse on the demo clinic page…');
  const scores = await lighthouse(`${url}demo/clinic.html`, executablePath);
  lh = [
    '',
    '### Lighthouse: demo/clinic.html (mobile, default throttling)',
    '',
    '| performance | accessibility | best practices | SEO |',
    '|--:|--:|--:|--:|',
    `| ${scores.performance} | ${scores.accessibility} | ${scores['best-practices']} | ${scores.seo} |`,
  ].join('\n');
  for (const k of ['performance', 'accessibility', 'best-practices'])
    verdicts.push(`${scores[k] === 100 ? 'ok  ' : 'OVER'} Lighthouse ${k}: ${scores[k]} (budget 100)`);
}
server.close();

const speed = [
  '| element | copies | usable ms | middle half | ×floor | all drawn ms | ×floor | CPU ms | ×floor | heap MB | ×floor | click: work ms | click: next frame ms | ×floor |',
  '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.n} | ${ms(r.ready)} | ${r.readySpread} | ${r.name === 'floor' ? '' : times(r.x.ready)} | ${ms(r.all)} | ${
        r.name === 'floor' ? '' : times(r.x.all)
      } | ${ms(r.cpu)} | ${
        r.name === 'floor' ? '' : times(r.x.cpu)
      } | ${mb(r.heap)} | ${r.name === 'floor' ? '' : times(r.x.heap)} | ${ms(r.work)} | ${ms(r.frame)} | ${
        r.name === 'floor' || r.frame === undefined ? '' : times(r.x.frame)
      } |`,
  ),
].join('\n');

// The CPU column taken apart, for one copy: what the floor and each element
// spend on script, style, layout and everything else.
const parts = ['script', 'style', 'layout', 'other'];
const cpuSplit = [
  '| element (1 copy) | CPU ms | script ms | style ms | layout ms | other ms |',
  '|---|--:|--:|--:|--:|--:|',
  ...Object.keys(subjects).map(
    (name) =>
      `| ${name} | ${ms(stat(name, 1, (s) => s.cpu))} | ${parts.map((k) => ms(stat(name, 1, (s) => s.split[k]))).join(' | ')} |`,
  ),
].join('\n');

const report = `## Benchmark, ${date}

Headless Chromium ${chromiumVersion}, ${RUNS} runs per page, round-robin, medians; each ×floor is the median over runs of this page ÷ the floor in the same run. Localhost, no throttling, 2 cores.
The floor: a minimal Lit element with an inline 8-region SVG and a text panel (bench/floor/), ${kib(floorBrotli)} KiB brotli (${kib(floorGzip)} KiB gzip).

### Size (brotli, what a visitor downloads)

"usable": the files an element needs before it works; "total": with the parts it loads right after (causes, sources, the exercise card inside the map).

${sizeTable(size)}

### Speed

"usable": until every copy in view is drawn and painted (what a visitor can use; "middle half": the 25th to 75th percentile of the runs, this machine's noise); "all drawn": until every copy is (ours draw the ones out of sight just after, in short slices, and re-draw them after a choice the same way); CPU: main-thread time once all is drawn and the later parts are in; click: from the pointer going down on a region of the first copy to its panel updated ("work") and to the next frame ("next frame"; the other copies follow after that frame).

${speed}

Where the CPU of one copy goes (Chromium's own counters; "other" is parsing, painting, loading files and the browser's own tasks, which is most of what any page spends, as the floor's row shows):

${cpuSplit}
${lh}

### Budgets

${verdicts.map((v) => `- ${v}`).join('\n')}
`;

mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/${date}.md`, report);
writeFileSync('bench/results/latest.md', report);
const readme = readFileSync('README.md', 'utf8');
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
if (readme.includes(start)) {
  const body = report.replace(/^## Benchmark, /, '#### Latest benchmark, ').replace(/^### /gm, '##### ');
  writeFileSync('README.md', readme.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${body}\n${end}`));
}

console.log(`\n${report}`);
if (problems.length) console.log(`Page errors:\n  ${[...new Set(problems)].join('\n  ')}`);
console.log(`Written to bench/results/${date}.md and bench/results/latest.md.`);
