// Test commands that work in all three engines. @web/test-runner's own
// setViewport/emulateMedia only speak to Puppeteer-Chromium and Playwright;
// these also drive Firefox (Puppeteer over WebDriver BiDi) and WebKit
// (WebKitWebDriver, classic WebDriver).
//
// Each returns true when done, or false when the engine cannot do it (WebKit
// cannot emulate media features over WebDriver): the test then checks the
// same thing another way and says so.

const pageOf = (session) => (session.browser.type === 'puppeteer' ? session.browser.getPage(session.id) : undefined);
const driverOf = (session) => (session.browser.type === 'webdriver' ? session.browser.driver : undefined);

/** WebDriver sizes the window, not the viewport: resize until the viewport is right. */
async function setWebDriverViewport(driver, { width, height }) {
  const inner = () => driver.execute(() => [window.innerWidth, window.innerHeight]);
  for (let i = 0; i < 4; i++) {
    const [w, h] = await inner();
    if (w === width && h === height) return;
    const { width: ow, height: oh } = await driver.getWindowSize();
    await driver.setWindowSize(Math.max(1, ow + width - w), Math.max(1, oh + height - h));
    // WebKitGTK resizes after the command returns: measure again only once
    // the page has a new size, or the next step would work from the old one.
    await driver
      .waitUntil(async () => (await inner()).join() !== [w, h].join(), { timeout: 2000, interval: 20 })
      .catch(() => {});
  }
}

/** Emulated media per test session: each call adds to what is already emulated. */
const mediaState = new Map();

export const commandsPlugin = {
  name: 'knee-commands',
  async executeCommand({ command, payload, session }) {
    const page = pageOf(session);
    const driver = driverOf(session);
    switch (command) {
      case 'knee-viewport':
        if (page) await page.setViewport(payload);
        else if (driver) await setWebDriverViewport(driver, payload);
        else return false;
        return true;

      case 'knee-media': {
        if (!page) return false;
        // CDP's setEmulatedMedia replaces media type and features together, so
        // send the whole state each time (Puppeteer's two helpers reset each other).
        const state = { ...mediaState.get(session.id), ...payload };
        mediaState.set(session.id, state);
        const features = [
          ['prefers-reduced-motion', state.reducedMotion],
          ['prefers-color-scheme', state.colorScheme],
          ['forced-colors', state.forcedColors],
        ]
          .filter(([, value]) => value)
          .map(([name, value]) => ({ name, value }));
        try {
          const cdp = typeof page._client === 'function' ? page._client() : undefined;
          if (!cdp) return false; // Firefox: WebDriver BiDi has no media emulation yet
          await cdp.send('Emulation.setEmulatedMedia', { media: state.media ?? '', features });
        } catch {
          return false;
        }
        return true;
      }

      case 'knee-tap':
        if (page) {
          await page.touchscreen.tap(payload.x, payload.y);
          return true;
        }
        if (driver) {
          await driver.performActions([
            {
              type: 'pointer',
              id: 'finger',
              parameters: { pointerType: 'touch' },
              actions: [
                { type: 'pointerMove', duration: 0, x: payload.x, y: payload.y },
                { type: 'pointerDown', button: 0 },
                { type: 'pointerUp', button: 0 },
              ],
            },
          ]);
          await driver.releaseActions();
          return true;
        }
        return false;

      default:
        return undefined;
    }
  },
};
