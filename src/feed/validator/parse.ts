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
import { describeIssue, formatPath, valueAt } from './issues.js';
import { FeedError, type FeedWarning } from '../load/problems.js';
import { checkFormat, readJson } from './format.js';
import { type FeedResult, finishFeed } from '../load/read.js';
import { applyFixes, cleaner, describeRecord, findRepairs, parseRecord } from './tolerant.js';

export type { FeedResult } from '../load/read.js';
// What the widgets load on demand (load/validator.ts): from placekit-validator.js, for dist/placekit.js.
export { formatError } from './format.js';
export { reportWarnings } from './report.js';

/** Parses feed text. `url` only names the feed in error messages. */
export function parseFeedText(text: string, url?: string): FeedResult {
  return parseFeedData(readJson(text, url), url);
}

/** Parses already-decoded JSON data. */
export function parseFeedData(input: unknown, url?: string): FeedResult {
  const at = url ? ` at ${url}` : '';
  const data = checkFormat(input, url);

  const warnings: FeedWarning[] = [];
  // Absent values go and repairs are made (a publisher's website without https://); anything else wrong
  // in the header leaves nothing to show.
  let head = cleaner(FeedHeader)(data) as Record<string, unknown>;
  let header = FeedHeader.safeParse(head);
  if (!header.success) {
    const { fixes } = findRepairs(FeedHeader, head, header.error.issues, [], warnings);
    if (fixes.length > 0) {
      head = { ...head, publisher: structuredClone(head.publisher) };
      applyFixes(head, fixes);
      header = FeedHeader.safeParse(head);
    }
  }
  if (!header.success) {
    const problems = header.error.issues.map((issue) => `${formatPath(issue.path) || '(top level)'}: ${describeIssue(issue, valueAt(head, issue.path))}`);
    throw new FeedError('schema', `The feed${at} is not a valid placekit feed: ${problems.join('; ')}.`, url, undefined, problems);
  }

  const counts = {} as FeedResult['counts'];
  const sections = {} as Record<SectionName, unknown[]>;
  for (const name of SECTION_NAMES) {
    const raw = (data[name] ?? []) as unknown[];
    const kept: unknown[] = [];
    const first = new Map<string, { index: number; at: number }>();
    let skipped = 0;
    let merged = 0;
    raw.forEach((item, index) => {
      const result = parseRecord(SECTIONS[name], item, [name, index]);
      warnings.push(...result.warnings);
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
            message: `id "${value.id}" is already used by ${before}; this record${label ? ` (${JSON.stringify(label)})` : ''} is a different one, so it is skipped: give each record its own id`,
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

  const { data: checked } = header;
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

/** True when every value in `part` is in `whole` too (lists item by item). */
function contains(whole: unknown, part: unknown): boolean {
  if (whole === part) return true;
  if (typeof whole !== 'object' || typeof part !== 'object' || whole === null || part === null || Array.isArray(whole) !== Array.isArray(part)) return false;
  if (Array.isArray(part)) return part.length === (whole as unknown[]).length && part.every((item, i) => contains((whole as unknown[])[i], item));
  return Object.entries(part).every(([key, value]) => contains((whole as Record<string, unknown>)[key], value));
}
