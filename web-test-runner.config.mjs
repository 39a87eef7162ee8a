// Browser tests: @web/test-runner + @open-wc/testing in real browsers:
// Chromium and Firefox ESR (Puppeteer; Firefox over WebDriver BiDi) and WebKit
// (WebKitGTK's MiniBrowser through WebKitWebDriver under Xvfb).
// KNEE_ENGINES=chromium,firefox,webkit picks engines; by default every one
// installed runs (scripts/ensure-browsers.mjs installs them).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import { chromiumArgs, findBrowser, wantedEngines } from './scripts/browsers.mjs';
import { startWebKitDriver } from './scripts/webkit-driver.mjs';
import { commandsPlugin } from './scripts/wtr-commands.mjs';

const { present, missing } = wantedEngines();
if (!present.length) throw new Error('No test browser found: run `node scripts/ensure-browsers.mjs`.');
console.log(`Engines: ${present.join(', ')}${missing.length ? ` (not installed, not run: ${missing.join(', ')})` : ''}`);

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: findBrowser('chromium'), headless: true, args: chromiumArgs },
      // "Copy summary" is tested by reading the clipboard back, which a page
      // may only do with permission.
      async createPage({ config, context }) {
        await context.overridePermissions(`${config.protocol}//${config.hostname}:${config.port}`, [
          'clipboard-read',
          'clipboard-write',
          'clipboard-sanitized-write',
        ]);
        return context.newPage();
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: findBrowser('firefox'),
        headless: true,
        extraPrefsFirefox: {
          // Lets the test read the clipboard back without Firefox's paste prompt.
          'dom.events.testing.asyncClipboard': true,
        },
      },
      async createPage({ context }) {
        const page = await context.newPage();
        // Puppeteer 24's setViewport also sends emulation.setScreenOrientationOverride,
        // which Firefox ESR 140 does not know yet: let that one command fail quietly.
        const bc = page.mainFrame().browsingContext;
        const setOrientation = bc.setScreenOrientationOverride.bind(bc);
        bc.setScreenOrientationOverride = (o) =>
          setOrientation(o).catch((e) => {
            if (!/unknown command/.test(e.message)) throw e;
          });
        return page;
      },
    }),
  webkit: async () => {
    const { port } = await startWebKitDriver();
    return webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: findBrowser('webkit'),
          // The clipboard test reads back what "Copy summary" wrote.
          args: ['--automation', '--javascript-can-access-clipboard=true'],
        },
      },
    });
  },
};

/**
 * Test-only server routes: `/__test/slow` answers after 20 s (a content URL
 * that times out); `/__test/raw/<path>` serves a project file untransformed
 * (this config turns every .json into a JS module for imports).
 */
const testRoutes = async (ctx, next) => {
  // The classic script as site builders use it: alone in an unrelated folder
  // under another name (`/__test/alone/<any>/<name>.js`), or pasted after
  // another script by a plugin that combines scripts (`/__test/combined.js`).
  // No CORS headers: a classic script needs none.
  const classic = () => readFileSync('dist/knee-pain-widgets.iife.js', 'utf8');
  if (ctx.path.startsWith('/__test/alone/') && ctx.path.endsWith('.js')) {
    ctx.type = 'js';
    ctx.body = classic();
    return;
  }
  if (ctx.path === '/__test/combined.js') {
    ctx.type = 'js';
    // A script with no trailing semicolon or newline, as concatenation finds them.
    ctx.body = `window.__before = (function () { return 'another plugin' })()${classic()}`;
    return;
  }
  if (ctx.path === '/__test/slow') {
    await new Promise((r) => setTimeout(r, 20_000));
    ctx.body = '{}';
    return;
  }
  if (ctx.path.startsWith('/__test/raw/')) {
    const file = path.resolve(path.normalize(ctx.path.slice('/__test/raw/'.length)));
    if (!file.startsWith(process.cwd() + path.sep) || !existsSync(file)) return next();
    ctx.type = path.extname(file);
    ctx.body = readFileSync(file);
    return;
  }
  return next();
};

/**
 * Our elements warn in the console about invalid attributes and unusable
 * content, and many tests provoke that on purpose (and assert the warning
 * where it matters): kept out of the output, so a passing run is short.
 */
const intentional = /^(<(knee-pain-[a-z]+|exercise-card|red-flag-checklist)>:|knee-pain-widgets:)/;

export default {
  middleware: [testRoutes],
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && intentional.test(args[0])),
  // tests/clinical/*.node.test.ts run in Node (npm run test:clinical), not in a browser.
  files: ['tests/**/*.test.ts', 'tests/**/*.test.html', '!tests/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // Content is JSON, imported as modules (the bundle inlines it the same way).
  mimeTypes: { '**/*.json': 'js' },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2021' }), commandsPlugin],
  browsers: await Promise.all(present.map((e) => launchers[e]())),
  // Real input (sendMouse, sendKeys) goes to one focused page at a time.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  browserStartTimeout: 60 * 1000,
};
