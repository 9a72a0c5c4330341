/**
 * Directory in API mode (issue 15) beside feed mode, on the same synthetic records (1,000, 10,000 and
 * 50,000 services; tests/support/oruk-api/synthetic.js): the API is the Open Referral UK stand-in
 * (tests/support/oruk-api/node-server.js) on another origin with a fixed 100 ms latency; the feed is the
 * same records as a placekit feed, served with the same latency.
 *
 * Figures: time from mounting to the first results painted; from the last keystroke of a word to the
 * list showing that word's results (median, p95; words typed at 120 ms a key, as a resident types);
 * requests the API received per word typed; and the page's memory after it (JS heap after garbage
 * collection, beyond what the page held before). Target (issue 15): under 10 MB at 50,000 services in
 * API mode, since the page holds one page of results.
 *
 * API mode is `<place-directory api="...">` from the production build (bench/browser/directory-api.ts).
 */
import { createServer } from 'node:http';
import { startStandin } from '../../tests/support/oruk-api/node-server.js';
import { syntheticFeed } from '../../tests/support/oruk-api/synthetic.js';
import { round, summary, table } from '../lib/stats.mjs';

export const name = 'directory-api';

const LATENCY_MS = 100;
const KEY_DELAY_MS = 120;
const WORDS = ['food bank', 'debt advice', 'gaidhlig', 'youth club', 'walkng'];
const TARGET_MB = 10;

/** Serves each size's synthetic feed at /feed-N.json after the same latency as the API. */
async function feedServer() {
  const texts = new Map();
  const server = createServer((req, res) => {
    const size = Number(/^\/feed-(\d+)\.json$/.exec(req.url)?.[1]);
    if (!size) return res.writeHead(404).end();
    if (!texts.has(size)) texts.set(size, JSON.stringify(syntheticFeed(size)));
    setTimeout(() => res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' }).end(texts.get(size)), LATENCY_MS);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
}

async function measureMode(openPage, target, words) {
  const page = await openPage('directory-api');
  const first = await page.evaluate((t) => window.benchModule.then((m) => m.mount(t)), target);
  const input = page.locator('place-directory #query');
  await input.click();
  const latencies = [];
  for (const word of words) {
    await page.keyboard.type(word, { delay: KEY_DELAY_MS });
    latencies.push(await page.evaluate((w) => window.benchModule.then((m) => m.settled(w)), word));
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.evaluate(() => window.benchModule.then((m) => m.settled('')));
  }
  const bytes = await page.evaluate(() => window.benchModule.then((m) => m.retained()));
  await page.close();
  return { first, latencies, bytes };
}

export async function run({ openPage, smoke }) {
  const sizes = smoke ? [1000] : [1000, 10000, 50000];
  const words = smoke ? WORDS.slice(0, 1) : WORDS;
  const feeds = await feedServer();
  const rows = [];
  const failures = [];
  try {
    for (const size of sizes) {
      const api = await startStandin({ count: size, latency: LATENCY_MS });
      try {
        // The stand-in and the feed server make their records before any clock starts.
        await fetch(`${api.url}/services?per_page=1`);
        await (await fetch(`${feeds.url}/feed-${size}.json`)).arrayBuffer();
        api.clear();
        const apiMode = await measureMode(openPage, { api: api.url }, words);
        const searches = api.log().filter((r) => r.path === '/services');
        // Less the first page (clearing the box shows it again from memory); per word, "food bank" being two.
        const typing = searches.length - 1;
        const wordCount = words.join(' ').split(' ').length;
        const feedMode = await measureMode(openPage, { feed: `${feeds.url}/feed-${size}.json` }, words);
        for (const [mode, m, requests] of [
          ['api', apiMode, typing / wordCount],
          ['feed', feedMode, 0],
        ]) {
          rows.push({
            services: size,
            mode,
            firstResultsMs: round(m.first),
            keyToListMs: summary(m.latencies),
            requestsPerWord: round(requests),
            memoryMB: round(m.bytes / 1e6),
          });
        }
        if (!smoke && size === 50000 && apiMode.bytes / 1e6 > TARGET_MB)
          failures.push(`API mode at 50,000 services holds ${round(apiMode.bytes / 1e6)} MB, target ${TARGET_MB} MB`);
      } finally {
        await api.close();
      }
    }
  } finally {
    await feeds.close();
  }
  const text = [
    table([
      ['services', 'mode', 'first results', 'key to list median', 'p95', 'words', 'requests a word', 'memory'],
      ...rows.map((r) => [
        r.services,
        r.mode,
        `${r.firstResultsMs} ms`,
        `${r.keyToListMs.median} ms`,
        `${r.keyToListMs.p95} ms`,
        r.keyToListMs.runs,
        r.mode === 'api' ? r.requestsPerWord : '-',
        `${r.memoryMB} MB`,
      ]),
    ]),
    `API: <place-directory api> against the stand-in on another origin, ${LATENCY_MS} ms a request; feed: the same records as a feed, same latency. Keys ${KEY_DELAY_MS} ms apart.`,
  ].join('\n');
  return { rows, text, failures };
}
