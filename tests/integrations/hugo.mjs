#!/usr/bin/env node
// The Hugo shortcodes (integrations/hugo/), tested for real with Debian's
// `hugo`: builds a small site the way the README says (the shortcodes and
// partials copied into layouts/, the classic script into static/js/) under a
// base URL with a path (/safe/), with Hugo's default Markdown settings, where
// the shortcodes must work and raw HTML must not; builds it again with
// markup.goldmark.renderer.unsafe = true (/unsafe/), where a page of raw HTML
// must work; checks the shortcodes' attribute checks, the build warnings,
// params.kneePainWidgets (site settings, strict mode, an invalid setting);
// then serves both builds on 127.0.0.1 and uses the widgets in headless
// Chromium: taps a map region and reads its causes, ticks a sign on the
// checklist, and checks that the card in a guide follows that guide's map
// only. Fails on any page error, console error or warning, failed request or
// request to another host. Saves hugo-360.png and hugo-1280.png (into docs/
// with KPW_SCREENSHOTS=docs, as the WordPress test does; otherwise into the
// temp folder, so a test run leaves the tree as it was).
//
// Installs hugo when it can (root, or sudo without a password); otherwise
// prints the command and skips, except under CI=true, where it fails.
//
//   npm run test:hugo          HUGO=/path/to/hugo to use another binary
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const started = Date.now();
const say = (m) => console.log(`hugo: ${m}`);
const hugoBin = process.env.HUGO || 'hugo';
const ci = process.env.CI === 'true';

// --- 1. Hugo ---------------------------------------------------------------------
const hugoVersion = () => {
  const r = spawnSync(hugoBin, ['version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
};
function asRoot() {
  if (process.getuid?.() === 0) return [];
  if (spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) return ['sudo', '-n'];
  return null;
}
function aptInstall(prefix) {
  const run = (args) => {
    const [cmd, ...rest] = [...prefix, 'apt-get', ...args];
    return spawnSync(cmd, rest, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  };
  const install = ['install', '-y', '-qq', '--no-install-recommends', 'hugo'];
  return run(install) || (run(['update', '-qq']) && run(install));
}

let version = hugoVersion();
if (!version) {
  const prefix = asRoot();
  if (prefix && existsSync('/usr/bin/apt-get') && hugoBin === 'hugo') {
    say('installing hugo (apt-get install -y --no-install-recommends hugo)…');
    aptInstall(prefix);
    version = hugoVersion();
  }
}
if (!version) {
  const message = 'hugo not installed (run: sudo apt-get install -y hugo)';
  if (ci) {
    console.error(`hugo: FAILED: ${message}`);
    process.exit(1);
  }
  console.log(`SKIPPED: ${message}`);
  process.exit(0);
}
say(version.split(' ').slice(0, 2).join(' '));

// --- 2. The script and the browser ----------------------------------------------
// npm test builds it first; run alone, this builds it only when it is missing
// (and says so when src/ has changed since: run `npm run build`).
const script = join(root, 'dist/knee-pain-widgets.iife.js');
if (!existsSync(script)) {
  say('building the bundle (npm run build)…');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
} else {
  const built = statSync(script).mtimeMs;
  const changed = (p) => {
    const s = statSync(p);
    return s.mtimeMs > built || (s.isDirectory() && readdirSync(p).some((n) => changed(join(p, n))));
  };
  if (['src', 'content', 'rollup.config.mjs'].some((p) => existsSync(join(root, p)) && changed(join(root, p)))) {
    say('note: dist/knee-pain-widgets.iife.js is older than src/ or content/: testing it as built (npm run build to rebuild)');
  }
}
execFileSync(process.execPath, [join(root, 'scripts/ensure-browsers.mjs'), 'chromium'], { stdio: 'inherit' });
const { chromium } = await import('playwright-core');
const { chromiumArgs, findBrowser } = await import('../../scripts/browsers.mjs');
const { tapBelowKneecap, tickEmergencySign, waitForText, widgetsReady } = await import('./visit.mjs');
const executablePath = findBrowser('chromium');
if (!executablePath) throw new Error('Chromium is missing: run `node scripts/ensure-browsers.mjs chromium`.');

// --- Checks ----------------------------------------------------------------------
let passed = 0;
let failed = 0;
const problems = [];
/** A check, named as a person would say it; a failure is reported and the run goes on. */
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`  ok  ${name}`);
  } catch (e) {
    failed++;
    console.log(`  FAIL ${name}\n       ${String(e.message ?? e).split('\n').join('\n       ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

// --- 3. The site ------------------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'kpw-hugo-'));
const site = join(work, 'site');
const write = (path, text) => {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), text);
};
// As the README says: integrations/hugo/layouts into the site's layouts/, the script into static/js/.
cpSync(join(root, 'integrations/hugo/layouts'), join(site, 'layouts'), { recursive: true });
mkdirSync(join(site, 'static/js'), { recursive: true });
cpSync(script, join(site, 'static/js/knee-pain-widgets.iife.js'));

write(
  'hugo.toml',
  `title = "Mile Markers"
languageCode = "en-gb"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]

[params.kneePainWidgets]
emergencyNumber = "999"
theme = "light"
`,
);
write('unsafe.toml', `[markup.goldmark.renderer]\nunsafe = true\n\n[params]\n# The test layout calls knee-pain-widgets/head.html in <head> only in this build.\nkpwHeadPartial = true\n`);
write('strict.toml', `[params.kneePainWidgets]\nstrict = true\n`);
write('bad-setting.toml', `[params.kneePainWidgets]\nemergencyNumber = "call 999"\n`);

// A theme that knows nothing of the widgets (a light reset, content styles),
// as a site would have. The unsafe build's also calls the head partial.
write(
  'layouts/_default/baseof.html',
  `<!doctype html>
<html lang="{{ site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ site.Title }}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="{{ "css/site.css" | relURL }}">
{{- if site.Params.kpwHeadPartial }}
{{ partial "knee-pain-widgets/head.html" . }}
{{- end }}
</head>
<body>
<header class="site"><a href="{{ "" | relURL }}">{{ site.Title }}</a><span>Running, slowly, for a long time</span></header>
<main>{{ block "main" . }}{{ end }}</main>
<footer class="site">Not medical advice. If your knee worries you, see a physiotherapist.</footer>
</body>
</html>
`,
);
write(
  'layouts/_default/single.html',
  `{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ with .Params.lede }}<p class="lede">{{ . }}</p>{{ end }}{{ .Content }}</article>{{ end }}\n`,
);
write(
  'layouts/_default/list.html',
  `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n`,
);
write(
  'static/css/site.css',
  `*, *::before, *::after { box-sizing: border-box; }
body, h1, h2, h3, p, ul, figure, blockquote { margin: 0; }
:root { color-scheme: light; --ink: #1f2a2e; --soft: #4b5a60; --paper: #fbfaf7; --accent: #0f6b5c; }
body { background: var(--paper); color: var(--ink); font: 1.0625rem/1.6 Georgia, "Times New Roman", serif; }
header.site, footer.site, main { max-width: 44rem; margin: 0 auto; padding: 1rem 1.125rem; }
header.site { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; align-items: baseline; border-bottom: 1px solid #dcd8cf; }
header.site a { color: var(--accent); font: 700 1.25rem/1.2 system-ui, sans-serif; text-decoration: none; }
header.site span, footer.site { color: var(--soft); font: 0.875rem/1.4 system-ui, sans-serif; }
footer.site { border-top: 1px solid #dcd8cf; margin-top: 2rem; }
main h1 { font: 700 1.9rem/1.2 system-ui, sans-serif; margin: 0.75rem 0 0.5rem; }
main h2 { font: 700 1.35rem/1.3 system-ui, sans-serif; margin: 2rem 0 0.5rem; }
main p, main ul { margin: 0 0 1rem; }
main ul { padding-left: 1.25rem; }
.lede { color: var(--soft); font-size: 1.125rem; }
main knee-pain-map, main exercise-card, main red-flag-checklist { margin: 0 0 1.5rem; }
main knee-pain-guide { display: block; border-left: 4px solid var(--accent); padding-left: 0.875rem; margin: 0 0 1.5rem; }
a { color: var(--accent); }
`,
);
write('content/_index.md', `---\ntitle: Posts\n---\n`);
write(
  'content/knee-pain.md',
  `---
title: "Where does your knee hurt?"
lede: "Most running knee pain settles with a change in training and some strength work. Start by finding the spot."
---
Tap the spot where it hurts on the map to see what may cause it:

{{< knee-pain-map side="left" >}}

This is the exercise most runners are given first:

{{< exercise-card exercise="wall-sit" heading-level="3" >}}

## When to stop and get help

{{< red-flag-checklist emergency-number="999" same-day-contact="111" >}}

## The other knee

If the other knee hurts too, this second map keeps its own answer, and the exercises under it follow it.

{{< knee-pain-guide >}}
Tap where your **right** knee hurts:

{{< knee-pain-map side="right" >}}

{{< exercise-card heading-level="3" >}}
{{< /knee-pain-guide >}}
`,
);
write(
  'content/attributes.md',
  `---
title: "Attributes"
---
{{< knee-pain-map side=" LEFT " colour="red" view="sideways" >}}

{{< exercise-card exercise="wall-sit" heading_level=3 sound=true vibrate="false" theme="auto" >}}

{{< exercise-card exercise="Wall Sit" >}}

{{< red-flag-checklist emergency-number="<b>1</b>" sameDayContact="https://example.org/same-day?a=1&b=2" persist=yes mode="clinician" lang="en\\" onclick=\\"alert(1)" >}}

{{< red-flag-checklist emergency-number="112" >}}

{{< knee-pain-guide content-src="clinic/content.json" content-timeout="0900" >}}
{{< knee-pain-map selected="below-kneecap" >}}
{{< /knee-pain-guide >}}

{{< exercise-card wall-sit >}}
`,
);
const rawHtml = `Written as HTML, which Hugo passes through only with \`markup.goldmark.renderer.unsafe = true\`:

<knee-pain-map side="right"></knee-pain-map>

<red-flag-checklist emergency-number="999"></red-flag-checklist>

<knee-pain-guide>
<knee-pain-map side="left"></knee-pain-map>
<exercise-card heading-level="3"></exercise-card>
</knee-pain-guide>
`;
write('content/from-layout.md', `---\ntitle: "Elements from a layout"\nkneePainWidgets: true\n---\nThis page's layout would add the elements.\n`);
write('content/raw-html.md', `---\ntitle: "Raw HTML"\n---\n${rawHtml}`);

// --- 4. The server: /safe/ and /unsafe/ ----------------------------------------
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const m = /^\/(safe|unsafe)(\/.*)$/.exec(path);
  let file = m && normalize(join(work, `public-${m[1]}`, m[2]));
  if (file && !file.startsWith(join(work, `public-${m[1]}`) + sep)) file = null;
  if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file || !existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

function hugo(name, configs) {
  const r = spawnSync(hugoBin, ['--config', configs.join(','), '--baseURL', `${origin}/${name}/`, '--destination', join(work, `public-${name}`), '--cleanDestinationDir'], {
    cwd: site,
    encoding: 'utf8',
  });
  return { ok: r.status === 0, log: `${r.stdout}\n${r.stderr}` };
}
const builtPage = (name, page) => readFileSync(join(work, `public-${name}`, page, 'index.html'), 'utf8');
const scriptTag = (name) => new RegExp(`<script src="/${name}/js/knee-pain-widgets\\.iife\\.js" defer></script>`, 'g');
const count = (text, re) => (text.match(re) ?? []).length;
const startTag = (html, tag, n = 0) => [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))][n]?.[0] ?? '(none)';

// --- 5. The builds -------------------------------------------------------------
let safe;
await check('the site builds with Hugo\'s default Markdown settings (raw HTML off), under a base URL with a path', () => {
  safe = hugo('safe', ['hugo.toml']);
  assert(safe.ok, `hugo failed:\n${safe.log}`);
});
await check('the shortcodes page has the script once, from the site\'s base URL, and every element', () => {
  const html = builtPage('safe', 'knee-pain');
  assert(count(html, scriptTag('safe')) === 1, `the script tag appears ${count(html, scriptTag('safe'))} times`);
  assert(count(html, /<script\b/g) === 1, 'another script on the page');
  for (const [tag, n] of [['knee-pain-map', 2], ['exercise-card', 2], ['red-flag-checklist', 1], ['knee-pain-guide', 1]]) {
    assert(count(html, new RegExp(`<${tag}\\b`, 'g')) === n, `${count(html, new RegExp(`<${tag}\\b`, 'g'))} <${tag}>, expected ${n}`);
  }
  assert(!html.includes('raw HTML omitted'), 'Hugo omitted raw HTML');
  assert(!/KPWELEMENT/.test(html), 'a placeholder was left in the page');
  const guide = html.slice(html.indexOf('<knee-pain-guide'), html.indexOf('</knee-pain-guide>'));
  assert(/<p>Tap where your <strong>right<\/strong> knee hurts:<\/p>\s*<knee-pain-map side="right" emergency-number="999" theme="light"><\/knee-pain-map>\s*<exercise-card heading-level="3" theme="light"><\/exercise-card>\s*$/.test(guide), `the guide as built:\n${guide}`);
});
await check('the shortcodes check their attributes: unknown and invalid ones are dropped, with a build warning and a comment saying why', () => {
  const html = builtPage('safe', 'attributes');
  const want = [
    '<!-- knee-pain-widgets: dropped attribute "colour": not a known attribute of &lt;knee-pain-map&gt; (known: side, view, selected, emergency-number, same-day-contact, theme, lang) -->',
    '<!-- knee-pain-widgets: dropped attribute "view": "sideways" must be one of: front, back -->',
    '<!-- knee-pain-widgets: dropped attribute "exercise": "Wall Sit" must be an id in lowercase kebab-case, like wall-sit -->',
    '<!-- knee-pain-widgets: dropped attribute "emergency-number": "&lt;b&gt;1&lt;/b&gt;" must be a phone number: 2 to 15 digits, with spaces, +, -, * or # only -->',
    '<!-- knee-pain-widgets: dropped attribute "lang": "en\\" onclick=\\"alert(1)" must be a language tag, like en, es or en-GB -->',
    '<!-- knee-pain-widgets: ignored "wall-sit": write each attribute as name="value" (known: exercise, heading-level, sound, vibrate, theme, lang) -->',
  ];
  for (const w of want) assert(html.includes(w), `missing: ${w}\nin:\n${html}`);
  assert(!/onclick|<b>|alert/.test(html.replace(/<!--[\s\S]*?-->/g, '')), 'a dropped value reached the markup');
  for (const w of ['attributes.md:4:1": knee-pain-widgets: dropped attribute "colour"', 'attributes.md:4:1": knee-pain-widgets: dropped attribute "view"', 'attributes.md:10:1": knee-pain-widgets: dropped attribute "emergency-number"']) {
    assert(safe.log.includes(w), `no build warning ${w}\n${safe.log}`);
  }
});
await check('valid attributes are normalised, escaped, and the site settings fill the rest (theme="auto" keeps a widget following its page)', () => {
  const html = builtPage('safe', 'attributes');
  const tags = {
    map: startTag(html, 'knee-pain-map'),
    card: startTag(html, 'exercise-card'),
    card2: startTag(html, 'exercise-card', 1),
    list: startTag(html, 'red-flag-checklist'),
    list2: startTag(html, 'red-flag-checklist', 1),
    guide: startTag(html, 'knee-pain-guide'),
    guideMap: startTag(html, 'knee-pain-map', 1),
  };
  const want = {
    map: '<knee-pain-map side="left" emergency-number="999" theme="light">',
    card: '<exercise-card exercise="wall-sit" heading-level="3" sound>',
    card2: '<exercise-card theme="light">',
    list: `<red-flag-checklist emergency-number="999" same-day-contact="https://example.org/same-day?a=1&amp;b=2" mode="clinician" persist theme="light">`,
    list2: '<red-flag-checklist emergency-number="112" theme="light">',
    guide: '<knee-pain-guide content-src="/safe/clinic/content.json" content-timeout="900">',
    guideMap: '<knee-pain-map selected="below-kneecap" emergency-number="999" theme="light">',
  };
  for (const [k, v] of Object.entries(want)) assert(tags[k] === v, `${k}: built ${tags[k]}, expected ${v}`);
});
await check('with the default settings, raw HTML in Markdown is omitted (so the README\'s advice is right)', () => {
  const html = builtPage('safe', 'raw-html');
  assert(html.includes('<!-- raw HTML omitted -->'), 'no "raw HTML omitted"');
  assert(!/<knee-pain-map|<script src/.test(html), 'an element or the script reached the page');
});
await check('params.kneePainWidgets.strict = true makes a dropped attribute a build error', () => {
  const r = hugo('strict', ['hugo.toml', 'strict.toml']);
  assert(!r.ok, 'the strict build passed');
  assert(/attributes\.md:4:1": knee-pain-widgets: dropped attribute "colour"/.test(r.log), `the error does not say why:\n${r.log}`);
});
await check('an invalid site setting is a build error naming it', () => {
  const r = hugo('bad', ['hugo.toml', 'bad-setting.toml']);
  assert(!r.ok, 'the build passed');
  assert(r.log.includes('knee-pain-widgets: the site parameter params.kneePainWidgets.emergencyNumber = "call 999" must be a phone number'), `the error does not say why:\n${r.log}`);
});
let unsafe;
await check('the site builds with markup.goldmark.renderer.unsafe = true', () => {
  unsafe = hugo('unsafe', ['hugo.toml', 'unsafe.toml']);
  assert(unsafe.ok, `hugo failed:\n${unsafe.log}`);
});
await check('with unsafe = true, the raw HTML page keeps its elements; the head partial adds the script once, where a page uses the widgets', () => {
  const html = builtPage('unsafe', 'raw-html');
  assert(!html.includes('raw HTML omitted'), 'Hugo omitted raw HTML');
  assert(count(html, scriptTag('unsafe')) === 1 && html.indexOf('knee-pain-widgets.iife.js') < html.indexOf('</head>'), 'the script is not in <head> exactly once');
  assert(html.includes('<knee-pain-guide>\n<knee-pain-map side="left"></knee-pain-map>'), 'the guide is not as written');
  const shortcodes = builtPage('unsafe', 'knee-pain');
  assert(count(shortcodes, scriptTag('unsafe')) === 1, `the shortcodes page has the script ${count(shortcodes, scriptTag('unsafe'))} times with the head partial too`);
  assert(!/<script src/.test(builtPage('unsafe', '')), 'the home page (no widgets) loads the script');
  assert(count(builtPage('unsafe', 'from-layout'), scriptTag('unsafe')) === 1, 'a page with kneePainWidgets: true in its front matter does not load the script once');
});

// --- 6. In the browser -----------------------------------------------------------
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
async function newPage(name, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    problems.push(`${name}: a request to another host: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`${name}: page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${name}: console ${m.type()}: ${m.text()}`);
  });
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`${name}: request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${name}: HTTP ${r.status()} for ${r.url()}`);
  });
  return page;
}
async function open(page, path) {
  const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  assert(response.ok(), `${path}: HTTP ${response.status()}`);
  await widgetsReady(page);
  await page.waitForFunction(() => customElements.get('knee-pain-guide'), null, { timeout: 15_000 });
  assert((await page.locator(':not(:defined)').count()) === 0, 'an element is not defined');
}
const guideHint = /Choose where it hurts on the knee map, and exercises that may help will appear here/;

{
  const page = await newPage('shortcodes page');
  const guide = page.locator('knee-pain-guide');
  const guideCard = guide.locator('exercise-card');
  await check('the shortcodes page (raw HTML off) loads, and every widget renders', () => open(page, '/safe/knee-pain/'));
  await check('tapping below the kneecap on the map shows its causes ("Kneecap tendon pain")', () => tapBelowKneecap(page.locator('main > article > knee-pain-map')));
  await check('the card in the guide does not follow the map outside the guide', () => waitForText(guideCard, guideHint, 'the guide\'s card'));
  await check('the fixed card shows its exercise, "Wall sit"', () => waitForText(page.locator('main > article > exercise-card [part="card"] h3'), /^Wall sit$/i, 'the card\'s heading'));
  await check('ticking a sign on the checklist changes its status to "Call 999"', () => tickEmergencySign(page.locator('red-flag-checklist'), '999'));
  await check('the card in the guide follows the guide\'s map: exercises for the outer side of the knee', async () => {
    await guide.locator('knee-pain-map [data-region="outer-joint-line"]').click();
    await waitForText(guide.locator('knee-pain-map [part="panel"]'), /Outer side of the knee.*IT band pain/, 'the guide map\'s panel');
    await waitForText(guideCard, /Exercises that may help with pain here: Outer side of the knee/, 'the guide\'s card');
    assert((await guideCard.locator('[part="card"] h3').count()) === 1, 'the guide\'s card shows no exercise');
  });
  await page.context().close();
}
{
  const page = await newPage('raw HTML page');
  await check('the raw HTML page (unsafe = true) loads, every widget renders, the map and checklist work', async () => {
    await open(page, '/unsafe/raw-html/');
    await tapBelowKneecap(page.locator('main > article knee-pain-map[side="right"]'));
    await tickEmergencySign(page.locator('red-flag-checklist'), '999');
    const guide = page.locator('knee-pain-guide');
    await waitForText(guide.locator('exercise-card'), guideHint, 'the guide\'s card');
    await guide.locator('knee-pain-map [data-region="below-kneecap"]').click();
    await waitForText(guide.locator('exercise-card'), /Exercises that may help with pain here: Just below the kneecap/, 'the guide\'s card');
  });
  await page.context().close();
}
{
  const page = await newPage('shortcodes page, unsafe build');
  await check('the shortcodes page works with unsafe = true too', async () => {
    await open(page, '/unsafe/knee-pain/');
    await tapBelowKneecap(page.locator('main > article > knee-pain-map'));
  });
  await page.context().close();
}

// --- 7. Screenshots of the shortcodes page, both maps in use -----------------------
const shots = process.env.KPW_SCREENSHOTS === 'docs' ? join(root, 'docs') : work;
for (const [width, height] of [
  [360, 780],
  [1280, 900],
]) {
  const page = await newPage(`screenshot ${width}`, { width, height });
  await check(`screenshot at ${width} px: ${join(shots, `hugo-${width}.png`)}`, async () => {
    await open(page, '/safe/knee-pain/');
    await tapBelowKneecap(page.locator('main > article > knee-pain-map'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    // The page from its top to the tapped region's causes (the whole page is
    // several screens long).
    const causes = await page.locator('main > article > knee-pain-map details[data-cause]').last().boundingBox();
    assert(causes, 'the causes are not shown');
    const bottom = Math.ceil(causes.y + causes.height + 10 + (await page.evaluate(() => scrollY)));
    await page.screenshot({ path: join(shots, `hugo-${width}.png`), fullPage: true, clip: { x: 0, y: 0, width, height: bottom }, animations: 'disabled' });
  });
  await page.context().close();
}

await browser.close();
server.close();

for (const p of problems) {
  failed++;
  console.log(`  FAIL ${p}`);
}
if (failed) console.log(`hugo: the site is kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(`hugo: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failed ? 1 : 0);
