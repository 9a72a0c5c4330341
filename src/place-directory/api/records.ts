/**
 * Records from an API as the directory's entries, read exactly as a feed's records are: ORUK 1.0 names
 * renamed (src/feed/domain/oruk-v1.ts, as `placekit convert` does), then the feed reader's tolerant reading
 * (`parseFeed`: empty strings absent, websites without https:// repaired, -1 ages, zoned times, duplicate
 * ids...; the validator loaded only for records that need it), then `readDirectory` (entries.ts). There is
 * no second reader: a page of records is read as a small feed of services.
 *
 * What was repaired or dropped is told to the page's editor in the console, grouped as for a feed, once
 * per kind of problem for the visit (every page of a live API repeats the same kinds).
 */
import { parseFeed } from '../../feed/load/load.js';
import { fromV1Service } from '../../feed/domain/oruk-v1.js';
import type { FeedWarning } from '../../feed/load/problems.js';
import type { Area } from '../../feed/domain/types.js';
import { loadReport } from '../../feed/load/validator.js';
import { readDirectory, type Entry } from '../entries.js';

export interface ReadContext {
  /** The API's list endpoint without a query (`https://…/services`), naming it in the console. */
  where: string;
  /** The feed's areas, when the directory has a feed: entries are placed in them as a feed's are. */
  areas: Area[];
  /** Kinds of problem already told this visit. */
  told: Set<string>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What makes two warnings one kind, whichever record and page they come from. */
const kindOf = (w: FeedWarning): string =>
  `${w.action} ${w.path.replace(/^services\[\d+\]/, '').replace(/\[\d+\]/g, '[*]')} ${w.message.replace(/"(?:[^"\\]|\\.)*"/g, '"…"').replace(/\d+/g, '#')}`;

/** Tells the editor the kinds of problem not told before (report.ts's grouping, loaded only then). */
function tell(warnings: FeedWarning[], context: ReadContext): void {
  const fresh = warnings.filter((w) => {
    const kind = kindOf(w);
    if (context.told.has(kind)) return false;
    context.told.add(kind);
    return true;
  });
  if (fresh.length === 0) return;
  loadReport().then(
    (report) => report.reportWarnings(context.where, fresh),
    () => console.warn(`placekit: records from the API at ${context.where} were read with ${fresh.length} notes. Run "placekit check-api" to see them.`),
  );
}

/** Reads API records (3.0 or 1.0) into entries, in order; a record that cannot be used is left out (and told). */
export async function readEntries(records: readonly unknown[], context: ReadContext, now = new Date()): Promise<Entry[]> {
  const services = records.map((record) => (isObject(record) ? fromV1Service(record) : record));
  const text = JSON.stringify({ format_version: '1.0', publisher: { name: 'Open Referral UK API' }, updated: now.toISOString(), services });
  const result = await parseFeed(text, context.where);
  tell(result.warnings, context);
  return readDirectory({ ...result.feed, areas: context.areas }, now).entries;
}
