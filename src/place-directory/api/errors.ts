/**
 * Why an Open Referral UK API could not answer. `message` is for the page's editor (the console), in
 * English, and never holds what a resident searched for: URLs in it are the API's address without the
 * query. `kind` is for the element, which chooses what to tell the resident and offers "Try again".
 */
export type ApiErrorKind =
  /** The browser is offline. */
  | 'offline'
  /** No answer from the server: a wrong address, a server that is down, a blocked connection. */
  | 'unreachable'
  /** The server answers, but not to this page: it does not send `Access-Control-Allow-Origin` for this site. */
  | 'cors'
  /** No answer in time. */
  | 'timeout'
  /** An HTTP status other than 2xx (and 429). */
  | 'http'
  /** 429: asked too often; `retryAfter` says when to ask again, when the API says. */
  | 'rate-limited'
  /** An answer that is not an Open Referral UK one (an HTML page, JSON of another shape). */
  | 'not-oruk'
  /** Superseded by a later request (a resident still typing): not a failure to show. */
  | 'aborted';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    /** The HTTP status, for `http` and `rate-limited`. */
    readonly status?: number,
    /** Seconds before asking again is worthwhile (429's `Retry-After`), when known. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/** True for an {@link ApiError} (also one from another copy of placekit on the page). */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError || (error instanceof Error && error.name === 'ApiError' && typeof (error as ApiError).kind === 'string');
}

/** True for a request that was only superseded or given up by its caller. */
export const isAborted = (error: unknown): boolean =>
  (isApiError(error) && error.kind === 'aborted') || (error instanceof DOMException && error.name === 'AbortError');
