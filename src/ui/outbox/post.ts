/**
 * One attempt to deliver a submission (outbox.ts decides when): a POST of the same body with the same
 * `Idempotency-Key`, JSON, without credentials or cookies, with a time limit; and what the endpoint's answer
 * means: 2xx delivered, another 4xx than 408 and 429 refused (with its message), anything else tried again
 * (never sooner than a `Retry-After` asks).
 */
import type { Entry } from './store.js';

/** An attempt's outcome. */
export type Answer = { kind: 'sent' } | { kind: 'rejected'; status: number; message?: string } | { kind: 'retry'; why: string; after?: number };

/**
 * POSTs the submission once. `keepalive` lets the first attempt finish after the resident closes the tab
 * (browsers cap such bodies at 64 KB, so only a smaller one asks for it).
 */
export async function postOnce(
  post: typeof fetch,
  key: string,
  { body, endpoint }: Entry,
  options: { timeout: number; controller: AbortController; keepalive: boolean },
): Promise<Answer> {
  const { timeout, controller } = options;
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const response = await post(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body,
      credentials: 'omit',
      cache: 'no-store',
      // The page address goes in the body as origin + path; the Referer header must not add the query.
      referrerPolicy: 'strict-origin',
      keepalive: options.keepalive && new TextEncoder().encode(body).length < 60_000,
      signal: controller.signal,
    });
    const { status } = response;
    let result: Answer;
    if (response.ok) result = { kind: 'sent' };
    else if (status >= 400 && status < 500 && status !== 408 && status !== 429) result = { kind: 'rejected', status, message: await messageOf(response) };
    else result = { kind: 'retry', why: `HTTP ${status}`, after: retryAfterOf(response) };
    if (result.kind !== 'rejected') void response.body?.cancel().catch(() => undefined);
    return result;
  } catch {
    return {
      kind: 'retry',
      why: controller.signal.aborted ? `no answer within ${timeout / 1000} s` : 'no connection, or the endpoint does not accept requests from this site (CORS)',
    };
  } finally {
    clearTimeout(timer);
  }
}

/** A short, plain message from a refusal's body (JSON `message` or `error`, or brief plain text). */
async function messageOf(response: Response): Promise<string | undefined> {
  try {
    const type = response.headers.get('Content-Type') ?? '';
    const text = await response.text();
    let message: unknown;
    if (type.includes('json')) {
      const data = JSON.parse(text) as { message?: unknown; error?: unknown };
      message = typeof data?.message === 'string' ? data.message : data?.error;
    } else if (type.startsWith('text/plain') && text.length <= 300) {
      message = text;
    }
    if (typeof message !== 'string') return undefined;
    const tidy = message.replace(/\s+/g, ' ').trim();
    return tidy ? (tidy.length > 300 ? `${tidy.slice(0, 299)}…` : tidy) : undefined;
  } catch {
    return undefined;
  }
}

/** `Retry-After` in milliseconds (seconds or an HTTP date, against the response's own `Date`). */
function retryAfterOf(response: Response): number | undefined {
  const value = response.headers.get('Retry-After')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  const now = Date.parse(response.headers.get('Date') ?? '');
  return Math.max(0, at - (Number.isNaN(now) ? Date.now() : now));
}
