/**
 * The real receiver for browser tests: `placekit receive` (the built dist/cli/placekit.js, so `npm run
 * build` first) as a process on a fresh database, behind the fault proxy (tests/support/fault-proxy.js),
 * driven from a test page with executeServerCommand():
 *
 *   'real-receiver-start'  {origin, forms, feed}    → {id, endpoint}: the proxy's URL for the form's endpoint;
 *                                                   `feed` (JSON) is written to a file the receiver reads with --feed
 *   'real-receiver'        {id, action, ...}        actions:
 *        stop {signal}   stops the receiver (SIGTERM by default; SIGKILL for a crash); the proxy then answers 502
 *        start           starts it again on the same database
 *        script {kinds}  the next keyed requests meet these faults in order (see fault-proxy.js)
 *        rows            → [{idempotency_key, form_id, answers, suspected_spam}] stored, oldest first
 *        counts          → what the proxy saw, by kind
 *        export {extra}  → {code, out, err} of `placekit receive export --db … [--feed …] ...extra`
 *        close           stops both
 *
 * Everything still running when the test run ends is stopped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFaultProxy } from '../fault-proxy.js';
import { CLI, startReceiver } from '../receiver-process.js';

const setups = new Map();
let made = 0;

async function start({ origin, forms = ['*'], feed }) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const id = String(++made);
  const dir = mkdtempSync(join(tmpdir(), 'placekit-browser-receiver-'));
  const db = join(dir, 'feedback.db');
  // A feed (as JSON) is written beside the database and given with --feed: its forms, and their questions, are accepted.
  const feedFile = feed ? join(dir, 'feed.json') : undefined;
  if (feedFile) writeFileSync(feedFile, JSON.stringify(feed));
  const args = ['--db', db, '--origin', origin, ...forms.flatMap((form) => ['--form', form]), ...(feedFile ? ['--feed', feedFile] : []), '--rate-limit', '0'];
  const receiver = await startReceiver(args);
  const proxy = await startFaultProxy({ target: receiver.url, cors: true, delayMs: [1500, 1500] });
  setups.set(id, { db, args, receiver, proxy, feedFile });
  return { id, endpoint: `${proxy.url}/submissions` };
}

async function rows(db) {
  const { default: Database } = await import('better-sqlite3');
  const connection = new Database(db, { readonly: true });
  try {
    return connection
      .prepare('SELECT idempotency_key, form_id, answers, suspected_spam FROM submissions ORDER BY id')
      .all()
      .map((row) => ({ ...row, answers: JSON.parse(row.answers) }));
  } finally {
    connection.close();
  }
}

async function act({ id, action, signal, kinds, extra }) {
  const setup = setups.get(id);
  if (!setup) throw new Error(`no real receiver ${id}`);
  switch (action) {
    case 'stop':
      await setup.receiver.stop(signal ?? 'SIGTERM');
      return true;
    case 'start':
      setup.receiver = await startReceiver(setup.args);
      setup.proxy.setTarget(setup.receiver.url);
      return true;
    case 'script':
      setup.proxy.script(kinds);
      return true;
    case 'rows':
      return rows(setup.db);
    case 'counts':
      return { ...setup.proxy.counts };
    case 'export': {
      // placekit receive export with these options (--db given), as a partnership runs it: {code, out, err}.
      const result = spawnSync(
        process.execPath,
        [CLI, 'receive', 'export', '--db', setup.db, ...(setup.feedFile ? ['--feed', setup.feedFile] : []), ...(extra ?? [])],
        {
          encoding: 'utf8',
        },
      );
      return { code: result.status, out: result.stdout, err: result.stderr };
    }
    case 'close':
      setups.delete(id);
      await Promise.all([setup.receiver.stop('SIGTERM'), setup.proxy.close()]);
      return true;
    default:
      throw new Error(`unknown action ${action}`);
  }
}

async function closeAll() {
  await Promise.all([...setups.keys()].map((id) => act({ id, action: 'close' })));
}

export const plugin = {
  name: 'placekit-real-receiver',
  async executeCommand({ command, payload }) {
    if (command === 'real-receiver-start') return start(payload);
    if (command === 'real-receiver') return act(payload);
    return undefined;
  },
  async serverStop() {
    await closeAll();
  },
};

process.once('exit', () => {
  for (const { receiver } of setups.values()) receiver.child.kill('SIGKILL');
});
