// Shared checks for the bundle test pages. Plain JS: the pages load only the
// built files, exactly as an embedder would.
import { expect } from '@open-wc/testing';

export const errors = window.__pageErrors ?? [];

/** Resolves when `tag` is defined; fails after `ms`. The script loads each element's chunk on demand. */
export function defined(tag, ms = 5000) {
  return Promise.race([
    customElements.whenDefined(tag),
    new Promise((_, fail) => setTimeout(() => fail(new Error(`<${tag}> was not defined within ${ms} ms`)), ms)),
  ]);
}

/** Every element upgrades and renders from the default content. */
export async function expectAllUpgraded(root = document) {
  for (const tag of ['knee-pain-map', 'exercise-card', 'red-flag-checklist']) {
    const els = [...root.querySelectorAll(tag)];
    expect(els.length, tag).to.be.greaterThan(0);
    await defined(tag);
    for (const el of els) {
      expect(el, tag).to.be.instanceOf(customElements.get(tag));
      await el.localeReady;
      await el.updateComplete;
      expect(el.shadowRoot.textContent.trim().length, tag).to.be.greaterThan(20);
    }
  }
}

/** Click a map region and see the panel change; the cards follow the map. */
export async function expectMapWorks(map) {
  const region = map.shadowRoot.querySelector('[data-region="below-kneecap"]');
  const seen = new Promise((r) => map.addEventListener('knee-region-select', (e) => r(e.detail), { once: true }));
  region.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  expect((await seen).region).to.equal('below-kneecap');
  await map.updateComplete;
  const panel = () => map.shadowRoot.querySelector('[part="panel"]').textContent;
  expect(panel()).to.match(/Just below the kneecap/i);
  // The causes are a part of the content loaded once the map connected.
  for (let i = 0; i < 100 && !/Kneecap tendon pain/.test(panel()); i++) await new Promise((r) => setTimeout(r, 20));
  expect(panel()).to.match(/Kneecap tendon pain/);
}

/**
 * No global variables besides what the page set: compares the window's keys
 * before our scripts with a snapshot taken right after them (the test harness
 * itself loads Lit later, which adds Lit's own globals).
 */
export function expectNoNewGlobals(before, after) {
  expect(after, 'snapshot after our scripts').to.be.an('array');
  // Names starting with __ are the test page's own and the runner's (__WTR_CONFIG__).
  const added = after.filter((k) => !before.includes(k) && !k.startsWith('__'));
  expect(added).to.deep.equal([]);
}
