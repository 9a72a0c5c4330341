/**
 * Feed: parse plus validate time for synthetic feeds of 1,000, 10,000 and 50,000 services, and the
 * memory it takes (peak: heap growth before garbage collection; retained: after). Two paths: the
 * widgets' (JSON, then the compiled check without zod; the validator only for a feed with problems) and
 * the validator's (zod, record by record, as `placekit validate` and a feed with problems use).
 */
import { summary, table, round } from '../lib/stats.mjs';

export const name = 'feed';

export async function run({ openPage, smoke }) {
  const sizes = smoke ? [1000] : [1000, 10000, 50000];
  const rows = [];
  for (const size of sizes) {
    const page = await openPage('feed-parse');
    const runs = smoke ? 2 : size >= 50000 ? 5 : 10;
    const result = await page.evaluate(([s, r, w]) => window.benchModule.then((m) => m.measure(s, r, w)), [size, runs, smoke ? 0 : 2]);
    const widget = await page.evaluate(([s, r, w]) => window.benchModule.then((m) => m.measureWidgetPath(s, r, w)), [size, runs, smoke ? 0 : 2]);
    await page.close();
    if (result.kept !== size) throw new Error(`feed bench: expected ${size} services, parsed ${result.kept}`);
    rows.push({
      services: size,
      feedMB: round(result.bytes / 1e6),
      parseMs: summary(result.times),
      widgetMs: summary(widget.times),
      peakMB: round(result.peakBytes / 1e6),
      retainedMB: round(result.retainedBytes / 1e6),
    });
  }
  const text = table([
    ['services', 'feed size', 'widget path median', 'p95', 'validator median', 'p95', 'peak heap', 'retained heap'],
    ...rows.map((r) => [
      r.services,
      `${r.feedMB} MB`,
      `${r.widgetMs.median} ms`,
      `${r.widgetMs.p95} ms`,
      `${r.parseMs.median} ms`,
      `${r.parseMs.p95} ms`,
      `${r.peakMB} MB`,
      `${r.retainedMB} MB`,
    ]),
  ]);
  return { rows, text, failures: [] };
}
