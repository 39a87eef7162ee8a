// What a visitor does with the widgets on a real host's page (WordPress, Hugo),
// through Playwright: wait for them, read them, tap the map, tick a sign.
// Shared by tests/integrations/wordpress-check.mjs and hugo.mjs.

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Waits until every one of our elements on the page is defined and has rendered in its language. */
export async function widgetsReady(page) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('knee-pain-map, exercise-card, red-flag-checklist')].every(
        (el) => customElements.get(el.localName) && el.shadowRoot && el.shadowRoot.textContent.trim().length > 20 && !el.hasAttribute('aria-busy'),
      ),
    null,
    { timeout: 15_000 },
  );
}

/** An element's text, whitespace collapsed; for one of ours, its shadow root's. */
export const textOf = async (locator) => (await locator.evaluate((el) => (el.shadowRoot ?? el).textContent)).replace(/\s+/g, ' ').trim();

/** Waits until the locator's text matches `re` (up to 10 s) and returns it; fails saying what it saw. */
export async function waitForText(locator, re, what) {
  const end = Date.now() + 10_000;
  let text = '';
  while (Date.now() < end) {
    text = await textOf(locator);
    if (re.test(text)) return text;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what}: expected ${re}, saw "${text.slice(0, 300)}"`);
}

/** A visitor taps the spot just below the kneecap and reads its causes. */
export async function tapBelowKneecap(map) {
  await map.locator('[data-region="below-kneecap"]').click();
  await waitForText(map.locator('[part="panel"]'), /Just below the kneecap.*Kneecap tendon pain/, 'the map panel after tapping below the kneecap');
}

/** A visitor ticks the fever sign and is told to call `number`, with a link that dials it. */
export async function tickEmergencySign(list, number) {
  const status = list.locator('[part="status"]');
  const before = await textOf(status);
  await list.getByRole('checkbox', { name: /hot and swollen, and I have a fever/ }).check();
  const after = await waitForText(status, new RegExp(`Get emergency care now Call ${number}\\b`), 'the checklist status after ticking an emergency sign');
  assert(after !== before, 'the checklist status did not change');
  assert((await list.locator(`[part="status"] a[href="tel:${number}"]`).count()) === 1, `no tel:${number} link in the status`);
}
