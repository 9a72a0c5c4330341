/**
 * Reading a feed's text, the way the widgets do: the part of src/feed/load/ that load.ts fetches as a
 * feed's fetch starts (its own file, so that a page's first download does not wait on the compiled check).
 */
import type { FeedWarning } from './problems.js';
import { type FeedResult, type Unworded, isFeed, notes, quickParse } from './read.js';
import { VALIDATOR_HINT, loadFormat, loadReport, loadValidator } from './validator.js';

/** Warnings the editor has already been told in one note (parseFeed, without the validator). */
export const told = new WeakSet<FeedWarning>();

/**
 * Feed text to a checked feed, as the widgets read it: a valid feed is taken as it is, checked without
 * zod; a feed with anything to repair loads the validator (validator/parse.ts and zod, a file of its own) first.
 * The result is the same either way (tests/feed/load/check.test.ts holds the two paths to each other).
 * If the validator cannot be loaded (a copy of placekit.js without placekit-validator.js beside it, or a
 * connection that dropped), the records it would have repaired are skipped, and the console says so in one
 * note that names them.
 */
export async function parseFeed(text: string, url?: string): Promise<FeedResult> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Not JSON: validator/format.ts says why, below.
  }
  if (!isFeed(data)) throw (await loadFormat()).formatError(text, url);
  const quick = quickParse(data, url);
  if (quick) return worded(quick);
  let validator: Awaited<ReturnType<typeof loadValidator>>;
  try {
    validator = await loadValidator();
  } catch (error) {
    const feed = url ? ` at ${url}` : '';
    const reason = `placekit could not load its validator (${(error as Error).message}): ${VALIDATOR_HINT}, or run "placekit validate${url ? ` ${url}` : ''}" and repair the feed`;
    const result = quickParse(data, url, reason)!;
    // One note for the editor, naming the records; the same warnings are not listed again (reportWarnings).
    const skipped = result.warnings.filter((w) => w.action === 'skipped');
    for (const w of skipped) told.add(w);
    const named = skipped.slice(0, 20).map((w) => w.record ?? w.path);
    if (skipped.length > 20) named.push(`and ${skipped.length - 20} more`);
    console.warn(
      `placekit: ${skipped.length} record${skipped.length === 1 ? '' : 's'} in the feed${feed} need${skipped.length === 1 ? 's' : ''} repair and ${skipped.length === 1 ? 'is' : 'are'} not shown, because ${reason}. Not shown: ${named.join('; ')}.`,
    );
    return worded(result);
  }
  return validator.parseFeedData(data, url);
}

/**
 * The result with its notes in words: those are loaded (validator/report.ts, with the console's report)
 * only for a feed that has a note. If they cannot be, a note says where to read it in full.
 */
async function worded(result: FeedResult): Promise<FeedResult> {
  for (const w of result.warnings as Unworded[]) {
    if (!w.note) continue;
    notes.words ??= await loadReport().then(
      (report) => report.noteWords,
      () => undefined,
    );
    w.message = notes.words?.(...w.note) ?? 'noted: run placekit validate to read it';
    delete w.note;
  }
  return result;
}
