/**
 * GET over HTTP for convert, which may read hundreds of pages from a council's API: a page that fails
 * for a moment (a timeout, a dropped connection, 429, 5xx) is asked for again, twice, before the run
 * gives up with a message that names it.
 */
import { InputError } from './input.js';

export interface HttpAnswer {
  bytes: Uint8Array;
  /** The media type, lower case, without parameters (`application/json`). */
  type: string;
}

/** Statuses worth asking again for: the server may answer later. */
const TRANSIENT = new Set([408, 425, 429, 500, 502, 503, 504]);
const ATTEMPTS = 3;
const MAX_RETRY_AFTER_SECONDS = 30;

export class HttpError extends InputError {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** How long to wait before attempt `attempt + 1`: the server's Retry-After (capped), else 0.5 s, 1.5 s. */
function delayBefore(attempt: number, retryAfter: string | null): number {
  const seconds = retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : undefined;
  if (seconds !== undefined) return Math.min(seconds, MAX_RETRY_AFTER_SECONDS) * 1000;
  return 500 * 3 ** (attempt - 1);
}

type Attempt = { ok: true; answer: HttpAnswer } | { ok: false; error: HttpError; retry: boolean; retryAfter: string | null };

async function once(url: string, accept: string, timeoutSeconds: number): Promise<Attempt> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: accept }, signal: AbortSignal.timeout(timeoutSeconds * 1000) });
  } catch (error) {
    const cause =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${timeoutSeconds} seconds`
        : ((error as Error & { cause?: Error }).cause?.message ?? (error as Error).message);
    return { ok: false, error: new HttpError(`could not be fetched: ${cause}`), retry: true, retryAfter: null };
  }
  if (!response.ok) {
    await response.body?.cancel();
    const error = new HttpError(`answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, response.status);
    return { ok: false, error, retry: TRANSIENT.has(response.status), retryAfter: response.headers.get('retry-after') };
  }
  try {
    const bytes = new Uint8Array(await response.arrayBuffer());
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    return { ok: true, answer: { bytes, type } };
  } catch (error) {
    return { ok: false, error: new HttpError(`broke off while answering: ${(error as Error).message}`), retry: true, retryAfter: null };
  }
}

/**
 * Fetches `url`, asking again after a transient failure. Throws an {@link HttpError} whose message starts
 * with what happened ("answered HTTP 503 ...", "could not be fetched: ..."), for the caller to say which
 * URL it was and why it mattered.
 */
export async function httpGet(url: string, accept = 'application/json', timeoutSeconds = 30): Promise<HttpAnswer> {
  for (let attempt = 1; ; attempt++) {
    const result = await once(url, accept, timeoutSeconds);
    if (result.ok) return result.answer;
    if (!result.retry || attempt === ATTEMPTS) {
      const tries = attempt > 1 ? ` (tried ${attempt} times)` : '';
      throw new HttpError(`${result.error.message}${tries}`, result.error.status);
    }
    await sleep(delayBefore(attempt, result.retryAfter));
  }
}

export const isHttpUrl = (source: string): boolean => /^https?:\/\//i.test(source);
