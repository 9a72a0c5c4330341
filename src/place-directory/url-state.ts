/**
 * The search in the page's address, for `sync-url`: `pd-q`, `pd-category`, `pd-area`, `pd-kind`,
 * `pd-age`, `pd-free`, `pd-open`, `pd-day`, `pd-miles`, `pd-page` and `pd-id` (an open result). The
 * prefix keeps clear of the page's own parameters, which are left as they are. Where the resident is
 * (postcode, location) is never put in the address: a shared link must not say where someone lives.
 */
import { DAYS, type Day } from '../feed/schedule.js';
import type { Filters } from './source.js';

export interface UrlState {
  query: string;
  filters: Filters;
  page: number;
  id?: string;
}

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
