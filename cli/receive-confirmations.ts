/**
 * `placekit receive export --confirmations`: how many residents answered "Was this information right?"
 * with Yes for each listing, from the stored answers, as JSON for `placekit convert --confirmations` to
 * merge into the feed (each service's or opportunity's `confirmations: {count, last}`).
 *
 * Counted: submissions of the directory's confirmation form (src/feed/domain/listing-reports.ts) whose
 * answer `right` is true, one per idempotency key (the receiver keeps one row per key), not suspected of
 * spam. `last` is the UK date the latest was received (the receiver's clock, not the browser's). Nothing
 * about the residents is written: there is nothing about them to write.
 *
 *   {"format": "placekit-confirmations", "generated_at": "...", "confirmations": [{"id", "name", "count", "last"}]}
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { LISTING_CONFIRMATION_FORM } from '../src/feed/domain/listing-reports.js';
import { ReceiveStore } from './receive-store.js';

export interface ListingConfirmation {
  /** The service's or opportunity's id. */
  id: string;
  /** What it was called when the latest confirmation was sent, for a person reading the file. */
  name?: string;
  count: number;
  /** The UK date of the latest, YYYY-MM-DD. */
  last: string;
}

export interface ConfirmationsFile {
  format: 'placekit-confirmations';
  generated_at: string;
  confirmations: ListingConfirmation[];
}

/** A UK date (YYYY-MM-DD) for an instant. */
export function ukDateOf(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Counts the confirmations in a receiver's database. */
export async function countConfirmations(db: string, now = new Date()): Promise<ConfirmationsFile> {
  const store = await ReceiveStore.open(db, { readonly: true });
  try {
    const counts = new Map<string, ListingConfirmation>();
    for (const row of store.rows([LISTING_CONFIRMATION_FORM], false)) {
      const answers = JSON.parse(row.answers) as Record<string, unknown>;
      if (!row.subject || !Object.hasOwn(answers, 'right') || answers.right !== true) continue;
      const last = ukDateOf(row.received_at);
      const known = counts.get(row.subject);
      if (known) {
        known.count++;
        if (last >= known.last) {
          known.last = last;
          if (row.subject_name) known.name = row.subject_name;
        }
      } else counts.set(row.subject, { id: row.subject, ...(row.subject_name && { name: row.subject_name }), count: 1, last });
    }
    const confirmations = [...counts.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { format: 'placekit-confirmations', generated_at: now.toISOString(), confirmations };
  } finally {
    store.close();
  }
}

/** Writes the counts to `out` (through a temporary file, so a failure never leaves half a file) or standard output. */
export async function exportConfirmations(db: string, out?: string): Promise<{ listings: number; confirmations: number }> {
  const file = await countConfirmations(db);
  const text = `${JSON.stringify(file, null, 2)}\n`;
  if (out) {
    const partial = `${out}.partial`;
    rmSync(partial, { force: true });
    const fd = openSync(partial, 'wx', 0o644);
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, out);
  } else process.stdout.write(text);
  return { listings: file.confirmations.length, confirmations: file.confirmations.reduce((n, c) => n + c.count, 0) };
}
