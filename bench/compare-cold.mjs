/**
 * Cold load to content of two builds side by side, on the render suite's page and its slow profile
 * (bench/pages/cold.html; Chromium's Slow 4G and 4x CPU slowdown, fresh cache each run), runs alternated
 * so that the machine's moment weighs on both alike. For a change that moves code between files, where
 * one build's figures against an older run of the bench say more about the day than the change.
 *
 *   git worktree add /tmp/before <commit> && (cd /tmp/before && npm ci && npm run build)
 *   npm run build && node bench/compare-cold.mjs /tmp/before [runs]
 *
 * Prints each element's median, and every run, for the other checkout and this one.
 */
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { serve } from './lib/server.mjs';

const [other, runsArg] = process.argv.slice(2);
if (!other) throw new Error('usage: node bench/compare-cold.mjs <other checkout, built> [runs]');
const runs = Number(runsArg ?? 9);
const SLOW_4G = { offline: false, latency: 150 * 3.75, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
const ELEMENTS = [
  ['place-directory', {}],
  ['place-plan', { area: 'parkhead' }],
  ['place-connector', { area: 'parkhead' }],
  ['place-feedback', { form: 'page-feedback' }],
];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const servers = { other: await serve(other), this: await serve('.') };
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
try {
  for (const [tag, attributes] of ELEMENTS) {
    const times = { other: [], this: [] };
    for (let i = 0; i < runs; i++) {
      for (const build of i % 2 ? ['other', 'this'] : ['this', 'other']) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.goto(`${servers[build].url}/bench/pages/cold.html?${new URLSearchParams({ element: tag, ...attributes })}`);
        await page.waitForFunction(() => window.contentPainted || window.contentError, null, { timeout: 60000 });
        const result = await page.evaluate(() => ({ painted: window.contentPainted, error: window.contentError }));
        await context.close();
        if (result.error) throw new Error(`${tag} (${build}) could not load: ${result.error}`);
        times[build].push(Math.round(result.painted));
      }
    }
    console.log(`${tag}: ${other} ${median(times.other)} ms, this ${median(times.this)} ms (runs: ${times.other.join(' ')} | ${times.this.join(' ')})`);
  }
} finally {
  await browser.close();
  for (const server of Object.values(servers)) await server.close();
}
