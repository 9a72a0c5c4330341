/**
 * src/feed/validator/: the validator, loaded on demand by a page whose feed has something to repair
 * (load/validator.ts), and the engine of `placekit validate` and placekit-validator.js (built from this
 * file). It holds everything that needs zod: the schemas (schema/: values, Open Referral UK records,
 * placekit's sections, the marks), the one compiler of them into a spec (schema-spec.ts, run at build
 * time: its compiled check is the page's first read and the quick check here, quick-check.ts), the
 * tolerant repair (tolerant.ts, repairs.ts) and the words for problems (issues.ts); and two zod-free parts a page loads on their own only when needed: the
 * console's report (report.ts) and the words for text that is not a feed (format.ts). It builds on
 * src/feed/load/ (reading, the compiled check, problems); the whole layout is drawn in domain/types.ts.
 *
 * From feed text to a checked feed, with the validator: the format version, the header, then each
 * section record by record. Throws a {@link FeedError} only when nothing usable is left (not JSON, wrong
 * version, broken header); everything else becomes a {@link FeedWarning}.
 *
 * The publisher tool and the tests use this directly. The widgets first try load/read.ts's quickParse, which
 * needs no zod, and load this module only for a feed that has something to repair.
 */
import type { PlaceFeed, SectionName } from '../domain/types.js';
import { FeedHeader, SECTIONS, SECTION_NAMES } from './schema/feed.js';
import { FeedError, type FeedWarning } from '../load/problems.js';
import { checkFormat, readJson } from './format.js';
import { type FeedResult, clip, finishFeed, notes } from '../load/read.js';
import { MAX_DEPTH, checkRecord, describeRecord, parseRecord } from './tolerant.js';
import { noteWords } from './report.js';

export type { FeedResult } from '../load/read.js';
// What the widgets load on demand (load/validator.ts): from placekit-validator.js, for dist/placekit.js.
export { formatError } from './format.js';
export { noteWords, reportWarnings } from './report.js';

// The validator words notes as it makes them (a page without it loads the words only for a feed with a note).
notes.words = noteWords;

/** Parses feed text. `url` only names the feed in error messages. */
export function parseFeedText(text: string, url?: string): FeedResult {
  return parseFeedData(readJson(text, url), url);
}

/** Parses already-decoded JSON data. */
export function parseFeedData(input: unknown, url?: string): FeedResult {
  const at = url ? ` at ${url}` : '';
  const data = checkFormat(input, url);

  const warnings: FeedWarning[] = [];
  // The header is read like a record: absent values go, repairs are made (a publisher's website without
  // https://), and an optional value that is wrong (a malformed email, a licence link that is not one) is
  // dropped with a warning; only a problem in what a feed must have (its version, publisher's name,
  // date) leaves nothing to show.
  const header = checkRecord(FeedHeader, data, []);
  if (!header.value) {
    // Every problem the header has, so that one round of fixes is enough: what could have been dropped too.
    const problems = [...header.fatal!, ...header.warnings.filter((w) => w.action === 'dropped')].map(
      (w) => `${w.path || '(top level)'}: ${w.message.replace(/; dropped$/, '')}`,
    );
    throw new FeedError('schema', `The feed${at} is not a valid placekit feed: ${problems.join('; ')}.`, url, undefined, problems);
  }
  for (const w of header.warnings) warnings.push(w);
  const head = header.value as Record<string, unknown>;

  const counts = {} as FeedResult['counts'];
  const sections = {} as Record<SectionName, unknown[]>;
  for (const name of SECTION_NAMES) {
    const raw = (head[name] ?? []) as unknown[];
    const kept: unknown[] = [];
    const first = new Map<string, { index: number; at: number }>();
    let skipped = 0;
    let merged = 0;
    raw.forEach((item, index) => {
      const result = parseRecord(SECTIONS[name], item, [name, index]);
      // One by one: a record with 100,000 warnings would overflow push(...spread).
      for (const w of result.warnings) warnings.push(w);
      const value = result.value as { id?: string } | undefined;
      if (!value) {
        skipped++;
        return;
      }
      const earlier = value.id === undefined ? undefined : first.get(value.id);
      if (earlier) {
        const copy = sameRecord(kept[earlier.at], value);
        const path = `${name}[${index}]`;
        const before = describeRecord(raw[earlier.index], [name, earlier.index]);
        if (copy === 'different') {
          const record = value as { name?: string; title?: string };
          const label = record.name ?? record.title;
          warnings.push({
            path: `${path}.id`,
            message: `id "${value.id}" is already used by ${before}; this record${label ? ` (${JSON.stringify(clip(label))})` : ''} is a different one, so it is skipped: give each record its own id`,
            action: 'skipped',
            record: describeRecord(item, [name, index]),
          });
          skipped++;
          return;
        }
        merged++;
        // Two copies of one record (an API's list and its detail, say): the one with more in it is kept.
        if (copy === 'more') kept[earlier.at] = value;
        if (copy !== 'same') {
          const kept = copy === 'more' ? 'this copy is kept in its place' : 'the first is kept';
          warnings.push({
            path,
            message: `is a second copy of ${before} with ${copy} in it; ${kept}`,
            action: 'noted',
            record: describeRecord(item, [name, index]),
          });
        }
        return;
      }
      if (value.id !== undefined) first.set(value.id, { index, at: kept.length });
      kept.push(value);
    });
    sections[name] = kept;
    counts[name] = { kept: kept.length, skipped, ...(merged > 0 && { merged }) };
  }

  const checked = header.value;
  const feed: PlaceFeed = {
    format_version: checked.format_version,
    publisher: checked.publisher,
    updated: checked.updated,
    ...(checked.language !== undefined && { language: checked.language }),
    ...(checked.title !== undefined && { title: checked.title }),
    ...(checked.description !== undefined && { description: checked.description }),
    ...(checked.listing_reports !== undefined && { listing_reports: checked.listing_reports }),
    ...(sections as unknown as Pick<PlaceFeed, SectionName>),
  };
  finishFeed(feed, warnings);
  return { feed, warnings, counts };
}

/**
 * How a record compares with an earlier one of the same id: the `same` record, one with `more` in it
 * (every value of the earlier one, and more), one with `less` (nothing the earlier one lacks), or a
 * `different` one. Absent values were removed before, so `""` and a missing field are the same.
 */
export function sameRecord(earlier: unknown, later: unknown): 'same' | 'more' | 'less' | 'different' {
  const inside = contains(later, earlier);
  const outside = contains(earlier, later);
  return inside && outside ? 'same' : inside ? 'more' : outside ? 'less' : 'different';
}

/** True when every value in `part` is in `whole` too (lists item by item). Past {@link MAX_DEPTH} levels, nothing is. */
function contains(whole: unknown, part: unknown, depth = 0): boolean {
  if (whole === part) return true;
  if (typeof whole !== 'object' || typeof part !== 'object' || whole === null || part === null || Array.isArray(whole) !== Array.isArray(part)) return false;
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(part)) return part.length === (whole as unknown[]).length && part.every((item, i) => contains((whole as unknown[])[i], item, depth + 1));
  return Object.entries(part).every(([key, value]) => Object.hasOwn(whole, key) && contains((whole as Record<string, unknown>)[key], value, depth + 1));
}
