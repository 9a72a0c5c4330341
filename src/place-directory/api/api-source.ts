/**
 * `ApiDirectorySource`: the directory's `DirectorySource` over a council's own Open Referral UK API, so a
 * directory of any size costs the resident one page of results.
 *
 * - A search is one `GET /services` page (request.ts builds it; answer.ts reads either shape; records.ts
 *   reads the records as a feed's). While a resident types, at most one request per pause (`debounce`),
 *   the one before aborted, only the latest answer used (latest.ts); recent pages kept for the visit
 *   (recent.ts), so going back a page or clearing a word answers at once.
 * - It learns what the API does from its answers: ORUK 1.0 (then `text` and `taxonomy_id`), pages counted
 *   from 0, a page size of its own (it ignores or caps `per_page`: the directory's pages are cut from its).
 * - `get(id)` is `GET /services/{id}`, the full record, cached; lists hold only what they show (`summaries`).
 * - Categories come from the page (a feed's) or else from the API's taxonomy terms (categories.ts).
 * - 429: `Retry-After` is honoured (waited for, up to 10 seconds, then asked once more; longer, the
 *   resident is told, and nothing is sent before it has passed).
 * - The page's editor is told in the console what failed, once per kind (errors.ts, http.ts), and when a
 *   filter seems to change nothing.
 */
import { distanceMiles } from '../../feed/domain/areas.js';
import type { Area } from '../../feed/domain/types.js';
import type { Category, Entry } from '../entries.js';
import type { DirectorySource, Facets, Filters, SearchRequest, SearchResponse, SourceCapabilities } from '../source.js';
import { readPage, readRecord, type Page } from './answer.js';
import { loadCategories, MAX_TERMS } from './categories.js';
import { API_FILTERS, PROFILE_FILTERS, wordOf } from './capabilities.js';
import { ApiError, isAborted, isApiError } from './errors.js';
import { getJson, withoutQuery, type Fetch } from './http.js';
import { Latest } from './latest.js';
import { readEntries, type ReadContext } from './records.js';
import { Recent } from './recent.js';
import { queryOf, type Dialect, type Query } from './request.js';

export interface ApiSourceOptions {
  /** The API's base URL: the part before `/services` (relative to the page, or absolute). */
  api: string;
  /** The filters the API supports (capabilities.ts); default the UK profile's: category, age, day, open now. */
  filters?: ReadonlyArray<keyof Filters>;
  /** The categories to offer (a feed's); without them, the API's taxonomy terms. */
  categories?: Category[];
  /** The feed's areas, when the directory has a feed. */
  areas?: Area[];
  /** The pause in typing, in milliseconds, before a search is sent (default 300). */
  debounce?: number;
  /** Milliseconds before a request is given up (default 15 seconds). */
  timeout?: number;
  /** The version of the API's parameters, when known; otherwise learnt from its answers (3.0 until one says 1.0). */
  version?: Dialect;
  /** How many API pages to keep for the visit (default 60). */
  keep?: number;
  /** A `fetch` to use (Storybook's stand-in; tests). */
  fetch?: Fetch;
}

interface ApiPage {
  page: Page;
  entries: Entry[];
}

/** What a page of results needs from the API: which of its pages, and where the directory's page starts in them. */
interface Plan {
  urls: string[];
  /** The position of the directory's first result in the API pages' records. */
  offset: number;
  /** The index (from 0) of the first API page. */
  index: number;
}

/** No count per option is known: the element shows none. */
const NO_COUNTS: Facets = Object.freeze({ category: {}, area: {}, kind: {}, day: {}, miles: {} }) as Facets;
/** The longest a 429's `Retry-After` is waited for before the resident is told to try again. */
const MAX_WAIT_SECONDS = 10;
/** How long to leave an API that answered 429 without a `Retry-After` the page can read. */
const BACKOFF_SECONDS = 5;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new ApiError('aborted', 'A later search took its place.'));
      },
      { once: true },
    );
  });

export class ApiDirectorySource implements DirectorySource {
  /** The API's base URL, without a trailing slash. */
  readonly base: string;
  categories: Category[];
  capabilities: SourceCapabilities;
  private readonly supported: ReadonlyArray<keyof Filters>;
  private dialect: Dialect;
  /** The number the API gives its first page (1, or 0). */
  private first = 1;
  /** The API's own page size, when it ignores or caps `per_page`. */
  private apiPageSize?: number;
  /** The API answers a plain list of everything: the directory's pages are cut from it. */
  private whole = false;
  private readonly pages: Recent<ApiPage>;
  private readonly records = new Recent<Entry>(100);
  private readonly gets = new Map<string, Promise<Entry | undefined>>();
  private readonly latest = new Latest<SearchResponse>();
  private previous?: SearchRequest;
  /** No request before this time (a 429's Retry-After). */
  private notBefore = 0;
  private readonly listeners = new Set<() => void>();
  private categoriesLoading?: Promise<unknown>;
  private readonly told = new Set<string>();
  private readonly context: ReadContext;

  constructor(private readonly options: ApiSourceOptions) {
    const base = new URL(options.api, globalThis.document?.baseURI ?? globalThis.location?.href).href;
    this.base = base
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .replace(/\/services$/, '');
    this.supported = (options.filters ?? PROFILE_FILTERS).filter((name) => API_FILTERS.includes(name));
    this.dialect = options.version ?? '3.0';
    this.categories = options.categories ?? [];
    this.pages = new Recent(options.keep ?? 60);
    this.context = { where: `${this.base}/services`, areas: options.areas ?? [], told: new Set() };
    this.capabilities = this.describe();
  }

  private describe(): SourceCapabilities {
    return {
      filters: this.supported.filter((name) => name !== 'category' || this.categories.length > 0),
      search: true,
      facets: false,
      nearestFirst: false,
      nearNeedsPostcode: true,
      summaries: true,
      kinds: ['service'],
    };
  }

  /** Gives up the search on its way and forgets the listeners (the directory left the page, or changed its API). */
  close(): void {
    this.latest.cancel();
    this.listeners.clear();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.capabilities = this.describe();
    for (const listener of this.listeners) listener();
  }

  /** Tells the page's editor, once per kind of thing. */
  private tell(kind: string, message: string, level: 'error' | 'warn' = 'error'): void {
    if (this.told.has(kind)) return;
    this.told.add(kind);
    console[level](`placekit <place-directory>: ${message}`);
  }

  private failed(error: unknown): never {
    if (isApiError(error) && !isAborted(error)) this.tell(`${error.kind} ${error.status ?? ''}`, error.message);
    throw error;
  }

  /** Gets the categories ready (when the page gave none): resolves once they are known, or known to be none. */
  ready(): Promise<unknown> {
    if (this.options.categories) return Promise.resolve();
    return (this.categoriesLoading ??= loadCategories(this.base, this.dialect, this.first, (url) => this.gate(() => getJson(url, this.http()))).then(
      (result) => {
        if ('categories' in result) {
          this.categories = result.categories;
          this.changed();
        } else if ('tooMany' in result) {
          this.tell(
            'categories',
            `the API at ${this.base} has ${result.tooMany} taxonomy terms, more than the ${MAX_TERMS} a resident could choose from, so no category filter is offered. To offer categories, give the directory a feed whose taxonomy_terms are the ones to offer.`,
            'warn',
          );
        }
      },
      (error: unknown) => {
        // Offered later, when the API answers again.
        this.categoriesLoading = undefined;
        if (isApiError(error)) this.tell(`categories ${error.kind}`, `the categories could not be read: ${error.message}`, 'warn');
      },
    ));
  }

  private http(signal?: AbortSignal) {
    return { signal, timeout: this.options.timeout ?? 15_000, fetch: this.options.fetch };
  }

  /** Runs a request when the API allows (after a 429's Retry-After), waiting and asking once more after a short one. */
  private async gate<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const wait = this.notBefore - Date.now();
      if (wait > MAX_WAIT_SECONDS * 1000) {
        const seconds = Math.ceil(wait / 1000);
        throw new ApiError('rate-limited', `The API at ${this.base} asked not to be asked again for ${seconds} seconds (429 Retry-After).`, 429, seconds);
      }
      if (wait > 0) await sleep(wait, signal);
      try {
        return await task();
      } catch (error) {
        if (!isApiError(error) || error.kind !== 'rate-limited') throw error;
        const seconds = error.retryAfter ?? BACKOFF_SECONDS * 2 ** attempt;
        this.notBefore = Date.now() + seconds * 1000;
        if (attempt > 0 || seconds > MAX_WAIT_SECONDS) throw new ApiError('rate-limited', error.message, 429, seconds);
      }
    }
  }

  private url(params: Array<[string, string]>, page?: number, perPage?: number): string {
    const all = page === undefined ? params : [...params, ['page', String(page)], ['per_page', String(perPage)]];
    const query = new URLSearchParams(all).toString();
    return `${this.base}/services${query ? `?${query}` : ''}`;
  }

  private plan(query: Query, request: SearchRequest): Plan {
    const size = Math.max(1, request.pageSize);
    const start = (Math.max(1, request.page) - 1) * size;
    if (this.whole) return { urls: [this.url(query.params)], offset: start, index: 0 };
    const per = this.apiPageSize ?? size;
    const index = Math.floor(start / per);
    const last = Math.floor((start + size - 1) / per);
    const urls = [];
    for (let i = index; i <= last; i++) urls.push(this.url(query.params, i + this.first, per));
    return { urls, offset: start - index * per, index };
  }

  private respond(plan: Plan, pages: ApiPage[], request: SearchRequest, ignored: Array<keyof Filters>): SearchResponse {
    const entries = pages.flatMap((p) => p.entries);
    const hits = entries.slice(plan.offset, plan.offset + Math.max(1, request.pageSize)).map((entry) => {
      const near = request.near;
      const miles = near && entry.points.length ? Math.min(...entry.points.map((point) => distanceMiles(near, point))) : undefined;
      return miles === undefined ? { entry } : { entry, miles };
    });
    return { total: pages[0].page.total, hits, facets: NO_COUNTS, ...(ignored.length > 0 && { ignored }) };
  }

  search(request: SearchRequest): SearchResponse | Promise<SearchResponse> {
    // Words changed (with or without the page going back to 1): a resident typing, so wait for a pause.
    const typing = this.previous !== undefined && this.previous.query.trim() !== request.query.trim();
    this.previous = request;
    const query = queryOf(request, this.dialect, this.supported);
    if (query.none) {
      this.latest.cancel();
      return { total: 0, hits: [], facets: NO_COUNTS, ...(query.ignored.length > 0 && { ignored: query.ignored }) };
    }
    const plan = this.plan(query, request);
    const cached = plan.urls.map((url) => this.pages.get(url));
    if (cached.every(Boolean)) {
      this.latest.cancel();
      return this.respond(plan, cached as ApiPage[], request, query.ignored);
    }
    return this.latest.run(
      plan.urls.join(' '),
      (signal) => this.answer(request, signal).catch((error: unknown) => this.failed(error)),
      typing ? (this.options.debounce ?? 300) : 0,
    );
  }

  /** One API page, from the visit's pages or the API. */
  private async fetchPage(url: string, signal: AbortSignal): Promise<ApiPage> {
    const kept = this.pages.get(url);
    if (kept) return kept;
    const where = withoutQuery(url);
    const page = readPage(await this.gate(() => getJson(url, this.http(signal)), signal), where);
    const entries = await readEntries(page.records, this.context);
    const answer = { page, entries };
    this.pages.set(url, answer);
    return answer;
  }

  /** Asks the API for a page of results, learning what it does from its answers (at most three times over). */
  private async answer(request: SearchRequest, signal: AbortSignal, round = 0): Promise<SearchResponse> {
    const query = queryOf(request, this.dialect, this.supported);
    const plan = this.plan(query, request);
    const [head, ...rest] = plan.urls;
    const first = await this.fetchPage(head, signal);
    if (round < 3 && this.learn(first.page, plan, query)) return this.answer(request, signal, round + 1);
    const pages = [first, ...(await Promise.all(rest.map((url) => this.fetchPage(url, signal))))];
    const response = this.respond(plan, pages, request, query.ignored);
    void this.ready();
    this.noteUnchanged(request, query, first.page);
    return response;
  }

  /** What an answer tells of the API; true when the same search must be asked again in its terms. */
  private learn(page: Page, plan: Plan, query: Query): boolean {
    if (page.shape === 'list') {
      const again = !this.whole;
      this.whole = true;
      return again;
    }
    if (page.shape === '1.0' && this.dialect === '3.0') {
      this.dialect = '1.0';
      if (query.params.some(([name]) => name === 'search' || name === 'taxonomy_term_id')) return true;
    }
    if (plan.index === 0 && this.first === 1 && (page.first === false || (page.records.length === 0 && page.total > 0))) {
      // Asked for page 1, given the second: this API counts its pages from 0.
      this.first = 0;
      return true;
    }
    const per = this.apiPageSize ?? Number(new URL(plan.urls[0]).searchParams.get('per_page'));
    const n = page.records.length;
    const notLast = page.last === false || plan.index * per + n < page.total;
    if (n > 0 && n !== per && notLast) {
      this.apiPageSize = n;
      this.tell('page-size', `the API at ${this.base} gives ${n} results a page whatever per_page asks; the directory's pages are cut from its pages.`, 'warn');
      return true;
    }
    return false;
  }

  /** A filter whose answer is the very same as without it (same total, same first results) may not be supported: tell the editor. */
  private noteUnchanged(request: SearchRequest, query: Query, answer: Page): void {
    if (answer.total <= answer.records.length) return;
    const ids = (page: Page) => JSON.stringify(page.records.map((r) => (r as { id?: unknown })?.id));
    for (const name of Object.keys(request.filters) as Array<keyof Filters>) {
      if (!query.params.length || this.told.has(`unchanged ${name}`)) continue;
      const without = queryOf({ ...request, filters: { ...request.filters, [name]: undefined } }, this.dialect, this.supported);
      if (without.params.length === query.params.length) continue;
      const other = this.pages.peek(this.plan(without, request).urls[0])?.page;
      if (other && other.total === answer.total && ids(other) === ids(answer)) {
        const sent = query.params.filter(([param]) => !without.params.some(([p]) => p === param)).map(([param, value]) => `${param}=${value}`);
        this.tell(
          `unchanged ${name}`,
          `the API at ${this.base} gave the same ${answer.total} results with ${sent.join('&')} as without it: it may not support it. If it does not, leave "${wordOf(name)}" out of the filters the directory offers (placekit check-api ${this.base} tells).`,
          'warn',
        );
      }
    }
  }

  /** The full record (`GET /services/{id}`), kept for the visit; undefined when the API has no such service. */
  get(id: string): Entry | Promise<Entry | undefined> {
    const kept = this.records.get(id);
    if (kept) return kept;
    let pending = this.gets.get(id);
    if (!pending) {
      const url = `${this.base}/services/${encodeURIComponent(id)}`;
      pending = this.gate(() => getJson(url, this.http()))
        .then(async (data) => {
          const [entry] = await readEntries([readRecord(data, withoutQuery(url))], this.context);
          if (entry) this.records.set(id, entry);
          return entry;
        })
        .catch((error: unknown) => {
          if (isApiError(error) && error.status === 404) return undefined;
          return this.failed(error);
        })
        .finally(() => this.gets.delete(id));
      this.gets.set(id, pending);
    }
    return pending;
  }
}
