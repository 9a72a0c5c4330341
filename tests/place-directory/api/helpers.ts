/** Helpers for the API source's tests: the stand-in's address with its settings, and what it received. */
import { ApiDirectorySource, type ApiSourceOptions } from '../../../src/place-directory/api/index.js';
import type { SearchRequest, SearchResponse } from '../../../src/place-directory/source.js';
import { uniqueKey } from '../../support/fixtures.js';

export interface Logged {
  path: string;
  params: Record<string, string | string[]>;
  at: number;
  status: number;
  aborted: boolean;
}

/** The page's origin seen from another site: the same test server under its address rather than its name (CORS applies). */
export const otherOrigin = () => `${location.protocol}//127.0.0.1:${location.port}`;

/** A stand-in API for one test: its base URL (settings as path segments, tests/support/oruk-api/standin.js) and its request log. */
export function standin(settings: Record<string, string | number> = {}, origin = '') {
  const run = uniqueKey('api');
  const segments = Object.entries({ run, ...settings }).map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`);
  const base = `${origin}/__test/oruk/${segments.join('/')}`;
  return {
    base,
    run,
    /** The requests the stand-in received for this test, in order. */
    async log(): Promise<Logged[]> {
      const response = await fetch(`/__test/oruk-log?run=${encodeURIComponent(run)}`);
      return ((await response.json()) as { requests: Logged[] }).requests;
    },
    /** Only the searches (GET /services). */
    async searches(): Promise<Logged[]> {
      return (await this.log()).filter((r) => r.path === '/services');
    },
    source(options: Partial<ApiSourceOptions> = {}) {
      return new ApiDirectorySource({ api: base, debounce: 60, ...options });
    },
  };
}

/** A search request with the directory's defaults. */
export const request = (overrides: Partial<SearchRequest> = {}): SearchRequest => ({ query: '', filters: {}, page: 1, pageSize: 10, ...overrides });

/** A source's answer, whether it came at once (cached) or later. */
export const answer = async (value: SearchResponse | Promise<SearchResponse>) => await value;

export const names = (response: SearchResponse) => response.hits.map((hit) => hit.entry.name);

/** Resolves after `ms` milliseconds. */
export const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
