/**
 * Page side of the feed benchmark: parse and validate synthetic feeds with the production build.
 */
// @ts-expect-error: the production bundle, loaded at run time from the bench server.
import { parseFeed } from '/dist/placekit.js';
// @ts-expect-error: the validator beside it (what placekit.js loads for a feed that needs repair).
import { parseFeedText } from '/dist/placekit-validator.js';
import { syntheticFeed } from './synthetic-feed.js';

declare global {
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
  interface Window {
    gc?: () => void;
  }
}

const heap = () => performance.memory?.usedJSHeapSize ?? NaN;

/** What a widget does with the feed text: the check without zod; the validator only if needed. */
export async function measureWidgetPath(size: number, runs: number, warmup: number) {
  const text = JSON.stringify(syntheticFeed(size));
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const start = performance.now();
    await parseFeed(text);
    if (i >= warmup) times.push(performance.now() - start);
  }
  return { times };
}

export function measure(size: number, runs: number, warmup: number) {
  const text = JSON.stringify(syntheticFeed(size));
  const times: number[] = [];
  let kept = 0;
  for (let i = 0; i < warmup + runs; i++) {
    window.gc?.();
    const before = heap();
    const start = performance.now();
    const result = parseFeedText(text) as { feed: { services: unknown[] } };
    const elapsed = performance.now() - start;
    const peak = heap() - before;
    kept = result.feed.services.length;
    if (i >= warmup) times.push(elapsed);
    if (i === warmup + runs - 1) {
      window.gc?.();
      const retained = heap() - before;
      return { times, kept, bytes: text.length, peakBytes: peak, retainedBytes: retained };
    }
  }
  return { times, kept, bytes: text.length, peakBytes: NaN, retainedBytes: NaN };
}
