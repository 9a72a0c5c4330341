/**
 * For `placekit check-api`: does each filter parameter work the way `<place-directory api>` asks it
 * (src/place-directory/api/request.ts)? A parameter works when it changes the answer and the results it
 * gives match placekit's reading of it, checked on the full records (`GET /services/{id}`) of up to three
 * of them. A parameter that changes nothing is not supported (or changes nothing for this directory's
 * residents, which is no better); one answered with an error is refused.
 */
import { addDays, isOpenAt, opensOnWeekday, ukInstant, ukMoment, type Day } from '../src/feed/domain/schedule.js';
import type { Schedule } from '../src/feed/domain/types.js';
import type { ApiClient, ListAnswer } from './api-client.js';
import { printable } from './printable.js';

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter((v): v is Json => typeof v === 'object' && v !== null) : []);

export interface FilterResult {
  /** The word for the directory's filter list (category, age, day, open, postcode). */
  word: string;
  label: string;
  verdict: 'works' | 'ignored' | 'refused' | 'differs' | 'unchecked';
  text: string;
}

/** Every schedule of a service (its own and its sites'). */
const schedulesOf = (record: Json): Schedule[] =>
  [
    ...list(record.schedules),
    ...list(record.service_at_locations).flatMap((sal) => [...list(sal.schedules), ...list((sal.location as Json | undefined)?.schedules)]),
  ] as Schedule[];

const termsOf = (record: Json): string[] =>
  list(record.attributes)
    .map((a) => (a.taxonomy_term as Json | undefined)?.id ?? a.taxonomy_term_id)
    .filter((id): id is string => typeof id === 'string' && id !== '');

const postcodesOf = (record: Json): string[] =>
  list(record.service_at_locations).flatMap((sal) =>
    list((sal.location as Json | undefined)?.addresses)
      .map((a) => a.postal_code)
      .filter((p): p is string => typeof p === 'string' && /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i.test(p.trim())),
  );

const age = (value: unknown, none: number) => (typeof value === 'number' && value >= 0 ? value : none);

/** The next Wednesday at 11:00 UK time: the moment "open now" is checked at. */
function nextWednesday(now = new Date()): Date {
  const today = ukMoment(now);
  const days: Day[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
  return ukInstant(addDays(today, (days.indexOf('WE') - days.indexOf(today.weekday) + 7) % 7 || 7), 11 * 60);
}

interface Probe {
  word: string;
  label: string;
  params: Record<string, string>;
  /** True when a full record matches the filter as placekit reads it. */
  matches: (record: Json) => boolean;
}

/** Runs one probe against the answer without filters (`all`). */
async function probe(api: ApiClient, all: ListAnswer, p: Probe): Promise<FilterResult> {
  const shown = Object.entries(p.params)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const answer = await api.list({ ...p.params, page: api.firstPage, per_page: 10 });
  const base = { word: p.word, label: p.label };
  if (answer.status !== 200 || answer.problem) {
    return {
      ...base,
      verdict: 'refused',
      text: `${shown}: answered ${answer.status ? `HTTP ${answer.status}` : printable(answer.problem ?? 'nothing')}${answer.problem && answer.status ? ` (${printable(answer.problem)})` : ''}`,
    };
  }
  const same = answer.total === all.total && answer.ids.join() === all.ids.join();
  if (same) return { ...base, verdict: 'ignored', text: `${shown}: the same ${all.total} results as without it (not supported, or no difference here)` };
  const checked: Json[] = [];
  for (const id of answer.ids.slice(0, 3)) {
    const record = await api.detail(id);
    if (record) checked.push(record);
  }
  const wrong = checked.filter((record) => !p.matches(record));
  const counted = `${shown}: ${answer.total} of ${all.total}`;
  if (checked.length === 0) return { ...base, verdict: 'works', text: `${counted} (results not checked: no full records)` };
  if (wrong.length > 0) {
    const name = printable(String(wrong[0].name ?? wrong[0].id));
    return {
      ...base,
      verdict: 'differs',
      text: `${counted}, but ${wrong.length} of the ${checked.length} checked do not match as placekit reads it (for example "${name}")`,
    };
  }
  return { ...base, verdict: 'works', text: `${counted}, and the ${checked.length} checked match` };
}

/**
 * Checks each filter parameter. `samples` are full records to take values from (a category, a postcode);
 * `dialect` says whether to ask the 1.0 names (`taxonomy_id`).
 */
export async function checkFilters(api: ApiClient, all: ListAnswer, samples: Json[], dialect: '3.0' | '1.0'): Promise<FilterResult[]> {
  const results: FilterResult[] = [];
  const counts = new Map<string, number>();
  for (const record of samples) for (const term of termsOf(record)) counts.set(term, (counts.get(term) ?? 0) + 1);
  const term = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const termParam = dialect === '1.0' ? 'taxonomy_id' : 'taxonomy_term_id';
  results.push(
    term
      ? await probe(api, all, { word: 'category', label: 'Category', params: { [termParam]: term }, matches: (r) => termsOf(r).includes(term) })
      : { word: 'category', label: 'Category', verdict: 'unchecked', text: `${termParam}: not checked (no service checked has a category)` },
  );
  let ageResult: FilterResult | undefined;
  for (const years of [10, 70]) {
    ageResult = await probe(api, all, {
      word: 'age',
      label: 'Age',
      params: { minimum_age: String(years), maximum_age: String(years) },
      matches: (r) => age(r.minimum_age, 0) <= years && age(r.maximum_age, Infinity) >= years,
    });
    if (ageResult.verdict !== 'ignored') break;
  }
  results.push(ageResult!);
  let dayResult: FilterResult | undefined;
  for (const [code, day] of [
    ['SU', 'Sunday'],
    ['SA', 'Saturday'],
    ['MO', 'Monday'],
  ] as Array<[Day, string]>) {
    dayResult = await probe(api, all, { word: 'day', label: 'Day', params: { day }, matches: (r) => opensOnWeekday(schedulesOf(r), code, new Date()) });
    if (dayResult.verdict !== 'ignored') break;
  }
  results.push(dayResult!);
  const at = nextWednesday();
  results.push(
    await probe(api, all, {
      word: 'open',
      label: 'Open now',
      params: { day: 'Wednesday', start_time: '11:00', end_time: '11:00' },
      matches: (r) => isOpenAt(schedulesOf(r), at),
    }),
  );
  const postcode = samples.flatMap(postcodesOf)[0];
  if (postcode) {
    const result = await probe(api, all, { word: 'postcode', label: 'Near a postcode', params: { postcode, proximity: '1609' }, matches: () => true });
    // A postcode's own service must be among those within a mile of it.
    const own = samples.find((r) => postcodesOf(r).includes(postcode));
    if (result.verdict === 'works' && own) {
      const near = await api.list({ postcode, proximity: 1609, page: api.firstPage, per_page: 100 });
      if (!near.ids.includes(String(own.id))) {
        result.verdict = 'differs';
        result.text += `, but not "${printable(String(own.name))}", whose address is ${printable(postcode)}`;
      }
    }
    results.push(result);
  } else {
    results.push({
      word: 'postcode',
      label: 'Near a postcode',
      verdict: 'unchecked',
      text: 'postcode, proximity: not checked (no service checked has a postcode)',
    });
  }
  return results;
}
