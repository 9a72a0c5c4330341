/**
 * How `placekit check-api` talks to an Open Referral UK API: GET with the page's `Origin` (so the answer
 * says whether CORS lets that site read it), each request timed, pages read with convert's reader
 * (oruk-documents.ts: both shapes, ORUK 1.0 records in 3.0 names), full records kept once fetched.
 */
import { fromV1Service } from '../src/feed/domain/oruk-v1.js';
import { readDocument, type PageInfo } from './oruk-documents.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface Answer {
  url: string;
  /** 0 when there was no answer. */
  status: number;
  ms: number;
  headers?: Headers;
  data?: unknown;
  /** Why there is no usable JSON: the network error, or "not JSON". */
  problem?: string;
}

export interface ListAnswer extends Answer {
  page?: PageInfo;
  services: Json[];
  ids: string[];
  total?: number;
}

export class ApiClient {
  /** Milliseconds each request took. */
  readonly times: number[] = [];
  private readonly details = new Map<string, Json | undefined>();

  /** The number the API gives its first page (0 for an API that counts from 0). */
  firstPage = 1;

  constructor(
    readonly base: string,
    /** The site the directory will be on (`--origin`), sent as `Origin`. */
    readonly origin: string,
    private readonly timeoutSeconds = 20,
  ) {}

  async get(path: string, params: Record<string, string | number> = {}): Promise<Answer> {
    const query = new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString();
    const url = `${this.base}${path}${query ? `?${query}` : ''}`;
    const started = performance.now();
    let response: Response;
    try {
      response = await fetch(url, { headers: { Accept: 'application/json', Origin: this.origin }, signal: AbortSignal.timeout(this.timeoutSeconds * 1000) });
    } catch (error) {
      const cause =
        (error as Error).name === 'TimeoutError'
          ? `no answer within ${this.timeoutSeconds} seconds`
          : ((error as Error & { cause?: Error }).cause?.message ?? (error as Error).message);
      return { url, status: 0, ms: performance.now() - started, problem: cause };
    }
    const text = await response.text().catch(() => '');
    const ms = performance.now() - started;
    this.times.push(ms);
    try {
      return { url, status: response.status, ms, headers: response.headers, data: JSON.parse(text) };
    } catch {
      return { url, status: response.status, ms, headers: response.headers, problem: /^\s*</.test(text) ? 'an HTML page, not JSON' : 'not JSON' };
    }
  }

  /** A page of `GET /services`, read; `services` empty and `problem` set when it is not one. */
  async list(params: Record<string, string | number> = {}): Promise<ListAnswer> {
    const answer = await this.get('/services', params);
    if (answer.status !== 200 || answer.problem) return { ...answer, services: [], ids: [] };
    try {
      const document = readDocument(answer.data, 'the answer');
      if (!document.page && !Array.isArray(answer.data)) return { ...answer, services: [], ids: [], problem: 'not a page of services' };
      const services = (document.sections.services ?? []).filter(isObject);
      return { ...answer, page: document.page, services, ids: services.map((s) => String(s.id)), total: document.page?.totalItems ?? services.length };
    } catch (error) {
      return { ...answer, services: [], ids: [], problem: (error as Error).message };
    }
  }

  /** `GET /services/{id}` in 3.0 names, or undefined (the answer is in `last`). */
  async detail(id: string): Promise<Json | undefined> {
    if (this.details.has(id)) return this.details.get(id);
    const answer = await this.get(`/services/${encodeURIComponent(id)}`);
    const record = answer.status === 200 && isObject(answer.data) && String(answer.data.id) === id ? fromV1Service(answer.data) : undefined;
    this.lastDetail = answer;
    this.details.set(id, record);
    return record;
  }

  /** The answer to the last `detail` request that went to the API. */
  lastDetail?: Answer;
}
