/**
 * `placekit check-api <base URL> [--origin https://www.council.example]`: what a web editor runs before
 * pasting `<place-directory api="...">`. It asks the API what the directory will ask, and prints what
 * works: the answer shape, paging, search, each filter parameter (api-filters.ts), the full record
 * (`GET /services/{id}`), the categories, response times, and whether CORS lets the site's pages read it.
 * Then the snippet to paste, with the filters that work.
 *
 * Exit 0 when the directory can use the API (an ORUK page, paging, search and full records work, and
 * pages on the origin may read it), 1 when it cannot, 2 when the API cannot be reached or the command
 * is wrongly given.
 */
import { checkFilters, type FilterResult } from './api-filters.js';
import { ApiClient, type ListAnswer } from './api-client.js';
import { normalizeOrigin } from './cors.js';
import { printable } from './printable.js';

type Json = Record<string, unknown>;
type Mark = 'ok' | 'fail' | 'note' | 'none';
const MARKS: Record<Mark, string> = { ok: '✔', fail: '✘', note: '!', none: '-' };

/** The element's default filters (the UK profile's), in the order its filter list is written. */
const DEFAULT_FILTERS = ['category', 'age', 'day', 'open'];
/** An origin no council has, for checking CORS when none is given: only `*` lets it in. */
const ANY_ORIGIN = 'https://placekit-check.example';

export interface CheckApiOptions {
  origin?: string;
  /** Seconds before a request is given up. */
  timeout?: number;
}

const line = (mark: Mark, label: string, text: string) => console.log(`  ${MARKS[mark]} ${label.padEnd(17)} ${text}`);
const ms = (n: number) => `${Math.round(n)} ms`;

/** A word of the first service's name to search for: long enough to mean something. */
function wordOf(services: Json[]): string | undefined {
  for (const service of services) {
    const words = String(service.name ?? '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4);
    if (words.length) return words.sort((a, b) => b.length - a.length)[0].toLowerCase();
  }
  return undefined;
}

/** The base URL as the directory reads it: no trailing slash, no `/services`. */
export function apiBase(text: string): string {
  const url = new URL(text);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`${text} is not an http or https address`);
  return url.href
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .replace(/\/services$/, '');
}

function corsLine(answer: ListAnswer, origin: string | undefined): boolean {
  const allowed = answer.headers?.get('access-control-allow-origin');
  const exposed = (answer.headers?.get('access-control-expose-headers') ?? '').toLowerCase();
  const site = origin ?? 'any site';
  let ok: boolean;
  if (allowed === '*' || (origin && allowed === origin)) {
    line('ok', 'CORS', `pages on ${site} may read it (Access-Control-Allow-Origin: ${printable(allowed)})`);
    ok = true;
  } else if (!allowed) {
    line('fail', 'CORS', `no Access-Control-Allow-Origin: a web page cannot read it. The API must send Access-Control-Allow-Origin: ${origin ?? '*'}`);
    ok = false;
  } else if (origin) {
    line('fail', 'CORS', `allows ${printable(allowed)} only, not ${origin}: the API must send Access-Control-Allow-Origin: ${origin} (or *)`);
    ok = false;
  } else {
    line('note', 'CORS', `allows ${printable(allowed)} only: run again with --origin <your site> to check yours`);
    ok = true;
  }
  if (ok && allowed !== null && !exposed.split(/\s*,\s*/).includes('retry-after') && exposed !== '*') {
    line(
      'note',
      'Retry-After',
      'not exposed to pages: when the API answers 429, the directory waits 5 seconds (send Access-Control-Expose-Headers: Retry-After)',
    );
  }
  return ok;
}

/**
 * Paging: whether pages count from 0 (then the first page is page=0, and the checks after this one ask
 * for it), whether per_page is kept, and whether the next page holds other services. Returns the
 * first page and whether paging works.
 */
async function checkPaging(api: ApiClient, one: ListAnswer): Promise<{ first: ListAnswer; ok: boolean }> {
  const total = one.total ?? 0;
  if (total <= 10) {
    line('none', 'Paging', `not checked: ${total} services fit on one page`);
    return { first: one, ok: true };
  }
  const zero = await api.list({ page: 0, per_page: 10 });
  const two = await api.list({ page: 2, per_page: 10 });
  // An API that counts from 0 answers page=0 with services of its own, neither page=1's nor page=2's.
  const fromZero = zero.status === 200 && zero.ids.length > 0 && zero.ids.join() !== one.ids.join() && zero.ids.join() !== two.ids.join();
  if (fromZero) api.firstPage = 0;
  const [first, second] = fromZero ? [zero, one] : [one, two];
  if (second.ids.length === 0 || second.ids.join() === first.ids.join()) {
    const next = `page=${api.firstPage + 1}`;
    line(
      'fail',
      'Paging',
      `${next} gives ${second.ids.length ? `the same services as page=${api.firstPage}` : 'no services'}: residents could see only the first page`,
    );
    return { first, ok: false };
  }
  const size = first.services.length;
  const per = size === 10 ? 'per_page kept (10 a page)' : `per_page not kept: ${size} a page whatever is asked (the directory cuts its pages from them)`;
  line(size === 10 ? 'ok' : 'note', 'Paging', `${per}; pages counted from ${fromZero ? '0 (page=0 is the first)' : '1'}; ${total} services`);
  return { first, ok: true };
}

export async function checkApiCommand(target: string | undefined, options: CheckApiOptions): Promise<number> {
  if (!target) {
    console.error('placekit check-api: give the API’s base URL, the part before /services. Run placekit --help for usage.');
    return 2;
  }
  let base: string;
  let origin: string | undefined;
  try {
    base = apiBase(target);
    origin = options.origin === undefined ? undefined : normalizeOrigin(options.origin);
  } catch (error) {
    console.error(`placekit check-api: ${(error as Error).message}`);
    return 2;
  }
  const api = new ApiClient(base, origin ?? ANY_ORIGIN, options.timeout ?? 20);
  console.log(`placekit check-api ${base}${origin ? ` (for pages on ${origin})` : ''}\n`);

  let first = await api.list({ page: 1, per_page: 10 });
  if (first.status === 0) {
    console.log(`  ${MARKS.fail} cannot reach ${base}/services: ${printable(first.problem ?? '')}`);
    return 2;
  }
  if (first.status !== 200 || first.problem) {
    const why = first.status !== 200 ? `answered HTTP ${first.status}` : `answered ${printable(first.problem!)}`;
    line('fail', 'Answer', `GET /services?page=1&per_page=10 ${why}: is ${base} the base URL, the part before /services?`);
    console.log('\nThe directory cannot use this API.');
    return 1;
  }
  const shape = first.page?.shape ?? 'list';
  const shapes = {
    '3.0': 'ORUK 3.0 pages ({total_items, contents...})',
    '1.0': 'ORUK 1.0 pages ({totalElements, content...})',
    list: 'a plain list, no pages',
  };
  line(shape === 'list' ? 'note' : 'ok', 'Answer shape', `${shapes[shape]}: ${first.total} services, ${ms(first.ms)}`);
  const cors = corsLine(first, origin);
  const paged = await checkPaging(api, first);
  first = paged.first;
  const paging = paged.ok;

  const dialect = shape === '1.0' ? '1.0' : '3.0';
  const searchParam = dialect === '1.0' ? 'text' : 'search';
  const word = wordOf(first.services);
  let search = false;
  if (!word) {
    line('fail', 'Search', 'not checked: the first services have no names to search for');
  } else {
    const found = await api.list({ [searchParam]: word, page: api.firstPage, per_page: 10 });
    const ok = found.status === 200 && !found.problem && (found.total ?? 0) > 0 && (found.total !== first.total || (first.total ?? 0) <= 10);
    search = ok;
    const counted = `${searchParam}=${printable(word)}: ${found.status === 200 ? `${found.total} of ${first.total}` : `answered HTTP ${found.status}`}`;
    line(ok ? 'ok' : 'fail', 'Search', ok ? counted : `${counted}: typing in the directory would not narrow the results`);
  }

  const firstId = first.ids[0];
  const detail = firstId ? await api.detail(firstId) : undefined;
  const detailAnswer = api.lastDetail;
  if (detail) line('ok', 'Full records', `GET /services/{id}: ${ms(detailAnswer?.ms ?? 0)}`);
  else
    line(
      'fail',
      'Full records',
      `GET /services/${printable(firstId ?? '?')}: ${detailAnswer?.status ? `answered HTTP ${detailAnswer.status}` : printable(detailAnswer?.problem ?? 'no service to ask for')}: opening a result needs it (opening times, contacts)`,
    );

  const samples: Json[] = [];
  for (const id of first.ids.slice(0, 5)) {
    const record = await api.detail(id);
    if (record) samples.push(record);
  }
  const filters = await checkFilters(api, first, samples.length ? samples : first.services, dialect);
  for (const result of filters) line(result.verdict === 'works' ? 'ok' : result.verdict === 'unchecked' ? 'none' : 'note', result.label, result.text);

  const terms = await api.get(dialect === '1.0' ? '/taxonomies' : '/taxonomy_terms', { page: api.firstPage, per_page: 1 });
  const termCount =
    terms.status === 200 && terms.data && typeof terms.data === 'object' ? ((terms.data as Json).total_items ?? (terms.data as Json).totalElements) : undefined;
  if (typeof termCount === 'number')
    line(
      termCount > 300 ? 'note' : 'ok',
      'Categories',
      termCount > 300
        ? `${termCount} taxonomy terms: too many to offer; give the directory a feed with the categories to offer`
        : `${termCount} taxonomy terms, offered as categories when the page has no feed`,
    );
  else line('none', 'Categories', 'no taxonomy terms endpoint: categories come from a feed, if the directory has one');

  const times = [...api.times].sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  line(
    median > 1000 ? 'note' : 'ok',
    'Response times',
    `median ${ms(median)}, slowest ${ms(times.at(-1) ?? 0)} (${times.length} requests)${median > 1000 ? ': residents will wait for every search' : ''}`,
  );

  const usable = cors && paging && search && Boolean(detail);
  const works = filters.filter((f) => f.verdict === 'works').map((f) => f.word);
  const attribute = works.join(' ') === DEFAULT_FILTERS.join(' ') ? '' : ` api-filters="${works.length ? works.join(' ') : 'none'}"`;
  console.log('');
  if (!usable) {
    console.log('The directory cannot use this API as it is: see ✘ above.');
    return 1;
  }
  console.log(`The directory can use this API${works.length ? `, with these filters: ${works.join(', ')}` : ', for search only'}. Paste:\n`);
  console.log(`  <place-directory api="${base}"${attribute}></place-directory>`);
  return 0;
}

export type { FilterResult };
