// Lighthouse (the npm package, on Debian's Chromium) for one page: the four
// category scores, 0–100. Used by bench/run.mjs.
import lighthouseRun from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs } from '../scripts/browsers.mjs';

export async function lighthouse(url, chromePath) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  try {
    const result = await lighthouseRun(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const scores = {};
    for (const [k, c] of Object.entries(result.lhr.categories)) scores[k] = Math.round(c.score * 100);
    // Anything short of 100: name the audits that cost points.
    const failing = Object.values(result.lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
      .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
    return { ...scores, failing };
  } finally {
    await chrome.kill();
  }
}
