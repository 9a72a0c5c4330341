/**
 * `placekit receive export`: the stored submissions as one CSV file for a spreadsheet.
 *
 * One row per submission, oldest first. Columns: what every submission has (reference, when it was
 * received and sent, form, area, subject and what the subject is called (a listing report names its
 * service, so a data officer can work down the list), page, key), then one column per question id, in the order the
 * questions were first answered. A question id used by several forms shares its column (the form_id
 * column says which form a row answers); choose one form with `--form` for a file that holds only its
 * questions. Lists of choices are joined with "; ", true and false are written "yes" and "no".
 * Submissions the widget suspected of spam are left out unless `--include-suspected`, which adds them
 * with a `suspected_spam` column naming the signals. Answers are looked up as the row's own properties,
 * so a question id such as `constructor` never reads anything from a prototype.
 *
 * The file is RFC 4180 CSV with CRLF line ends, UTF-8 with a byte-order mark (so Excel reads accented
 * letters right; `--no-bom` leaves it out), and protected against formula injection (cli/csv.ts).
 * `--from` and `--to` keep the submissions received on those UK dates (inclusive); `--summary` and
 * `--place-standard` (receive-summary.ts) add them up instead.
 * It can be run while the receiver is running: SQLite's WAL lets it read a consistent snapshot.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { ukMoment } from '../src/feed/domain/schedule.js';
import { referenceOf } from '../src/place-feedback/reference.js';
import { csvRecord, type Cell } from './csv.js';
import { ReceiveStore, type StoredRow } from './receive-store.js';

export interface ExportOptions {
  db: string;
  out?: string;
  forms: string[];
  bom: boolean;
  /** Include the submissions the widget suspected of spam, with a column saying why. */
  includeSuspected?: boolean;
  /** Only submissions received from or to these UK dates (YYYY-MM-DD, inclusive). */
  from?: string;
  to?: string;
}

/** Whether a row was received within the options' dates (UK time). */
export function inDates(row: { received_at: string }, options: { from?: string; to?: string }): boolean {
  if (!options.from && !options.to) return true;
  const day = ukMoment(new Date(row.received_at)).iso;
  return !((options.from && day < options.from) || (options.to && day > options.to));
}

const FIXED = ['reference', 'received_at', 'submitted_at', 'form_id', 'area', 'subject', 'subject_name', 'page_url', 'idempotency_key'] as const;

function fixedCells(row: StoredRow, suspected: boolean): Cell[] {
  const cells: Cell[] = [
    referenceOf(row.idempotency_key),
    row.received_at,
    row.submitted_at,
    row.form_id,
    row.area,
    row.subject,
    row.subject_name,
    row.page_url,
    row.idempotency_key,
  ];
  return suspected ? [...cells, row.suspected_spam] : cells;
}

function answerCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map(String).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Column headers for the question ids; an id that clashes with a fixed column is written `<id> (answer)`. */
export function questionHeaders(ids: readonly string[], fixedColumns: readonly string[] = FIXED): string[] {
  const fixed = new Set<string>(fixedColumns);
  return ids.map((id) => (fixed.has(id) ? `${id} (answer)` : id));
}

export async function exportCommand(options: ExportOptions): Promise<{ rows: number; questions: number; forms: number; suspectedLeftOut: number }> {
  const store = await ReceiveStore.open(options.db, { readonly: true });
  const suspected = options.includeSuspected ?? false;
  const fixed: string[] = suspected ? [...FIXED, 'suspected_spam'] : [...FIXED];
  try {
    const questions = new Map<string, number>();
    const formIds = new Set<string>();
    for (const row of store.rows(options.forms, suspected)) {
      if (!inDates(row, options)) continue;
      formIds.add(row.form_id);
      for (const id of Object.keys(JSON.parse(row.answers) as object)) if (!questions.has(id)) questions.set(id, questions.size);
    }
    const ids = [...questions.keys()];
    // Written to a temporary file and renamed at the end, so a failed export never leaves half a file.
    const target = options.out;
    const partial = target ? `${target}.partial` : undefined;
    // Readable by its owner only, as the database is: feedback may identify a person.
    // (A leftover .partial is removed first: the mode applies only to a file being created.)
    if (partial) rmSync(partial, { force: true });
    const fd = partial ? openSync(partial, 'wx', 0o600) : 1;
    let buffer = options.bom ? '\uFEFF' : '';
    const flush = (force: boolean) => {
      if (buffer.length > 0 && (force || buffer.length > 65536)) {
        writeSync(fd, buffer);
        buffer = '';
      }
    };
    let rows = 0;
    try {
      buffer += csvRecord([...fixed, ...questionHeaders(ids, fixed)]);
      for (const row of store.rows(options.forms, suspected)) {
        if (!inDates(row, options)) continue;
        const answers = JSON.parse(row.answers) as Record<string, unknown>;
        const cells: Cell[] = ids.map((id) => (Object.hasOwn(answers, id) ? answerCell(answers[id]) : null));
        buffer += csvRecord([...fixedCells(row, suspected), ...cells]);
        rows++;
        flush(false);
      }
      flush(true);
    } catch (error) {
      if (partial) {
        closeSync(fd);
        rmSync(partial, { force: true });
      }
      throw error;
    }
    if (partial && target) {
      closeSync(fd);
      renameSync(partial, target);
    }
    return { rows, questions: ids.length, forms: formIds.size, suspectedLeftOut: suspected ? 0 : store.countSuspected(options.forms) };
  } finally {
    store.close();
  }
}
