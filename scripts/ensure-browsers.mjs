#!/usr/bin/env node
// Makes sure the test browsers are installed: Chromium, Firefox ESR and WebKit
// (WebKitGTK's MiniBrowser + WebKitWebDriver + Xvfb), all Debian packages.
// Installs what is missing when it can (root with apt-get). Chromium is
// required; without Firefox or WebKit the tests run in the engines present and
// say so, except under CI (CI=true), where every engine is required.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { debianPackages, wantedEngines } from './browsers.mjs';

const install = (packages) => {
  const args = ['install', '-y', '--no-install-recommends', ...packages];
  try {
    execFileSync('apt-get', args, { stdio: 'inherit' });
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', args, { stdio: 'inherit' });
  }
};

// `ensure-browsers.mjs chromium` checks only the engines named (the bench needs Chromium alone).
const env = process.argv[2] ? { ...process.env, KNEE_ENGINES: process.argv.slice(2).join(',') } : process.env;
let { missing } = wantedEngines(env);
if (missing.length && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  const packages = missing.flatMap((e) => debianPackages[e]);
  console.log(`Installing the test browsers (${missing.join(', ')}): apt-get install -y ${packages.join(' ')}…`);
  try {
    install(packages);
  } catch (e) {
    console.error(`apt-get failed: ${e.message}`);
  }
  ({ missing } = wantedEngines(env));
}
if (!missing.length) process.exit(0);

const command = `sudo apt-get update && sudo apt-get install -y ${missing.flatMap((e) => debianPackages[e]).join(' ')}`;
const required = missing.includes('chromium') || process.env.CI === 'true';
console.error(
  [
    `${required ? 'The browser tests need' : 'Warning: the tests will skip the engine'} ${missing.join(', ')}: not installed.`,
    'Install with:',
    `  ${command}`,
    'or choose engines with KNEE_ENGINES=chromium,firefox,webkit (or point CHROMIUM_PATH / FIREFOX_PATH at a binary).',
  ].join('\n'),
);
process.exit(required ? 1 : 0);
