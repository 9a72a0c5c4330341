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
 * - Each submission is stored once: its fields in columns, the answers to the form's questions as JSON,
 *   and whatever else the body held (fields placekit does not read, answers to questions the form does not
 *   have) as JSON in `extra`. Only the body's fingerprint is kept besides, for telling replays apart.
 * - The database may grow to `maxBytes` (SQLite's `max_page_count`): past it an insert throws
 *   StoreFullError, as a full disk does, and the receiver answers 507, which the widget retries.
 * - A new database is created readable by its owner only (0600); SQLite gives its WAL the same mode.
 */
import { closeSync, existsSync, openSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { restOf, type Submission } from './submission.js';

/**
 * 1: answers and the whole body; 2: answers, `extra` (the rest of the body) and `suspected_spam`; 3: and
 * `subject_name` (what the subject is called: a directory's listing report names its service).
 */
export const SCHEMA_VERSION = 3;
const BUSY_TIMEOUT_MS = 250;

/** The part of better-sqlite3's API used here (placekit does not depend on its type package). */
interface Statement {
  run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  get(...params: unknown[]): unknown;
  iterate(...params: unknown[]): IterableIterator<unknown>;
  all(...params: unknown[]): unknown[];
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
/** The disk is read-only or failing: the receiver cannot store anything until someone acts. */
export class StoreFailedError extends Error {}
/** The database reached its size limit (`quota`: true) or the disk is full: nothing more fits until someone acts. */
export class StoreFullError extends Error {
  constructor(
    message: string,
    readonly quota: boolean,
  ) {
    super(message);
  }
}

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
  if (!readonly && !existsSync(dirname(resolve(path))))
    throw new StoreFailedError(`cannot create ${path}: the folder ${dirname(resolve(path))} does not exist`);
  try {
    // A new database, readable by its owner only: SQLite opens the empty file as a new database.
    if (!readonly && !existsSync(path)) closeSync(openSync(path, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new StoreFailedError(`cannot create ${path}: ${(error as Error).message}`);
  }
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
  if (code.startsWith('SQLITE_FULL')) return new StoreFullError((error as Error).message, false);
  if (/^SQLITE_(IOERR|READONLY|CANTOPEN|CORRUPT|NOTADB|PERM)/.test(code)) return new StoreFailedError((error as Error).message);
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
  subject_name TEXT,
  page_url TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  origin TEXT,
  answers TEXT NOT NULL CHECK (json_valid(answers)),
  extra TEXT CHECK (extra IS NULL OR json_valid(extra)),
  suspected_spam TEXT,
  response_status INTEGER NOT NULL,
  response_body TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS submissions_by_form ON submissions (form_id, id);
`;

/** Schema 1 to 2: the whole body (a second copy of the answers) becomes `extra`, the rest of it. */
const MIGRATE_1_TO_2 = `
ALTER TABLE submissions ADD COLUMN extra TEXT CHECK (extra IS NULL OR json_valid(extra));
ALTER TABLE submissions ADD COLUMN suspected_spam TEXT;
`;

/** Schema 2 to 3: what the subject is called (a directory's listing report names its service). */
const MIGRATE_2_TO_3 = 'ALTER TABLE submissions ADD COLUMN subject_name TEXT;';

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
  subject_name: string | null;
  page_url: string;
  submitted_at: string;
  received_at: string;
  answers: string;
  suspected_spam: string | null;
}

export interface NewSubmission {
  submission: Submission;
  fingerprint: string;
  /** The answers to the form's own questions (all of them when the form's questions are not known). */
  answers: Record<string, unknown>;
  /** The rest of the body: fields placekit does not read, answers to questions the form does not have. */
  extra: Record<string, unknown>;
  origin?: string;
  receivedAt: string;
  response: { status: number; body: string };
}

export class ReceiveStore {
  private readonly db: Database;
  private closed = false;

  private constructor(
    db: Database,
    readonly path: string,
    readonly readonly: boolean,
    readonly version: number,
    /** The size limit in bytes, if any. */
    readonly maxBytes?: number,
  ) {
    this.db = db;
  }

  /**
   * Opens (creating when needed) the database for the receiver, upgrading an older schema; `readonly` for
   * export and backup; `maxBytes`: how large it may grow.
   */
  static async open(path: string, options: { readonly?: boolean; maxBytes?: number } = {}): Promise<ReceiveStore> {
    const Sqlite = await loadSqlite();
    const readonly = options.readonly ?? false;
    const db = openDatabase(Sqlite, path, readonly);
    let version = 0;
    try {
      version = Number(db.pragma('user_version', { simple: true }));
      if (version > SCHEMA_VERSION) {
        throw new StoreFailedError(`${path} was written by a newer placekit (schema ${version}; this one knows ${SCHEMA_VERSION}): upgrade placekit`);
      }
      if (!readonly) {
        const mode = String(db.pragma('journal_mode = WAL', { simple: true }));
        if (mode !== 'wal')
          throw new StoreFailedError(`${path}: SQLite could not use write-ahead logging here (journal mode ${mode}); put the database on a local disk`);
        db.pragma('synchronous = FULL');
        db.transaction(() => {
          if (version === 1) migrate(db);
          if (version === 1 || version === 2) db.exec(MIGRATE_2_TO_3);
          db.exec(SCHEMA);
          db.pragma(`user_version = ${SCHEMA_VERSION}`);
        }).immediate();
        version = SCHEMA_VERSION;
        // SQLite never sets it below the pages in use: a database already over the limit takes nothing more.
        if (options.maxBytes) db.pragma(`max_page_count = ${Math.max(1, Math.floor(options.maxBytes / Number(db.pragma('page_size', { simple: true }))))}`);
      } else if (version === 0) {
        throw new StoreFailedError(`${path} is not a placekit receiver database`);
      }
    } catch (error) {
      db.close();
      throw storeError(error);
    }
    return new ReceiveStore(db, path, readonly, version, options.maxBytes);
  }

  /** How large the database is, in bytes (its pages, those still in the WAL included). */
  size(): number {
    return Number(this.db.pragma('page_count', { simple: true })) * Number(this.db.pragma('page_size', { simple: true }));
  }

  /** Whether the file is readable or writable by users other than its owner. */
  get sharedWithOthers(): boolean {
    return (statSync(this.path).mode & 0o077) !== 0;
  }

  /** What was answered for this key, if it has been stored. */
  find(key: string): StoredAnswer | undefined {
    try {
      const row = this.db
        .prepare('SELECT body_sha256 AS fingerprint, response_status AS status, response_body AS body FROM submissions WHERE idempotency_key = ?')
        .get(key);
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
    const answers = JSON.stringify(entry.answers);
    const extra = Object.keys(entry.extra).length > 0 ? JSON.stringify(entry.extra) : null;
    const write = this.db.transaction(() => {
      const result = this.db
        .prepare(
          `INSERT INTO submissions (idempotency_key, body_sha256, form_id, area, subject, subject_name, page_url, submitted_at, received_at, origin, answers, extra, suspected_spam, response_status, response_body)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
        )
        .run(
          submission.idempotency_key,
          entry.fingerprint,
          submission.form_id,
          submission.context.area ?? null,
          submission.context.subject ?? null,
          submission.context.subject_name ?? null,
          submission.context.page_url,
          submission.submitted_at,
          entry.receivedAt,
          entry.origin ?? null,
          answers,
          extra,
          submission.suspected_spam?.join(', ') ?? null,
          entry.response.status,
          entry.response.body,
        );
      if (result.changes === 1) return { stored: true as const };
      return { stored: false as const, existing: this.find(submission.idempotency_key)! };
    });
    try {
      return write.immediate();
    } catch (error) {
      const failed = storeError(error);
      // Full: the limit, if what was there and this row (with room for the index and a page or two) pass it; else the disk.
      const needs = (answers.length + (extra?.length ?? 0) + entry.response.body.length) * 2 + 4 * Number(this.db.pragma('page_size', { simple: true }));
      if (failed instanceof StoreFullError && this.maxBytes && this.size() + needs > this.maxBytes) throw new StoreFullError(failed.message, true);
      throw failed;
    }
  }

  /** Stored submissions, oldest first; only these forms when given; without those suspected of spam unless asked. */
  *rows(forms: readonly string[] = [], includeSuspected = false): Generator<StoredRow> {
    const { where, params } = this.filter(forms, includeSuspected);
    const suspected = this.version >= 2 ? 'suspected_spam' : 'NULL AS suspected_spam';
    const subjectName = this.version >= 3 ? 'subject_name' : 'NULL AS subject_name';
    const statement = this.db.prepare(
      `SELECT id, idempotency_key, form_id, area, subject, ${subjectName}, page_url, submitted_at, received_at, answers, ${suspected} FROM submissions ${where} ORDER BY id`,
    );
    for (const row of statement.iterate(...params)) yield row as StoredRow;
  }

  /** How many submissions of these forms (all when none given) are suspected of spam. */
  countSuspected(forms: readonly string[] = []): number {
    if (this.version < 2) return 0;
    const { where, params } = this.filter(forms, true);
    return Number(
      (this.db.prepare(`SELECT count(*) AS n FROM submissions ${where ? `${where} AND` : 'WHERE'} suspected_spam IS NOT NULL`).get(...params) as { n: number })
        .n,
    );
  }

  private filter(forms: readonly string[], includeSuspected: boolean): { where: string; params: string[] } {
    const conditions = [
      ...(forms.length > 0 ? [`form_id IN (${forms.map(() => '?').join(', ')})`] : []),
      ...(includeSuspected || this.version < 2 ? [] : ['suspected_spam IS NULL']),
    ];
    return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params: [...forms] };
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

/** Schema 1 to 2, inside the opening transaction: each row's body becomes its `extra`, then the body column goes. */
function migrate(db: Database): void {
  db.exec(MIGRATE_1_TO_2);
  const update = db.prepare('UPDATE submissions SET extra = ? WHERE id = ?');
  for (const row of db.prepare('SELECT id, body FROM submissions').all() as Array<{ id: number; body: string }>) {
    const body = JSON.parse(row.body) as Record<string, unknown>;
    const rest = restOf(body);
    update.run(Object.keys(rest).length > 0 ? JSON.stringify(rest) : null, row.id);
  }
  db.exec('ALTER TABLE submissions DROP COLUMN body');
}
