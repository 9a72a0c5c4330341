/**
 * Page side of the directory benchmark: placekit's own index against Fuse.js and MiniSearch, configured
 * for the same fields and weights (name 4, category and kind of opportunity 2.5, organisation 1.5,
 * description 1, the names of the areas served 0.5), on the same synthetic feeds and queries. Each engine
 * is plugged into the same LocalDirectorySource (its `TextIndex`), so filters, facets and rendering are
 * identical and only the text search differs. placekit's own index is the source's default, which it
 * loads and builds when first needed: "ready" awaits `source.ready()` for every engine.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
// @ts-expect-error: the production bundle, loaded at run time from the bench server.
import * as placekit from '/dist/placekit.js';
// @ts-expect-error: its validator, beside it (parseFeedText reads a feed synchronously).
import { parseFeedText as parseWithValidator } from '/dist/placekit-validator.js';
import type { LocalDirectorySource as Source, TextIndex, Matches, SearchResponse } from '../../src/place-directory/index.js';
import type { FeedResult } from '../../src/feed/load/read.js';
import { RELEVANCE } from '../../tests/place-directory/relevance.js';
import { syntheticFeed } from './synthetic-feed.js';

const parseFeedText = parseWithValidator as (text: string) => FeedResult;
const { LocalDirectorySource, fold } = placekit as {
  LocalDirectorySource: typeof Source;
  fold: (text: string) => string;
};

export type Engine = 'placekit' | 'fuse' | 'minisearch';
export const ENGINES: Engine[] = ['placekit', 'fuse', 'minisearch'];

const FIELDS = ['name', 'category', 'organisation', 'description', 'area'] as const;
const FIELD_OF: Record<number, (typeof FIELDS)[number]> = { 1: 'name', 2: 'category', 4: 'organisation', 8: 'description', 16: 'area' };
type Doc = { id: number } & Record<(typeof FIELDS)[number], string>;

/** Collects the documents the source adds, for the libraries that index whole documents. */
abstract class LibraryIndex implements TextIndex {
  protected docs: Doc[] = [];
  add(doc: number, field: number, text: string): void {
    const d = (this.docs[doc] ??= { id: doc, name: '', category: '', organisation: '', description: '', area: '' });
    d[FIELD_OF[field]] += d[FIELD_OF[field]] ? ` ${text}` : text;
  }
  abstract seal(): void;
  abstract search(query: string): Matches | undefined;
  protected matches(found: Array<[number, number]>): Matches {
    const scores = new Float64Array(this.docs.length);
    for (const [doc, score] of found) scores[doc] = score;
    return { docs: found.map(([doc]) => doc), scores };
  }
}

class FuseIndex extends LibraryIndex {
  private fuse?: Fuse<Doc>;
  seal(): void {
    this.fuse = new Fuse(this.docs, {
      keys: [
        { name: 'name', weight: 4 },
        { name: 'category', weight: 2.5 },
        { name: 'organisation', weight: 1.5 },
        { name: 'description', weight: 1 },
        { name: 'area', weight: 0.5 },
      ],
      includeScore: true,
      ignoreLocation: true,
      ignoreDiacritics: true,
      threshold: 0.35,
    });
  }
  search(query: string): Matches | undefined {
    if (!query.trim()) return undefined;
    return this.matches(this.fuse!.search(query).map((r) => [r.refIndex, 1 - (r.score ?? 1)]));
  }
}

class MiniSearchIndex extends LibraryIndex {
  private mini = new MiniSearch<Doc>({
    fields: [...FIELDS],
    idField: 'id',
    processTerm: (term) => fold(term).replace(/[^\p{L}\p{N}]/gu, '') || null,
    searchOptions: { boost: { name: 4, category: 2.5, organisation: 1.5, area: 0.5 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  seal(): void {
    this.mini.addAll(this.docs);
  }
  search(query: string): Matches | undefined {
    if (!query.trim()) return undefined;
    return this.matches(this.mini.search(query).map((r) => [r.id as number, r.score]));
  }
}

/** The engine's index for a LocalDirectorySource; none for placekit, whose own is the source's default. */
export function makeIndex(engine: Engine): TextIndex | undefined {
  return engine === 'fuse' ? new FuseIndex() : engine === 'minisearch' ? new MiniSearchIndex() : undefined;
}

/** A source with its text index built, ready to answer searches at once. */
async function readySource(text: string, engine: Engine, at = new Date()): Promise<Source> {
  const source = new LocalDirectorySource(parseFeedText(text).feed, at, makeIndex(engine));
  await source.ready();
  return source;
}

const searchNow = (source: Source, request: Parameters<Source['search']>[0]) => source.search(request) as SearchResponse;

declare global {
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
  interface Window {
    gc?: () => void;
    latencies: number[];
  }
}

const heap = () => performance.memory?.usedJSHeapSize ?? NaN;
const texts = new Map<number, string>();
const feedText = (size: number) => {
  let text = texts.get(size);
  if (!text) texts.set(size, (text = JSON.stringify(syntheticFeed(size))));
  return text;
};

/** Feed text to ready-to-search (parse, validate, index), per engine, and the memory the index keeps. */
export async function measureReady(size: number, runs: number, engines: Engine[] = ENGINES) {
  const text = feedText(size);
  const out: Record<string, { times: number[]; retainedBytes: number; entries: number }> = {};
  // Warm up the parser and each engine once, untimed, so the first engine measured pays no start-up cost
  // (placekit's own index module is loaded then, as a resident's first search would load it).
  for (const engine of engines) await readySource(text, engine);
  for (const engine of engines) {
    const times: number[] = [];
    let retainedBytes = NaN;
    let entries = 0;
    for (let i = 0; i < runs; i++) {
      window.gc?.();
      const start = performance.now();
      const source = await readySource(text, engine);
      times.push(performance.now() - start);
      entries = source.entries.length;
    }
    // What the index and entries keep, beyond the parsed feed every engine shares.
    const { feed } = parseFeedText(text);
    window.gc?.();
    const before = heap();
    let kept: Source | undefined = new LocalDirectorySource(feed, new Date(), makeIndex(engine));
    await kept.ready();
    window.gc?.();
    retainedBytes = heap() - before;
    kept = undefined;
    void kept;
    out[engine] = { times, retainedBytes, entries };
  }
  return out;
}

/** Puts a directory on the page with the engine's index, on a synthetic feed of `size` services. */
export async function mountDirectory(size: number, engine: Engine): Promise<void> {
  const url = URL.createObjectURL(new Blob([feedText(size)], { type: 'application/json' }));
  const el = document.createElement('place-directory') as HTMLElement & { feedResult?: FeedResult; source?: unknown; updateComplete: Promise<boolean> };
  const loaded = new Promise((resolve) => el.addEventListener('place-feed-load', resolve, { once: true }));
  el.setAttribute('feed', url);
  el.setAttribute('feed-timeout', '120');
  document.body.replaceChildren(el);
  await loaded;
  const source = new LocalDirectorySource(el.feedResult!.feed, new Date(), makeIndex(engine));
  await source.ready();
  el.source = source;
  await el.updateComplete;
  // Keystroke to paint: from the input event's time stamp to the first task after the next frame
  // once the element has rendered. Heard on the host, after the element's own handler.
  window.latencies = [];
  el.addEventListener('input', (event) => {
    const start = event.timeStamp;
    void el.updateComplete.then(() => requestAnimationFrame(() => setTimeout(() => window.latencies.push(performance.now() - start), 0)));
  });
}

/** The floor: a plain search box with nothing behind it, measured the same way (frame timing alone). */
export function mountBaseline(): void {
  const el = document.createElement('label');
  el.innerHTML = 'Search <input id="query" type="search">';
  document.body.replaceChildren(el);
  window.latencies = [];
  el.addEventListener('input', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => setTimeout(() => window.latencies.push(performance.now() - start), 0));
  });
}

/** How often each engine puts the expected service in the top 3, on the sample feed. */
export async function relevance(engines: Engine[] = ENGINES) {
  const text = await (await fetch('/sample/feed.json')).text();
  const { feed } = parseFeedText(text);
  const out: Record<string, { hits: number; total: number; misses: string[] }> = {};
  const at = new Date('2026-11-23T12:00:00Z');
  for (const engine of engines) {
    const source = new LocalDirectorySource(feed, at, makeIndex(engine));
    await source.ready();
    let hits = 0;
    const misses: string[] = [];
    for (const { query, expected } of RELEVANCE) {
      const top = searchNow(source, { query, filters: {}, page: 1, pageSize: 3, at }).hits.map((h) => h.entry.name);
      if (top.includes(expected)) hits++;
      else misses.push(query);
    }
    out[engine] = { hits, total: RELEVANCE.length, misses };
  }
  return out;
}

/** Search alone (no rendering): each prefix of each query, as typed, per engine. */
export async function measureSearch(size: number, queries: string[], engines: Engine[] = ENGINES) {
  const out: Record<string, number[]> = {};
  for (const engine of engines) {
    const source = await readySource(feedText(size), engine);
    const times: number[] = [];
    for (const query of queries) {
      for (let i = 1; i <= query.length; i++) {
        const start = performance.now();
        searchNow(source, { query: query.slice(0, i), filters: {}, page: 1, pageSize: 10 });
        times.push(performance.now() - start);
      }
    }
    out[engine] = times;
  }
  return out;
}
