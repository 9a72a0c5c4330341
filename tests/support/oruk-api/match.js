/**
 * How the stand-in reads each filter parameter of `GET /services`: the meaning placekit gives it
 * (docs/directory-api.md), which `placekit check-api` checks a real API against.
 *
 * - `search` (3.0) or `text` (1.0): every word appears in the name, description, organisation or a category
 *   (any case, accents optional, markup ignored).
 * - `taxonomy_term_id` (3.0) or `taxonomy_id` (1.0): a category of the service has this id.
 * - `minimum_age` and `maximum_age`: the service's age range (absent or -1: no limit) overlaps the range
 *   asked for; placekit asks `minimum_age=A&maximum_age=A`, "open to someone aged A".
 * - `day`: a schedule opens on that day (`Monday`, `monday` or `MO`).
 * - `start_time` and `end_time`: a schedule (on `day`, when given) is open for the whole of that time;
 *   placekit asks both at the current minute for "open now".
 * - `postcode`, with `proximity` in metres: a location of the service within that distance of the
 *   postcode's centre; without `proximity`: a location in the same postcode district.
 */
import { districtOf, normalise, pointOf } from './postcodes.js';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Lower case, accents and markup removed: what a word is compared with. */
export const fold = (text) =>
  String(text ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

/** A day as the RRULE code (`MO`), from `Monday`, `monday`, `mo` or `MO`; undefined for anything else. */
export function dayCode(value) {
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  const byName = WEEKDAYS.indexOf(text);
  if (byName >= 0) return CODES[byName];
  const byCode = CODES.indexOf(text.toUpperCase());
  return byCode >= 0 ? CODES[byCode] : undefined;
}

/** `09:30`, `09:30:00`, `09:30Z` as minutes after midnight; NaN for anything else. */
export function minutes(value) {
  const match = /^(\d{1,2}):(\d{2})/.exec(String(value ?? '').trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
}

/** Every schedule of a service: its own, and its sites'. */
export function schedulesOf(service) {
  return [
    ...(service.schedules ?? []),
    ...(service.service_at_locations ?? []).flatMap((sal) => [...(sal.schedules ?? []), ...(sal.location?.schedules ?? [])]),
  ];
}

const daysOf = (schedule) => {
  if (typeof schedule.byday === 'string') return schedule.byday.split(',').map((d) => d.trim().slice(-2).toUpperCase());
  const code = dayCode(schedule.weekday);
  return code ? [code] : [...CODES];
};

const locationsOf = (service) => (service.service_at_locations ?? []).map((sal) => sal.location).filter(Boolean);

/** Where each postcode of the data is: the first location with it that has coordinates. */
export function placesOf(services) {
  const places = new Map();
  for (const location of services.flatMap(locationsOf)) {
    if (typeof location.latitude !== 'number') continue;
    for (const address of location.addresses ?? []) {
      const key = normalise(address.postal_code ?? '');
      if (key && !places.has(key)) places.set(key, { latitude: location.latitude, longitude: location.longitude });
    }
  }
  return places;
}

/** The category ids of a service. */
export const termIdsOf = (service) =>
  (service.attributes ?? []).map((a) => a.taxonomy_term?.id ?? a.taxonomy_term_id).filter((id) => typeof id === 'string' && id !== '');

/** Metres between two points. */
function metres(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
}

/** The text a search reads, prepared once per service. */
export function searchText(service, termNames) {
  return fold([service.name, service.description, service.organization?.name, ...termIdsOf(service).map((id) => termNames.get(id))].join(' '));
}

const age = (value, none) => (typeof value === 'number' && value >= 0 ? value : none);

/**
 * A predicate for the filters in `params` (a URLSearchParams), or `false` when a value cannot be read
 * (an unknown postcode gives no results; a day that is not a day answers 400). `ignore` lists
 * parameters this API does not support (they are left out, as a real API leaves out what it does not know).
 */
export function matcher(params, { shape, ignore = [], places }) {
  const get = (name) => (ignore.includes(name) ? null : params.get(name));
  const tests = [];
  const words = fold(get(shape === '1.0' ? 'text' : 'search') ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length) tests.push((service, text) => words.every((word) => text.includes(word)));
  const term = get(shape === '1.0' ? 'taxonomy_id' : 'taxonomy_term_id');
  if (term) tests.push((service) => termIdsOf(service).includes(term));
  const low = get('minimum_age');
  const high = get('maximum_age');
  if (low !== null && low !== '') tests.push((service) => age(service.maximum_age, Infinity) >= Number(low));
  if (high !== null && high !== '') tests.push((service) => age(service.minimum_age, 0) <= Number(high));
  const dayParam = get('day');
  const day = dayParam ? dayCode(dayParam) : undefined;
  if (dayParam && !day) return { error: `day "${dayParam}" is not a day of the week` };
  const start = get('start_time');
  const end = get('end_time');
  const from = minutes(start || end);
  const to = minutes(end || start);
  if ((start || end) && (Number.isNaN(from) || Number.isNaN(to))) return { error: 'start_time and end_time are times, such as 14:30' };
  if (day || start || end) {
    tests.push((service) =>
      schedulesOf(service).some((schedule) => {
        if (day && !daysOf(schedule).includes(day)) return false;
        if (!(start || end)) return true;
        return minutes(schedule.opens_at) <= from && minutes(schedule.closes_at) >= to;
      }),
    );
  }
  const postcode = get('postcode');
  if (postcode) {
    const proximity = get('proximity');
    const centre = pointOf(postcode, places);
    if (!centre) return { test: () => false };
    if (proximity) {
      const limit = Number(proximity);
      tests.push((service) => locationsOf(service).some((l) => typeof l.latitude === 'number' && metres(centre, l) <= limit));
    } else {
      const district = districtOf(postcode);
      tests.push((service) => locationsOf(service).some((l) => (l.addresses ?? []).some((a) => districtOf(a.postal_code ?? '') === district)));
    }
  }
  return { test: (service, text) => tests.every((t) => t(service, text)) };
}
