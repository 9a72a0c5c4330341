/** Feeds for tests: a minimal valid one to build on, and the addresses of served fixtures. */
import type { PlaceFeed } from '../../src/feed/domain/types.js';

/** The bundled sample feed, as the test server serves it. */
export const SAMPLE_FEED_URL = '/sample/feed.json';

/** A feed URL served by tests/support/server/feeds.js with the given behaviour. */
export function testFeedUrl(params: Record<string, string | number | boolean> = {}): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return `/__test/feed?${query}`;
}

/** A unique key, so a test's requests can be counted apart from every other test's. */
export function uniqueKey(label = 'k'): string {
  return `${label}-${Math.random().toString(36).slice(2)}-${Date.now()}`;
}

/** How many requests with `key=` the test server has seen. */
export async function requestCount(key: string): Promise<number> {
  const response = await fetch(`/__test/requests?of=${encodeURIComponent(key)}`);
  return ((await response.json()) as { count: number }).count;
}

/** The smallest valid feed, with sections to add. */
export function minimalFeed(sections: Partial<Record<keyof PlaceFeed, unknown>> = {}): Record<string, unknown> {
  return {
    format_version: '1.0',
    publisher: { name: 'Test Partnership' },
    updated: '2026-11-01T09:00:00Z',
    ...sections,
  };
}

/** A feed inline as a data: URL, for tests that need no server (fetch reads data: URLs). */
export function feedDataUrl(feed: unknown): string {
  return `data:application/json,${encodeURIComponent(JSON.stringify(feed))}`;
}

export async function fixture<T = unknown>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`fixture ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The next place-feed-load or place-feed-error heard on `target` (default: the document, which hears
 * every element's, since they bubble and are composed). Call it before the element starts loading.
 */
export function nextFeedEvent(target: EventTarget = document): Promise<CustomEvent> {
  return new Promise((resolve) => {
    const heard = (event: Event) => {
      target.removeEventListener('place-feed-load', heard);
      target.removeEventListener('place-feed-error', heard);
      resolve(event as CustomEvent);
    };
    target.addEventListener('place-feed-load', heard);
    target.addEventListener('place-feed-error', heard);
  });
}
