// Finds the browsers the tests use. Debian's packages only: npm tools cannot
// download browsers on this network.
import { existsSync } from 'node:fs';

const candidates = {
  chromium: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  firefox: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
  // WebKitGTK's MiniBrowser, driven by WebKitWebDriver under a virtual display.
  webkit: ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'],
};

/** What each engine needs beyond its browser binary (WebKit runs under Xvfb via WebKitWebDriver). */
const helpers = {
  chromium: [],
  firefox: [],
  webkit: ['/usr/bin/WebKitWebDriver', '/usr/bin/Xvfb'],
};

/** The Debian packages that provide each engine. */
export const debianPackages = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb', 'xauth'],
};

export const engines = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

/** Path of the first installed browser of this kind (with its helpers), or undefined. */
export function findBrowser(kind) {
  const fromEnv = process.env[`${kind.toUpperCase()}_PATH`];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (!helpers[kind].every((p) => existsSync(p))) return undefined;
  return candidates[kind].find((p) => existsSync(p));
}

/**
 * The engines to test: `KNEE_ENGINES=chromium,firefox` picks some; by default
 * all three. Returns the wanted engines split into present and missing.
 */
export function wantedEngines(env = process.env) {
  const wanted = (env.KNEE_ENGINES ?? engines.join(','))
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = wanted.filter((e) => !engines.includes(e));
  if (unknown.length) throw new Error(`KNEE_ENGINES: unknown engine ${unknown.join(', ')} (use ${engines.join(', ')})`);
  return {
    present: wanted.filter((e) => findBrowser(e)),
    missing: wanted.filter((e) => !findBrowser(e)),
  };
}

/** Flags Chromium needs here: root needs --no-sandbox; the rest keep it off the closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
];
