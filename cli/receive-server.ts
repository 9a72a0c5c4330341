/**
 * The receiver's HTTP side: takes `<place-feedback>` POSTs, checks them, stores each idempotency key
 * once, and answers in JSON (`{error, message}` when refused).
 *
 * Statuses are chosen for the widget, which retries 5xx, 408, 429 and network failures and shows any
 * other 4xx to the resident: a 4xx means "this will never be accepted as sent" (bad JSON, a missing
 * field, an unknown form, a key reused with other answers, too large), anything that may pass later is
 * a 429 or a 5xx (rate limited, a locked database, shutting down, a bug; 507 when the database reached
 * its size limit or the disk is full).
 *
 * Answers are kept against the form: for a form a feed defines, answers to its own questions are stored
 * as the answers and any others set apart in the row's `extra` (never refused: a page loaded before the
 * form lost a question must not lose the resident's words). Everything printed goes through
 * `printable`/`logValue`, so a submission cannot forge a log line or drive the terminal.
 *
 * Order of checks: route and method, Origin, rate limit, Content-Type, Idempotency-Key header, size,
 * JSON, fields, header against body key, then the store: a key already stored is answered from the
 * store (the first answer again, or 422 for other answers) before the form is checked, so a replay
 * gets what the first request got even if the allow list has changed since.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { referenceOf } from '../src/place-feedback/reference.js';
import { corsHeaders, preflightHeaders, type OriginAllowList } from './cors.js';
import { logValue, printable } from './printable.js';
import type { RateLimiter } from './rate-limit.js';
import type { FormAllowList } from './receive-forms.js';
import { StoreBusyError, StoreFailedError, StoreFullError, type ReceiveStore, type StoredAnswer } from './receive-store.js';
import { fingerprint, KEY_PATTERN, readSubmission, SubmissionError } from './submission.js';

export interface ReceiverOptions {
  store: ReceiveStore;
  forms: FormAllowList;
  origins: OriginAllowList;
  rateLimit: RateLimiter;
  /** Largest body accepted, in bytes. */
  maxBody: number;
  /** Read the client's address from the last X-Forwarded-For entry (behind one reverse proxy). */
  trustProxy: boolean;
  /** One line per request, and the receiver's own notices. */
  log: (line: string) => void;
  /** Unexpected errors, with their stack. */
  logError: (line: string) => void;
  /** The clock (tests). */
  now?: () => number;
}

export interface Receiver {
  server: Server;
  /** Requests being handled now. */
  readonly inFlight: number;
  /** Stops taking requests, lets those in flight finish (up to `graceMs`), and closes every connection. */
  close(graceMs: number): Promise<void>;
}

/** What the log line says about a request (never the answers, never the client's address). */
interface Note {
  outcome?: string;
  form?: string;
  key?: string;
  /** The signals of a submission the widget suspects is spam. */
  suspected?: string;
}

const BUSY_RETRY_SECONDS = 1;
const FAILED_RETRY_SECONDS = 30;
/** A full database needs someone to act: residents' browsers try again every 5 minutes meanwhile. */
const FULL_RETRY_SECONDS = 300;
/** "The database is full" is logged at most this often, however many requests meet it. */
const FULL_NOTICE_MS = 60_000;
/** Bodies are read to the end even when too large (so the client hears the 413), up to this much. */
const DRAIN_LIMIT = 8 * 1024 * 1024;

class TooLarge extends Error {}
class Aborted extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > DRAIN_LIMIT) {
        req.socket.destroy();
        reject(new Aborted());
      }
    });
    req.on('end', () => (size > limit ? reject(new TooLarge()) : resolve(Buffer.concat(chunks))));
    req.on('aborted', () => reject(new Aborted()));
    req.on('error', () => reject(new Aborted()));
    req.on('close', () => {
      if (!req.complete) reject(new Aborted());
    });
  });
}

const json = (value: unknown) => JSON.stringify(value);

/** 2 MB, 160 KB, 900 bytes: a size as the options take it (units of 1024). */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0
    ? `${bytes / 1024 / 1024} MB`
    : bytes >= 1024
      ? `${Math.round(bytes / 1024)} KB`
      : `${bytes} bytes`;
}

/** An unexpected error for the log: its message escaped, then its stack frames (the message may hold input). */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return printable(String(error));
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [`${error.name}: ${printable(error.message)}`, ...frames].join('\n');
}

/** The answers to the form's own questions, and the others (none when the form's questions are not known). */
function splitAnswers(answers: Record<string, unknown>, questions: ReadonlySet<string> | undefined) {
  const own: Record<string, unknown> = {};
  const others: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(answers)) ((!questions || questions.has(id) ? own : others) as Record<string, unknown>)[id] = value;
  return { own, others };
}

export function createReceiver(options: ReceiverOptions): Receiver {
  const { store, forms, origins, rateLimit, maxBody, log, logError } = options;
  const now = options.now ?? Date.now;
  let closing = false;
  let fullNoticeAt = -Infinity;
  let inFlight = 0;
  let idle: (() => void) | undefined;

  const server = createServer({ requestTimeout: 60_000, headersTimeout: 20_000, keepAliveTimeout: 5_000 }, (req, res) => {
    inFlight++;
    const started = process.hrtime.bigint();
    const note: Note = {};
    const path = (req.url ?? '/').split('?')[0]!.slice(0, 200);
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
    res.on('close', () => {
      inFlight--;
      const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
      const status = res.writableFinished ? String(res.statusCode) : 'closed-before-answer';
      const parts = [new Date().toISOString(), logValue(req.method ?? '-'), logValue(path), status, note.outcome ?? '-'];
      if (note.suspected) parts.push(`suspected=${logValue(note.suspected)}`);
      if (note.form) parts.push(`form=${logValue(note.form.slice(0, 80))}`);
      if (note.key) parts.push(`key=${logValue(note.key.slice(0, 80))}`);
      if (origin) parts.push(`origin=${logValue(origin.slice(0, 120))}`);
      parts.push(`${ms}ms`);
      log(parts.join(' '));
      if (inFlight === 0) idle?.();
    });
    if (closing) res.shouldKeepAlive = false;
    handle(req, res, note, origin).catch((error: unknown) => {
      note.outcome = 'internal_error';
      logError(`placekit receive: unexpected error: ${describeError(error)}`);
      if (!res.headersSent)
        answer(
          res,
          500,
          { error: 'internal_error', message: 'The receiver failed unexpectedly. Try again later.' },
          origin && origins.allows(origin) ? corsHeaders(origin) : {},
        );
      else res.destroy();
    });
  });

  function answer(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = typeof body === 'string' ? body : json(body);
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...(closing && { Connection: 'close' }),
      ...headers,
    });
    res.end(text);
  }

  function clientOf(req: IncomingMessage): string {
    if (options.trustProxy) {
      const forwarded = req.headers['x-forwarded-for'];
      const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)?.split(',').pop()?.trim();
      if (last) return last;
    }
    return req.socket.remoteAddress ?? 'unknown';
  }

  async function handle(req: IncomingMessage, res: ServerResponse, note: Note, origin: string | undefined): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    const allowed = origin === undefined || origins.allows(origin);
    const cors = origin !== undefined && allowed ? corsHeaders(origin) : {};
    const refuse = (status: number, error: string, message: string, headers: Record<string, string> = {}) => {
      note.outcome = error;
      answer(res, status, { error, message }, { ...cors, ...headers });
    };

    if (req.method === 'GET' && path === '/health') {
      note.outcome = 'health';
      answer(res, 200, { status: closing ? 'stopping' : 'ok' });
      return;
    }
    if (req.method === 'OPTIONS') {
      if (origin === undefined) {
        note.outcome = 'options';
        res.writeHead(204, { Allow: 'POST, OPTIONS' }).end();
      } else if (allowed) {
        note.outcome = 'preflight';
        res.writeHead(204, { ...preflightHeaders(origin), ...(closing && { Connection: 'close' }) }).end();
      } else {
        refuse(403, 'origin_not_allowed', `Pages on ${origin} may not send feedback here.`);
      }
      return;
    }
    if (req.method !== 'POST') {
      refuse(405, 'method_not_allowed', 'This is a placekit feedback receiver: <place-feedback> sends submissions here with POST.', { Allow: 'POST, OPTIONS' });
      return;
    }
    if (closing) {
      refuse(503, 'shutting_down', 'The receiver is restarting. Try again in a moment.', { 'Retry-After': String(BUSY_RETRY_SECONDS) });
      return;
    }
    if (!allowed) {
      refuse(403, 'origin_not_allowed', `Pages on ${origin} may not send feedback here.`);
      return;
    }
    const wait = rateLimit.take(clientOf(req));
    if (wait > 0) {
      refuse(429, 'rate_limited', `Too many submissions from here. Try again in ${wait} seconds.`, { 'Retry-After': String(wait) });
      return;
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') {
      refuse(415, 'unsupported_media_type', `Send the submission as JSON (Content-Type: application/json), not ${type || 'without a Content-Type'}.`);
      return;
    }
    const headerKey = String(req.headers['idempotency-key'] ?? '')
      .trim()
      .replace(/^"(.*)"$/, '$1');
    if (!headerKey) {
      refuse(400, 'missing_idempotency_key', "The Idempotency-Key header is missing: it must hold the submission's idempotency_key.");
      return;
    }
    note.key = KEY_PATTERN.test(headerKey) ? headerKey : undefined;
    const tooLarge = () =>
      refuse(413, 'too_large', `The submission is too large to accept (over ${formatSize(maxBody)}). Shorten the answers and send again.`, {
        Connection: 'close',
      });
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > DRAIN_LIMIT) {
      tooLarge();
      return;
    }
    let raw: Buffer;
    try {
      raw = await readBody(req, maxBody);
    } catch (error) {
      if (error instanceof TooLarge) tooLarge();
      else note.outcome = 'client_went_away';
      return;
    }

    let body: unknown;
    try {
      body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
    } catch {
      refuse(400, 'invalid_json', 'The body is not valid JSON (UTF-8).');
      return;
    }
    let submission;
    try {
      submission = readSubmission(body);
    } catch (error) {
      if (!(error instanceof SubmissionError)) throw error;
      refuse(400, 'invalid_submission', `The submission is not complete: ${error.message}.`);
      return;
    }
    note.form = submission.form_id;
    if (submission.idempotency_key !== headerKey) {
      refuse(400, 'idempotency_key_mismatch', "The Idempotency-Key header and the body's idempotency_key differ: they must be the same.");
      return;
    }
    note.key = submission.idempotency_key;
    const print = fingerprint(body);

    const replay = (existing: StoredAnswer) => {
      if (existing.fingerprint === print) {
        note.outcome = 'replayed';
        answer(res, existing.status, existing.body, { ...cors, 'Idempotent-Replayed': 'true' });
      } else {
        refuse(422, 'idempotency_key_reused', 'This idempotency key was already used for a different submission. Send changed answers with a new key.');
      }
    };

    try {
      const existing = store.find(submission.idempotency_key);
      if (existing) {
        replay(existing);
        return;
      }
      if (!(await forms.allows(submission.form_id))) {
        refuse(422, 'unknown_form', `The form "${submission.form_id.slice(0, 80)}" is not accepted by this receiver.`);
        return;
      }
      const { own, others } = splitAnswers(submission.answers, await forms.questions(submission.form_id, Object.keys(submission.answers)));
      const extra = { ...submission.rest };
      if (Object.keys(others).length > 0) Object.defineProperty(extra, 'answers', { value: others, enumerable: true });
      note.suspected = submission.suspected_spam?.join(',');
      const receivedAt = new Date().toISOString();
      const response = {
        status: 201,
        body: json({
          result: 'stored',
          reference: referenceOf(submission.idempotency_key),
          idempotency_key: submission.idempotency_key,
          received_at: receivedAt,
        }),
      };
      const result = store.insert({ submission, fingerprint: print, answers: own, extra, origin, receivedAt, response });
      if (!result.stored) {
        replay(result.existing);
        return;
      }
      note.outcome = 'stored';
      answer(res, response.status, response.body, cors);
    } catch (error) {
      if (error instanceof StoreBusyError) {
        refuse(503, 'busy', 'The database is busy. Try again in a moment.', { 'Retry-After': String(BUSY_RETRY_SECONDS) });
      } else if (error instanceof StoreFullError) {
        if (now() - fullNoticeAt >= FULL_NOTICE_MS) {
          fullNoticeAt = now();
          logError(
            error.quota
              ? `placekit receive: the database has reached its --max-db limit of ${formatSize(store.maxBytes ?? 0)}: submissions are refused with 507 and wait in residents' browsers (up to 7 days) until there is room. Export and delete old rows, or raise --max-db.`
              : `placekit receive: the disk is full (${printable(error.message)}): submissions are refused with 507 and wait in residents' browsers (up to 7 days) until there is room.`,
          );
        }
        refuse(507, 'storage_full', 'The service that receives this form has no room for more answers just now. Try again later.', {
          'Retry-After': String(FULL_RETRY_SECONDS),
        });
      } else if (error instanceof StoreFailedError) {
        logError(`placekit receive: cannot store submissions: ${printable(error.message)}`);
        refuse(503, 'storage_unavailable', 'The receiver cannot store submissions at the moment. Try again later.', {
          'Retry-After': String(FAILED_RETRY_SECONDS),
        });
      } else {
        throw error;
      }
    }
  }

  return {
    server,
    get inFlight() {
      return inFlight;
    },
    async close(graceMs: number): Promise<void> {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, graceMs);
          idle = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      server.closeAllConnections();
      await closed;
    },
  };
}
