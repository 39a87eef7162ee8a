// Browser tests: @web/test-runner + @open-wc/testing in real headless browsers.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findBrowser } from './scripts/browsers.mjs';

const chromium = findBrowser('chromium');
if (!chromium) throw new Error('Chromium not found: run `node scripts/ensure-browsers.mjs`.');

/**
 * `tap` command: a real touch tap through the browser's input pipeline
 * (touchstart, touchend, then the click a tap produces), for touch tests.
 */
const touchPlugin = {
  name: 'knee-touch',
  async executeCommand({ command, payload, session }) {
    if (command !== 'tap') return undefined;
    const page = session.browser.getPage?.(session.id);
    if (!page?.touchscreen) throw new Error(`tap: no touchscreen in ${session.browser.name}`);
    await page.touchscreen.tap(payload.x, payload.y);
    return true;
  },
};

export default {
  files: ['tests/**/*.test.ts', 'tests/**/*.test.html'],
  nodeResolve: { exportConditions: ['production'] },
  // Content is JSON, imported as modules (the bundle inlines it the same way).
  mimeTypes: { '**/*.json': 'js' },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2021' }), touchPlugin],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromium, headless: true, args: chromiumArgs },
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
  ],
  // Real input (sendMouse, sendKeys) goes to one focused page at a time.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60 * 1000,
};
