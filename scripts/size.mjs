#!/usr/bin/env node
// What a visitor downloads, per kind of page, from the built drop-in script.
//
// The drop-in entry loads each element's chunk on demand; a chunk imports
// others statically (needed before the element works) or dynamically (content
// and code shown later, fetched as soon as the element connects). For each
// element alone on a page, and for the full guide, this sums the compressed
// size of every file fetched, in two steps:
//
//   usable  the entry, the core and the element's chunk with their static
//           imports: what must arrive before the element works
//   total   plus everything those chunks import dynamically
//
// It also holds a page with one map against the peer a developer would
// otherwise pick, react-body-highlighter in a Vite-built React 19 app
// (bench/peer/): its bytes come from bench/results/peer-bytes.json, written by
// `npm run bench`, or from a fresh Vite build (about a second) when the
// installed peer's versions differ from that record's.
//
//   node scripts/size.mjs            prints the table, exits 1 over budget
//   node scripts/size.mjs --json     the figures, for bench/
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const DIST = new URL('../dist/', import.meta.url).pathname;
const ENTRY = 'knee-pain-widgets.js';
const KiB = 1024;

/**
 * Budgets in KiB brotli, a little above today's figures so that growth is a
 * decision rather than an accident (the history of each figure is in git log).
 * `usable`: the script and the English content a page needs before one
 * element works, held for each element alone on a page. `total`: a ceiling on
 * any page (the full guide needs every chunk). `clinic`: the full guide plus
 * the loader and validator for a clinic's own content. `locale`: a full guide
 * in a language other than English, with that language's strings and content.
 */
export const budgets = { usable: 27.5, total: 60, clinic: 65.5, locale: 67.5 };

/**
 * Targets (issue #23): a page with one map against the peer's whole download
 * (brotli): `usable`, ours before the map works; `total`, all ours ever
 * fetches; `classic`, the self-contained classic script in KiB brotli. Today
 * they are reported, not enforced (`blocks: false`): the growth guards above
 * fail the run. Set `blocks` once the figures are under them.
 */
export const peerBudgets = { usable: 0.4, total: 0.8, classic: 70, blocks: false };

// Each chunk's imports, from rollup's own bundle information (scripts/rollup-plugin-bundle-graph.mjs).
let graph;
const importsOf = (name) => {
  graph ??= JSON.parse(readFileSync(join(DIST, 'bundle-graph.json'), 'utf8'));
  return graph[name] ?? { imports: [], dynamicImports: [] };
};

const files = new Map();
function file(name) {
  if (!files.has(name)) {
    const code = readFileSync(join(DIST, name));
    const { imports, dynamicImports } = importsOf(name);
    files.set(name, {
      name,
      raw: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
      brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      static: imports,
      dynamic: dynamicImports,
    });
  }
  return files.get(name);
}

/** `names` and everything they import statically. */
function closure(names, follow = (f) => f.static) {
  const seen = new Set();
  const visit = (n) => {
    if (seen.has(n)) return;
    seen.add(n);
    for (const d of follow(file(n))) visit(d);
  };
  names.forEach(visit);
  return seen;
}

const chunkFor = (prefix) => {
  const hits = readdirSync(join(DIST, 'chunks')).filter((f) => f.startsWith(`${prefix}-`));
  if (hits.length !== 1) throw new Error(`expected one dist/chunks/${prefix}-*.js, found ${hits.length}: run npm run build`);
  return `chunks/${hits[0]}`;
};

const sum = (names) => {
  const t = { files: names.size, raw: 0, gzip: 0, brotli: 0 };
  for (const n of names) for (const k of ['raw', 'gzip', 'brotli']) t[k] += file(n)[k];
  return t;
};

// Languages other than English: their chunks are `es-regions-*.js`, `es-ui-*.js`…
const { targetLocales } = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));

// What each element fetches besides its chunk (see firstParts/laterParts in
// its source): content parts before it shows (`first`) and soon after
// (`later`), and other elements' chunks it loads for its panels (`also`).
// A card given an exercise id (the card-only page) needs no regions or causes.
const needs = {
  'knee-pain-map': { first: ['regions'], later: ['flags', 'conditions', 'sources', 'exercises'], also: ['exercise-card'] },
  'exercise-card': { first: ['exercises'], later: ['sources'], also: [] },
  'red-flag-checklist': { first: ['flags', 'regions'], later: ['sources'], also: [] },
};

export function measure() {
  const core = chunkFor('core');
  const pages = {
    'knee-pain-map': ['knee-pain-map'],
    'exercise-card': ['exercise-card'],
    'red-flag-checklist': ['red-flag-checklist'],
    'full guide': ['knee-pain-map', 'exercise-card', 'red-flag-checklist'],
  };
  // Only a <knee-pain-guide> given a clinic's content imports this; other pages never do.
  const clinic = [chunkFor('knee-pain-guide'), chunkFor('clinic-content')];
  const part = (locale, p) => chunkFor(locale === 'en' ? p : `${locale}-${p}`);
  const rows = [];
  const page = (name, tags, locale) => {
    const ui = locale === 'en' ? [] : [chunkFor(`${locale}-ui`)];
    const first = tags.flatMap((t) => needs[t].first.map((p) => part(locale, p)));
    const later = tags.flatMap((t) => needs[t].later.map((p) => part(locale, p)));
    const also = tags.flatMap((t) => needs[t].also.map(chunkFor));
    const start = [ENTRY, core, ...tags.map(chunkFor)];
    const usable = closure([...start, ...ui, ...first]);
    const total = closure([...start, ...ui, ...first, ...later, ...also]);
    rows.push({ page: name, usable: sum(usable), total: sum(total) });
    if (name === 'full guide' && locale === 'en')
      rows.push({ page: 'full guide + clinic content', usable: sum(usable), total: sum(closure([...total, ...clinic])) });
  };
  for (const [name, tags] of Object.entries(pages)) page(name, tags, 'en');
  // A page in another language fetches that language's strings and content
  // instead of the English content.
  for (const locale of targetLocales) page(`full guide, ${locale}`, pages['full guide'], locale);
  const perFile = [...closure([ENTRY], (f) => [...f.static, ...f.dynamic])].map((n) => {
    const { raw, gzip, brotli } = file(n);
    return { file: n.replace(/-[\w-]{8}\.js$/, '-*.js'), raw, gzip, brotli };
  });
  return { rows, perFile, classic: file('knee-pain-widgets.iife.js'), growth: growth(rows) };
}

// The content files behind each English part chunk (src/content/parts/*.ts):
// their items are what a clinic or a reviewer adds.
const partItems = {
  regions: ['regions.json', 'questions.json'],
  flags: ['red-flags.json', 'decision-rules.json'],
  conditions: ['conditions.json'],
  exercises: ['exercises.json'],
  sources: ['sources.json'],
};

/**
 * How the download grows: the average brotli bytes per content item of each
 * part (an item's text, compressed with the rest of its part), what a page in
 * each other language pays, and how much more the full guide can take before
 * its ceiling. Pages fetch only the parts their elements draw from, and only
 * their own language, so a new language costs English pages nothing.
 */
function growth(rows) {
  const content = new URL('../content/en/', import.meta.url);
  const parts = Object.entries(partItems).map(([name, jsons]) => {
    const items = jsons.reduce((n, j) => n + JSON.parse(readFileSync(new URL(j, content), 'utf8')).length, 0);
    const { brotli } = file(chunkFor(name));
    return { part: name, items, brotli, perItem: brotli / items };
  });
  const total = (name) => rows.find((r) => r.page === name)?.total.brotli ?? 0;
  const english = total('full guide');
  const locales = targetLocales.map((locale) => ({ locale, extra: total(`full guide, ${locale}`) - english }));
  return { parts, locales, headroom: budgets.total * KiB - english };
}

const k = (b) => (b / KiB).toFixed(1);

export function table({ rows, perFile, classic, growth: g }) {
  const out = [
    '| page | usable: files | usable: brotli KiB | total: files | total: raw KiB | total: gzip KiB | total: brotli KiB |',
    '|---|--:|--:|--:|--:|--:|--:|',
    ...rows.map(
      ({ page, usable: u, total: t }) =>
        `| ${page} | ${u.files} | ${k(u.brotli)} | ${t.files} | ${k(t.raw)} | ${k(t.gzip)} | ${k(t.brotli)} |`,
    ),
    '',
    '| file | raw KiB | gzip KiB | brotli KiB |',
    '|---|--:|--:|--:|',
    ...perFile.map((f) => `| ${f.file} | ${k(f.raw)} | ${k(f.gzip)} | ${k(f.brotli)} |`),
    `| knee-pain-widgets.iife.js (classic, self-contained) | ${k(classic.raw)} | ${k(classic.gzip)} | ${k(classic.brotli)} |`,
    '',
    'How it grows: each content item costs the pages that draw from its part about this much (brotli, averaged over the part); ' +
      `the full guide has ${k(g.headroom)} KiB left under its ${budgets.total} KiB ceiling.`,
    '',
    '| content part | items | brotli KiB | bytes per item | items that fit in the headroom |',
    '|---|--:|--:|--:|--:|',
    ...g.parts.map(
      (p) => `| ${p.part} | ${p.items} | ${k(p.brotli)} | ${p.perItem.toFixed(0)} | ${Math.floor(g.headroom / p.perItem)} |`,
    ),
    '',
    ...g.locales.map(
      (l) =>
        `A page in ${l.locale} pays ${k(l.extra)} KiB more than in English for the full guide (its strings, and its content instead of the English); English pages pay nothing for it.`,
    ),
  ];
  return out.join('\n');
}

export function overBudget({ rows }) {
  const problems = [];
  for (const { page, usable, total } of rows) {
    const guide = page.startsWith('full guide');
    const ceiling = page.includes('clinic') ? budgets.clinic : page.includes(',') ? budgets.locale : budgets.total;
    if (!guide && usable.brotli > budgets.usable * KiB)
      problems.push(`${page}: ${k(usable.brotli)} KiB brotli before it works, budget ${budgets.usable} KiB`);
    if (total.brotli > ceiling * KiB) problems.push(`${page}: ${k(total.brotli)} KiB brotli in all, ceiling ${ceiling} KiB`);
  }
  return problems;
}

/**
 * The peer's bytes: the committed record if it was measured on the peer
 * versions installed now, else a fresh build (`source` says which).
 */
export async function peerBytes() {
  const { buildPeer, peerVersions, recordPath } = await import('../bench/peer/build.mjs');
  const installed = peerVersions();
  const record = existsSync(recordPath) ? JSON.parse(readFileSync(recordPath, 'utf8')) : undefined;
  const differ = record
    ? Object.entries(installed)
        .filter(([name, v]) => record.versions?.[name] !== v)
        .map(([name, v]) => `${name} ${record.versions?.[name] ?? 'none'} → ${v}`)
    : ['no bench/results/peer-bytes.json'];
  if (!differ.length) return { ...record, source: `bench/results/peer-bytes.json, measured ${record.measured}` };
  const fresh = await buildPeer();
  return { ...fresh, source: `built now (${differ.join(', ')}; \`npm run bench\` updates the record)` };
}

/**
 * The map's page against the peer, and the classic file against its ceiling:
 * `{ ok, blocking, text }` each; a failed check with `blocking` fails the run.
 */
export function peerChecks({ rows, classic }, peer, b = peerBudgets) {
  const map = rows.find((r) => r.page === 'knee-pain-map');
  const whole = peer.total.brotli;
  const ratio = (x) => x / whole;
  const line = (what, x, budget) =>
    `${what}: ${k(x)} KiB, ${ratio(x).toFixed(2)}× the peer's ${k(whole)} KiB (budget ≤ ${budget}×)`;
  return [
    {
      ok: ratio(map.usable.brotli) <= b.usable,
      blocking: b.blocks,
      text: line('knee-pain-map usable', map.usable.brotli, b.usable),
    },
    {
      ok: ratio(map.total.brotli) <= b.total,
      blocking: b.blocks,
      text: line('knee-pain-map in all', map.total.brotli, b.total),
    },
    {
      ok: classic.brotli <= b.classic * KiB,
      blocking: b.blocks,
      text: `knee-pain-widgets.iife.js (classic, self-contained): ${k(classic.brotli)} KiB (budget ≤ ${b.classic} KiB)`,
    },
  ];
}

if (process.argv[1] && basename(process.argv[1]) === 'size.mjs') {
  const m = measure();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ ...m, peer: await peerBytes() }, null, 2));
  } else {
    console.log(table(m));
    const peer = await peerBytes();
    const v = peer.versions;
    console.log(
      `\nAgainst the peer, react-body-highlighter ${v['react-body-highlighter']} with React ${v.react} built by Vite ${v.vite} (${peer.source}):`,
    );
    const checks = peerChecks(m, peer);
    for (const c of checks) console.log(`  ${c.ok ? 'ok  ' : c.blocking ? 'OVER' : 'over target'} ${c.text}`);
    const problems = [...overBudget(m), ...checks.filter((c) => !c.ok && c.blocking).map((c) => c.text)];
    if (problems.length) {
      console.error(`\nOver budget:\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    console.log(`\nWithin budget: each element usable in ≤ ${budgets.usable} KiB brotli; any page ≤ ${budgets.total} KiB in all.`);
  }
}
