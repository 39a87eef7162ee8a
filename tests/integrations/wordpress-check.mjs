// Uses the WordPress test site that tests/integrations/wordpress.sh sets up, in
// headless Chromium: the administrator saves the plugin's settings on its
// settings page, then a visitor opens the Author's posts and uses the widgets.
// Fails on any page error, console error or warning, failed request, or
// request to another host. Saves wordpress-360.png and
// wordpress-1280.png (into docs/ with KPW_SCREENSHOTS=docs). Needs KPW_URL, KPW_POSTS and KPW_ADMIN_PASSWORD.
import { tmpdir } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowser } from '../../scripts/browsers.mjs';
import { tapBelowKneecap, tickEmergencySign, waitForText, widgetsReady } from './visit.mjs';

const base = process.env.KPW_URL;
const posts = JSON.parse(readFileSync(process.env.KPW_POSTS, 'utf8'));
const adminPassword = process.env.KPW_ADMIN_PASSWORD;
if (!base || !posts.shortcodes || !adminPassword) throw new Error('Run through tests/integrations/wordpress.sh');

/** What the administrator saves on Settings → Knee Pain Widgets. */
const settings = { emergencyNumber: '999', sameDayContact: '111', theme: 'light', lang: 'en' };
const script = /<script[^>]+src=["'][^"']*\/wp-content\/plugins\/knee-pain-widgets\/assets\/knee-pain-widgets\.iife\.js\?ver=[^"']*["']/g;

const executablePath = findBrowser('chromium');
if (!executablePath) throw new Error('Chromium is missing: run `node scripts/ensure-browsers.mjs chromium`.');
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
const problems = [];
let passed = 0;
let failed = 0;

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

/** A browser tab that records everything that goes wrong in it, and reaches no other host. */
async function newPage(name, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${base}/`) || url === base) return route.continue();
    problems.push(`${name}: a request to another host: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`${name}: page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${name}: console ${m.type()}: ${m.text()}`);
  });
  page.on('requestfailed', (r) => {
    // A request cut short by leaving the page is not a failure.
    if (r.url().startsWith(base) && r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`${name}: request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${name}: HTTP ${r.status()} for ${r.url()}`);
  });
  return page;
}

/** Opens a post; returns its HTML as the server sent it. */
async function openPost(page, url) {
  const response = await page.goto(url, { waitUntil: 'load' });
  assert(response.ok(), `${url}: HTTP ${response.status()}`);
  const html = await response.text();
  // Kept with the logs when the test fails.
  if (process.env.KPW_LOG_DIR) writeFileSync(`${process.env.KPW_LOG_DIR}/${new URL(url).pathname.split('/').filter(Boolean).pop()}.html`, html);
  return html;
}

const attributesOf = (locator) => locator.evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
// --- The administrator saves the settings --------------------------------------
{
  const page = await newPage('admin');
  await check('the administrator logs in and finds the plugin active, with a Settings link', async () => {
    await page.goto(`${base}/wp-login.php`);
    await page.fill('#user_login', 'admin');
    await page.fill('#user_pass', adminPassword);
    await page.click('#wp-submit');
    await page.waitForURL(/\/wp-admin\/?$/);
    await page.goto(`${base}/wp-admin/plugins.php`);
    const row = page.locator('tr[data-plugin="knee-pain-widgets/knee-pain-widgets.php"]');
    assert((await row.getAttribute('class')).split(/\s+/).includes('active'), 'the plugin row is not active');
    await row.getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL(/options-general\.php\?page=kpw-settings/);
  });
  await check('Settings → Knee Pain Widgets saves the emergency number, same-day contact, theme and language', async () => {
    assert((await page.locator('h1').textContent()).trim() === 'Knee Pain Widgets', 'no settings page heading');
    await page.getByLabel('Emergency number').fill(settings.emergencyNumber);
    await page.getByLabel('Same-day contact').fill(settings.sameDayContact);
    await page.getByLabel('Theme').selectOption(settings.theme);
    await page.getByLabel('Language').selectOption(settings.lang);
    await page.getByRole('button', { name: 'Save Changes' }).click();
    await page.waitForLoadState('load');
    await waitForText(page.locator('#setting-error-settings_updated'), /Settings saved/, 'the notice after saving');
    assert((await page.getByLabel('Emergency number').inputValue()) === settings.emergencyNumber, 'the emergency number did not stay');
    assert((await page.getByLabel('Theme').inputValue()) === settings.theme, 'the theme did not stay');
  });
  await check('an invalid emergency number is refused, says why, and the saved one stays', async () => {
    await page.getByLabel('Emergency number').fill('call us <b>now</b>');
    await page.getByRole('button', { name: 'Save Changes' }).click();
    await page.waitForLoadState('load');
    await waitForText(page.locator('#setting-error-kpw_invalid_emergency_number'), /emergency number was not saved/, 'the error after an invalid number');
    assert((await page.getByLabel('Emergency number').inputValue()) === settings.emergencyNumber, 'the saved emergency number changed');
  });
  await page.context().close();
}

// --- A visitor reads the Author's posts ----------------------------------------
{
  const page = await newPage('plain post');
  await check('a post without widgets does not load the script', async () => {
    const html = await openPost(page, posts.plain);
    assert(/Clinic opening hours/.test(html), 'not the plain post');
    assert(!/knee-pain-widgets/.test(html), 'the page mentions knee-pain-widgets (script or comment)');
  });
  await page.context().close();
}

{
  const page = await newPage('shortcodes post');
  let html = '';
  await check('the shortcodes post loads the script once and renders every widget', async () => {
    html = await openPost(page, posts.shortcodes);
    assert((html.match(script) ?? []).length === 1, `the script tag appears ${(html.match(script) ?? []).length} times`);
    await widgetsReady(page);
    assert((await page.locator('knee-pain-guide knee-pain-map').count()) === 1, 'no map inside the guide');
    assert((await page.locator(':not(:defined)').count()) === 0, 'an element is not defined');
  });
  await check('unknown and invalid shortcode attributes are dropped with a comment saying why', async () => {
    assert(html.includes('<!-- knee-pain-widgets: dropped attribute "colour": not a known attribute'), 'no comment for colour="red"');
    assert(html.includes('<!-- knee-pain-widgets: dropped attribute "view": "sideways" must be one of: front, back -->'), 'no comment for view="sideways"');
    const tag = html.match(/<knee-pain-map\b[^>]*>/)?.[0] ?? '';
    assert(/ side="left"/.test(tag) && !/colour|view=/.test(tag), `the map as sent: ${tag}`);
  });
  await check('the settings reach the shortcodes: emergency number, same-day contact, theme, language', async () => {
    const list = await attributesOf(page.locator('red-flag-checklist'));
    const want = { 'emergency-number': '999', 'same-day-contact': '111', theme: 'light', lang: 'en' };
    for (const [k, v] of Object.entries(want)) assert(list[k] === v, `checklist ${k}="${list[k]}", expected "${v}"`);
    const card = await attributesOf(page.locator('exercise-card').first());
    assert(card.theme === 'light' && card.lang === 'en' && card['heading-level'] === '3' && !('emergency-number' in card), `card attributes: ${JSON.stringify(card)}`);
  });
  await check('tapping below the kneecap on the map shows its causes', () => tapBelowKneecap(page.locator('knee-pain-map')));
  await check('ticking an emergency sign on the checklist says "Call 999"', () => tickEmergencySign(page.locator('red-flag-checklist'), '999'));
  await check('"Start" on the exercise card starts the session', async () => {
    const card = page.locator('exercise-card[exercise="wall-sit"]');
    await card.getByRole('button', { name: 'Start', exact: true }).click();
    await card.getByRole('button', { name: /^(Pause|Set done|Done)/ }).first().waitFor({ timeout: 10_000 });
  });
  await page.context().close();
}

{
  const page = await newPage('Custom HTML post');
  await check('the Custom HTML post by the Author keeps its elements and loads the script once', async () => {
    const html = await openPost(page, posts.html);
    assert((html.match(script) ?? []).length === 1, `the script tag appears ${(html.match(script) ?? []).length} times`);
    // kses keeps the script's text as text, and removes the element.
    assert(!/<script[^>]*>[^<]*script by an author/.test(html), "the Author's own <script> reached the page");
    assert((await page.title()) !== 'script by an author', "the Author's own script ran");
    await widgetsReady(page);
  });
  await check('the settings reach the HTML elements; theme="auto" keeps the map following the page', async () => {
    const list = await attributesOf(page.locator('red-flag-checklist'));
    const want = { 'emergency-number': '999', 'same-day-contact': '111', theme: 'light', lang: 'en' };
    for (const [k, v] of Object.entries(want)) assert(list[k] === v, `checklist ${k}="${list[k]}", expected "${v}"`);
    const map = await attributesOf(page.locator('knee-pain-map'));
    assert(map.side === 'right' && !('theme' in map) && map['emergency-number'] === '999' && !('onclick' in map), `map attributes: ${JSON.stringify(map)}`);
  });
  await check('tapping below the kneecap on the map shows its causes', () => tapBelowKneecap(page.locator('knee-pain-map')));
  await check('ticking an emergency sign on the checklist says "Call 999"', () => tickEmergencySign(page.locator('red-flag-checklist'), '999'));
  await page.context().close();
}

{
  const page = await newPage('classic post');
  await check('in the classic editor, a shortcode\'s own emergency number wins over the setting', async () => {
    await openPost(page, posts.classic);
    await widgetsReady(page);
    const list = await attributesOf(page.locator('red-flag-checklist'));
    assert(list['emergency-number'] === '112' && !('theme' in list) && list['same-day-contact'] === '111', `checklist attributes: ${JSON.stringify(list)}`);
    await tickEmergencySign(page.locator('red-flag-checklist'), '112');
    assert((await page.locator('exercise-card[exercise="bridge"]').count()) === 1, 'no bridge card');
  });
  await page.context().close();
}

// --- Screenshots of the shortcodes post, the map in use ------------------------
// Into docs/ only when asked (KPW_SCREENSHOTS=docs), so a test run leaves the tree as it was;
// otherwise into the temp folder, still checking the page does not scroll sideways.
const shots = process.env.KPW_SCREENSHOTS === 'docs' ? 'docs' : tmpdir();
for (const [width, height] of [
  [360, 780],
  [1280, 900],
]) {
  const page = await newPage(`screenshot ${width}`, { width, height });
  await check(`screenshot at ${width} px: ${shots}/wordpress-${width}.png`, async () => {
    await openPost(page, posts.shortcodes);
    await widgetsReady(page);
    const map = page.locator('knee-pain-map');
    await tapBelowKneecap(map);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    // The page from its top to the tapped region's causes (the whole post is
    // several screens long).
    const causes = await map.locator('details[data-cause]').last().boundingBox();
    assert(causes, 'the causes are not shown');
    const bottom = Math.ceil(causes.y + causes.height + 12 + (await page.evaluate(() => scrollY)));
    await page.screenshot({ path: `${shots}/wordpress-${width}.png`, fullPage: true, clip: { x: 0, y: 0, width, height: bottom }, animations: 'disabled' });
  });
  await page.context().close();
}

await browser.close();

for (const p of problems) {
  failed++;
  console.log(`  FAIL ${p}`);
}
console.log(`wordpress: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
