/**
 * `placekit validate <file-or-URL>`: checks a feed the way the widgets read it, and says what is wrong
 * with each record, where (its JSON path) and why, in one line each.
 *
 * Exit 0: valid (notes may be printed). Exit 1: anything else: records skipped, values dropped, a feed
 * that cannot be used at all, or one that cannot be read. Exit 2: the tool was called wrongly.
 */
import { parseFeedText, type FeedResult } from '../src/feed/parse.js';
import { FeedError, type FeedWarning } from '../src/feed/problems.js';
import { SECTION_NAMES } from '../src/feed/schema.js';
import { InputError, readInput } from './input.js';
import { unknownFields } from './unknown-fields.js';

export interface ValidateOptions {
  json: boolean;
  quiet: boolean;
}

export interface Report {
  source: string;
  valid: boolean;
  error?: { kind: string; message: string; problems: string[] };
  counts?: FeedResult['counts'];
  warnings: FeedWarning[];
  format_version?: string;
  publisher?: string;
  updated?: string;
}

export async function validateSource(source: string): Promise<Report> {
  const text = await readInput(source);
  try {
    const result = parseFeedText(text, source);
    const failing = result.warnings.filter((w) => w.action !== 'noted');
    return {
      source,
      valid: failing.length === 0,
      counts: result.counts,
      warnings: [...result.warnings, ...unknownFields(JSON.parse(text))],
      format_version: result.feed.format_version,
      publisher: result.feed.publisher.name,
      updated: result.feed.updated,
    };
  } catch (error) {
    if (error instanceof FeedError) {
      return { source, valid: false, error: { kind: error.kind, message: error.message, problems: error.problems }, warnings: [] };
    }
    throw error;
  }
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

export function formatReport(report: Report, quiet: boolean): string {
  const lines: string[] = [];
  if (report.error) {
    lines.push(`✘ ${report.source}: cannot be used (${report.error.kind})`);
    lines.push(`  ${report.error.message}`);
    for (const problem of report.error.problems) lines.push(`  - ${problem}`);
    return lines.join('\n');
  }
  if (!quiet) {
    lines.push(`${report.source}: format ${report.format_version}, published by ${report.publisher}, updated ${report.updated}`);
    lines.push('');
  }
  const shown = quiet ? report.warnings.filter((w) => w.action !== 'noted') : report.warnings;
  if (shown.length > 0) {
    lines.push('Problems:');
    for (const w of shown) {
      const tag = w.action === 'skipped' ? 'record skipped' : w.action === 'dropped' ? 'value dropped ' : 'note          ';
      lines.push(`  [${tag}] ${w.path}: ${w.message}`);
    }
    lines.push('');
  }
  if (!quiet && report.counts) {
    lines.push(`  ${pad('section', 16)} ${pad('kept', 6)} skipped`);
    for (const name of SECTION_NAMES) {
      const count = report.counts[name];
      lines.push(`  ${pad(name, 16)} ${pad(String(count.kept), 6)} ${count.skipped}`);
    }
    lines.push('');
  }
  const skipped = report.warnings.filter((w) => w.action === 'skipped').length;
  const dropped = report.warnings.filter((w) => w.action === 'dropped').length;
  const notes = report.warnings.filter((w) => w.action === 'noted').length;
  const tally = `${skipped} record${skipped === 1 ? '' : 's'} skipped, ${dropped} value${dropped === 1 ? '' : 's'} dropped, ${notes} note${notes === 1 ? '' : 's'}`;
  lines.push(report.valid ? `✔ valid (${tally})` : `✘ not valid (${tally})`);
  return lines.join('\n');
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
      const report = await validateSource(source);
      reports.push(report);
      if (!options.json) console.log(formatReport(report, options.quiet));
      if (!report.valid) code = Math.max(code, 1);
    } catch (error) {
      if (error instanceof InputError) {
        console.error(`✘ ${source}: ${error.message}`);
        code = 1;
        continue;
      }
      throw error;
    }
  }
  if (options.json) console.log(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2));
  return code;
}
