// Browser tests: @web/test-runner + @open-wc/testing in real headless browsers.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findBrowser } from './scripts/browsers.mjs';

const chromium = findBrowser('chromium');
if (!chromium) throw new Error('Chromium not found: run `node scripts/ensure-browsers.mjs`.');

export default {
  files: ['tests/**/*.test.ts', 'tests/**/*.test.html'],
  nodeResolve: { exportConditions: ['production'] },
  // Content is JSON, imported as modules (the bundle inlines it the same way).
  mimeTypes: { '**/*.json': 'js' },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2021' })],
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
