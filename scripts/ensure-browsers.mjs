#!/usr/bin/env node
// Makes sure Chromium is installed before the browser tests run: installs
// Debian's package when we can (root with apt-get), else stops and says
// exactly what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browsers.mjs';

if (findBrowser('chromium')) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('Chromium is missing: installing Debian’s chromium package (apt-get install -y chromium)…');
  try {
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit' });
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit' });
  }
  if (findBrowser('chromium')) process.exit(0);
}
console.error(
  [
    'The browser tests need Chromium, and it is not installed.',
    'Install it with:',
    '  sudo apt-get update && sudo apt-get install -y chromium',
    'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  ].join('\n'),
);
process.exit(1);
