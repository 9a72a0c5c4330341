/**
 * Page side of the API-mode benchmark (bench/suites/directory-api.mjs): `<place-directory>` from the
 * production build, its results from a council's API (the stand-in, over HTTP with a fixed latency) or
 * from a feed of the same records, measured the same way.
 *
 * API mode is `<place-directory api="...">` as a page writes it, beside a small feed that holds only the
 * categories (as a page's feed would); the element loads its API source from the production build.
 */
// @ts-expect-error: the production bundle, loaded at run time from the bench server.
import '/dist/placekit.js';
import type { DirectorySource, SearchResponse } from '../../src/place-directory/source.js';
import { CATEGORIES } from './synthetic-feed.js';

type Directory = HTMLElement & { updateComplete: Promise<boolean>; shadowRoot: ShadowRoot };

// performance.memory and window.gc (Chromium with --enable-precise-memory-info and --expose-gc) are declared by feed-parse.ts.
const heap = () => performance.memory?.usedJSHeapSize ?? NaN;
const painted = () => new Promise<number>((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0)));

/** The feed an API-mode page has beside the API: the publisher and the categories, no services. */
const categoriesFeed = () =>
  `data:application/json,${encodeURIComponent(
    JSON.stringify({
      format_version: '1.0',
      publisher: { name: 'Synthetic benchmark partnership' },
      updated: '2026-11-01T09:00:00Z',
      taxonomy_terms: CATEGORIES.map((name, i) => ({ id: `cat-${i}`, name, taxonomy: 'synthetic' })),
    }),
  )}`;

let directory: Directory | undefined;
/** When the list last showed each query's answer (performance.now()). */
const shown = new Map<string, number>();
/** The time stamp of the last keystroke of each query. */
const typed = new Map<string, number>();
let baseline = NaN;

/** Has the element's source note when each answer was painted. */
function watch(el: Directory, source: DirectorySource): DirectorySource {
  const note = (query: string) => (response: SearchResponse) => {
    void el.updateComplete.then(painted).then((at) => shown.set(query.trim(), at));
    return response;
  };
  const search = source.search.bind(source);
  source.search = (request) => {
    const answer = search(request);
    return answer instanceof Promise ? answer.then(note(request.query)) : note(request.query)(answer);
  };
  return source;
}

const resultsShown = (el: Directory) => el.shadowRoot?.querySelector('.result h3') !== null && el.shadowRoot?.querySelector('.result h3') !== undefined;

/** Mounts the directory: `api` set, its results from the API; else from `feed`. Resolves with the time to the first results painted. */
export async function mount(options: { api?: string; feed?: string }): Promise<number> {
  window.gc?.();
  baseline = heap();
  shown.clear();
  typed.clear();
  const el = document.createElement('place-directory') as Directory;
  el.setAttribute('feed-timeout', '120');
  const start = performance.now();
  if (options.api) {
    el.setAttribute('feed', categoriesFeed());
    el.setAttribute('api', options.api);
  } else {
    el.setAttribute('feed', options.feed!);
  }
  document.body.replaceChildren(el);
  directory = el;
  await new Promise<void>((done) => {
    const check = () => (resultsShown(el) ? done() : setTimeout(check, 5));
    check();
  });
  const first = (await painted()) - start;
  // From now on, each answer's paint is noted (the source the element made: the API's, or the feed's).
  await el.updateComplete;
  watch(el, (el as unknown as { activeSource: DirectorySource }).activeSource);
  el.shadowRoot.querySelector<HTMLInputElement>('#query')!.addEventListener('input', (event) => {
    typed.set((event.target as HTMLInputElement).value.trim(), event.timeStamp);
  });
  return first;
}

/** Resolves once the list shows the answer for `query`, with the milliseconds from its last keystroke to that paint. */
export async function settled(query: string, timeout = 20_000): Promise<number> {
  const until = performance.now() + timeout;
  while (!(shown.has(query) && typed.has(query) && shown.get(query)! >= typed.get(query)!)) {
    if (performance.now() > until) throw new Error(`the list never showed "${query}"`);
    await new Promise((done) => setTimeout(done, 5));
  }
  return shown.get(query)! - typed.get(query)!;
}

/** The memory the page holds now beyond what it held before mounting (after garbage collection), in bytes. */
export function retained(): number {
  window.gc?.();
  return heap() - baseline;
}

/** The number of results the heading says. */
export const heading = () => directory?.shadowRoot.querySelector('#results-title')?.textContent?.trim() ?? '';
