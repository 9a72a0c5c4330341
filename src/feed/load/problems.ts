/**
 * How the feed reports what is wrong: warnings for records (the feed still loads) and errors for the
 * feed as a whole (nothing to show). Messages here are for the page's editor and the feed's publisher,
 * in English; residents see the localized wording the widgets choose from `FeedError.kind`. Wording for
 * a record's problems lives in validator/issues.ts, which only the validator needs.
 */
export type JsonPath = ReadonlyArray<PropertyKey>;

/** One thing the loader noticed in a feed that still loaded. */
export interface FeedWarning {
  /** Where, as a JSON path: `services[12].schedules[0].opens_at`. */
  path: string;
  /** Why, in one line. */
  message: string;
  /**
   * What the loader did: `skipped` the whole record, `dropped` the value at `path` and kept the rest
   * of the record, `repaired` the value (a website without https://, an email with a stray space: read
   * as meant, and the message says how), or only `noted` something worth checking. Skipped and dropped
   * lose something a resident would see; repaired and noted do not.
   */
  action: 'skipped' | 'dropped' | 'repaired' | 'noted';
  /** The record it belongs to, e.g. `services[12] "Food bank" (id 4a1b...)`. */
  record?: string;
}

export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'version' | 'schema' | 'no-feed' | 'aborted';

/** A feed that could not be used at all. `message` is written for the page's editor. */
export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly url?: string,
    /** The HTTP status, for `http` errors. */
    readonly status?: number,
    /** Each problem found, for `schema` errors. */
    readonly problems: string[] = [],
  ) {
    super(message);
  }
}

/**
 * True for a {@link FeedError}, including one thrown by another copy of this module: `placekit.js` loads
 * its validator from a file of its own (`placekit-validator.js`), which has its own copy of the class.
 */
export function isFeedError(error: unknown): error is FeedError {
  return error instanceof FeedError || (error instanceof Error && error.name === 'FeedError' && typeof (error as FeedError).kind === 'string');
}
