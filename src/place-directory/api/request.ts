/**
 * The directory's search as an Open Referral UK API's query parameters (docs/directory-api.md says what
 * each means, and `placekit check-api` checks an API against it):
 *
 * | directory | ORUK 3.0 | ORUK 1.0 |
 * | --- | --- | --- |
 * | words typed | `search` | `text` |
 * | category | `taxonomy_term_id` | `taxonomy_id` |
 * | age A ("open to someone aged A") | `minimum_age=A&maximum_age=A` | same |
 * | open on a day | `day=Monday` | same |
 * | open now | `day` (today, UK) and `start_time` = `end_time` = the UK time now (`14:05`) | same |
 * | near a postcode, within N miles | `postcode`, `proximity` (metres) | same |
 * | near a postcode, any distance | `postcode` (the API's "services covering it") | same |
 * | page | `page` (from 1, or 0 for an API that counts from 0), `per_page` | same |
 *
 * A filter the API does not support is not sent, and is named in `ignored` (the element does not offer
 * it). Neighbourhood, "free" and ways to get involved have no ORUK parameter.
 */
import { timeOf, ukMoment, type Day } from '../../feed/domain/schedule.js';
import type { Filters, SearchRequest } from '../source.js';

/** The version of the API's parameters: 3.0 unless its answers say 1.0. */
export type Dialect = '3.0' | '1.0';

const NAMES = {
  '3.0': { search: 'search', category: 'taxonomy_term_id' },
  '1.0': { search: 'text', category: 'taxonomy_id' },
} as const;

/** A day as the API is asked for it. */
export const DAY_NAMES: Record<Day, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

export const METRES_PER_MILE = 1609.344;

export interface Query {
  /** The parameters, in a fixed order (so equal searches are one cache entry), without `page` and `per_page`. */
  params: Array<[string, string]>;
  /** Filters of the request left out: not supported, or not possible together. */
  ignored: Array<keyof Filters>;
  /** True when the answer is known to be empty without asking (ways to get involved: an API holds services only). */
  none: boolean;
}

/** The query for a search, given the filters the API supports. `at` is the moment for "open now". */
export function queryOf(request: SearchRequest, dialect: Dialect, supported: ReadonlyArray<keyof Filters>, at = request.at ?? new Date()): Query {
  const { filters } = request;
  const names = NAMES[dialect];
  const params: Array<[string, string]> = [];
  const ignored: Array<keyof Filters> = [];
  const can = (name: keyof Filters) => {
    const ok = supported.includes(name);
    if (!ok && filters[name] !== undefined && filters[name] !== false) ignored.push(name);
    return ok;
  };
  const words = request.query.trim().replace(/\s+/g, ' ');
  if (words) params.push([names.search, words]);
  if (filters.category && can('category')) params.push([names.category, filters.category]);
  if (filters.age !== undefined && can('age')) params.push(['minimum_age', String(filters.age)], ['maximum_age', String(filters.age)]);
  const now = ukMoment(at);
  if (filters.open && can('open')) {
    if (filters.day && filters.day !== now.weekday && supported.includes('day')) {
      // "Open now" and another day cannot both hold in one API query: the day the resident chose wins.
      ignored.push('open');
      params.push(['day', DAY_NAMES[filters.day]]);
    } else {
      if (filters.day && filters.day !== now.weekday) ignored.push('day');
      params.push(['day', DAY_NAMES[now.weekday]], ['start_time', timeOf(now.minutes)], ['end_time', timeOf(now.minutes)]);
    }
  } else if (filters.day && can('day')) {
    params.push(['day', DAY_NAMES[filters.day]]);
  }
  if (request.near && supported.includes('miles')) {
    if (request.postcode) {
      params.push(['postcode', request.postcode]);
      if (filters.miles) params.push(['proximity', String(Math.round(filters.miles * METRES_PER_MILE))]);
    } else if (filters.miles) {
      // A point alone ("Use my location") has no postcode to ask by.
      ignored.push('miles');
    }
  } else if (request.near && filters.miles) {
    can('miles');
  }
  // No ORUK parameter for these, whatever a page says.
  if (filters.area) ignored.push('area');
  if (filters.free) ignored.push('free');
  const none = filters.kind === 'opportunity';
  return { params, ignored, none };
}
