/**
 * src/feed/load/: what a page runs first, and none of it imports zod (lint holds it to that). This file
 * fetches a feed; parse.ts reads its text (loaded as the fetch starts, so the page's first download is
 * the fetch alone and the reader arrives beside the feed); read.ts takes a feed that needs nothing repaired as it is,
 * checked by check.ts's compiled check (the schema's spec, spec.generated.ts, with the rules that are
 * code, rules.ts); problems.ts holds the errors and warnings; validator.ts says where the validator comes
 * from when a record is not sure. The other folders: src/feed/
 * validator/ (zod, loaded on demand) and src/feed/domain/ (types and helpers for elements); the whole
 * layout is drawn in domain/types.ts.
 *
 * Fetching a feed: once per URL however many widgets ask, abortable, with a timeout, and with a
 * distinct error for each way it can fail. The page's editor is told what went wrong in the console,
 * once per feed; each widget decides what to tell the resident.
 */
import { FeedError, type FeedWarning, isFeedError } from './problems.js';
import type { FeedResult } from './read.js';
import { loadReport } from './validator.js';

/** How the reader (parse.ts, with read.ts and the compiled check) is fetched: tests replace `load` to see it fail (`forgetReader()` first). */
export const reader = { load: (): Promise<typeof import('./parse.js')> => import('./parse.js') };

/** The reader: fetched once, fetched again after a failure. */
let reading: Promise<typeof import('./parse.js')> | undefined;
function loadReader(): Promise<typeof import('./parse.js')> {
  return (reading ??= reader.load().catch((error: unknown) => {
    reading = undefined;
    throw error;
  }));
}

/**
 * Feed text to a checked feed, as the widgets read it (parse.ts): a valid feed is taken as it is, checked
 * without zod; a feed with anything to repair loads the validator first.
 */
export async function parseFeed(text: string, url?: string): Promise<FeedResult> {
  return (await loadReader()).parseFeed(text, url);
}

export interface LoadOptions {
  /** Aborts this caller's wait. The fetch itself stops only when every caller has gone. */
  signal?: AbortSignal;
  /** Milliseconds before the fetch is given up. Default 20 seconds: residents are often on slow connections. */
  timeout?: number;
}

export const DEFAULT_TIMEOUT = 20_000;

interface Entry {
  promise: Promise<FeedResult>;
  controller: AbortController;
  callers: number;
  settled: boolean;
}

const entries = new Map<string, Entry>();

/** Counts fetches actually started, per URL: the tests use it to prove sharing. */
export const fetchCount = new Map<string, number>();

function abortError(): DOMException {
  return new DOMException('The feed request was aborted.', 'AbortError');
}

/** True for the error a caller gets when its own signal aborted. */
export function isAbort(error: unknown): boolean {
  return (error instanceof DOMException && error.name === 'AbortError') || (isFeedError(error) && error.kind === 'aborted');
}

/** Tells the editor what the loader noticed, grouped by kind (validator/report.ts, loaded only when there is something to tell). */
function reportWarnings(url: string, all: FeedWarning[], told: WeakSet<FeedWarning>): void {
  const warnings = all.filter((w) => !told.has(w));
  if (warnings.length > 0) {
    loadReport().then(
      (report) => report.reportWarnings(url, warnings),
      () => console.warn(`placekit: the feed at ${url} loaded with ${warnings.length} notes. Run "placekit validate ${url}" to list them.`),
    );
  }
}

async function fetchFeed(url: string, controller: AbortController, timeout: number): Promise<FeedResult> {
  const { signal } = controller;
  // The reader comes while the feed does; a page whose feed never arrives never needed it.
  const reader = loadReader();
  reader.catch(() => undefined);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal, credentials: 'omit', headers: { Accept: 'application/json' } });
    } catch (error) {
      if (timedOut) throw new FeedError('timeout', `The feed at ${url} did not answer within ${Math.round(timeout / 1000)} seconds.`, url);
      if (signal.aborted) throw new FeedError('aborted', 'The feed request was aborted.', url);
      throw new FeedError(
        'network',
        `The feed at ${url} could not be reached (${(error as Error).message}). The connection may be down, the address wrong, or the server may not allow this page to read it: it must send Access-Control-Allow-Origin for this site.`,
        url,
      );
    }
    if (!response.ok) {
      throw new FeedError(
        'http',
        `The feed at ${url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}. Check the address in the feed attribute.`,
        url,
        response.status,
      );
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (timedOut) throw new FeedError('timeout', `The feed at ${url} did not finish arriving within ${Math.round(timeout / 1000)} seconds.`, url);
      if (signal.aborted) throw new FeedError('aborted', 'The feed request was aborted.', url);
      throw new FeedError('network', `The feed at ${url} stopped arriving part way (${(error as Error).message}).`, url);
    }
    let read: Awaited<typeof reader>;
    try {
      read = await reader;
    } catch (error) {
      throw new FeedError(
        'network',
        `placekit could not load its feed reader (${(error as Error).message}); the feed at ${url} arrived but cannot be read.`,
        url,
      );
    }
    try {
      return await read.parseFeed(text, url);
    } catch (error) {
      // A feed placekit fails on is still a problem with the feed, never "check your connection".
      throw isFeedError(error) ? error : new FeedError('schema', `The feed at ${url} could not be read: ${error}`, url);
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves a feed address against the page, so the same feed is one cache entry however it is written. */
export function resolveFeedUrl(
  url: string,
  base: string = (globalThis as { document?: { baseURI: string } }).document?.baseURI ?? 'http://localhost/',
): string {
  return new URL(url, base).href;
}

/**
 * Loads and checks the feed at `url`. Callers asking for the same URL share one fetch; a successful
 * result is kept for the life of the page, a failure is forgotten so that a retry fetches again.
 */
export function loadFeed(url: string, options: LoadOptions = {}): Promise<FeedResult> {
  const { signal, timeout = DEFAULT_TIMEOUT } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  const key = resolveFeedUrl(url);
  let entry = entries.get(key);
  if (!entry) {
    const controller = new AbortController();
    fetchCount.set(key, (fetchCount.get(key) ?? 0) + 1);
    const created: Entry = { controller, callers: 0, settled: false, promise: fetchFeed(key, controller, timeout) };
    created.promise.then(
      (result) => {
        created.settled = true;
        void loadReader().then((read) => reportWarnings(key, result.warnings, read.told));
      },
      (error: unknown) => {
        created.settled = true;
        if (entries.get(key) === created) entries.delete(key);
        if (isFeedError(error) && error.kind !== 'aborted') console.error(`placekit: ${error.message}`);
      },
    );
    entries.set(key, created);
    entry = created;
  }
  const shared = entry;
  shared.callers++;
  return new Promise<FeedResult>((resolve, reject) => {
    let done = false;
    const release = () => {
      if (done) return;
      done = true;
      shared.callers--;
      if (shared.callers === 0 && !shared.settled) {
        shared.controller.abort();
        if (entries.get(key) === shared) entries.delete(key);
      }
    };
    const onAbort = () => {
      release();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (result) => {
        signal?.removeEventListener('abort', onAbort);
        if (!done) {
          done = true;
          resolve(result);
        }
      },
      (error: unknown) => {
        signal?.removeEventListener('abort', onAbort);
        if (!done) {
          done = true;
          reject(error);
        }
      },
    );
  });
}

/** Forgets the feed at `url`, so the next load fetches it again (the retry button). */
export function forgetFeed(url: string): void {
  const key = resolveFeedUrl(url);
  const entry = entries.get(key);
  if (entry?.settled) entries.delete(key);
}

/** Who wants to hear that a feed is being tried again, by resolved URL. */
const retryListeners = new Map<string, Set<() => void>>();

/**
 * Calls `listener` whenever anyone on the page tries the feed at `url` again (retryFeed). Every widget
 * reading a feed that failed listens, so that one "Try again" brings them all back with one fetch.
 * Returns the function that stops listening.
 */
export function onFeedRetry(url: string, listener: () => void): () => void {
  const key = resolveFeedUrl(url);
  let set = retryListeners.get(key);
  if (!set) retryListeners.set(key, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0 && retryListeners.get(key) === set) retryListeners.delete(key);
  };
}

/**
 * Tries the feed at `url` again for the whole page: forgets a failure, then tells every listener
 * (onFeedRetry), each of which loads it again; their loads share one fetch (loadFeed).
 */
export function retryFeed(url: string): void {
  const key = resolveFeedUrl(url);
  forgetFeed(key);
  for (const listener of [...(retryListeners.get(key) ?? [])]) listener();
}

/** Forgets the reader, so the next load fetches it with `reader.load`. For tests. */
export function forgetReader(): void {
  reading = undefined;
}

/** Forgets every feed and every count. For tests. */
export function resetFeedCache(): void {
  entries.clear();
  fetchCount.clear();
}
