/**
 * Following an Open Referral API's list page by page (`--all-pages`), for both shapes: 3.0 pages say
 * `page_number`, `total_pages` and `last_page`; 1.0 pages say `number`, `totalPages` and `last` (and some
 * count from 0). The next page is asked for with `?page=` one more than this one's, every other query
 * parameter (`per_page`, filters) kept.
 *
 * Live APIs misbehave, so the walk stops, and says why, when:
 * - a page fails (after http-get's retries): the run fails, nothing is written, since a feed missing
 *   pages would quietly drop services from the directory;
 * - a page holds the same records as an earlier one, or says it is the same page (a server that ignores
 *   `?page=` would otherwise be read forever);
 * - `maxPages` pages have been read and the API has not said it was the last.
 * An empty page, or one at or past `total_pages`, ends the list.
 */
import { createHash } from 'node:crypto';
import { InputError } from './input.js';
import type { OrukDocument, PageInfo } from './oruk-documents.js';

/** The page number `url` asks for, when it asks for one. */
function askedPage(url: URL): number | undefined {
  const value = url.searchParams.get('page');
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

/** True when a page (holding `records` records) says it is the last, or is empty. */
export function isLastPage(page: PageInfo, records: number, firstNumber = page.number): boolean {
  if (page.last === true || page.empty === true || records === 0) return true;
  return page.number !== undefined && page.totalPages !== undefined && page.number + (firstNumber === 0 ? 1 : 0) >= page.totalPages;
}

/**
 * The URL of the page after this one, or undefined when this one is the last. `firstNumber` is the
 * number the first page read gave itself (0 for APIs that count from 0).
 */
export function nextPageUrl(url: string, page: PageInfo, records: number, firstNumber?: number): string | undefined {
  if (isLastPage(page, records, firstNumber)) return undefined;
  const next = new URL(url);
  const current = askedPage(next) ?? page.number ?? (firstNumber === 0 ? 0 : 1);
  next.searchParams.set('page', String(current + 1));
  return next.href;
}

/** What identifies a page's records: their ids (or the records themselves, when they have none). */
function fingerprint(document: OrukDocument): string | undefined {
  const records = Object.values(document.sections).flat();
  if (records.length === 0) return undefined;
  const ids = records.map((record) => (typeof record === 'object' && record !== null && 'id' in record ? String(record.id) : JSON.stringify(record)));
  return createHash('sha256').update(ids.join('\n')).digest('hex');
}

const count = (document: OrukDocument) => Object.values(document.sections).reduce((sum, records) => sum + (records?.length ?? 0), 0);

export interface FollowOptions {
  maxPages: number;
  /** Reads and classifies one page. Throws InputError when it cannot. */
  read(url: string): Promise<OrukDocument>;
  /** Takes the records of each page after the first. */
  take(document: OrukDocument, url: string): void | Promise<void>;
  /** Told before each page is read (for a progress line). */
  progress?(page: number, totalPages?: number): void;
}

/** Reads the pages after `first` (already read from `start`) to the end. Returns how many pages were read in all. */
export async function followPages(start: string, first: OrukDocument & { page: PageInfo }, options: FollowOptions): Promise<number> {
  const seen = new Map<string, number>();
  const firstPrint = fingerprint(first);
  if (firstPrint) seen.set(firstPrint, 1);
  const firstNumber = first.page.number;
  const total = first.page.totalPages;
  let records = count(first);
  let url = start;
  let document: OrukDocument & { page: PageInfo } = first;
  let pages = 1;
  for (;;) {
    const next = nextPageUrl(url, document.page, count(document), firstNumber);
    if (!next) return pages;
    const label = `page ${pages + 1}${total !== undefined ? ` of ${total}` : ''} (${next})`;
    const sofar = `${pages} page${pages === 1 ? '' : 's'}, ${records} record${records === 1 ? '' : 's'}, had been read`;
    if (pages >= options.maxPages) {
      throw new InputError(
        `stopped after ${options.maxPages} pages (--max-pages) of ${start}, and the API had not said it was the last page; nothing was written. If the list really is that long, raise --max-pages, or ask for more records a page (per_page=100 in the URL)`,
      );
    }
    options.progress?.(pages + 1, total);
    let read: OrukDocument;
    try {
      read = await options.read(next);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      throw new InputError(
        `${label} failed: ${error.message.replace(`${next} `, '')}. Nothing was written (${sofar}): a feed without the other pages would leave their services out of the directory. Try again later, or convert without --all-pages to keep only the first page`,
      );
    }
    if (!read.page) throw new InputError(`${label} is not a page of an Open Referral UK list (no page_number or number); nothing was written`);
    const print = fingerprint(read);
    const repeated =
      (print !== undefined && seen.get(print)) || (read.page.number !== undefined && read.page.number === document.page.number ? pages : undefined);
    if (repeated) {
      throw new InputError(
        `${label} is the same page as page ${repeated} again: the API seems to ignore ?page=, so its list would never end. Nothing was written; convert without --all-pages to keep the first page, or ask the API's supplier to support ?page=`,
      );
    }
    if (print) seen.set(print, pages + 1);
    await options.take(read, next);
    records += count(read);
    pages++;
    url = next;
    document = read as OrukDocument & { page: PageInfo };
  }
}
