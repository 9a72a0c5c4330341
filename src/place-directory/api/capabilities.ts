/**
 * Which filters an API supports. By default, what the UK profile's API description requires of
 * `GET /services` (`taxonomy_term_id`, `minimum_age`/`maximum_age`, `day`, `start_time`/`end_time`):
 * category, age, day and "open now". `postcode`/`proximity` are the profile's for `/service_at_locations`
 * only, so "near a postcode" is offered only when the page says the API has it. A page names what its
 * API supports in a list of words (the element's attribute for it; `placekit check-api` prints the list
 * that fits an API):
 *
 * | word | filter | parameters |
 * | --- | --- | --- |
 * | `category` | category | `taxonomy_term_id` (1.0: `taxonomy_id`) |
 * | `age` | age | `minimum_age`, `maximum_age` |
 * | `day` | open on a day | `day` |
 * | `open` | open now | `day`, `start_time`, `end_time` |
 * | `postcode` | near a postcode, within a distance | `postcode`, `proximity` |
 *
 * `none` offers no filter (search only).
 */
import type { Filters } from '../source.js';

/** The filters an Open Referral UK API can apply at all: neighbourhood, "free" and kind have no parameter. */
export const API_FILTERS: ReadonlyArray<keyof Filters> = ['category', 'age', 'day', 'open', 'miles'];

/** The UK profile's filters for `GET /services`. */
export const PROFILE_FILTERS: ReadonlyArray<keyof Filters> = ['category', 'age', 'day', 'open'];

const WORDS: Record<string, keyof Filters> = { category: 'category', age: 'age', day: 'day', open: 'open', postcode: 'miles' };

/** The words of a filter list, in order (for messages and for check-api's advice). */
export const FILTER_WORDS = Object.keys(WORDS);

/** The word for a filter (`miles` is `postcode`). */
export const wordOf = (filter: keyof Filters): string => Object.keys(WORDS).find((word) => WORDS[word] === filter) ?? filter;

/**
 * The filters a list of words names (`"category age postcode"`, commas allowed, any case), and the words
 * it did not know. Empty or absent: the profile's default.
 */
export function readFilterList(text: string | null | undefined): { filters: Array<keyof Filters>; unknown: string[] } {
  const words = (text ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  if (words.length === 0) return { filters: [...PROFILE_FILTERS], unknown: [] };
  const filters = new Set<keyof Filters>();
  const unknown: string[] = [];
  for (const word of words) {
    if (word === 'none') continue;
    if (word in WORDS) filters.add(WORDS[word]);
    else unknown.push(word);
  }
  return { filters: [...filters], unknown };
}
