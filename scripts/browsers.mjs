// Finds the browsers the tests use. Debian's packages only: npm tools cannot
// download browsers on this network.
import { existsSync } from 'node:fs';

const candidates = {
  chromium: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
};

/** Path of the first installed browser of this kind, or undefined. */
export function findBrowser(kind) {
  const fromEnv = process.env[`${kind.toUpperCase()}_PATH`];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return candidates[kind].find((p) => existsSync(p));
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
