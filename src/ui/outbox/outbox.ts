/**
 * The delivery side of `<place-feedback>`: gets each submission to its form's endpoint once, whatever the
 * network does, without keeping the resident waiting.
 *
 * - Before the first attempt the submission is written to localStorage (one item per submission,
 *   `placekit-outbox:` + its idempotency key, holding the endpoint, the exact JSON body and when it was
 *   made), so a reload, a closed tab or a lost connection does not lose it. The item is written once and
 *   removed once settled: delivered, refused, or too old.
 * - Every attempt is a POST of the same body with the same `Idempotency-Key` header, JSON, without
 *   credentials, with a per-attempt timeout. 2xx: delivered. Other 4xx than 408 and 429: refused, with
 *   the endpoint's message. Anything else (no connection, timeout, 408, 429, 5xx): tried again with
 *   exponential backoff and jitter, never sooner than a `Retry-After` asks.
 * - `send` answers within a few seconds: `sent`, `rejected`, or `queued` (still trying in the
 *   background); `onDelivered` listeners hear the key of a queued submission when it gets through, and
 *   `onRefused` listeners its key, status and message when the endpoint refuses it later (a 4xx), in
 *   this tab or another.
 * - Waiting submissions are retried when any placekit element loads on a page of the site (wake.ts),
 *   when the browser comes back online, and by backoff while the page stays open. One tab at a time
 *   delivers a given submission (Web Locks); the one that delivers it tells the others (BroadcastChannel),
 *   and leaves a note in storage (`placekit-outbox-settled:` + key: delivered, or refused and why, never
 *   the answers) until the submission would have expired, so a tab that missed the message still knows.
 * - An entry missing without such a note was not delivered: the page (or the resident) cleared the site's
 *   storage. A page still holding the submission writes it back (at its next attempt, when another tab
 *   clears the storage, and when the page is hidden or left); if it cannot, it tells the form (`onRefused`,
 *   status 0, reason `removed`) rather than let it say "saved" for good.
 * - A submission that could not be delivered within 7 days is removed, with a console warning; the page
 *   that holds it removes it then too, and tells the form (reason `expired`).
 */
import { OUTBOX_PREFIX } from './keys.js';
import { postOnce } from './post.js';
import { createStore, defaultStorage, type Entry } from './store.js';
import type { Outbox, Outcome, Refusal, Submission } from './types.js';

/** Tuning, and seams for tests. Times in milliseconds. */
export interface OutboxOptions {
  /** Where submissions wait (default `localStorage`; `null`: nowhere, they live as long as the page). */
  storage?: Storage | null;
  /** Prefix of the storage items (default `placekit-outbox:`). */
  prefix?: string;
  /** Web Locks (default `navigator.locks`; `null`: a lock within this page only). */
  locks?: LockManager | null;
  /** BroadcastChannel name for "delivered" notes between tabs (default `placekit-outbox`; `null`: none). */
  channel?: string | null;
  fetch?: typeof fetch;
  /** One attempt's time limit (default 15 s). */
  timeout?: number;
  /** How long `send` may take before it answers `queued` (default 8 s; at most two attempts either way). */
  answerWithin?: number;
  /** Backoff after the first failure (default 1 s), doubling per failure up to `maxDelay` (default 5 min). */
  firstDelay?: number;
  maxDelay?: number;
  /** How long an undeliverable submission is kept (default 7 days). */
  keepFor?: number;
  /** Jitter source (default `Math.random`). */
  random?: () => number;
  /** Turns each planned wait into the real one (tests shrink them and record what was planned). */
  wait?: (planned: number) => number;
}

export interface OutboxInstance extends Outbox {
  /** Tries every waiting submission now (a page load, the connection back). */
  wake(): void;
  /** Stops this instance: timers, listeners, attempts in flight (tests; a page unload does this). */
  dispose(): void;
}

type Attempt =
  | { kind: 'sent' }
  | { kind: 'rejected'; status: number; message?: string }
  | { kind: 'retry'; why: string; after?: number }
  /** Another tab settled it (its note says how). */
  | { kind: 'settled'; refusal?: Refusal }
  /** It cannot be delivered from here: its entry vanished and could not be written back, or it expired. */
  | { kind: 'lost'; reason: 'removed' | 'expired' };
/** An attempt's outcome that ends the job. */
type Final = Exclude<Attempt, { kind: 'retry' }>;

interface Job {
  key: string;
  entry: Entry;
  /** Whether the entry made it into storage (if not, it lives only as long as this page). */
  stored: boolean;
  failures: number;
  done: boolean;
  /** Whether the site's editor has been told (once) that it is waiting. */
  warned?: boolean;
  /** Until `send` has answered: its resolver, its deadline and its promise. */
  answer?: (outcome: Outcome) => void;
  deadline?: ReturnType<typeof setTimeout>;
  first?: Promise<Outcome>;
  timer?: ReturnType<typeof setTimeout>;
  /** While waiting between attempts: ends the wait now. */
  resume?: () => void;
  /** The wait is one the endpoint asked for (`Retry-After`): a wake-up does not cut it short. */
  asked?: boolean;
  controller?: AbortController;
  /** Ends the job when the submission is too old to send. */
  expiry?: ReturnType<typeof setTimeout>;
}

const DAY = 86_400_000;
/** Locks for pages without Web Locks: one attempt per key at a time within this page. */
const pageLocks = new Map<string, Promise<unknown>>();

export function createOutbox(options: OutboxOptions = {}): OutboxInstance {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const prefix = options.prefix ?? OUTBOX_PREFIX;
  const locks = options.locks === undefined ? (globalThis.navigator?.locks ?? null) : options.locks;
  const channelName = options.channel === undefined ? 'placekit-outbox' : options.channel;
  const post = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const timeout = options.timeout ?? 15_000;
  const answerWithin = options.answerWithin ?? 8000;
  const firstDelay = options.firstDelay ?? 1000;
  const maxDelay = options.maxDelay ?? 300_000;
  const keepFor = options.keepFor ?? 7 * DAY;
  const random = options.random ?? Math.random;
  const wait = options.wait ?? ((planned: number) => planned);

  const jobs = new Map<string, Job>();
  const listeners = new Set<(key: string) => void>();
  const refusedListeners = new Set<(key: string, refusal: Refusal) => void>();
  const announced = new Set<string>();
  const channel = channelName && typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : undefined;
  let disposed = false;
  const { read, write, keysWith, expired, expire, tooOld, readSettled, settle, sweep } = createStore(storage, prefix, keepFor);

  /**
   * Whether this page can still send the submission it holds: nothing when it can (its entry written back
   * if it had vanished without a note), else why not.
   */
  const check = (job: Job): Final | undefined => {
    if (expired(job.entry)) return { kind: 'lost', reason: 'expired' };
    if (!job.stored || read(job.key)) return undefined;
    const note = readSettled(job.key);
    if (note) return { kind: 'settled', refusal: note.status ? { status: note.status, ...(note.message && { message: note.message }) } : undefined };
    if (!write(job.key, job.entry)) return { kind: 'lost', reason: 'removed' };
    console.warn(
      `placekit: waiting feedback for ${job.entry.endpoint} (reference ${job.key.slice(0, 8)}) was removed from this browser's storage before it was sent; it has been put back.`,
    );
    return undefined;
  };

  // ---- telling the form: once per key, delivered or refused
  const announce = (key: string, refusal?: Refusal) => {
    if (announced.has(key)) return;
    announced.add(key);
    for (const listener of refusal ? [...refusedListeners] : [...listeners]) {
      try {
        listener(key, refusal!);
      } catch (error) {
        console.error(error);
      }
    }
  };
  const answer = (job: Job, outcome: Outcome) => {
    clearTimeout(job.deadline);
    const resolve = job.answer;
    job.answer = undefined;
    resolve?.(outcome);
  };
  const finish = (job: Job) => {
    job.done = true;
    clearTimeout(job.deadline);
    clearTimeout(job.expiry);
    job.resume?.();
    if (jobs.get(job.key) === job) jobs.delete(job.key);
  };

  /** Another tab (or another copy of placekit in this one) delivered it, or had it refused. */
  const settledElsewhere = (key: string, refusal?: Refusal) => {
    const job = jobs.get(key);
    if (job) {
      finish(job);
      if (job.answer) return answer(job, refusal ? { state: 'rejected', ...refusal } : { state: 'sent' });
    }
    announce(key, refusal);
  };
  if (channel) {
    channel.onmessage = ({ data }: MessageEvent<{ delivered?: unknown; refused?: unknown; status?: unknown; message?: unknown }>) => {
      if (typeof data?.delivered === 'string') settledElsewhere(data.delivered);
      else if (typeof data?.refused === 'string' && typeof data.status === 'number') {
        settledElsewhere(data.refused, { status: data.status, ...(typeof data.message === 'string' && { message: data.message }) });
      }
    };
  }

  // ---- one attempt, under the submission's lock so that only one tab sends it at a time
  const exclusive = <T>(key: string, attempt: () => Promise<T>): Promise<T> => {
    const name = `placekit-outbox:${key}`;
    if (locks) return locks.request(name, attempt) as Promise<T>;
    const run = (pageLocks.get(name) ?? Promise.resolve()).then(attempt);
    const settled = run.catch(() => undefined);
    pageLocks.set(name, settled);
    void settled.then(() => pageLocks.get(name) === settled && pageLocks.delete(name));
    return run;
  };

  /**
   * One attempt (nothing when the job was settled meanwhile). A settled entry is removed, its note left,
   * before the lock is released, so no other tab sends it again.
   */
  const attempt = async (job: Job): Promise<Attempt | undefined> => {
    if (job.done) return undefined;
    const found = check(job);
    if (found) return found;
    const controller = (job.controller = new AbortController());
    // The first attempt may finish after the resident closes the tab; only the first (see post.ts).
    const result: Attempt = await postOnce(post, job.key, job.entry, { timeout, controller, keepalive: job.first !== undefined && job.failures === 0 });
    job.controller = undefined;
    if (result.kind !== 'retry') {
      settle(job.key, job.entry.created, result.kind === 'rejected' ? { status: result.status, message: result.message } : undefined);
      if (!disposed) {
        if (result.kind === 'sent') channel?.postMessage({ delivered: job.key });
        else channel?.postMessage({ refused: job.key, status: result.status, message: result.message });
      }
    }
    return result;
  };

  /** Tries until the submission is settled: delivered, refused, gone, or the instance disposed. */
  const run = async (job: Job): Promise<void> => {
    const started = Date.now();
    while (!job.done) {
      const result = await exclusive(job.key, () => attempt(job));
      if (job.done || !result) return;
      if (result.kind !== 'retry') return conclude(job, result);
      job.failures++;
      const backoff = Math.min(maxDelay, firstDelay * 2 ** (job.failures - 1));
      const planned = Math.min(DAY, Math.max(backoff / 2 + (random() * backoff) / 2, result.after ?? 0));
      if (job.answer && (job.failures >= 2 || Date.now() - started + planned > answerWithin)) {
        if (!job.stored) {
          // Nowhere to keep it: the resident is told to send again later, the answers still in the form.
          finish(job);
          return answer(job, { state: 'rejected', status: 0 });
        }
        answer(job, { state: 'queued' });
      }
      if (!job.answer && !job.warned) {
        job.warned = true;
        console.warn(
          `placekit: feedback for ${job.entry.endpoint} could not be delivered yet (${result.why}); it is kept in this browser and will be tried again.`,
        );
      }
      await new Promise<void>((resume) => {
        const go = () => {
          clearTimeout(job.timer);
          job.resume = undefined;
          resume();
        };
        job.resume = go;
        job.asked = result.after !== undefined;
        job.timer = setTimeout(go, Math.min(wait(planned), 2 ** 31 - 1));
      });
    }
  };

  /** Ends a job with the outcome of its last attempt, or of a check, and tells whoever waits for it. */
  const conclude = (job: Job, result: Final): void => {
    if (result.kind === 'settled') return settledElsewhere(job.key, result.refusal);
    finish(job);
    job.controller?.abort();
    if (result.kind === 'sent') {
      if (job.answer) answer(job, { state: 'sent' });
      else announce(job.key);
      return;
    }
    const refusal: Refusal =
      result.kind === 'lost' ? { status: 0, reason: result.reason } : { status: result.status, ...(result.message && { message: result.message }) };
    if (result.kind === 'lost') {
      if (result.reason === 'expired') expire(job.key, job.entry);
      else
        console.warn(
          `placekit: waiting feedback for ${job.entry.endpoint} (reference ${job.key.slice(0, 8)}) was removed from this browser's storage and cannot be kept; the form asks the resident to send it again.`,
        );
    } else if (!job.answer) {
      // A late refusal: the resident was told it would be sent. The form still showing it says otherwise.
      console.warn(
        `placekit: ${job.entry.endpoint} refused waiting feedback (reference ${job.key.slice(0, 8)}) with HTTP ${result.status}${result.message ? `: ${result.message}` : ''}; it has been removed from this browser.`,
      );
    }
    if (job.answer)
      answer(job, result.kind === 'lost' ? { state: 'rejected', ...refusal } : { state: 'rejected', status: result.status, message: result.message });
    else announce(job.key, refusal);
  };

  const start = (job: Job): void => {
    jobs.set(job.key, job);
    // Expires on the page that holds it, not only on a later visit.
    job.expiry = setTimeout(
      () => job.done || conclude(job, { kind: 'lost', reason: 'expired' }),
      Math.min(Math.max(0, job.entry.created + keepFor - Date.now()), 2 ** 31 - 1),
    );
    void run(job).catch((error: unknown) => {
      finish(job);
      console.error('placekit: the feedback outbox failed', error);
    });
  };

  const wake = () => {
    if (disposed) return;
    sweep();
    for (const key of keysWith(prefix)) {
      if (jobs.has(key)) continue;
      const entry = read(key);
      if (entry && !tooOld(key, entry)) start({ key, entry, stored: true, failures: 0, done: false });
    }
    // A wake-up (page load, back online) starts the next attempt early, unless the endpoint asked to wait.
    for (const job of jobs.values()) if (!job.asked) job.resume?.();
  };
  addEventListener('online', wake);

  /** Writes back the entries of the submissions this page holds that vanished (see `check`), or settles them. */
  const keep = () => {
    for (const job of [...jobs.values()]) {
      const found = job.done ? undefined : check(job);
      if (found) conclude(job, found);
    }
  };
  /** Another tab cleared the storage or removed an entry this page holds: settled there, or to be written back. */
  const onStorage = (event: StorageEvent) => {
    if (event.storageArea !== storage || (event.key !== null && (!event.key.startsWith(prefix) || event.newValue !== null))) return;
    for (const job of [...jobs.values()]) {
      if (job.stored && (event.key === null || event.key === prefix + job.key)) {
        void exclusive(job.key, async () => {
          const found = job.done ? undefined : check(job);
          if (found) conclude(job, found);
        });
      }
    }
  };
  // Before the page goes (or is hidden, when a phone may discard it): the page's own script may have cleared it.
  addEventListener('pagehide', keep);
  addEventListener('visibilitychange', keep);
  addEventListener('storage', onStorage);
  sweep();

  return {
    send(endpoint: string, submission: Submission): Promise<Outcome> {
      const key = submission.idempotency_key;
      if (typeof key !== 'string' || !key) return Promise.reject(new TypeError('placekit: a submission needs its idempotency_key'));
      // The same submission twice (a double click that got through): one delivery, one answer.
      const existing = jobs.get(key);
      if (existing?.first) return existing.first;
      if (existing) finish(existing);
      const entry: Entry = { endpoint, body: JSON.stringify(submission), created: Date.now() };
      const stored = write(key, entry);
      const job: Job = { key, entry, stored, failures: 0, done: false };
      job.first = new Promise<Outcome>((resolve) => (job.answer = resolve));
      if (stored) job.deadline = setTimeout(() => answer(job, { state: 'queued' }), answerWithin);
      start(job);
      return job.first;
    },
    onDelivered(listener: (key: string) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onRefused(listener: (key: string, refusal: Refusal) => void): () => void {
      refusedListeners.add(listener);
      return () => refusedListeners.delete(listener);
    },
    wake,
    dispose() {
      disposed = true;
      removeEventListener('online', wake);
      removeEventListener('pagehide', keep);
      removeEventListener('visibilitychange', keep);
      removeEventListener('storage', onStorage);
      channel?.close();
      for (const job of [...jobs.values()]) {
        finish(job);
        job.controller?.abort();
      }
    },
  };
}

let shared: OutboxInstance | undefined;
const outbox = () => (shared ??= createOutbox());

/** Stores the submission, tries to deliver it, and answers `sent`, `rejected` or `queued` within seconds. */
export const send: Outbox['send'] = (endpoint, submission) => outbox().send(endpoint, submission);
/** Hears the key of each queued submission delivered later, by this tab or another. */
export const onDelivered: Outbox['onDelivered'] = (listener) => outbox().onDelivered(listener);
/** Hears the key, status and message of each queued submission the endpoint refused later (a 4xx). */
export const onRefused: Outbox['onRefused'] = (listener) => outbox().onRefused(listener);
/** Tries every waiting submission now (wake.ts calls it when a page loads or the connection returns). */
export const wake = (): void => outbox().wake();
