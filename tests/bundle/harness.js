// Loads the test harness only once our elements are defined, noting the
// window's keys first: the harness brings its own copy of Lit, with Lit's
// globals, which must not be mistaken for ours. No imports of its own.
export async function harnessAfterWidgets() {
  const tags = ['knee-pain-map', 'exercise-card', 'red-flag-checklist'];
  await Promise.race([
    Promise.all(tags.map((t) => customElements.whenDefined(t))),
    new Promise((r) => setTimeout(r, 5000)),
  ]);
  window.__globalsAfter = Object.keys(window);
  const [{ runTests }, { expect }, checks] = await Promise.all([
    import('@web/test-runner-mocha'),
    import('@open-wc/testing'),
    import('./checks.js'),
  ]);
  return { runTests, expect, ...checks };
}
