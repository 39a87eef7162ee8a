// Lighthouse (the npm package, on Debian's Chromium) for one page, mobile
// with its default simulated throttling: the four category scores, 0–100,
// the layout shift, largest contentful paint and total blocking time, and the
// audits that cost points. Used by bench/run.mjs.
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
    const { categories, audits } = result.lhr;
    const scores = {};
    for (const [k, c] of Object.entries(categories)) scores[k] = Math.round(c.score * 100);
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
      .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
    return {
      ...scores,
      cls: audits['cumulative-layout-shift'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      failing,
    };
  } finally {
    await chrome.kill();
  }
}
