/**
 * The two shapes an Open Referral UK API answers `GET /services` in:
 * - ORUK 3.0 (HSDS 3.0 UK): `{total_items, total_pages, page_number, size, first_page, last_page, empty, contents}`;
 * - ORUK 1.0: `{totalElements, totalPages, number, size, first, last, content}` (1.0 records, renamed
 *   by records.ts; some count pages from 0);
 * and, from the simplest servers, a plain JSON list of every service (no paging: the source pages it).
 * Anything else is not an ORUK answer, and the editor is told what it looks like instead.
 */
import { ApiError } from './errors.js';

export type Shape = '3.0' | '1.0' | 'list';

export interface Page {
  shape: Shape;
  records: unknown[];
  /** Every result there is (not only this page's). */
  total: number;
  /** The page's number as the API wrote it (1.0 APIs may count from 0). */
  number?: number;
  /** The API's own count of pages. */
  pages?: number;
  /** The page says it is the first (`first_page`, `first`). */
  first?: boolean;
  /** The page says it is the last (`last_page`, `last`). */
  last?: boolean;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const count = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined);
const flag = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);

/** What an answer is, when it is not a page: for the editor. */
function notAPage(data: unknown, where: string): ApiError {
  let what = `JSON of another shape${isObject(data) ? ` (with ${Object.keys(data).slice(0, 5).join(', ') || 'no fields'})` : ''}`;
  if (isObject(data) && 'format_version' in data) what = 'a placekit feed: give it to the directory as feed="…", not api="…"';
  else if (isObject(data) && 'id' in data && 'name' in data)
    what = 'a single record, not a page of services: is the api attribute the base URL, the part before /services?';
  return new ApiError(
    'not-oruk',
    `The API at ${where} did not answer with an Open Referral UK page of services ({contents, total_items...} or {content, totalElements...}); it gave ${what}.`,
  );
}

/** Where each shape keeps what a page says of itself. */
const FIELDS = [
  { shape: '3.0', records: 'contents', total: 'total_items', number: 'page_number', pages: 'total_pages', first: 'first_page', last: 'last_page' },
  { shape: '1.0', records: 'content', total: 'totalElements', number: 'number', pages: 'totalPages', first: 'first', last: 'last' },
] as const;

/** Reads a `GET /services` answer in either shape. Throws a `not-oruk` {@link ApiError}. */
export function readPage(data: unknown, where: string): Page {
  if (Array.isArray(data)) return { shape: 'list', records: data, total: data.length, first: true, last: true };
  for (const fields of FIELDS) {
    const records = isObject(data) ? data[fields.records] : undefined;
    if (!isObject(data) || !Array.isArray(records)) continue;
    return {
      shape: fields.shape,
      records,
      total: count(data[fields.total]) ?? records.length,
      number: count(data[fields.number]),
      pages: count(data[fields.pages]),
      first: flag(data[fields.first]),
      last: flag(data[fields.last]),
    };
  }
  throw notAPage(data, where);
}

/** Reads a `GET /services/{id}` answer: the record (or the only record of a page, as some servers answer). */
export function readRecord(data: unknown, where: string): Json {
  const paged = Array.isArray(data) || (isObject(data) && (Array.isArray(data.contents) || Array.isArray(data.content)));
  if (isObject(data) && 'id' in data && !paged) return data;
  const page = paged ? readPage(data, where) : undefined;
  if (page?.records.length === 1 && isObject(page.records[0])) return page.records[0];
  throw new ApiError('not-oruk', `The API at ${where} did not answer with a service record (an object with an id).`);
}
