/**
 * The one small interface between `<place-directory>` and its data: `search(request)` gives a page of
 * results and the count every filter option would give (where it can be known). `LocalDirectorySource`
 * answers from the feed in the browser; `ApiDirectorySource` (`./api/`, loaded only for a directory
 * with `api`) asks a council's Open Referral UK API (`/services?search=...&page=...`) and says through
 * `capabilities` what it cannot do, so the element offers only filters that work.
 */
import { distanceMiles, type Point } from '../feed/domain/areas.js';
import { DAYS, type Day } from '../feed/domain/schedule.js';
import type { Area, PlaceFeed } from '../feed/domain/types.js';
import { isClosed, readDirectory, type Category, type Entry, type EntryKind } from './entries.js';
import { fold } from './fold.js';
import { OpeningClock } from './opening.js';
import type { TextIndex } from './text-index.js';

export { FIELD, type Matches, type TextIndex } from './text-index.js';

/** The filters a resident can set. Absent means "any". */
export interface Filters {
  /** A category key (taxonomy term id). */
  category?: string;
  /** An area id. */
  area?: string;
  kind?: EntryKind;
  /** Years: entries whose age range includes it (entries without a range match any age). */
  age?: number;
  free?: boolean;
  /** Open at the moment of the search, UK time. */
  open?: boolean;
  /** Open on this day in the coming week. */
  day?: Day;
  /** Within this many miles of `near` (ignored without it). */
  miles?: number;
  /** Accessibility features every result's places must have (journeys/access.ts: `step_free`, `hearing_loop`...). */
  access?: string[];
}

export interface SearchRequest {
  query: string;
  filters: Filters;
  /** 1-based. */
  page: number;
  pageSize: number;
  /** Where the resident is: results nearest first, with distances. */
  near?: Point;
  /** The moment for "open now" (default: now). */
  at?: Date;
  /** The postcode `near` was found from, for a source that searches by postcode (capabilities.nearNeedsPostcode). */
  postcode?: string;
}

export interface Hit {
  entry: Entry;
  /** Miles from `near` to the entry's nearest location. */
  miles?: number;
}

/**
 * How many results each option of each filter would give, with the other filters as they are. An option
 * missing from its record, and an absent `free` or `open`, has no known count (a remote API gives none):
 * the element then shows the option without a count, never a wrong one.
 */
export interface Facets {
  category: Record<string, number>;
  area: Record<string, number>;
  kind: Record<string, number>;
  day: Record<string, number>;
  miles: Record<string, number>;
  free?: number;
  open?: number;
  /** How many results each accessibility feature would leave, with those chosen (only features some result has). */
  access?: Record<string, number>;
}

export interface SearchResponse {
  /** Every result there is (a remote API's own total), not only this page's. */
  total: number;
  hits: Hit[];
  facets: Facets;
  /** Filters of the request that this answer could not apply (e.g. "open now" with another day): the element says so. */
  ignored?: Array<keyof Filters>;
}

/**
 * What a source can do, so that the element offers only what works: no filter that silently does
 * nothing, no counts that cannot be known, no "nearest first" that is not. A source without
 * `capabilities` (the feed's own) can do everything.
 */
export interface SourceCapabilities {
  /** The filters it applies; the element leaves the others out. `miles` is the distance from a postcode. */
  filters: ReadonlyArray<keyof Filters>;
  /** Words typed in the search box are searched. */
  search: boolean;
  /** Answers carry counts per filter option (`facets`). */
  facets: boolean;
  /** With `near`, results come nearest first with their distances; when false, a postcode only narrows them. */
  nearestFirst: boolean;
  /** `near` works only with the postcode it came from (`SearchRequest.postcode`), not from a point alone ("Use my location"). */
  nearNeedsPostcode: boolean;
  /** Hits hold only what a list shows: open one through `get(id)` for its full record (opening times, contacts...). */
  summaries: boolean;
  /** The kinds of entry it holds. */
  kinds: readonly EntryKind[];
}

export interface DirectorySource {
  search(request: SearchRequest): SearchResponse | Promise<SearchResponse>;
  /** One entry by id, in full (for a details view opened from the list or from a link). */
  get(id: string): Entry | undefined | Promise<Entry | undefined>;
  /** The categories to offer. */
  readonly categories: Category[];
  /** Optional: called when a resident reaches for the search box, to get ready for words. */
  ready?(): Promise<unknown>;
  /** Optional: what it can do; absent, everything. */
  readonly capabilities?: SourceCapabilities;
  /** Optional: tells `listener` when `categories` or `capabilities` change (a remote source learns them); returns the unsubscribe. */
  subscribe?(listener: () => void): () => void;
}

/** The key of the item a page names by one of its keys (any case, accents optional). */
const find = <T>(items: readonly T[], value: string, keys: (item: T) => Array<string | undefined>, key: (item: T) => string): string | undefined => {
  const wanted = fold(value.trim());
  const found = items.find((item) => key(item) === value) ?? items.find((item) => keys(item).some((v) => v !== undefined && fold(v) === wanted));
  return found && key(found);
};

/** The key of the category a page names by its term id, code or name (any case, accents optional). */
export const findCategory = (categories: readonly Category[], value: string): string | undefined =>
  find(
    categories,
    value,
    (c) => [c.key, c.name, c.code],
    (c) => c.key,
  );

/** The id of the area a page names by its id or name (any case, accents optional). */
export const findArea = (areas: readonly Area[], value: string): string | undefined =>
  find(
    areas,
    value,
    (a) => [a.id, a.name],
    (a) => a.id,
  );

/** Distances offered by the distance filter, in miles. */
export const MILES = [1, 2, 5, 10];

type Group = 'category' | 'area' | 'kind' | 'age' | 'free' | 'open' | 'day' | 'miles' | 'access';

/**
 * The feed's directory, searched in the browser. Its text index is built when first needed (a search
 * with words, or `ready()`), from placekit's own index loaded then, unless an index is given.
 */
export class LocalDirectorySource implements DirectorySource {
  readonly entries: Entry[];
  readonly categories: Category[];
  private index?: TextIndex;
  private indexing?: Promise<unknown>;
  /** @internal */ readonly feed: PlaceFeed;
  /** An index given to the constructor, built by `ready()`. */
  private readonly given?: TextIndex;
  /** Each entry's position in name order. */
  private readonly rank: Int32Array;
  private readonly areaIds: string[];
  private clock?: OpeningClock;
  /**
   * Reads a record's accessibility features (journeys/access.ts), set by the directory once that part has
   * loaded: until then there are no accessibility filters or counts.
   */
  features?: (record: Entry['record']) => ReadonlySet<string>;
  /**
   * Each entry's opening at the clock's minute, worked out once per minute rather than per keystroke:
   * bit 7 set once known, bits 0 to 6 the days it opens in the coming week, bit 8 open now.
   */
  private opening = new Uint16Array(0);

  constructor(feed: PlaceFeed, now = new Date(), index?: TextIndex) {
    this.feed = feed;
    const directory = readDirectory(feed, now);
    this.entries = directory.entries;
    this.categories = directory.categories;
    this.areaIds = (feed.areas ?? []).map((a) => a.id);
    const folded = this.entries.map((e) => fold(e.name));
    this.rank = new Int32Array(this.entries.length);
    this.entries
      .map((e) => e.n)
      .sort((a, b) => (folded[a] < folded[b] ? -1 : folded[a] > folded[b] ? 1 : a - b))
      .forEach((n, i) => (this.rank[n] = i));
    this.given = index;
  }

  /**
   * Builds the text index (the one given, or placekit's own, loaded now); resolves once searches with
   * words answer at once.
   */
  ready(): Promise<unknown> {
    return (this.indexing ??= import('./search-index.js').then(
      (module) =>
        (this.index = module.build(
          { entries: this.entries, categories: this.categories, areas: this.feed.areas ?? [] },
          this.given ?? new module.SearchIndex(),
        )),
      (error) => {
        this.indexing = undefined;
        throw error;
      },
    ));
  }

  get(id: string): Entry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  /** Answers at once, unless the query has words and the text index is not built yet: then once it is. */
  search(request: SearchRequest): SearchResponse | Promise<SearchResponse> {
    const { filters, near, query } = request;
    if (!this.index && /[\p{L}\p{N}]/u.test(query)) return this.ready().then(() => this.search(request));
    const at = request.at ?? new Date();
    if (!this.clock || Math.floor(this.clock.at.getTime() / 60000) !== Math.floor(at.getTime() / 60000)) {
      this.clock = new OpeningClock(at);
      this.opening = new Uint16Array(this.entries.length);
    }
    const { clock, opening } = this;
    const matches = this.index?.search(query);
    const candidates = matches ? matches.docs : this.entries.map((e) => e.n);
    // Every option is counted, none left out: an option that would give nothing says (0).
    const zero = (keys: readonly unknown[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<string, number>;
    const features = this.features;
    const access = filters.access?.length && features ? filters.access : undefined;
    const facets: Facets & Required<Omit<Facets, 'access'>> = {
      category: zero(this.categories.map((c) => c.key)),
      area: zero(this.areaIds),
      kind: zero(['service', 'opportunity']),
      day: {},
      miles: zero(near ? MILES : []),
      free: 0,
      open: 0,
      ...(features && { access: {} }),
    };
    const bump = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);
    const results: number[] = [];
    const miles = near ? new Float64Array(this.entries.length).fill(Infinity) : undefined;
    const dayBit = filters.day ? 1 << DAYS.indexOf(filters.day) : 0;
    const age = filters.age;
    const dayCounts = [0, 0, 0, 0, 0, 0, 0];

    for (const n of candidates) {
      const entry = this.entries[n];
      let distance = Infinity;
      if (miles) {
        for (const point of entry.points) distance = Math.min(distance, distanceMiles(near!, point));
        miles[n] = distance;
      }
      let known = opening[n];
      if (!known) {
        // A closed service is never open, whatever its schedules say.
        const closed = isClosed(entry);
        known = 0x80 | (closed ? 0 : clock.openDays(entry.schedules)) | (!closed && clock.isOpen(entry.schedules) ? 0x100 : 0);
        opening[n] = known;
      }
      const open = (known & 0x100) !== 0;
      const days = known & 0x7f;
      // Which filter this entry fails: in the results when none, counted for that filter's options when only one.
      let failed: Group | undefined;
      let failures = 0;
      if (filters.category && !entry.categories.includes(filters.category)) {
        failed = 'category';
        failures++;
      }
      if (filters.area && !entry.areaIds.includes(filters.area)) {
        failed = 'area';
        failures++;
      }
      if (filters.kind && entry.kind !== filters.kind) {
        failed = 'kind';
        failures++;
      }
      if (age !== undefined && ((entry.minAge ?? 0) > age || (entry.maxAge ?? Infinity) < age)) {
        failed = 'age';
        failures++;
      }
      if (filters.free && !entry.free) {
        failed = 'free';
        failures++;
      }
      if (filters.open && !open) {
        failed = 'open';
        failures++;
      }
      if (dayBit && !(days & dayBit)) {
        failed = 'day';
        failures++;
      }
      if (near && filters.miles && !(distance <= filters.miles)) {
        failed = 'miles';
        failures++;
      }
      const has = features?.(entry.record);
      if (access && !access.every((feature) => has!.has(feature))) {
        failed = 'access';
        failures++;
      }
      if (failures > 1) continue;
      const all = failures === 0;
      if (all) results.push(n);
      if (all || failed === 'category') for (const key of entry.categories) bump(facets.category, key);
      if (all || failed === 'area') for (const id of entry.areaIds) bump(facets.area, id);
      if (all || failed === 'kind') bump(facets.kind, entry.kind);
      if ((all || failed === 'free') && entry.free) facets.free++;
      if ((all || failed === 'open') && open) facets.open++;
      if ((all || failed === 'day') && days) for (let i = 0; i < 7; i++) if (days & (1 << i)) dayCounts[i]++;
      if ((all || failed === 'miles') && near) for (const limit of MILES) if (distance <= limit) bump(facets.miles, String(limit));
      // A feature's count is what choosing it too would leave: only results that pass every filter have it.
      if (all && has) for (const feature of has) bump(facets.access!, feature);
    }
    DAYS.forEach((day, i) => (facets.day[day] = dayCounts[i]));

    const scores = matches?.scores;
    const rank = this.rank;
    const compare = (a: number, b: number) => (miles ? miles[a] - miles[b] : 0) || (scores ? scores[b] - scores[a] : 0) || rank[a] - rank[b];
    const pageSize = Math.max(1, request.pageSize);
    const pages = Math.max(1, Math.ceil(results.length / pageSize));
    const page = Math.min(Math.max(1, request.page), pages);
    const top = topK(results, page * pageSize, compare).slice((page - 1) * pageSize);
    return {
      total: results.length,
      hits: top.map((n) => ({ entry: this.entries[n], ...(miles && miles[n] !== Infinity && { miles: miles[n] }) })),
      facets,
    };
  }
}

const sources = new WeakMap<PlaceFeed, LocalDirectorySource>();

/** The feed's directory, indexed once per feed however many elements show it. */
export function localSource(feed: PlaceFeed): LocalDirectorySource {
  let source = sources.get(feed);
  if (!source) sources.set(feed, (source = new LocalDirectorySource(feed)));
  return source;
}

/** The first k items in order, without sorting them all. */
function topK(items: number[], k: number, compare: (a: number, b: number) => number): number[] {
  if (items.length <= k * 4) return items.sort(compare).slice(0, k);
  const top: number[] = [];
  for (const item of items) {
    if (top.length === k && compare(item, top[k - 1]) >= 0) continue;
    let low = 0;
    let high = top.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compare(top[mid], item) <= 0) low = mid + 1;
      else high = mid;
    }
    top.splice(low, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}
