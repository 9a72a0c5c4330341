/**
 * A stand-in for a council's Open Referral UK API, as `openapi.json` of the UK profile describes it
 * (tests/fixtures/openreferral-uk/) and as live directories answer (tests/fixtures/real-oruk-bristol/).
 * Plain JavaScript with no imports from node, so the same answers come from the test runner's server
 * (tests/support/server/oruk-api.js), a plain node server (node-server.js: the CLI's tests and the
 * bench) and the browser itself (fetch.js: Storybook, no network).
 *
 * Endpoints: `GET /` (about the API), `GET /services` (a page: search, the filter parameters of
 * match.js, `page`, `per_page`), `GET /services/{id}` (the full record), `GET /taxonomy_terms` (3.0) or
 * `GET /taxonomies` (1.0). Parameters it does not know are ignored, as real APIs ignore them.
 *
 * Settings come from the base URL's path, one `name=value` segment each, so a test points the
 * directory at the API it wants: `/__test/oruk/shape=1.0/latency=100/busy=1/services?...`.
 *
 * | setting | what |
 * | --- | --- |
 * | `data` | `synthetic` (default: `count` records from `seed`, bench/browser's generator), `sample` (sample/feed.json), `bristol` (the real Bristol answers) |
 * | `shape` | `3.0` (default: `{total_items, total_pages, page_number, size, first_page, last_page, empty, contents}`) or `1.0` (`{totalElements, totalPages, number, size, first, last, content}`, 1.0 records, `text`, `taxonomy_id`) |
 * | `list` | `summary` (3.0 default: list entries with one-to-one fields only, as the profile allows) or `full` (1.0 default) |
 * | `per` / `max` | the page size when `per_page` is not given (50), and the most it gives (100) |
 * | `fixedpage` | `1`: `per_page` is ignored, every page holds `per` |
 * | `zero` | `1`: pages are counted from 0 |
 * | `ignore` | parameters it does not support, comma-separated (`day,postcode`): left out as unknown |
 * | `latency` | milliseconds before each answer (the servers wait; fetch.js too) |
 * | `fail` / `busy` | the first N requests of the run answer 503 / 429 with `Retry-After: retry` (seconds, default 1) |
 * | `status` | every request answers this HTTP status |
 * | `drop` | `1`: the connection is dropped without an answer (the servers) |
 * | `answer` | `html` (an HTML page), `other` (JSON that is not an ORUK page), `text` (not JSON) for `/services` |
 * | `cors` | `any` (default: `Access-Control-Allow-Origin: *`), `refuse` (no CORS headers), or a host allowed alone (`www.council.example`, https) |
 * | `expose` | `0`: `Retry-After` is not exposed to pages (`Access-Control-Expose-Headers` left out) |
 * | `terms` | `0`: no taxonomy endpoints (404) |
 * | `details` | `0`: no `GET /services/{id}` (404) |
 * | `run` | a name for the request log and for counting `fail` and `busy` |
 */
import { fold, matcher, placesOf, searchText, termIdsOf } from './match.js';
import { termToV1, toV1 } from './v1.js';

export const DEFAULTS = Object.freeze({
  data: 'synthetic',
  count: 120,
  seed: 42,
  shape: '3.0',
  list: '',
  per: 50,
  max: 100,
  fixedpage: 0,
  zero: 0,
  ignore: '',
  latency: 0,
  fail: 0,
  busy: 0,
  retry: 1,
  status: 0,
  drop: 0,
  answer: '',
  cors: 'any',
  expose: 1,
  terms: 1,
  details: 1,
  run: 'default',
});

const NUMBERS = new Set([
  'count',
  'seed',
  'per',
  'max',
  'fixedpage',
  'zero',
  'latency',
  'fail',
  'busy',
  'retry',
  'status',
  'drop',
  'expose',
  'terms',
  'details',
]);

/**
 * The settings named by the leading `name=value` segments of `path` (the rest is the API's own path):
 * `/shape=1.0/latency=100/services/abc` gives `{settings: {...DEFAULTS, shape: '1.0', latency: 100}, path: '/services/abc'}`.
 */
export function readSettings(path, base = {}) {
  const settings = { ...DEFAULTS, ...base };
  const segments = path.split('/').filter(Boolean);
  while (segments.length && segments[0].includes('=')) {
    const [name, ...value] = decodeURIComponent(segments.shift()).split('=');
    if (!(name in DEFAULTS)) throw new Error(`the ORUK stand-in has no setting "${name}"`);
    settings[name] = NUMBERS.has(name) ? Number(value.join('=')) : value.join('=');
  }
  settings.list ||= settings.shape === '1.0' ? 'full' : 'summary';
  return { settings, path: `/${segments.join('/')}` };
}

/** The one-to-one fields of a service: what a list entry holds under the profile ("need not contain arrays of child entities"). */
function summary(service) {
  return Object.fromEntries(Object.entries(service).filter(([, value]) => !Array.isArray(value)));
}

/** The headers that let a page read an answer (or not: `cors=refuse`, or another site than the one allowed). */
function corsHeaders(settings, origin) {
  if (settings.cors === 'refuse') return {};
  if (settings.cors !== 'any' && origin !== `https://${settings.cors}`) return {};
  return {
    'Access-Control-Allow-Origin': settings.cors === 'any' ? '*' : origin,
    ...(settings.expose ? { 'Access-Control-Expose-Headers': 'Retry-After' } : {}),
    ...(settings.cors !== 'any' && { Vary: 'Origin' }),
  };
}

export class OrukStandin {
  /** `services`: HSDS 3.0 UK records (the feed's services); `terms`: the taxonomy terms they use. `details`: fuller records by id (GET /services/{id}), where lists hold less. */
  constructor({ services, terms = [], details = {} }) {
    this.terms = terms;
    this.details = details;
    const names = new Map(terms.map((term) => [term.id, term.name]));
    for (const service of services) for (const a of service.attributes ?? []) if (a.taxonomy_term?.id) names.set(a.taxonomy_term.id, a.taxonomy_term.name);
    const folded = services.map((service) => fold(service.name));
    const order = services.map((_, i) => i).sort((a, b) => (folded[a] < folded[b] ? -1 : folded[a] > folded[b] ? 1 : a - b));
    this.services = order.map((i) => services[i]);
    this.texts = this.services.map((service) => searchText(service, names));
    this.byId = new Map(this.services.map((service) => [String(service.id), service]));
    this.places = placesOf(services);
  }

  /**
   * The answer to one request: `{status, headers, body}` (body a string). `path` is the API's own path
   * (`/services`), `params` a URLSearchParams, `origin` the page's (the Origin header), `seen` how many
   * requests of this run came before (for `fail` and `busy`).
   */
  answer({ path, params, settings, origin = '', seen = 0 }) {
    const cors = corsHeaders(settings, origin);
    const json = (status, value, headers = {}) => ({
      status,
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...cors, ...headers },
      body: JSON.stringify(value),
    });
    if (settings.status) return json(settings.status, { error: `status ${settings.status}` });
    if (seen < settings.fail) return json(503, { error: 'temporarily unavailable' });
    if (seen < settings.fail + settings.busy) return json(429, { error: 'too many requests' }, { 'Retry-After': String(settings.retry) });
    const v1 = settings.shape === '1.0';
    const detail = /^\/services\/([^/]+)$/.exec(path);
    if (path === '/' || path === '') {
      return json(200, { version: v1 ? '1.0' : '3.0', profile: 'https://github.com/openreferral/uk-profile', openapi_url: 'https://example.org/openapi.json' });
    }
    if (path === '/services') return this.list(params, settings, json, cors);
    if (detail && settings.details) {
      const id = decodeURIComponent(detail[1]);
      const service = this.details[id] ?? this.byId.get(id);
      return service ? json(200, v1 ? toV1(service) : service) : json(404, { error: `no service has the id ${id}` });
    }
    if (settings.terms && path === (v1 ? '/taxonomies' : '/taxonomy_terms')) {
      return json(200, this.page(v1 ? this.terms.map(termToV1) : this.terms, params, settings));
    }
    return json(404, { error: `${path} is not an endpoint of this API` });
  }

  list(params, settings, json, cors) {
    if (settings.answer === 'html') {
      return {
        status: 200,
        headers: { 'Content-Type': 'text/html', ...cors },
        body: '<!doctype html><title>Directory</title><h1>Welcome to our directory</h1>',
      };
    }
    if (settings.answer === 'text') return { status: 200, headers: { 'Content-Type': 'application/json', ...cors }, body: '{"services": [' };
    const ignore = settings.ignore.split(',').filter(Boolean);
    const { test, error } = matcher(params, { shape: settings.shape, ignore, places: this.places });
    if (error) return json(400, { error });
    const found = this.services.filter((service, i) => test(service, this.texts[i]));
    const shown = (service) => {
      const record = settings.list === 'full' ? service : summary(service);
      return settings.shape === '1.0' ? toV1(record, settings.list === 'full') : record;
    };
    if (settings.answer === 'other') return json(200, { data: found.slice(0, 10).map(shown), count: found.length });
    return json(200, this.page(found, params, settings, shown));
  }

  /** One page of `items` in the setting's shape, each written by `write` (only the page's: 50,000 records cost nothing to page). */
  page(items, params, settings, write = (item) => item) {
    const asked = Number.parseInt(params.get('per_page') ?? '', 10);
    const size = settings.fixedpage || !(asked > 0) ? settings.per : Math.min(asked, settings.max);
    const first = settings.zero ? 0 : 1;
    const askedPage = Number.parseInt(params.get('page') ?? '', 10);
    const number = Number.isNaN(askedPage) ? first : askedPage;
    const start = (number - first) * size;
    const contents = start < 0 ? [] : items.slice(start, start + size).map(write);
    const pages = Math.ceil(items.length / size);
    const isFirst = number === first;
    const isLast = number - first >= pages - 1;
    return settings.shape === '1.0'
      ? { totalElements: items.length, totalPages: pages, number, size: contents.length, first: isFirst, last: isLast, content: contents }
      : {
          total_items: items.length,
          total_pages: pages,
          page_number: number,
          size: contents.length,
          first_page: isFirst,
          last_page: isLast,
          empty: contents.length === 0,
          contents,
        };
  }
}

/** The category ids of a service (for tests that count what a filter should give). */
export { termIdsOf };
