/**
 * `placekit receive`: a small server that takes `<place-feedback>` submissions and keeps them in SQLite,
 * for councils and charities with no server of their own; `placekit receive export` writes them as
 * CSV and `placekit receive backup` copies the database safely while it runs.
 *
 * Start-up: options are checked, the feeds read, the database opened (created when new), then it listens
 * and prints `listening on http://host:port`. SIGTERM or SIGINT: it stops taking connections, lets the
 * requests in flight finish (up to 10 seconds), closes the database and exits 0; a second signal exits
 * at once (what was committed is safe either way).
 *
 * Every file these commands create (the database, its WAL, exports, backups) is readable by its owner
 * only: the process's umask is 077 while they run.
 */
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { normalizeOrigin, OriginAllowList } from './cors.js';
import { InputError } from './input.js';
import { RateLimiter } from './rate-limit.js';
import { exportCommand } from './receive-export.js';
import { FormAllowList } from './receive-forms.js';
import { exportConfirmations } from './receive-confirmations.js';
import { placeStandardCommand, summaryCommand } from './receive-summary.js';
import { printable } from './printable.js';
import { createReceiver, formatSize } from './receive-server.js';
import { ReceiveStore, StoreFailedError, StoreUnavailableError } from './receive-store.js';

export const DEFAULTS = {
  port: 8787,
  host: '127.0.0.1',
  db: 'placekit-feedback.db',
  maxBody: '256kb',
  maxDb: '1gb',
  rateLimit: 60,
};
const GRACE_MS = 10_000;

/** Wrong options: said on stderr with exit 2, like the other commands. */
class UsageError extends Error {}

const UNITS: Record<string, number> = { b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** `65536`, `64kb`, `1mb`, `2gb` (binary units) → bytes, at least `min`. */
export function parseSize(text: string, option = 'max-body', min = 1024): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(text);
  if (!match) throw new UsageError(`--${option} ${text}: give a size such as 65536, 64kb, 1mb or 2gb`);
  const bytes = Math.floor(Number(match[1]) * UNITS[(match[2] ?? 'b').toLowerCase()]!);
  if (bytes < min) throw new UsageError(`--${option} ${text}: at least ${formatSize(min)}, or no submission would fit`);
  return bytes;
}

/**
 * Refuses an output file that is the database or one of SQLite's files beside it (by name, or the same
 * file under another name), which writing would destroy; `.partial` is where an export is written first.
 */
function refuseOverDatabase(out: string, db: string): void {
  const files = ['', '-wal', '-shm', '-journal'].map((suffix) => db + suffix);
  const same = (a: string, b: string) => {
    if (resolve(a) === resolve(b)) return true;
    if (!existsSync(a) || !existsSync(b)) return false;
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  };
  if ([out, `${out}.partial`].some((file) => files.some((own) => same(file, own)))) {
    throw new UsageError('--out must not be the database or a file SQLite keeps beside it (-wal, -shm, -journal)');
  }
}

function parseWhole(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new UsageError(`--${name} ${text}: give a whole number from ${min} to ${max}`);
  return value;
}

export async function receiveCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  // Feedback may identify a person: nothing these commands create is for other users of the machine.
  process.umask(0o077);
  try {
    if (sub === 'export') return await runExport(rest);
    if (sub === 'backup') return await runBackup(rest);
    return await serve(args);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`placekit receive: ${printable(error.message)}\nRun placekit --help for usage.`);
      return 2;
    }
    if (error instanceof StoreUnavailableError || error instanceof StoreFailedError || error instanceof InputError) {
      // The install advice is placekit's own text, in lines; the others may quote a file name or a feed.
      console.error(`placekit receive: ${error instanceof StoreUnavailableError ? error.message : printable(error.message)}`);
      return 1;
    }
    throw error;
  }
}

async function serve(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      port: { type: 'string', short: 'p', default: String(DEFAULTS.port) },
      host: { type: 'string', default: DEFAULTS.host },
      db: { type: 'string', default: DEFAULTS.db },
      origin: { type: 'string', multiple: true, default: [] },
      form: { type: 'string', multiple: true, default: [] },
      feed: { type: 'string', multiple: true, default: [] },
      'max-body': { type: 'string', default: DEFAULTS.maxBody },
      'max-db': { type: 'string', default: DEFAULTS.maxDb },
      'rate-limit': { type: 'string', default: String(DEFAULTS.rateLimit) },
      'feed-reread': { type: 'string', default: '60' },
      'trust-proxy': { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 0) throw new UsageError(`unknown subcommand "${positionals[0]}" (receive, receive export, receive backup)`);
  const port = parseWhole('port', values.port, 0, 65535);
  const maxBody = parseSize(values['max-body']);
  const maxDb = parseSize(values['max-db'], 'max-db', 64 * 1024);
  const perMinute = parseWhole('rate-limit', values['rate-limit'], 0, 1_000_000);
  if (values.origin.length === 0) {
    throw new UsageError('say which sites may send feedback: --origin https://www.council.example (repeat for more), or --origin "*" for any');
  }
  for (const origin of values.origin) {
    if (origin === '*') continue;
    try {
      normalizeOrigin(origin);
    } catch (error) {
      throw new UsageError(`--origin ${origin}: ${(error as Error).message.replace(/^Invalid URL$/, 'not a URL')}`);
    }
  }
  if (values.form.length === 0 && values.feed.length === 0) {
    throw new UsageError(
      'say which forms to accept: --form <form id> (repeat for more), --feed <feed file or URL> for every form in a feed, or --form "*" for any',
    );
  }

  const reread = parseWhole('feed-reread', values['feed-reread'], 0, 86_400);

  const log = (line: string) => console.log(line);
  // The database first: without better-sqlite3 nothing else matters, and that is said first.
  const store = await ReceiveStore.open(values.db, { maxBytes: maxDb });
  const forms = new FormAllowList(values.form, values.feed, log, reread * 1000);
  try {
    await forms.load();
  } catch (error) {
    store.close();
    throw error;
  }
  const origins = new OriginAllowList(values.origin);
  const rateLimit = new RateLimiter(perMinute);
  const receiver = createReceiver({
    store,
    forms,
    origins,
    rateLimit,
    maxBody,
    trustProxy: values['trust-proxy'],
    log,
    logError: (line) => console.error(line),
  });
  const sweep = setInterval(() => rateLimit.sweep(), 60_000).unref();

  try {
    await new Promise<void>((resolveListen, reject) => {
      receiver.server.once('error', reject);
      receiver.server.listen(port, values.host, () => {
        receiver.server.off('error', reject);
        resolveListen();
      });
    });
  } catch (error) {
    store.close();
    clearInterval(sweep);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new InputError(`port ${port} on ${values.host} is in use: choose another with --port`);
    if (code === 'EACCES') throw new InputError(`not allowed to listen on port ${port}: choose one above 1023 with --port`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new InputError(`cannot listen on ${values.host}: not an address of this machine`);
    throw error;
  }
  const address = receiver.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = values.host.includes(':') ? `[${values.host}]` : values.host;
  const size = store.size();
  // One write, so that whoever reads the banner gets it whole.
  log(
    [
      `placekit receive: listening on http://${shownHost}:${actualPort}`,
      `  database  ${resolve(values.db)} (SQLite, WAL; ${store.count()} submissions stored, ${formatSize(size)} of ${formatSize(maxDb)})`,
      `  forms     ${forms.any ? 'any' : forms.ids.join(', ') || '(none yet)'}${values.feed.length > 0 ? ` (from ${values.feed.join(', ')}${values.form.length > 0 ? ' and --form' : ''})` : ''}`,
      `  origins   ${origins.any ? 'any' : origins.list.join(', ')}`,
      `  limits    ${values['max-body']} a submission, ${perMinute > 0 ? `${perMinute} requests a minute per client` : 'no rate limit'}${values['trust-proxy'] ? ' (client from X-Forwarded-For)' : ''}`,
    ]
      .map(printable)
      .join('\n'),
  );
  if (size >= maxDb)
    console.error(
      `placekit receive: the database is already at its --max-db limit of ${formatSize(maxDb)}: nothing more can be stored until old rows are deleted or the limit raised.`,
    );
  if (store.sharedWithOthers)
    console.error(`placekit receive: ${printable(values.db)} can be read by other users of this machine: chmod 600 it (and its -wal and -shm files).`);

  return new Promise<number>((done) => {
    let stopping = false;
    let stopped = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopped) return; // Closed already, exiting: nothing left to interrupt.
      if (stopping) {
        console.error(`placekit receive: ${signal} again, stopping now`);
        process.exit(1);
      }
      stopping = true;
      log(`placekit receive: ${signal}: stopping (${receiver.inFlight} in flight)`);
      void receiver.close(GRACE_MS).finally(() => {
        clearInterval(sweep);
        store.close();
        log('placekit receive: stopped, database closed');
        stopped = true;
        done(0);
      });
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

async function runExport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: 'string', default: DEFAULTS.db },
      out: { type: 'string', short: 'o' },
      form: { type: 'string', multiple: true, default: [] },
      'no-bom': { type: 'boolean', default: false },
      'include-suspected': { type: 'boolean', default: false },
      summary: { type: 'boolean', default: false },
      'place-standard': { type: 'boolean', default: false },
      feed: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'min-participants': { type: 'string', default: '5' },
      confirmations: { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 0) throw new UsageError(`receive export takes no arguments besides options (got "${positionals[0]}")`);
  if (values.out) refuseOverDatabase(values.out, values.db);
  for (const name of ['from', 'to'] as const) {
    const day = values[name];
    if (day !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))))
      throw new UsageError(`--${name} ${day}: give a date as YYYY-MM-DD`);
  }
  if (values.from && values.to && values.from > values.to) throw new UsageError(`--from ${values.from} is after --to ${values.to}`);
  if (values.summary && values['place-standard']) throw new UsageError('choose one of --summary and --place-standard');
  const range = { from: values.from, to: values.to };
  if (values.summary || values['place-standard']) return runTotals(values, range);
  if (values.confirmations) {
    if (values.form.length > 0 || values['include-suspected'] || values.summary || values['place-standard'])
      throw new UsageError(
        'receive export --confirmations counts one form, without suspected spam: leave out --form, --include-suspected, --summary and --place-standard',
      );
    const counted = await exportConfirmations(values.db, values.out);
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    console.error(
      printable(
        `placekit receive export --confirmations: ${plural(counted.confirmations, 'confirmation')} of ${plural(counted.listings, 'listing')}${values.out ? `, written to ${values.out}` : ''}; merge them into the feed with placekit convert --confirmations`,
      ),
    );
    return 0;
  }
  const result = await exportCommand({
    ...range,
    db: values.db,
    out: values.out,
    forms: values.form,
    bom: !values['no-bom'],
    includeSuspected: values['include-suspected'],
  });
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  console.error(
    printable(
      `placekit receive export: ${plural(result.rows, 'submission')} from ${plural(result.forms, 'form')}, ${plural(result.questions, 'question column')}${result.suspectedLeftOut > 0 ? `; ${result.suspectedLeftOut} suspected spam left out (--include-suspected adds them)` : ''}${values.out ? `, written to ${values.out}` : ''}`,
    ),
  );
  return 0;
}

/** --summary (CSV of counts) and --place-standard (JSON results for the feed): totals, never answers. */
async function runTotals(
  values: { db: string; out?: string; form: string[]; feed?: string; summary: boolean; 'include-suspected': boolean; 'min-participants': string },
  range: { from?: string; to?: string },
): Promise<number> {
  const options = { db: values.db, forms: values.form, feed: values.feed, includeSuspected: values['include-suspected'], ...range };
  const during = range.from || range.to ? ` received ${range.from ? `from ${range.from} ` : ''}${range.to ? `to ${range.to}` : ''}`.trimEnd() : '';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (values.summary) {
    const result = await summaryCommand(options);
    writeOut(values.out, `\uFEFF${result.csv}`);
    console.error(
      printable(
        `placekit receive export --summary: ${plural(result.rows, 'submission')}${during} from ${plural(result.forms, 'form')}${values.out ? `, written to ${values.out}` : ''}`,
      ),
    );
    return 0;
  }
  if (!values.feed) throw new UsageError('--place-standard needs --feed <feed file or URL>: the feed defines the themes');
  const minParticipants = parseWhole('min-participants', values['min-participants'], 1, 1_000_000);
  const result = await placeStandardCommand({ ...options, feed: values.feed, minParticipants });
  writeOut(values.out, `${JSON.stringify({ place_standard_results: result.results }, null, 2)}\n`);
  const notes = [
    ...result.leftOut.map(
      (l) => `  ${l.area} (${l.form}): ${plural(l.participants, 'participant')}, fewer than --min-participants ${minParticipants}: left out`,
    ),
    ...(result.noArea ? [`  ${plural(result.noArea, 'submission')} named no area: left out`] : []),
  ];
  console.error(
    printable(
      [
        `placekit receive export --place-standard: ${plural(result.results.length, 'area result')}${during}${values.out ? `, written to ${values.out}` : ''}`,
        ...notes,
      ].join('\n'),
    ),
  );
  return 0;
}

/** Writes the text to the file (through a temporary file, readable by its owner only) or standard output. */
function writeOut(out: string | undefined, text: string): void {
  if (!out) {
    process.stdout.write(text);
    return;
  }
  const partial = `${out}.partial`;
  rmSync(partial, { force: true });
  writeFileSync(partial, text, { mode: 0o600, flag: 'wx' });
  renameSync(partial, out);
}

async function runBackup(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { db: { type: 'string', default: DEFAULTS.db }, out: { type: 'string', short: 'o' } },
  });
  if (positionals.length > 0 || !values.out) throw new UsageError('receive backup needs --out <file> (and --db <file> unless the default)');
  refuseOverDatabase(values.out, values.db);
  const store = await ReceiveStore.open(values.db, { readonly: true });
  try {
    await store.backup(values.out);
    const count = store.count();
    console.error(printable(`placekit receive backup: ${count} submission${count === 1 ? '' : 's'} copied to ${values.out}`));
  } finally {
    store.close();
  }
  return 0;
}
