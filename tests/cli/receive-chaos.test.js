/**
 * Nothing lost, nothing doubled: many submissions go to `placekit receive` through a proxy that fails
 * on purpose (tests/support/fault-proxy.js: 500, 503, 429, connections cut before forwarding and after
 * the receiver answered, long delays), while the receiver is stopped and started again mid-run, once
 * cleanly (SIGTERM) and once by a crash (SIGKILL). The client retries each submission with its one key
 * until it gets a 2xx, with exponential backoff and jitter, honouring Retry-After. At the end every
 * submission must be in the database exactly once.
 *
 *   flock /tmp/placekit-dist.lock sh -c 'npm run build && node --test tests/cli/receive-chaos.test.js'
 *   CHAOS_SEED=7 CHAOS_SUBMISSIONS=1000 node --test tests/cli/receive-chaos.test.js   (another run)
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startFaultProxy } from '../support/fault-proxy.js';
import { startReceiver } from '../support/receiver-process.js';

const SEED = Number(process.env.CHAOS_SEED ?? 20261122);
const SUBMISSIONS = Number(process.env.CHAOS_SUBMISSIONS ?? 240);
const CONCURRENCY = 8;
const CLIENT_TIMEOUT_MS = 1000;
const MAX_ATTEMPTS = 60;
const RATES = { 500: 0.06, 503: 0.06, 429: 0.04, 'drop-before': 0.06, 'drop-after': 0.1, delay: 0.08 };
const SITE = 'https://council.example';

/** mulberry32: the client's jitter, from the same seed. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

it('Nothing lost, nothing doubled: submissions through failures and restarts are stored exactly once', async (t) => {
  const db = join(mkdtempSync(join(tmpdir(), 'placekit-chaos-')), 'feedback.db');
  const args = ['--db', db, '--origin', SITE, '--form', 'page-feedback', '--rate-limit', '0'];
  let receiver = await startReceiver(args);
  const proxy = await startFaultProxy({ target: receiver.url, seed: SEED, rates: RATES, delayMs: [100, 1600] });
  const jitter = random(SEED);
  const seen = { attempts: 0, timeouts: 0, network: 0, retried: {}, replays: 0 };
  const restarts = [];
  let completed = 0;
  let restarting = Promise.resolve();

  async function restart(signal) {
    const { code, signal: ended } = await receiver.stop(signal);
    restarts.push(`${signal} (exit ${code ?? ended})`);
    await sleep(300); // down for a moment: requests meet a dead receiver
    receiver = await startReceiver(args);
    proxy.setTarget(receiver.url);
  }

  function afterEach() {
    completed++;
    if (completed === Math.floor(SUBMISSIONS / 3)) restarting = restart('SIGTERM');
    if (completed === Math.floor((2 * SUBMISSIONS) / 3)) restarting = restarting.then(() => restart('SIGKILL'));
  }

  async function deliver(index) {
    const key = `chaos-${SEED}-${String(index).padStart(5, '0')}`;
    const body = JSON.stringify({
      form_id: 'page-feedback',
      answers: { useful: index % 2 === 0, improve: `Submission ${index}`, n: index },
      context: { page_url: `${SITE}/page-${index % 7}` },
      submitted_at: new Date(Date.UTC(2026, 10, 22, 10, 0, index)).toISOString(),
      idempotency_key: key,
    });
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      seen.attempts++;
      let retryAfter = 0;
      try {
        const response = await fetch(`${proxy.url}/submissions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, Origin: SITE },
          body,
          signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
        });
        const text = await response.text();
        if (response.ok) {
          assert.equal(JSON.parse(text).idempotency_key, key);
          if (response.headers.get('idempotent-replayed') === 'true') seen.replays++;
          return;
        }
        if (!(response.status >= 500 || response.status === 408 || response.status === 429)) {
          throw new assert.AssertionError({ message: `submission ${index} refused with ${response.status}: ${text}` });
        }
        seen.retried[response.status] = (seen.retried[response.status] ?? 0) + 1;
        retryAfter = Number(response.headers.get('retry-after') ?? 0);
      } catch (error) {
        if (error instanceof assert.AssertionError) throw error;
        if (error.name === 'TimeoutError') seen.timeouts++;
        else seen.network++;
      }
      // Full jitter: a random wait up to 50 ms doubled each attempt (at most 1 s), never before Retry-After.
      const backoff = jitter() * Math.min(1000, 50 * 2 ** (attempt - 1));
      await sleep(Math.max(backoff, retryAfter * 1000));
    }
    throw new Error(`submission ${index} was not accepted after ${MAX_ATTEMPTS} attempts`);
  }

  let next = 0;
  const started = Date.now();
  try {
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < SUBMISSIONS) {
          const index = next++;
          await deliver(index);
          afterEach();
        }
      }),
    );
    await restarting;
    // Requests the proxy delayed after their client gave up may still be on their way: let them land.
    await sleep(1700);
  } finally {
    await proxy.close();
    await receiver.stop('SIGTERM');
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  const connection = new Database(db, { readonly: true });
  const rows = connection.prepare('SELECT idempotency_key, answers FROM submissions').all();
  connection.close();
  const perSubmission = new Map();
  for (const row of rows) {
    const n = JSON.parse(row.answers).n;
    assert.equal(row.idempotency_key, `chaos-${SEED}-${String(n).padStart(5, '0')}`, "each row holds its own key's answers");
    perSubmission.set(n, (perSubmission.get(n) ?? 0) + 1);
  }
  const duplicates = [...perSubmission.values()].reduce((sum, count) => sum + count - 1, 0);
  const missing = Array.from({ length: SUBMISSIONS }, (_, n) => n).filter((n) => !perSubmission.has(n));

  const { requests: _requests, pass, 'receiver-down': down, ...faults } = proxy.counts;
  const figures = [
    `seed ${SEED}: ${SUBMISSIONS} submissions, ${seen.attempts} attempts in ${seconds} s`,
    `faults injected: ${Object.entries(faults)
      .map(([kind, count]) => `${kind} ${count}`)
      .join(', ')}; forwarded untouched ${pass}`,
    `receiver down (proxy answered 502): ${down}; client timeouts ${seen.timeouts}, connections lost ${seen.network}`,
    `restarts: ${restarts.join(', ')}`,
    `answers replayed (stored before, the client had not heard): ${seen.replays}`,
    `stored ${rows.length}, distinct ${perSubmission.size}, duplicates ${duplicates}, missing ${missing.length}`,
  ];
  for (const line of figures) t.diagnostic(`chaos: ${line}`);

  assert.equal(restarts.length, 2, 'the receiver was restarted twice');
  assert.ok(faults['drop-after'] > 0 && seen.replays > 0, 'the case that matters happened: stored, the client never heard, the retry got the stored answer');
  assert.deepEqual(missing, [], 'nothing lost');
  assert.equal(duplicates, 0, 'nothing doubled');
  assert.equal(rows.length, SUBMISSIONS);
});
