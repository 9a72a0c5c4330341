/** Shared by the outbox's tests: the receiver stand-in (tests/support/server/receiver-standin.js) and outbox instances. */
import { type OutboxInstance, type OutboxOptions, createOutbox } from '../../../src/ui/outbox/outbox.js';
import { uniqueKey } from '../../support/fixtures.js';
import type { Submission } from '../../../src/ui/outbox/types.js';

export interface Received {
  key: string;
  method: string;
  contentType: string;
  cookie: string;
  referer: string;
  body: string;
  at: number;
  outcome: string;
  aborted: boolean;
}

/** A stand-in endpoint answering each request for one key by the next step (see receiver-standin.js). */
export function receiver(...steps: string[]): { url: string; id: string; log: () => Promise<Received[]> } {
  const id = uniqueKey('run');
  const url = `${location.origin}/__test/receiver?id=${id}${steps.map((s) => `&step=${encodeURIComponent(s)}`).join('')}`;
  return { url, id, log: () => receivedBy(id) };
}

export async function receivedBy(id: string): Promise<Received[]> {
  const response = await fetch(`/__test/receiver/log?id=${encodeURIComponent(id)}`);
  return ((await response.json()) as { requests: Received[] }).requests;
}

export function submission(overrides: Partial<Submission> = {}): Submission {
  return {
    form_id: 'page-feedback',
    answers: { comments: 'More benches <b>please</b> “thanks”', score: 4, useful: true, topics: ['parks'], email: null },
    context: { area: 'parkhead', page_url: `${location.origin}/plans` },
    submitted_at: new Date().toISOString(),
    idempotency_key: crypto.randomUUID(),
    ...overrides,
  };
}

/** Keys of the items under `prefix` in localStorage. */
export function stored(prefix: string): string[] {
  return Object.keys(localStorage).filter((k) => k.startsWith(prefix));
}

const made: OutboxInstance[] = [];

/** Every instance made by `outbox()` is disposed after each test. */
afterEach(() => {
  for (const instance of made.splice(0)) instance.dispose();
});

/**
 * An outbox instance with its own storage prefix (unless given), whose waits are planned as usual but
 * last 10 ms (`planned` lists them), so backoff and Retry-After are checked without waiting for them.
 */
export function outbox(options: OutboxOptions = {}): OutboxInstance & { prefix: string; planned: number[] } {
  const planned: number[] = [];
  const prefix = options.prefix ?? `test-outbox-${uniqueKey()}:`;
  const instance = createOutbox({ wait: (ms) => (planned.push(ms), 10), ...options, prefix });
  made.push(instance);
  return Object.assign(instance, { prefix, planned });
}

/** The keys an instance's onDelivered listeners heard. */
export function heardBy(instance: OutboxInstance): string[] {
  const heard: string[] = [];
  instance.onDelivered((key) => heard.push(key));
  return heard;
}

export async function until(condition: () => unknown | Promise<unknown>, message: string, timeout = 5000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (await condition()) return;
    if (Date.now() - started > timeout) throw new Error(`timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
