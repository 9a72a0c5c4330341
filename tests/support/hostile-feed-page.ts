/**
 * The page side of the hostile-feed corpus (tests/fixtures/hostile-feed.json, built into feeds by
 * hostile-feed.js): traps for anything a payload could run, the corpus and its feeds, and the checks every
 * element meets. tests/ui/hostile-feed/*.test.ts use it, one file per group of elements, so that each
 * reads the 21 MB feed within the test runner's time for one file.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { type HostileCase, type Placed, hostileFeeds, toJson } from './hostile-feed.js';
import { fixture as served } from './fixtures.js';
import { unsafeMarkup } from './hostile.js';

/** How long an element may take to show its content or its error panel, with the whole corpus in one feed. */
export const BOUND = 30_000;

type Trapped = Window & { __xss?: (name: string) => void };
const calls: string[] = [];
const errors: string[] = [];
const saved: Partial<Record<'alert' | 'confirm' | 'prompt', unknown>> = {};
const onError = (event: ErrorEvent) => errors.push(String(event.message));
const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));

/** A feed as a blob: address (a 21 MB data: address would be slower to make than the feed). */
export const blobUrl = (feed: unknown) => URL.createObjectURL(new Blob([toJson(feed)], { type: 'application/json' }));

export interface Corpus {
  cases: HostileCase[];
  placed: Placed[];
  /** The record cases all in one feed (only when asked for: it takes a while to build). */
  feedUrl: string;
}

/** Reads the corpus, sets the traps; `whole`: builds the feed of every record case too. */
export async function setUp(whole: boolean): Promise<Corpus> {
  const cases = (await served<{ cases: HostileCase[] }>('/tests/fixtures/hostile-feed.json')).cases;
  let placed: Placed[] = [];
  let feedUrl = '';
  if (whole) {
    const built = hostileFeeds(cases);
    placed = built.placed;
    feedUrl = blobUrl(built.feed);
  } else {
    placed = hostileFeeds(cases.filter((c) => c.kind === 'publisher' || c.kind === 'feed')).placed;
  }
  await executeServerCommand('photo-host');
  (window as Trapped).__xss = (name) => calls.push(name);
  for (const name of ['alert', 'confirm', 'prompt'] as const) {
    saved[name] = window[name];
    (window as unknown as Record<string, unknown>)[name] = (value: unknown) => void calls.push(`${name}(${String(value)})`);
  }
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return { cases, placed, feedUrl };
}

export function tearDown(): void {
  delete (window as Trapped).__xss;
  Object.assign(window, saved);
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
}

/** The element shows something other than its loading line: its content, or its error panel with a retry button. */
function settled(el: HTMLElement): 'content' | 'error' | undefined {
  const root = el.shadowRoot?.querySelector('.root');
  if (!root) return undefined;
  if (root.querySelector('[part~="error"] .retry')) return 'error';
  if (root.querySelector('.loading') || !root.textContent!.trim()) return undefined;
  return 'content';
}

/** Waits until the element shows its content or its error panel, and says which. */
export async function shown(el: HTMLElement, what: string): Promise<'content' | 'error'> {
  await waitUntil(() => settled(el), `${what}: content or an error panel`, { timeout: BOUND, interval: 50 });
  return settled(el)!;
}

/** The verdict after each element: nothing ran, nothing was thrown, nothing unsafe reached it. */
export async function clean(el: HTMLElement): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(calls, 'payloads that ran').to.deep.equal([]);
  expect(errors, 'uncaught errors').to.deep.equal([]);
  expect(unsafeMarkup(el.shadowRoot!), 'what reached the shadow root').to.deep.equal([]);
}
