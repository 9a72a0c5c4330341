/**
 * `placekit validate <file-or-URL>`: checks a feed the way the widgets read it, and says what is wrong
 * with each record, where (its JSON path) and why, naming the value it refused. Problems of one kind
 * (the same complaint, whichever field) are listed under one line with their count, most serious first.
 *
 * Exit 0: valid: every record kept, no value dropped (values repaired and notes may be printed; with
 * `--strict` a repair fails too). Exit 1: anything else: records skipped, values dropped, a feed that
 * cannot be used at all, or one that cannot be read. Exit 2: the tool was called wrongly.
 */
import { parseFeedText, type FeedResult } from '../src/feed/validator/parse.js';
import { FeedError, type FeedWarning } from '../src/feed/load/problems.js';
import { groupLine, groupWarnings, tally } from '../src/feed/validator/report.js';
import { SECTION_NAMES } from '../src/feed/validator/schema/feed.js';
import { InputError, readInput } from './input.js';
import { fieldNotes } from './field-notes.js';
import { printable, printableJson } from './printable.js';

export interface ValidateOptions {
  json: boolean;
  quiet: boolean;
  /** Repairs fail the feed too: for a publisher who wants the feed exactly as the widgets read it. */
  strict?: boolean;
}

export interface Report {
  source: string;
  /** Every record kept and no value dropped (and, with `--strict`, nothing repaired). */
  valid: boolean;
  error?: { kind: string; message: string; problems: string[] };
  counts?: FeedResult['counts'];
  warnings: FeedWarning[];
  format_version?: string;
  publisher?: string;
  updated?: string;
}

/** The actions that make a feed not valid: what a resident loses, and with `strict` what was repaired. */
const failing =
  (strict = false) =>
  (w: FeedWarning) =>
    w.action === 'skipped' || w.action === 'dropped' || (strict && w.action === 'repaired');

export async function validateSource(source: string, strict = false): Promise<Report> {
  const text = await readInput(source);
  try {
    const result = parseFeedText(text, source);
    return {
      source,
      valid: !result.warnings.some(failing(strict)),
      counts: result.counts,
      warnings: [...result.warnings, ...fieldNotes(JSON.parse(text))],
      format_version: result.feed.format_version,
      publisher: result.feed.publisher.name,
      updated: result.feed.updated,
    };
  } catch (error) {
    if (error instanceof FeedError) {
      return { source, valid: false, error: { kind: error.kind, message: error.message, problems: error.problems }, warnings: [] };
    }
    // Whatever placekit itself fails on is still a feed it cannot read: not valid, said plainly, never a crash.
    const message = `The feed at ${source} could not be read: ${String(error)}. This is a fault in placekit: please report it with the feed.`;
    return { source, valid: false, error: { kind: 'schema', message, problems: [] }, warnings: [] };
  }
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

const TAGS: Record<FeedWarning['action'], string> = {
  skipped: 'record skipped',
  dropped: 'value dropped ',
  repaired: 'repaired      ',
  noted: 'note          ',
};

/**
 * `--quiet`: only what fails a feed, one line each, every line starting with the file or URL (for grep and
 * for many feeds at once): each failing problem (not grouped), then the result.
 */
function quietLines(report: Report, strict: boolean): string[] {
  const source = report.source;
  if (report.error)
    return [`${source}: ✘ cannot be used (${report.error.kind}): ${report.error.message}`, ...report.error.problems.map((p) => `${source}: - ${p}`)];
  const lines = report.warnings.filter(failing(strict)).map((w) => `${source}: [${TAGS[w.action]}] ${w.path}: ${w.message}`);
  const counted = tally(report.warnings);
  lines.push(
    `${source}: ${report.valid ? `✔ valid (${counted})` : `✘ not valid${strict && !report.warnings.some(failing()) ? ' with --strict' : ''} (${counted})`}`,
  );
  return lines;
}

/**
 * The report as printed: every line escaped (cli/printable.ts), since field names, values and messages come
 * from the feed, and a feed must not be able to clear the screen and print its own "✔ valid".
 */
export function formatReport(report: Report, quiet: boolean, strict = false): string {
  return (quiet ? quietLines(report, strict) : reportLines(report, strict)).map(printable).join('\n');
}

function reportLines(report: Report, strict: boolean): string[] {
  const lines: string[] = [];
  if (report.error) {
    lines.push(`✘ ${report.source}: cannot be used (${report.error.kind})`);
    lines.push(`  ${report.error.message}`);
    for (const problem of report.error.problems) lines.push(`  - ${problem}`);
    return lines;
  }
  lines.push(`${report.source}: format ${report.format_version}, published by ${report.publisher}, updated ${report.updated}`);
  lines.push('');
  const shown = report.warnings;
  if (shown.length > 0) {
    lines.push('Problems:');
    // One line per kind; a kind met more than once lists each place under it.
    for (const group of groupWarnings(shown)) {
      lines.push(`  [${TAGS[group.action]}] ${groupLine(group, false)}`);
      if (group.warnings.length > 1) for (const w of group.warnings) lines.push(`${' '.repeat(21)}${w.path}: ${w.message}`);
    }
    lines.push('');
  }
  if (report.counts) {
    // Second copies of a record (same id, nothing different) are merged into the first: counted when any.
    const merged = SECTION_NAMES.some((name) => report.counts![name].merged);
    lines.push(`  ${pad('section', 24)} ${pad('kept', 6)} ${merged ? `${pad('skipped', 8)} merged` : 'skipped'}`);
    for (const name of SECTION_NAMES) {
      const count = report.counts[name];
      lines.push(`  ${pad(name, 24)} ${pad(String(count.kept), 6)} ${merged ? `${pad(String(count.skipped), 8)} ${count.merged ?? 0}` : count.skipped}`);
    }
    lines.push('');
  }
  const counted = tally(report.warnings);
  lines.push(report.valid ? `✔ valid (${counted})` : `✘ not valid${strict && !report.warnings.some(failing()) ? ' with --strict' : ''} (${counted})`);
  return lines;
}

/** Runs the command; returns the exit code. */
export async function validateCommand(sources: string[], options: ValidateOptions): Promise<number> {
  if (sources.length === 0) {
    console.error('placekit validate: name a feed file or URL, e.g. placekit validate feed.json');
    return 2;
  }
  let code = 0;
  const reports: Report[] = [];
  for (const source of sources) {
    try {
      const report = await validateSource(source, options.strict);
      reports.push(report);
      if (!options.json) console.log(formatReport(report, options.quiet, options.strict));
      if (!report.valid) code = Math.max(code, 1);
    } catch (error) {
      if (error instanceof InputError) {
        // Could not be read (no such file, unreachable): 2, apart from 1 for a feed that is not valid.
        console.error(printable(`✘ ${source}: ${error.message}`));
        code = 2;
        continue;
      }
      throw error;
    }
  }
  if (options.json) console.log(printableJson(reports.length === 1 ? reports[0] : reports));
  return code;
}
