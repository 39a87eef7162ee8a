// Loads the test harness (mocha, and @open-wc/testing with its own copy of
// Lit and Lit's globals) only once our elements are defined, noting the
// window's keys first, so Lit's globals are not mistaken for ours. Before
// that, only ../visitor.ts loads: it has no Lit and nothing from src/.
const TAGS = ['knee-pain-map', 'exercise-card', 'red-flag-checklist'];

/**
 * Resolves once our elements are defined (the script loads each one's chunk
 * on demand), or after 5 s: the tests then say which one is missing.
 */
export async function widgetsDefined() {
  const { definedIn } = await import('../visitor.ts');
  await definedIn(window, TAGS).catch(() => undefined);
}

export async function harnessAfterWidgets() {
  await widgetsDefined();
  window.__globalsAfter = Object.keys(window);
  const [{ runTests }, { expect }, checks] = await Promise.all([
    import('@web/test-runner-mocha'),
    import('@open-wc/testing'),
    import('./checks.js'),
  ]);
  return { runTests, expect, ...checks };
}
