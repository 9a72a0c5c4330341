/**
 * Lighthouse (npm `lighthouse`, with the system Chromium) on the demo page built for production
 * (dist/demo-site, served over HTTP): performance, accessibility and best-practices scores, with the
 * page-load metrics behind the performance score. Mobile emulation (Lighthouse's default: a mid-range
 * phone on a slow 4G connection). Skipped in smoke runs (it takes about half a minute).
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { serve } from '../lib/server.mjs';
import { table } from '../lib/stats.mjs';

export const name = 'lighthouse';

export async function run({ smoke }) {
  if (smoke) return { rows: [], text: '(skipped in smoke runs)', failures: [] };
  const site = await serve('dist/demo-site');
  const chrome = await chromeLauncher.launch({ chromePath: findChrome(), chromeFlags: ['--headless=new', ...CHROME_ARGS] });
  try {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const result = await lighthouse(`${site.url}/demo/index.html`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const { categories, audits } = result.lhr;
      runs.push({
        performance: Math.round(categories.performance.score * 100),
        accessibility: Math.round(categories.accessibility.score * 100),
        bestPractices: Math.round(categories['best-practices'].score * 100),
        fcpMs: Math.round(audits['first-contentful-paint'].numericValue),
        lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
        tbtMs: Math.round(audits['total-blocking-time'].numericValue),
        cls: Math.round(audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
        failedAudits: Object.values(audits)
          .filter(
            (a) =>
              a.score !== null &&
              a.score < 1 &&
              ['accessibility', 'best-practices'].some((c) => result.lhr.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0)),
          )
          .map((a) => a.id),
      });
    }
    // The median run by performance score.
    const median = [...runs].sort((a, b) => a.performance - b.performance)[1];
    const text = [
      table([
        ['demo page (mobile emulation)', 'performance', 'accessibility', 'best practices', 'FCP', 'LCP', 'TBT', 'CLS'],
        ...runs.map((r, i) => [
          `run ${i + 1}${r === median ? ' (median)' : ''}`,
          r.performance,
          r.accessibility,
          r.bestPractices,
          `${r.fcpMs} ms`,
          `${r.lcpMs} ms`,
          `${r.tbtMs} ms`,
          r.cls,
        ]),
      ]),
      median.failedAudits.length ? `audits not passed: ${median.failedAudits.join(', ')}` : 'every accessibility and best-practices audit passed',
    ].join('\n');
    const failures = median.accessibility < 100 ? [`accessibility score ${median.accessibility} (audits not passed: ${median.failedAudits.join(', ')})`] : [];
    return { rows: runs, median, text, failures };
  } finally {
    await chrome.kill();
    await site.close();
  }
}
