// Loaded first by the CSP pages, as an external script (their policy blocks
// inline ones): records every Content-Security-Policy violation, every
// uncaught error and every console error or warning, for the test page
// outside the frame to read.
window.__violations = [];
window.__pageErrors = [];
window.__console = [];
addEventListener(
  'securitypolicyviolation',
  (e) =>
    window.__violations.push({
      directive: e.effectiveDirective || e.violatedDirective,
      blocked: e.blockedURI,
      source: e.sourceFile,
      line: e.lineNumber,
      sample: e.sample,
      disposition: e.disposition,
    }),
  true,
);
addEventListener('error', (e) => window.__pageErrors.push(e.message || String(e.error)));
addEventListener('unhandledrejection', (e) => window.__pageErrors.push(String(e.reason)));
for (const level of ['error', 'warn']) {
  const original = console[level];
  console[level] = (...args) => {
    window.__console.push({ level, text: args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(' ') });
    original.apply(console, args);
  };
}
