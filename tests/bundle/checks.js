// Expectations the bundle pages share. Loaded by harness.js once our
// elements are defined, as it brings @open-wc/testing (and Lit).
import { expect } from '@open-wc/testing';
import { definedIn, nextEvent, rendered, selectRegion } from '../visitor.ts';

export const errors = window.__pageErrors ?? [];

const TAGS = ['knee-pain-map', 'exercise-card', 'red-flag-checklist'];

/** Every element in `root` is an instance of its class and renders from the default content. */
export async function expectAllUpgraded(root = document) {
  for (const tag of TAGS) expect(root.querySelectorAll(tag).length, tag).to.be.greaterThan(0);
  await definedIn(window, TAGS);
  for (const tag of TAGS) {
    for (const el of root.querySelectorAll(tag)) expect(el, tag).to.be.instanceOf(customElements.get(tag));
  }
  await rendered(root, TAGS);
}

/** A real click on a map region: the map says so, and its panel names the spot and lists its causes. */
export async function expectMapWorks(map) {
  const seen = nextEvent(map, 'knee-region-select');
  // The causes are a part of the content loaded once the map connected.
  await selectRegion(map, 'below-kneecap', /Just below the kneecap/i, /Kneecap tendon pain/);
  expect((await seen).detail.region).to.equal('below-kneecap');
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
