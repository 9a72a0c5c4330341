/**
 * From feed text to a checked feed, with the validator: the format version, the header, then each
 * section record by record. Throws a {@link FeedError} only when nothing usable is left (not JSON, wrong
 * version, broken header); everything else becomes a {@link FeedWarning}.
 *
 * The publisher tool and the tests use this directly. The widgets first try read.ts's quickParse, which
 * needs no zod, and load this module only for a feed that has something to repair.
 */
import { FeedHeader, SECTIONS, SECTION_NAMES, type PlaceFeed, type SectionName } from './schema.js';
import { describeIssue, formatPath, valueAt } from './issues.js';
import { FeedError, type FeedWarning } from './problems.js';
import { type FeedResult, checkFormat, finishFeed, readJson } from './read.js';
import { describeRecord, parseRecord } from './tolerant.js';

export type { FeedResult } from './read.js';

/** Parses feed text. `url` only names the feed in error messages. */
export function parseFeedText(text: string, url?: string): FeedResult {
  return parseFeedData(readJson(text, url), url);
}

/** Parses already-decoded JSON data. */
export function parseFeedData(input: unknown, url?: string): FeedResult {
  const at = url ? ` at ${url}` : '';
  const data = checkFormat(input, url);

  const header = FeedHeader.safeParse(data);
  if (!header.success) {
    const problems = header.error.issues.map((issue) => `${formatPath(issue.path) || '(top level)'}: ${describeIssue(issue, valueAt(data, issue.path))}`);
    throw new FeedError('schema', `The feed${at} is not a valid placekit feed: ${problems.join('; ')}.`, url, undefined, problems);
  }

  const warnings: FeedWarning[] = [];
  const counts = {} as FeedResult['counts'];
  const sections = {} as Record<SectionName, unknown[]>;
  for (const name of SECTION_NAMES) {
    const raw = (data[name] ?? []) as unknown[];
    const kept: unknown[] = [];
    const ids = new Set<string>();
    let skipped = 0;
    raw.forEach((item, index) => {
      const result = parseRecord(SECTIONS[name], item, [name, index]);
      warnings.push(...result.warnings);
      const value = result.value as { id?: string } | undefined;
      if (!value) {
        skipped++;
        return;
      }
      if (value.id !== undefined) {
        if (ids.has(value.id)) {
          warnings.push({ path: `${name}[${index}].id`, message: `id "${value.id}" is already used by an earlier record; record skipped`, action: 'skipped', record: describeRecord(item, [name, index]) });
          skipped++;
          return;
        }
        ids.add(value.id);
      }
      kept.push(value);
    });
    sections[name] = kept;
    counts[name] = { kept: kept.length, skipped };
  }

  const head = header.data;
  const feed: PlaceFeed = {
    format_version: head.format_version,
    publisher: head.publisher,
    updated: head.updated,
    ...(head.language !== undefined && { language: head.language }),
    ...(head.title !== undefined && { title: head.title }),
    ...(head.description !== undefined && { description: head.description }),
    ...(sections as unknown as Pick<PlaceFeed, SectionName>),
  };
  finishFeed(feed, warnings);
  return { feed, warnings, counts };
}

