/**
 * One GET of JSON from an Open Referral UK API, with a distinct {@link ApiError} for each way it can fail.
 *
 * What a resident searched for stays between the page and the API: requests go without cookies
 * (`credentials: 'omit'`), are never written to the browser's HTTP cache (`cache: 'no-store'`, so a
 * shared library PC keeps no trace of a search on disk), send only the page's origin as referrer, and
 * error messages name the API's address without the query or the id of a service opened.
 *
 * A refusal by CORS looks to a page exactly like a server that cannot be reached. To tell the editor
 * which it was, a failed request is followed by one `no-cors` request to the same endpoint (no query but
 * `per_page=1`): if that gets an answer, the server is up and refused this page.
 */
import { ApiError } from './errors.js';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface GetOptions {
  /** The caller's signal: aborting it gives up the request (an `aborted` ApiError). */
  signal?: AbortSignal;
  /** Milliseconds before the request is given up (a `timeout` ApiError). */
  timeout: number;
  fetch?: Fetch;
}

/**
 * The address as messages may name it: without its query (what a resident searched for) and without the
 * id of a service a resident opened (`/services/{id}`).
 */
export const withoutQuery = (url: string): string => url.split(/[?#]/)[0].replace(/\/services\/[^/]+$/, '/services/{id}');

/** `Retry-After` in seconds (a number of seconds or an HTTP date), or undefined when absent or unreadable (not exposed to the page). */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

const pageOrigin = (): string => globalThis.location?.origin ?? 'this site';

/** Why a request that got no answer failed: offline, CORS (the server answers a `no-cors` request) or unreachable. */
async function diagnose(url: string, error: Error, get: Fetch): Promise<ApiError> {
  const where = withoutQuery(url);
  if (globalThis.navigator?.onLine === false) return new ApiError('offline', `The API at ${where} could not be asked: the browser is offline.`);
  try {
    await get(`${url.split(/[?#]/)[0]}?per_page=1`, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal: AbortSignal.timeout(10_000) });
    return new ApiError(
      'cors',
      `The API at ${where} answers, but not to this page: it must send Access-Control-Allow-Origin for this site (${pageOrigin()}), or "*". Check it with: placekit check-api ${where.replace(/\/services(\/.*)?$|\/taxonom(y_terms|ies)$/, '')} --origin ${pageOrigin()}`,
    );
  } catch {
    return new ApiError(
      'unreachable',
      `The API at ${where} could not be reached (${error.message}). Check the address in the api attribute, and that the server is up.`,
    );
  }
}

/** GETs `url` and reads its JSON. Throws an {@link ApiError}. */
export async function getJson(url: string, options: GetOptions): Promise<unknown> {
  const get: Fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const where = withoutQuery(url);
  const { signal: caller, timeout } = options;
  if (caller?.aborted) throw new ApiError('aborted', 'The request was given up.');
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const onAbort = () => controller.abort();
  caller?.addEventListener('abort', onAbort, { once: true });
  const gaveUp = (): ApiError | undefined =>
    timedOut
      ? new ApiError('timeout', `The API at ${where} did not answer within ${Math.round(timeout / 100) / 10} seconds.`)
      : caller?.aborted
        ? new ApiError('aborted', 'The request was given up.')
        : undefined;
  try {
    let response: Response;
    try {
      response = await get(url, {
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'strict-origin',
        headers: { Accept: 'application/json' },
      });
    } catch (error) {
      throw gaveUp() ?? (await diagnose(url, error as Error, get));
    }
    if (response.status === 429) {
      const seconds = retryAfterSeconds(response.headers.get('Retry-After'));
      const when =
        seconds === undefined
          ? 'without a Retry-After the page can read (send Access-Control-Expose-Headers: Retry-After)'
          : `asking to wait ${seconds} seconds`;
      throw new ApiError('rate-limited', `The API at ${where} answered 429 Too Many Requests, ${when}.`, 429, seconds);
    }
    if (!response.ok) {
      throw new ApiError(
        'http',
        `The API at ${where} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
        response.status,
      );
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw gaveUp() ?? new ApiError('unreachable', `The API at ${where} stopped answering part way (${(error as Error).message}).`);
    }
    try {
      return JSON.parse(text);
    } catch {
      const what = /^\s*</.test(text) ? 'an HTML page' : 'text that is not JSON';
      throw new ApiError(
        'not-oruk',
        `The API at ${where} answered with ${what}, not Open Referral UK JSON. Is the api attribute the API's base URL (the part before /services)?`,
      );
    }
  } finally {
    clearTimeout(timer);
    caller?.removeEventListener('abort', onAbort);
  }
}
