#!/usr/bin/env node
// npm run bench: a page with <knee-pain-map> against the body map a developer
// would otherwise pick, react-body-highlighter in a React 19 app built by Vite
// (bench/peer/), with a minimal Lit knee map (bench/floor/) for information.
//
// In one headless Chromium, each run loads every page once, ours and the
// peer's side by side (the order flips every run), for 1, 10 and 100 copies:
//   - ready: navigation start → the first painted frame in which every copy in
//            view is drawn (its regions exist); "all": every copy
//   - bytes: what the page fetched by then, and in all (encoded bodies)
//   - cpu:   main-thread busy time (CDP TaskDuration) once the page settled
//   - heap:  JS heap in use after a forced garbage collection
//   - click: two real clicks on the first copy (a first choice, then another
//            region): pointerdown → the choice in the DOM ("work") and → the
//            next frame painted
// Each ratio is the median over runs of ours ÷ the peer's in the same run.
// The same probe (bench/probe.mjs) is injected into every page.
//
//   npm run bench                      9 runs, then Lighthouse
//   npm run bench -- --runs 15         more runs
//   npm run bench -- --no-lighthouse   skip Lighthouse
//
// Writes bench/results/<date>.md, bench/results/latest.md,
// bench/results/peer-bytes.json (read by scripts/size.mjs) and the table in
// the README. Needs Debian's Chromium (scripts/ensure-browsers.mjs).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import * as esbuild from 'esbuild';
import { startServer } from '../scripts/serve.mjs';
import { chromiumArgs, findBrowser } from '../scripts/browsers.mjs';
import { measure as measureSize, table as sizeTable, peerChecks, peerBudgets } from '../scripts/size.mjs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { buildPeer, recordPath } from './peer/build.mjs';
import { probe } from './probe.mjs';
import { lighthouse } from './lighthouse.mjs';

const started = performance.now();
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', 9));
const COUNTS = [1, 10, 100];
const FRAME_MS = 1000 / 60;
const require = createRequire(import.meta.url);

const executablePath = findBrowser('chromium');
if (!executablePath) {
  console.error('Chromium is missing: run `node scripts/ensure-browsers.mjs` (or `apt-get install -y chromium`).');
  process.exit(1);
}

console.log('Building ours, the peer and the floor…');
execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
// Measured now, and the pages served from a copy (the demo pages with the
// files they use), so that a rebuild of dist/ by someone else meanwhile
// changes nothing.
const size = measureSize();
for (const dir of ['dist', 'demo', 'content/examples']) {
  rmSync(`bench/.build/${dir}`, { recursive: true, force: true });
  cpSync(dir, `bench/.build/${dir}`, { recursive: true });
}
const peerBuild = await buildPeer();
const date = new Date().toISOString().slice(0, 10);
writeFileSync(recordPath, `${JSON.stringify({ measured: date, ...peerBuild }, null, 2)}\n`);
mkdirSync('bench/.build/pages', { recursive: true });
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

// Ours and the floor as a site embeds them: the elements in the markup and one
// script tag. The peer reads ?n= and renders that many, as a React app does.
const page = (title, script, tag, n) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${title}</title>
    <script type="module" src="${script}"></script>
  </head>
  <body>
${`    <${tag}></${tag}>\n`.repeat(n)}  </body>
</html>
`;
for (const n of COUNTS) {
  writeFileSync(`bench/.build/pages/ours-${n}.html`, page('knee-pain-map benchmark page', '/bench/.build/dist/knee-pain-widgets.js', 'knee-pain-map', n));
  writeFileSync(`bench/.build/pages/floor-${n}.html`, page('Lit floor benchmark page', '/bench/.build/floor.js', 'floor-map', n));
}

// The peer's regions are <polygon>s with no name; find the knees' and the
// quadriceps' by their points, from the library's own front view data.
const rbh = readFileSync(require.resolve('react-body-highlighter/dist/react-body-highlighter.esm.js'), 'utf8');
const front = rbh.slice(rbh.indexOf('var anteriorData'), rbh.indexOf('var posteriorData'));
const pointsOf = (muscle) => {
  const m = new RegExp(`muscle: MuscleType\\.${muscle},\\s*svgPoints: \\['([^']+)'`).exec(front);
  if (!m) throw new Error(`react-body-highlighter: no ${muscle} polygon in the front view`);
  return `.body-map polygon[points="${m[1]}"]`;
};

const subjects = {
  ours: {
    label: '`<knee-pain-map>`',
    path: (n) => `bench/.build/pages/ours-${n}.html`,
    host: 'knee-pain-map',
    target: '[data-region]',
    lit: true,
    clicks: [
      { selector: 'knee-pain-map >>> [data-region="kneecap"]', chosen: { selector: '[data-region="kneecap"][aria-pressed="true"]' } },
      {
        selector: 'knee-pain-map >>> [data-region="inner-joint-line"]',
        chosen: { selector: '[data-region="inner-joint-line"][aria-pressed="true"]' },
      },
    ],
  },
  peer: {
    label: 'react-body-highlighter + React 19',
    path: (n) => `bench/.build/peer/index.html?n=${n}`,
    host: '.body-map',
    target: 'polygon',
    lit: false,
    clicks: [
      { selector: pointsOf('KNEES'), chosen: { text: 'knees' } },
      { selector: pointsOf('QUADRICEPS'), chosen: { text: 'quadriceps' } },
    ],
  },
  floor: {
    label: 'Lit floor (information)',
    path: (n) => `bench/.build/pages/floor-${n}.html`,
    host: 'floor-map',
    target: '[data-region]',
    lit: true,
    clicks: [
      { selector: 'floor-map >>> [data-region="kneecap"]', chosen: { text: 'Kneecap' } },
      { selector: 'floor-map >>> [data-region="inner"]', chosen: { text: 'Inner knee' } },
    ],
  },
};
const pages = COUNTS.flatMap((n) => Object.keys(subjects).map((name) => ({ name, n, ...subjects[name] })));

const { server, url } = await startServer({ port: 8900 });
const browser = await puppeteer.launch({ executablePath, args: chromiumArgs, headless: true });
const chromium = (await browser.version()).replace(/^(Headless)?Chrome\//, '');
const samples = new Map(pages.map((p) => [`${p.name}|${p.n}`, []]));
const problems = [];
const encodings = new Set();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function load(p) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  try {
    await tab.setViewport({ width: 1280, height: 900 });
    const where = `${p.name}×${p.n}`;
    tab.on('pageerror', (e) => problems.push(`${where}: ${e.message}`));
    tab.on('console', (m) => m.type() === 'error' && problems.push(`${where}: ${m.text()}`));
    tab.on('response', (r) => encodings.add(r.headers()['content-encoding'] ?? 'none'));
    const cdp = await tab.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await tab.evaluateOnNewDocument(probe, { n: p.n, host: p.host, target: p.target, lit: p.lit });
    await tab.goto(`${url}${p.path(p.n)}`, { waitUntil: 'load' });
    const { ready, readyBytes, all } = await tab.evaluate(() =>
      Promise.race([window.__bench, new Promise((_, no) => setTimeout(() => no(new Error('never drawn')), 20000))]),
    );
    // Settle: whatever each page fetches and draws after it is usable.
    await tab.waitForNetworkIdle({ idleTime: 500, timeout: 30000 });
    await sleep(100);
    const metric = async (name) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name).value;
    const taskMs = async () => (await metric('TaskDuration')) * 1000;
    const cpu = await taskMs();
    const totalBytes = await tab.evaluate(() => window.__bytes());
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await metric('JSHeapUsedSize');
    const clicks = [];
    for (const c of p.clicks) {
      const target = await tab.$(c.selector);
      if (!target) throw new Error(`${where}: nothing matches ${c.selector}`);
      await tab.evaluate((chosen) => window.__armClick(chosen), c.chosen);
      const before = await taskMs();
      await target.click();
      const r = await tab.evaluate(() => window.__click);
      // All the main thread did for it, the frames and any work after them.
      await sleep(250);
      r.cpu = (await taskMs()) - before;
      if (!r.shown) problems.push(`${where}: the click on ${c.selector.slice(0, 60)} did not show the choice when its work was timed`);
      clicks.push(r);
    }
    return { ready, all, readyBytes: readyBytes.bytes, totalBytes: totalBytes.bytes, cpu, heap, clicks };
  } finally {
    await context.close();
  }
}

// One load of each kind first, not counted: the browser's first pages pay for
// its own start-up.
console.log('Warming up…');
for (const name of Object.keys(subjects)) await load({ name, n: 1, ...subjects[name] });
problems.length = 0;
console.log(`Measuring ${pages.length} pages × ${RUNS} runs, alternating…`);
for (let run = 0; run < RUNS; run++) {
  const order = run % 2 ? [...pages].reverse() : pages;
  for (const p of order) {
    let sample;
    try {
      sample = await load(p);
    } catch (e) {
      problems.push(`${p.name}×${p.n}, run ${run + 1}: ${e.message}; loaded again`);
      sample = await load(p);
    }
    samples.get(`${p.name}|${p.n}`)[run] = sample;
  }
  process.stdout.write(`  run ${run + 1}/${RUNS} done\n`);
}
await browser.close();
const runsDone = performance.now();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stat = (name, n, pick) => median(samples.get(`${name}|${n}`).map(pick));
/** Median over runs of (a's figure ÷ b's in the same run). */
const paired = (a, b, n, pick, pickB = pick) => {
  const bs = samples.get(`${b}|${n}`);
  return median(samples.get(`${a}|${n}`).map((s, i) => pick(s) / pickB(bs[i])));
};
const firstFrame = (s) => s.clicks[0].frame;
const laterFrame = (s) => s.clicks[1].frame;
// A click is two tasks, the press (pointerdown, focus) and the click itself.
const maxWork = (s) => Math.max(...s.clicks.flatMap((c) => [c.press, c.work]));

const ms = (x) => `${x.toFixed(1)} ms`;
const mb = (x) => `${(x / 1024 / 1024).toFixed(2)} MB`;
const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
const times = (x) => `${x.toFixed(2)}×`;

// Bytes: ours from the build's bundle graph, the peer's from its Vite build
// (scripts/size.mjs; `npm test` holds the same budgets).
const map = size.rows.find((r) => r.page === 'knee-pain-map');
const peerTotal = peerBuild.total.brotli;
const byteChecks = peerChecks(size, peerBuild);

/**
 * The figures, in two tables: `rows`, every one (bench/results/), and
 * `short`, the same verdicts in fewer lines (the README).
 */
const rows = [];
const short = [];
const row = (what, ours, peer, ratio, budget, ok, brief = true) => {
  rows.push({ what, ours, peer, ratio, budget, ok });
  if (brief) short.push({ what, ours, peer, ratio, budget, ok });
};
row(
  'Download before the map is usable (brotli)',
  kib(map.usable.brotli),
  `${kib(peerTotal)} (all of it)`,
  times(map.usable.brotli / peerTotal),
  `≤ ${peerBudgets.usable}×`,
  byteChecks[0].ok,
);
row('Download in all (brotli)', kib(map.total.brotli), kib(peerTotal), times(map.total.brotli / peerTotal), `≤ ${peerBudgets.total}×`, byteChecks[1].ok);
row(
  'Classic self-contained file, knee-pain-widgets.iife.js (brotli)',
  kib(size.classic.brotli),
  '–',
  '–',
  `≤ ${peerBudgets.classic} KiB (not failing \`npm test\` yet)`,
  byteChecks[2].ok,
);
const timeBudgets = { ready: 0.8, cpu: 0.8, heap: 0.9 };
const worst = {};
for (const n of COUNTS) {
  const copies = n === 1 ? '1 map' : `${n} maps`;
  const limit = (k) => (n === 1 ? timeBudgets[k] : 1);
  const x = {
    readyBytes: paired('ours', 'peer', n, (s) => s.readyBytes, (s) => s.totalBytes),
    totalBytes: paired('ours', 'peer', n, (s) => s.totalBytes),
    ready: paired('ours', 'peer', n, (s) => s.ready),
    cpu: paired('ours', 'peer', n, (s) => s.cpu),
    heap: paired('ours', 'peer', n, (s) => s.heap),
    first: paired('ours', 'peer', n, firstFrame),
    later: paired('ours', 'peer', n, laterFrame),
  };
  const ok = {
    ready: x.ready <= limit('ready'),
    cpu: x.cpu <= limit('cpu'),
    heap: x.heap <= limit('heap'),
    first: x.first <= 1,
    later: x.later <= 1,
  };
  const both = (pick, f) => [f(stat('ours', n, pick)), f(stat('peer', n, pick))];
  const one = n === 1;
  if (one)
    row(
      `Fetched over the wire by usable / in all, ${copies} (${[...encodings].filter((e) => e !== 'none').join(', ') || 'uncompressed'}, with the HTML)`,
      `${kib(stat('ours', n, (s) => s.readyBytes))} / ${kib(stat('ours', n, (s) => s.totalBytes))}`,
      kib(stat('peer', n, (s) => s.totalBytes)),
      `${times(x.readyBytes)} / ${times(x.totalBytes)}`,
      'information',
      undefined,
      false,
    );
  row(`Time to usable, ${copies}`, ...both((s) => s.ready, ms), times(x.ready), `≤ ${limit('ready')}×`, ok.ready, one);
  row(`Main-thread CPU, ${copies}`, ...both((s) => s.cpu, ms), times(x.cpu), `≤ ${limit('cpu')}×`, ok.cpu, one);
  row(`JS heap after GC, ${copies}`, ...both((s) => s.heap, mb), times(x.heap), `≤ ${limit('heap')}×`, ok.heap, one);
  row(`First click → next frame, ${copies}`, ...both(firstFrame, ms), times(x.first), '≤ 1×', ok.first, false);
  row(`Later click → next frame, ${copies}`, ...both(laterFrame, ms), times(x.later), '≤ 1×', ok.later, false);
  if (one)
    short.push({
      what: 'Click → next frame, first / later click, 1 map',
      ours: `${stat('ours', n, firstFrame).toFixed(1)} / ${ms(stat('ours', n, laterFrame))}`,
      peer: `${stat('peer', n, firstFrame).toFixed(1)} / ${ms(stat('peer', n, laterFrame))}`,
      ratio: `${times(x.first)} / ${times(x.later)}`,
      budget: '≤ 1×',
      ok: ok.first && ok.later,
    });
  else
    short.push({
      what: `${n} maps: time to usable / CPU / heap / first click / later click`,
      ours: '',
      peer: '',
      ratio: [x.ready, x.cpu, x.heap, x.first, x.later].map(times).join(' / '),
      budget: '≤ 1× each',
      ok: Object.values(ok).every(Boolean),
    });
  // Every click of every run, not a median: the budget is on each one.
  worst[n] = Object.fromEntries(['ours', 'peer'].map((name) => [name, Math.max(...samples.get(`${name}|${n}`).map(maxWork))]));
  row(
    `Click work (press or click task), slowest of all ${RUNS * 2} clicks, ${copies}`,
    ms(worst[n].ours),
    ms(worst[n].peer),
    '–',
    `≤ ${FRAME_MS.toFixed(1)} ms`,
    worst[n].ours <= FRAME_MS,
    false,
  );
}
short.push({
  what: `Click work, slowest of every click, ${COUNTS.join(' / ')} maps`,
  ours: `${COUNTS.map((n) => worst[n].ours.toFixed(1)).join(' / ')} ms`,
  peer: `${COUNTS.map((n) => worst[n].peer.toFixed(1)).join(' / ')} ms`,
  ratio: '–',
  budget: `≤ ${FRAME_MS.toFixed(1)} ms`,
  ok: COUNTS.every((n) => worst[n].ours <= FRAME_MS),
});

let lh = [];
if (!process.argv.includes('--no-lighthouse')) {
  const lhPages = [
    'demo/index.html',
    'demo/clinic.html',
    'demo/blog.html',
    'demo/brands.html',
    'demo/clinic-content.html',
    'demo/es.html',
    'demo/rtl.html',
    'demo/react/',
    'bench/.build/pages/ours-1.html',
    'bench/.build/peer/index.html?n=1',
  ];
  for (const path of lhPages) {
    console.log(`Lighthouse: ${path}`);
    const served = path.startsWith('demo/') ? `bench/.build/${path}` : path;
    lh.push({ path, ...(await lighthouse(`${url}${served}`, executablePath)) });
  }
}
await server.close();
const lhBudget = (r) => r.performance === 100 && r.accessibility === 100 && r['best-practices'] === 100 && r.cls < 0.1;
const lhNames = { 'bench/.build/pages/ours-1.html': 'bench page, 1 map (ours)', 'bench/.build/peer/index.html?n=1': 'bench page, 1 peer map' };
const demoLh = lh.filter((r) => r.path.startsWith('demo/'));
if (demoLh.length) {
  const low = (k) => Math.min(...demoLh.map((r) => r[k]));
  row(
    `Lighthouse mobile on the ${demoLh.length} demo pages, lowest: performance / accessibility / best practices; highest CLS`,
    `${low('performance')} / ${low('accessibility')} / ${low('best-practices')}; CLS ${Math.max(...demoLh.map((r) => r.cls)).toFixed(3)}`,
    '–',
    '–',
    '100 / 100 / 100; CLS < 0.1',
    demoLh.every(lhBudget),
  );
}

const verdict = (ok) => (ok === undefined ? '' : ok ? 'pass' : '**fail**');
const tabulate = (rs) =>
  [
    '| a page with one map (or 10, 100) | ours | peer | ours ÷ peer | budget | |',
    '|---|--:|--:|--:|--:|---|',
    ...rs.map((r) => `| ${r.what} | ${r.ours} | ${r.peer} | ${r.ratio} | ${r.budget} | ${verdict(r.ok)} |`),
  ].join('\n');
const summary = tabulate(rows);

// Everything measured, per page, including the floor.
const detail = [
  '| page | copies | usable ms | all drawn ms | bytes by usable | bytes in all | CPU ms | heap MB | first click: press / work / next frame / CPU ms | later click: press / work / next frame / CPU ms |',
  '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ...pages.map((p) => {
    const st = (pick) => stat(p.name, p.n, pick);
    const f = (x) => x.toFixed(1);
    return `| ${p.label} | ${p.n} | ${f(st((s) => s.ready))} | ${f(st((s) => s.all))} | ${kib(st((s) => s.readyBytes))} | ${kib(st((s) => s.totalBytes))} | ${f(
      st((s) => s.cpu),
    )} | ${(st((s) => s.heap) / 1024 / 1024).toFixed(2)} | ${[0, 1]
      .map((i) => ['press', 'work', 'frame', 'cpu'].map((k) => f(st((s) => s.clicks[i][k]))).join(' / '))
      .join(' | ')} |`;
  }),
].join('\n');
const floorRatios = [
  '| copies | usable | CPU | heap | first click → frame |',
  '|--:|--:|--:|--:|--:|',
  ...COUNTS.map(
    (n) =>
      `| ${n} | ${times(paired('ours', 'floor', n, (s) => s.ready))} | ${times(paired('ours', 'floor', n, (s) => s.cpu))} | ${times(
        paired('ours', 'floor', n, (s) => s.heap),
      )} | ${times(paired('ours', 'floor', n, firstFrame))} |`,
  ),
].join('\n');
const lhTable = lh.length
  ? [
      '| page | performance | accessibility | best practices | SEO | CLS | LCP ms | TBT ms | audits short of full marks (where a budget fails) |',
      '|---|--:|--:|--:|--:|--:|--:|--:|---|',
      ...lh.map(
        (r) =>
          `| ${lhNames[r.path] ?? r.path} | ${r.performance} | ${r.accessibility} | ${r['best-practices']} | ${r.seo} | ${r.cls.toFixed(3)} | ${r.lcp.toFixed(
            0,
          )} | ${r.tbt.toFixed(0)} | ${lhBudget(r) ? '–' : r.failing.join(', ')} |`,
      ),
    ].join('\n')
  : 'Not run (`--no-lighthouse`).';
const minutes = (from, to = performance.now()) => ((to - from) / 60000).toFixed(1);
const took = `${minutes(started)} minutes: ${minutes(started, runsDone)} to build and measure, ${minutes(runsDone)} for Lighthouse and the report`;
const v = peerBuild.versions;

const report = `## Benchmark, ${date}

A page with \`<knee-pain-map>\` against the same page with the map a developer would otherwise pick: [react-body-highlighter](https://github.com/GV79/react-body-highlighter) ${v['react-body-highlighter']} in a React ${v.react} app (bench/peer/: its \`Model\` with an \`onClick\` that highlights and names the chosen muscle), built by \`vite build\` (Vite ${v.vite}).

Headless Chromium ${chromium}, 1280×900, localhost, no throttling, 2 shared cores. ${RUNS} runs; each run loads every page once, ours and the peer's next to each other, the order flipped every other run. Figures are medians over the runs; each ratio is the median over runs of ours ÷ the peer's in the same run. At 10 and 100 copies the budget is "no worse than the peer". The whole run took ${took}.

### Summary

${summary}

Download sizes are brotli (quality 11) of the built files, ours from the bundle graph (\`scripts/size.mjs\`, which \`npm test\` runs with the same budgets), the peer's from its Vite build (bench/results/peer-bytes.json): ${peerBuild.files
  .map((f) => `${f.file} ${kib(f.brotli)}`)
  .join(', ')}. "Usable": the files our page needs before the map works; the peer has one file, needed whole. "Fetched over the wire" is what Chromium received (encoded bodies, the HTML page included) in the runs.

### How each figure is taken

- **Time to usable**: navigation start → the first frame in which every copy in view has its clickable regions, once painted (checked at each animation frame by the probe, bench/probe.mjs, the same for every page). "All drawn": every copy.
- **CPU**: Chromium's main-thread task time (CDP \`TaskDuration\`) once the page has fetched and drawn everything and the network has been idle 0.5 s.
- **Heap**: \`JSHeapUsedSize\` after a forced garbage collection, at the same moment.
- **Click**: a real click (CDP mouse events) on the first copy; the first on the kneecap (ours) or the knees (peer), the later one on another region (ours: inner joint line; peer: quadriceps). "Press" and "work" are the time the page's handlers take on the main thread, from the window's first listener to its last, after the microtasks they queue (where Lit and React re-render): "press" for \`pointerdown\`, \`mousedown\` and the focus they move, "work" for the \`click\` until the choice is in the DOM. The one-frame budget is on both, for every click of every run. "Next frame": from the \`click\`'s timestamp to the next frame painted, so it adds style, layout and paint. "CPU": all the main thread did from the click until 250 ms later (frames and any work that follows).

### Every page

${detail}

The floor: a minimal Lit element with an inline 8-region SVG and a text panel (bench/floor/), ${kib(floorBrotli)} brotli (${kib(floorGzip)} gzip). Ours ÷ the floor (information, no budget):

${floorRatios}

### Lighthouse (mobile, default simulated throttling)

${lhTable}

### Size of every page and file of ours

${sizeTable(size)}
${problems.length ? `\n### Problems during the run\n\n${[...new Set(problems)].map((x) => `- ${x}`).join('\n')}\n` : ''}`;

mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/${date}.md`, report);
writeFileSync('bench/results/latest.md', report);

// The README's table: the summary, with a link to the full report.
const readme = readFileSync('README.md', 'utf8');
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
if (readme.includes(start) && readme.includes(end)) {
  const body = `${tabulate(short)}\n\nMeasured ${date}: ${RUNS} paired runs in headless Chromium ${chromium} on 2 shared cores; ratios are medians of ours ÷ the peer's in the same run. Every figure: [bench/results/latest.md](bench/results/latest.md); how: [bench/README.md](bench/README.md).`;
  writeFileSync('README.md', readme.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${body}\n${end}`));
}

console.log(`\n${report}`);
if (problems.length) console.log(`Page errors:\n  ${[...new Set(problems)].join('\n  ')}`);
console.log(`Written to bench/results/${date}.md, bench/results/latest.md and bench/results/peer-bytes.json (${took}).`);
