/**
 * Where `placekit receive` keeps submissions: one SQLite file, through better-sqlite3 (an optional peer
 * dependency, loaded only by the receiver's commands).
 *
 * - WAL with `synchronous = FULL`: a commit is on disk (the WAL is fsynced) before the receiver answers
 *   2xx, and exports or backups can read while the receiver writes.
 * - The idempotency key is UNIQUE: a key is stored once whatever happens, even with two receivers on one
 *   file. The first answer (status and body) is stored with the row, so a replay gets exactly that.
 * - Writing is `INSERT ... ON CONFLICT DO NOTHING` in an immediate transaction; when the key is already
 *   there the existing row is returned instead, for the caller to replay or refuse.
 * - A locked database waits at most BUSY_TIMEOUT_MS (better-sqlite3 waits synchronously, so this is short),
 *   then throws StoreBusyError; the receiver answers 503, which the widget retries.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Submission } from './submission.js';

export const SCHEMA_VERSION = 1;
const BUSY_TIMEOUT_MS = 250;

/** The part of better-sqlite3's API used here (placekit does not depend on its type package). */
interface Statement {
  run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  get(...params: unknown[]): unknown;
  iterate(...params: unknown[]): IterableIterator<unknown>;
}
interface Database {
  prepare(sql: string): Statement;
  exec(sql: string): void;
  pragma(sql: string, options?: { simple?: boolean }): unknown;
  transaction<A extends unknown[], R>(fn: (...args: A) => R): { (...args: A): R; immediate(...args: A): R };
  backup(destination: string): Promise<unknown>;
  close(): void;
}
type DatabaseConstructor = new (path: string, options?: { readonly?: boolean; fileMustExist?: boolean; timeout?: number }) => Database;

/** better-sqlite3 is missing or cannot load: what to do about it, in words. */
export class StoreUnavailableError extends Error {}
/** Another connection holds the write lock longer than the busy timeout: try again shortly. */
export class StoreBusyError extends Error {}
/** The disk is full, read-only or failing: the receiver cannot store anything until someone acts. */
export class StoreFailedError extends Error {}

const INSTALL = `submissions are stored in SQLite through better-sqlite3, which is not installed.
Install it beside placekit:
  npm install better-sqlite3          (in the project where placekit is installed)
  npm install --global better-sqlite3 (when placekit itself is installed globally)
It builds a native addon when no prebuilt one can be downloaded: that needs python3, make and a C++ compiler
(Debian/Ubuntu: apt-get install python3 make g++).`;

let loaded: DatabaseConstructor | undefined;

/** better-sqlite3's constructor, or a StoreUnavailableError that says how to install it. */
export async function loadSqlite(): Promise<DatabaseConstructor> {
  if (loaded) return loaded;
  try {
    const module = await import('better-sqlite3');
    loaded = module.default as DatabaseConstructor;
    return loaded;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') throw new StoreUnavailableError(INSTALL);
    throw new StoreUnavailableError(`better-sqlite3 is installed but could not be loaded: ${(error as Error).message}\nTry: npm rebuild better-sqlite3`);
  }
}

function openDatabase(Sqlite: DatabaseConstructor, path: string, readonly: boolean): Database {
  if (!readonly && !existsSync(dirname(resolve(path)))) throw new StoreFailedError(`cannot create ${path}: the folder ${dirname(resolve(path))} does not exist`);
  try {
    return new Sqlite(path, { readonly, fileMustExist: readonly, timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    const message = (error as Error).message;
    if (/bindings|better_sqlite3\.node|NODE_MODULE_VERSION|ELF|dlopen/i.test(message)) {
      throw new StoreUnavailableError(`better-sqlite3 is installed but its native addon does not load: ${message}\nTry: npm rebuild better-sqlite3`);
    }
    if ((error as NodeJS.ErrnoException).code === 'SQLITE_CANTOPEN') {
      throw new StoreFailedError(readonly && !existsSync(path) ? `no such database: ${path}` : `cannot open ${path}: ${message}`);
    }
    throw error;
  }
}

/** Errors SQLite raises that say "not now" or "not here", as the receiver's own error types. */
export function storeError(error: unknown): unknown {
  const code = String((error as { code?: unknown }).code ?? '');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new StoreBusyError((error as Error).message);
  if (/^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|CORRUPT|NOTADB|PERM)/.test(code)) return new StoreFailedError((error as Error).message);
  return error;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS submissions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  idempotency_key TEXT NOT NULL UNIQUE,
  body_sha256 TEXT NOT NULL,
  form_id TEXT NOT NULL,
  area TEXT,
  subject TEXT,
  page_url TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  origin TEXT,
  answers TEXT NOT NULL CHECK (json_valid(answers)),
  body TEXT NOT NULL CHECK (json_valid(body)),
  response_status INTEGER NOT NULL,
  response_body TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS submissions_by_form ON submissions (form_id, id);
`;

/** The stored answer to a key: what was sent first (its fingerprint) and what was answered. */
export interface StoredAnswer {
  fingerprint: string;
  status: number;
  body: string;
}

/** A stored submission as the export reads it. */
export interface StoredRow {
  id: number;
  idempotency_key: string;
  form_id: string;
  area: string | null;
  subject: string | null;
  page_url: string;
  submitted_at: string;
  received_at: string;
  answers: string;
}

export interface NewSubmission {
  submission: Submission;
  fingerprint: string;
  /** The body as received, re-serialized (fields placekit does not read included). */
  body: unknown;
  origin?: string;
  receivedAt: string;
  response: { status: number; body: string };
}

export class ReceiveStore {
  private readonly db: Database;
  private closed = false;

  private constructor(db: Database, readonly path: string, readonly readonly: boolean) {
    this.db = db;
  }

  /** Opens (creating when needed) the database for the receiver; `readonly` for export and backup. */
  static async open(path: string, options: { readonly?: boolean } = {}): Promise<ReceiveStore> {
    const Sqlite = await loadSqlite();
    const readonly = options.readonly ?? false;
    const db = openDatabase(Sqlite, path, readonly);
    try {
      const version = Number(db.pragma('user_version', { simple: true }));
      if (version > SCHEMA_VERSION) {
        throw new StoreFailedError(`${path} was written by a newer placekit (schema ${version}; this one knows ${SCHEMA_VERSION}): upgrade placekit`);
      }
      if (!readonly) {
        const mode = String(db.pragma('journal_mode = WAL', { simple: true }));
        if (mode !== 'wal') throw new StoreFailedError(`${path}: SQLite could not use write-ahead logging here (journal mode ${mode}); put the database on a local disk`);
        db.pragma('synchronous = FULL');
        db.transaction(() => {
          db.exec(SCHEMA);
          db.pragma(`user_version = ${SCHEMA_VERSION}`);
        }).immediate();
      } else if (version === 0) {
        throw new StoreFailedError(`${path} is not a placekit receiver database`);
      }
    } catch (error) {
      db.close();
      throw storeError(error);
    }
    return new ReceiveStore(db, path, readonly);
  }

  /** What was answered for this key, if it has been stored. */
  find(key: string): StoredAnswer | undefined {
    try {
      const row = this.db.prepare('SELECT body_sha256 AS fingerprint, response_status AS status, response_body AS body FROM submissions WHERE idempotency_key = ?').get(key);
      return row as StoredAnswer | undefined;
    } catch (error) {
      throw storeError(error);
    }
  }

  /**
   * Stores a submission, committed before it returns. When its key is already stored (by a request
   * that overtook this one, here or in another receiver on the same file) nothing is written and the
   * stored answer is returned instead.
   */
  insert(entry: NewSubmission): { stored: true } | { stored: false; existing: StoredAnswer } {
    const { submission } = entry;
    const write = this.db.transaction(() => {
      const result = this.db
        .prepare(
          `INSERT INTO submissions (idempotency_key, body_sha256, form_id, area, subject, page_url, submitted_at, received_at, origin, answers, body, response_status, response_body)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
        )
        .run(
          submission.idempotency_key,
          entry.fingerprint,
          submission.form_id,
          submission.context.area ?? null,
          submission.context.subject ?? null,
          submission.context.page_url,
          submission.submitted_at,
          entry.receivedAt,
          entry.origin ?? null,
          JSON.stringify(submission.answers),
          JSON.stringify(entry.body),
          entry.response.status,
          entry.response.body,
        );
      if (result.changes === 1) return { stored: true as const };
      return { stored: false as const, existing: this.find(submission.idempotency_key)! };
    });
    try {
      return write.immediate();
    } catch (error) {
      throw storeError(error);
    }
  }

  /** Stored submissions, oldest first; only these forms when given. */
  *rows(forms: readonly string[] = []): Generator<StoredRow> {
    const where = forms.length > 0 ? `WHERE form_id IN (${forms.map(() => '?').join(', ')})` : '';
    const statement = this.db.prepare(
      `SELECT id, idempotency_key, form_id, area, subject, page_url, submitted_at, received_at, answers FROM submissions ${where} ORDER BY id`,
    );
    for (const row of statement.iterate(...forms)) yield row as StoredRow;
  }

  count(): number {
    return Number((this.db.prepare('SELECT count(*) AS n FROM submissions').get() as { n: number }).n);
  }

  /** A consistent copy of the database, safe while the receiver is writing (SQLite's online backup). */
  async backup(destination: string): Promise<void> {
    try {
      await this.db.backup(destination);
    } catch (error) {
      throw storeError(error);
    }
  }

  /** Closes the database (SQLite checkpoints the WAL into the main file). Safe to call twice. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}
