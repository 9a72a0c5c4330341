/**
 * The search in the page's address, for `sync-url`: `pd-q`, `pd-category`, `pd-area`, `pd-kind`,
 * `pd-age`, `pd-free`, `pd-open`, `pd-day`, `pd-miles`, `pd-access` (accessibility features, comma-separated),
 * `pd-page` and `pd-id` (an open result). The
 * prefix keeps clear of the page's own parameters, which are left as they are. Where the resident is
 * (postcode, location) is never put in the address: a shared link must not say where someone lives.
 * Loaded only by a directory with `sync-url`.
 */
import { DAYS, type Day } from '../feed/domain/schedule.js';
import type { DirectoryHost, SearchState } from './host.js';
import type { Filters } from './source.js';

/** What the address holds. */
export type UrlState = SearchState;

const P = 'pd-';

export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const get = (name: string) => params.get(P + name) ?? undefined;
  const number = (name: string) => {
    const value = Number(get(name));
    return get(name) && Number.isFinite(value) && value >= 0 ? value : undefined;
  };
  const kind = get('kind');
  const day = get('day')?.toUpperCase() as Day | undefined;
  const filters: Filters = {
    category: get('category'),
    area: get('area'),
    kind: kind === 'service' || kind === 'opportunity' ? kind : undefined,
    age: number('age'),
    free: get('free') === '1' || undefined,
    open: get('open') === '1' || undefined,
    day: day && DAYS.includes(day) ? day : undefined,
    miles: number('miles'),
    access: get('access')?.split(',').filter(Boolean),
  };
  for (const key of Object.keys(filters) as Array<keyof Filters>) if (filters[key] === undefined) delete filters[key];
  return { query: get('q') ?? '', filters, page: Math.max(1, Math.floor(number('page') ?? 1)), id: get('id') };
}

/** The page's address with the state written in (and the page's own parameters kept). */
export function writeUrlState(href: string, state: UrlState): string {
  const url = new URL(href);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith(P)) url.searchParams.delete(key);
  const set = (name: string, value: unknown) => {
    if (value !== undefined && value !== '' && value !== false) url.searchParams.set(P + name, value === true ? '1' : String(value));
  };
  set('q', state.query.trim());
  for (const [key, value] of Object.entries(state.filters)) set(key, value);
  if (state.page > 1) set('page', state.page);
  set('id', state.id);
  return url.href;
}

/**
 * One directory's search in the address: read once at the start (the directory shows its fallback until
 * then), again when Back or Forward changes it, and written as the resident searches. Made when the part
 * first arrives.
 */
export class UrlSync {
  /** The address has been read. */
  read = false;

  constructor(private readonly host: DirectoryHost) {}

  /** Takes the search from the page's address (at start, and when Back or Forward changes it: `popped`). */
  readUrl(popped = false): void {
    const host = this.host;
    const state = readUrlState(location.search);
    const filters = { ...state.filters };
    for (const name of ['area', 'category'] as const) {
      if (host.locked(name) || (!filters[name] && host.preset(name) && !location.search.includes(P))) filters[name] = host.preset(name);
    }
    // A distance means nothing without a place to measure from, and that is never in the address.
    if (!host.near()) delete filters.miles;
    // A filter the source cannot apply is not offered, so not taken from an address either (categories an API
    // has not told yet are kept: they apply once it has).
    for (const key of Object.keys(filters) as Array<keyof Filters>) if (key !== 'category' && !host.offered(key)) delete filters[key];
    this.read = true;
    host.restore({ ...state, filters }, popped);
  }

  /** Records the search (with the open result when `details`) as a new step in the history, or in place of the current one. */
  write(details: boolean, replace?: boolean): void {
    const { query, filters, page } = this.host.search();
    const selected = this.host.selected();
    const href = writeUrlState(location.href, { query, filters, page, ...(details && selected && { id: selected.id }) });
    if (href === location.href) return;
    if (replace) history.replaceState(history.state, '', href);
    else history.pushState({ placeDirectory: details ? 'details' : 'search' }, '', href);
  }
}
