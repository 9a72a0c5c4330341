import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { heardBy, outbox, receiver, stored, submission, until } from './helpers.js';

/** Warnings the outbox writes for the site's editor, captured for the test. */
function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('outbox: delivering a submission', () => {
  it('first try: stored before the attempt, one JSON POST with the key header and the exact body, no cookies, then removed', async () => {
    document.cookie = 'placekit_test_session=abc; path=/';
    const endpoint = receiver('201');
    const sub = submission();
    const storedAtAttempt: string[][] = [];
    const box = outbox({ fetch: (input, init) => (storedAtAttempt.push(stored(box.prefix)), fetch(input, init)) });
    const outcome = await box.send(endpoint.url, sub);
    expect(outcome).to.deep.equal({ state: 'sent' });
    expect(storedAtAttempt).to.deep.equal([[box.prefix + sub.idempotency_key]]);
    expect(stored(box.prefix), 'removed once delivered').to.deep.equal([]);
    const [request, ...more] = await endpoint.log();
    expect(more).to.have.length(0);
    expect(request.method).to.equal('POST');
    expect(request.key).to.equal(sub.idempotency_key);
    expect(request.contentType).to.equal('application/json');
    expect(request.body).to.equal(JSON.stringify(sub));
    expect(JSON.parse(request.body).idempotency_key).to.equal(sub.idempotency_key);
    expect(request.cookie, 'credentials omitted').to.equal('');
    expect(request.referer, 'the page address goes in the body, not with its query in a header').to.equal(`${location.origin}/`);
    document.cookie = 'placekit_test_session=; path=/; max-age=0';
  });

  it('a 5xx is tried again at once with the same key and body; the quick retry that gets through answers "sent"', async () => {
    const endpoint = receiver('500', '204');
    const sub = submission();
    const box = outbox();
    expect(await box.send(endpoint.url, sub)).to.deep.equal({ state: 'sent' });
    const requests = await endpoint.log();
    expect(requests.map((r) => r.outcome)).to.deep.equal(['500', '204']);
    expect(requests.every((r) => r.key === sub.idempotency_key && r.body === JSON.stringify(sub))).to.be.true;
    expect(box.planned).to.have.length(1);
    expect(box.planned[0]).to.be.within(500, 1000);
    expect(stored(box.prefix)).to.deep.equal([]);
  });

  it('503, 408 and 429: queued after two tries, then retried with growing waits, Retry-After honoured, same key each time, listeners told', async () => {
    const endpoint = receiver('503', '408', '429:30', '200');
    const sub = submission();
    const box = outbox();
    const heard = heardBy(box);
    expect(await box.send(endpoint.url, sub)).to.deep.equal({ state: 'queued' });
    expect(stored(box.prefix), 'kept while waiting').to.deep.equal([box.prefix + sub.idempotency_key]);
    expect(heard).to.deep.equal([]);
    await until(() => heard.length > 0, 'delivered later');
    expect(heard).to.deep.equal([sub.idempotency_key]);
    const requests = await endpoint.log();
    expect(requests.map((r) => r.outcome)).to.deep.equal(['503', '408', '429:30', '200']);
    expect(new Set(requests.map((r) => r.key))).to.deep.equal(new Set([sub.idempotency_key]));
    expect(new Set(requests.map((r) => r.body))).to.deep.equal(new Set([JSON.stringify(sub)]));
    expect(stored(box.prefix)).to.deep.equal([]);
    // Chromium itself resends a request answered 408 on a reused connection, so the outbox may not see the 408.
    const [first, ...rest] = box.planned;
    expect(first).to.be.within(500, 1000);
    if (rest.length === 2) expect(rest[0]).to.be.within(1000, 2000);
    expect(rest.at(-1), 'Retry-After: 30 wins over the backoff').to.equal(30_000);
    expect(rest.length).to.be.within(1, 2);
  });

  it('a wake-up (page load, back online) does not cut short a wait the endpoint asked for', async () => {
    const endpoint = receiver('429:30', '200');
    const box = outbox({ wait: (ms) => (ms >= 30_000 ? 60_000 : 10) });
    expect(await box.send(endpoint.url, submission())).to.deep.equal({ state: 'queued' });
    box.wake();
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await endpoint.log()).map((r) => r.outcome)).to.deep.equal(['429:30']);
  });

  it('408 alone is tried again', async () => {
    const endpoint = receiver('408', '200');
    expect(await outbox().send(endpoint.url, submission())).to.deep.equal({ state: 'sent' });
    expect((await endpoint.log()).map((r) => r.outcome)).to.deep.equal(['408', '200']);
  });

  it('Retry-After as an HTTP date: waits until then (by the response’s own clock) and answers "queued" at once', async () => {
    const endpoint = receiver('429date:40', '200');
    const box = outbox();
    const heard = heardBy(box);
    const sub = submission();
    expect(await box.send(endpoint.url, sub)).to.deep.equal({ state: 'queued' });
    await until(() => heard.length > 0, 'delivered after the wait');
    expect(box.planned).to.have.length(1);
    expect(box.planned[0]).to.be.within(39_000, 41_000);
  });

  it('backoff doubles to a cap, with jitter between half and all of it', async () => {
    // Answers from a stand-in fetch, ten 503s then 201 for each outbox: what is tested is the plan of waits,
    // and a real connection may be retried by the browser itself under load (one 503 fewer seen).
    const failing = () => {
      let calls = 0;
      return (() => Promise.resolve(new Response(null, { status: ++calls > 10 ? 201 : 503 }))) as typeof fetch;
    };
    const low = outbox({ random: () => 0, maxDelay: 60_000, fetch: failing() });
    const high = outbox({ random: () => 0.999999, maxDelay: 60_000, fetch: failing() });
    const [a, b] = [heardBy(low), heardBy(high)];
    const url = 'https://feedback.example/submit';
    await Promise.all([low.send(url, submission()), high.send(url, submission())]);
    await until(() => a.length && b.length, 'both delivered');
    expect(low.planned).to.deep.equal([500, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000, 30_000]);
    expect(high.planned.map(Math.round)).to.deep.equal([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000, 60_000]);
  });

  it('other 4xx: "rejected" with the status and the endpoint’s own message (plain text only), not retried, entry removed', async () => {
    const cases: Array<[string, number, string | undefined]> = [
      ['json:422:This form closed on 1 December.', 422, 'This form closed on 1 December.'],
      ['jsonerror:400:Answers missing', 400, 'Answers missing'],
      ['text:404:No such form', 404, 'No such form'],
      ['html:400', 400, undefined],
      [`text:413:${'x'.repeat(400)}`, 413, undefined],
      ['401', 401, 'status 401'],
    ];
    for (const [step, status, message] of cases) {
      const endpoint = receiver(step);
      const box = outbox();
      const outcome = await box.send(endpoint.url, submission());
      expect(outcome, step).to.deep.equal(message === undefined ? { state: 'rejected', status, message: undefined } : { state: 'rejected', status, message });
      expect(await endpoint.log(), step).to.have.length(1);
      expect(stored(box.prefix), step).to.deep.equal([]);
    }
  });

  it('an attempt that gets no answer is given up after the timeout, then tried again with the same key', async () => {
    // The resident's first attempt is a keepalive request (it may finish after the tab closes), which
    // Chromium does not cancel on timeout: the stand-in sees the second attempt while the first hangs.
    const endpoint = receiver('hang', '200');
    const sub = submission();
    const box = outbox({ timeout: 300 });
    expect(await box.send(endpoint.url, sub)).to.deep.equal({ state: 'sent' });
    expect((await endpoint.log()).map((r) => [r.outcome, r.key])).to.deep.equal([
      ['hang', sub.idempotency_key],
      ['200', sub.idempotency_key],
    ]);
    // Later attempts are plain requests: the timeout closes them.
    const later = receiver('503', 'hang', '200');
    const other = submission();
    const heard = heardBy(box);
    expect(await box.send(later.url, other)).to.deep.equal({ state: 'queued' });
    await until(() => heard.length > 0, 'delivered after the hung attempt');
    await until(async () => (await later.log())[1]?.aborted, 'the endpoint saw the hung attempt closed');
    expect((await later.log()).map((r) => [r.outcome, r.key])).to.deep.equal([
      ['503', other.idempotency_key],
      ['hang', other.idempotency_key],
      ['200', other.idempotency_key],
    ]);
  });

  it('a slow first attempt: "queued" after answerWithin, and when that same attempt succeeds the listeners hear it (no second request)', async () => {
    const endpoint = receiver('slow:600');
    const sub = submission();
    const box = outbox({ answerWithin: 100 });
    const heard = heardBy(box);
    expect(await box.send(endpoint.url, sub)).to.deep.equal({ state: 'queued' });
    await until(() => heard.length > 0, 'the slow attempt succeeds');
    expect(heard).to.deep.equal([sub.idempotency_key]);
    expect(await endpoint.log()).to.have.length(1);
  });

  it('a dropped connection is tried again', async () => {
    const endpoint = receiver('drop', '200');
    const box = outbox();
    expect(await box.send(endpoint.url, submission())).to.deep.equal({ state: 'sent' });
    expect((await endpoint.log()).map((r) => r.outcome)).to.deep.equal(['drop', '200']);
  });

  it('the same submission sent twice (same key) is one delivery with one answer', async () => {
    const endpoint = receiver('slow:200');
    const sub = submission();
    const box = outbox();
    const [a, b] = await Promise.all([box.send(endpoint.url, sub), box.send(endpoint.url, sub)]);
    expect(a).to.deep.equal({ state: 'sent' });
    expect(b).to.deep.equal(a);
    expect(await endpoint.log()).to.have.length(1);
  });

  it('onDelivered returns a working unsubscribe', async () => {
    const endpoint = receiver('503', '503', '200');
    const box = outbox();
    const heard: string[] = [];
    const stop = box.onDelivered((key) => heard.push(key));
    const kept = heardBy(box);
    stop();
    expect(await box.send(endpoint.url, submission())).to.deep.equal({ state: 'queued' });
    await until(() => kept.length > 0, 'delivered');
    expect(heard).to.deep.equal([]);
  });
});

describe('outbox: surviving reloads, lost connections and other tabs', () => {
  it('reload mid-submission: the page goes away during the attempt; the next page delivers the stored entry once', async () => {
    const endpoint = receiver('hang', '200');
    const sub = submission();
    const first = outbox({ answerWithin: 100 });
    expect(await first.send(endpoint.url, sub)).to.deep.equal({ state: 'queued' });
    await until(async () => (await endpoint.log()).length === 1, 'the first attempt reached the endpoint');
    first.dispose();
    expect(stored(first.prefix)).to.deep.equal([first.prefix + sub.idempotency_key]);

    const next = outbox({ prefix: first.prefix });
    const heard = heardBy(next);
    next.wake();
    await until(() => heard.length > 0, 'delivered by the next page');
    expect(heard).to.deep.equal([sub.idempotency_key]);
    expect(stored(first.prefix)).to.deep.equal([]);
    next.wake();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const requests = await endpoint.log();
    expect(requests.map((r) => [r.outcome, r.key, r.body])).to.deep.equal([
      ['hang', sub.idempotency_key, JSON.stringify(sub)],
      ['200', sub.idempotency_key, JSON.stringify(sub)],
    ]);
  });

  it('no connection: queued and left alone; the browser’s "online" event delivers it', async () => {
    const endpoint = receiver('200');
    const sub = submission();
    // Waits of a minute: only the online event can bring the next attempt within the test.
    const box = outbox({ wait: () => 60_000, answerWithin: 300 });
    const heard = heardBy(box);
    await executeServerCommand('cut-off-receiver', { off: true });
    try {
      expect(await box.send(endpoint.url, sub)).to.deep.equal({ state: 'queued' });
      expect(stored(box.prefix)).to.have.length(1);
    } finally {
      await executeServerCommand('cut-off-receiver', { off: false });
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard, 'nothing until the connection returns').to.deep.equal([]);
    expect(await endpoint.log()).to.have.length(0);
    window.dispatchEvent(new Event('online'));
    await until(() => heard.length > 0, 'delivered when back online');
    expect(heard).to.deep.equal([sub.idempotency_key]);
    expect((await endpoint.log()).map((r) => r.key)).to.deep.equal([sub.idempotency_key]);
    expect(stored(box.prefix)).to.deep.equal([]);
  });

  for (const locks of ['Web Locks', 'no Web Locks (a lock within the page)'] as const) {
    it(`two tabs waking on one waiting entry send it once; both hear it was delivered (${locks})`, async () => {
      const endpoint = receiver('slow:300');
      const sub = submission();
      const prefix = `test-outbox-two-${Math.random()}:`;
      localStorage.setItem(prefix + sub.idempotency_key, JSON.stringify({ endpoint: endpoint.url, body: JSON.stringify(sub), created: Date.now() }));
      const options = locks === 'Web Locks' ? { prefix } : { prefix, locks: null };
      const [a, b] = [outbox(options), outbox(options)];
      const [heardA, heardB] = [heardBy(a), heardBy(b)];
      a.wake();
      b.wake();
      await until(() => heardA.length && heardB.length, 'both tabs hear it');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(heardA).to.deep.equal([sub.idempotency_key]);
      expect(heardB).to.deep.equal([sub.idempotency_key]);
      expect(await endpoint.log()).to.have.length(1);
      expect(stored(prefix)).to.deep.equal([]);
    });
  }

  it('a tab still sending learns that another tab delivered its submission: "sent"', async () => {
    const endpoint = receiver('503', '200');
    const sub = submission();
    const mine = outbox({ wait: () => 300 });
    const pending = mine.send(endpoint.url, sub);
    await until(async () => (await endpoint.log()).length === 1, 'my first try failed');
    const other = outbox({ prefix: mine.prefix });
    other.wake();
    expect(await pending).to.deep.equal({ state: 'sent' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await endpoint.log()).to.have.length(2);
  });

  it('a submission not delivered within the time kept is removed with a warning and never sent', async () => {
    const warnings = captureWarnings();
    try {
      const endpoint = receiver('200');
      const prefix = `test-outbox-old-${Math.random()}:`;
      const old = submission();
      localStorage.setItem(
        prefix + old.idempotency_key,
        JSON.stringify({ endpoint: endpoint.url, body: JSON.stringify(old), created: Date.now() - 8 * 86_400_000 }),
      );
      localStorage.setItem(`${prefix}broken`, '{not json');
      const box = outbox({ prefix });
      box.wake();
      expect(stored(prefix)).to.deep.equal([]);
      expect(warnings.messages.join('\n'))
        .to.contain('could not be delivered within 7 days')
        .and.contain(old.idempotency_key.slice(0, 8))
        .and.contain('unreadable');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await endpoint.log()).to.have.length(0);

      // And one that expires while its tab stays open, retrying.
      const failing = receiver('503');
      const short = outbox({ keepFor: 400 });
      expect(await short.send(failing.url, submission())).to.deep.equal({ state: 'queued' });
      await until(() => stored(short.prefix).length === 0, 'dropped once too old');
      expect(warnings.messages.join('\n')).to.contain(`${failing.url} (reference`);
    } finally {
      warnings.restore();
    }
  });

  it('a late refusal removes the entry, tells the site’s editor in the console, and tells onRefused listeners in this tab and others', async () => {
    const warnings = captureWarnings();
    try {
      const endpoint = receiver('503', '503', 'json:422:Form closed');
      const sub = submission();
      const box = outbox();
      const otherTab = outbox({ prefix: box.prefix });
      const refused: unknown[] = [];
      box.onRefused((key, refusal) => refused.push(['this tab', key, refusal]));
      otherTab.onRefused((key, refusal) => refused.push(['other tab', key, refusal]));
      const delivered = [...heardBy(box), ...heardBy(otherTab)];
      expect(await box.send(endpoint.url, sub)).to.deep.equal({ state: 'queued' });
      expect(refused, 'nothing refused yet').to.deep.equal([]);
      await until(() => refused.length === 2, 'both tabs heard the refusal');
      expect(refused).to.have.deep.members([
        ['this tab', sub.idempotency_key, { status: 422, message: 'Form closed' }],
        ['other tab', sub.idempotency_key, { status: 422, message: 'Form closed' }],
      ]);
      expect(delivered).to.deep.equal([]);
      expect(stored(box.prefix)).to.deep.equal([]);
      expect(warnings.messages.join('\n')).to.contain('refused waiting feedback').and.contain('HTTP 422: Form closed');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(refused, 'each heard it once').to.have.length(2);
    } finally {
      warnings.restore();
    }
  });

  it('a tab still waiting for its first answer hears another tab’s refusal as "rejected"', async () => {
    const endpoint = receiver('503', 'text:410:Gone');
    const sub = submission();
    const mine = outbox({ wait: () => 300 });
    const pending = mine.send(endpoint.url, sub);
    await until(async () => (await endpoint.log()).length === 1, 'my first try failed');
    const other = outbox({ prefix: mine.prefix });
    other.wake();
    expect(await pending).to.deep.equal({ state: 'rejected', status: 410, message: 'Gone' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await endpoint.log()).to.have.length(2);
  });

  it('with no storage (blocked or full): tries while the resident waits, then says to send again rather than promise', async () => {
    const blocked = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
      key: () => null,
      length: 0,
      clear: () => undefined,
    } as unknown as Storage;
    for (const storage of [null, blocked]) {
      const failing = receiver('503');
      expect(await outbox({ storage }).send(failing.url, submission())).to.deep.equal({ state: 'rejected', status: 0 });
      expect(await failing.log()).to.have.length(2);
      const working = receiver('200');
      expect(await outbox({ storage }).send(working.url, submission())).to.deep.equal({ state: 'sent' });
    }
  });
});

describe('outbox: storage cleared under it, expiry on the open page, and notes between tabs', () => {
  /** The note a settled submission leaves for other tabs (`<prefix>-settled:<key>`), parsed. */
  const noteOf = (prefix: string, key: string) => JSON.parse(localStorage.getItem(`${prefix.replace(/:$/, '')}-settled:${key}`) ?? 'null');
  /** A submission waiting in an outbox whose next attempt is a minute away: only what the test does can move it. */
  async function waitingAMinute() {
    const endpoint = receiver('503');
    const sub = submission();
    const box = outbox({ wait: () => 60_000, answerWithin: 300 });
    expect(await box.send(endpoint.url, sub)).to.deep.equal({ state: 'queued' });
    return { endpoint, sub, box };
  }

  it('the page clears localStorage while a submission waits: it is written back and delivered, never taken as sent', async () => {
    const warnings = captureWarnings();
    try {
      const endpoint = receiver('503', '503', '503', '200');
      const sub = submission();
      let release!: () => void;
      const cleared = new Promise<void>((resolve) => (release = resolve));
      // The third attempt waits until the page has cleared the storage.
      const box = outbox({ fetch: async (input, init) => ((await endpoint.log()).length === 2 && (await cleared), fetch(input, init)) });
      const heard = heardBy(box);
      const refused: unknown[] = [];
      box.onRefused((key, refusal) => refused.push([key, refusal]));
      expect(await box.send(endpoint.url, sub)).to.deep.equal({ state: 'queued' });
      localStorage.clear();
      expect(stored(box.prefix)).to.deep.equal([]);
      release();
      await until(() => heard.length > 0, 'delivered after all');
      expect(heard).to.deep.equal([sub.idempotency_key]);
      expect(refused).to.deep.equal([]);
      const requests = await endpoint.log();
      expect(requests.map((r) => r.outcome)).to.deep.equal(['503', '503', '503', '200']);
      expect(new Set(requests.map((r) => r.body))).to.deep.equal(new Set([JSON.stringify(sub)]));
      expect(warnings.messages.join('\n')).to.contain('was removed from this browser').and.contain('it has been put back');
    } finally {
      warnings.restore();
    }
  });

  it('another page of the site clears the storage: the page holding the submission writes it back at once, not at its next attempt', async () => {
    const { endpoint, sub, box } = await waitingAMinute();
    const attempts = (await endpoint.log()).length;
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      frame.contentWindow!.localStorage.clear();
      await until(() => localStorage.getItem(box.prefix + sub.idempotency_key) !== null, 'written back');
      expect(JSON.parse(localStorage.getItem(box.prefix + sub.idempotency_key)!).body).to.equal(JSON.stringify(sub));
      expect(await endpoint.log(), 'no extra attempt for it').to.have.length(attempts);
    } finally {
      frame.remove();
    }
  });

  it('the page is hidden or left after its own script cleared the storage: written back before it goes', async () => {
    const { sub, box } = await waitingAMinute();
    localStorage.removeItem(box.prefix + sub.idempotency_key);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(stored(box.prefix)).to.deep.equal([box.prefix + sub.idempotency_key]);
    localStorage.clear();
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    expect(stored(box.prefix)).to.deep.equal([box.prefix + sub.idempotency_key]);
  });

  it('cleared and it cannot be written back: the form is told (status 0, removed), never left saying "saved"', async () => {
    const warnings = captureWarnings();
    try {
      const items = new Map<string, string>();
      let full = false;
      const storage = {
        getItem: (k: string) => items.get(k) ?? null,
        setItem: (k: string, v: string) => {
          if (full) throw new DOMException('full', 'QuotaExceededError');
          items.set(k, v);
        },
        removeItem: (k: string) => void items.delete(k),
        key: (i: number) => [...items.keys()][i] ?? null,
        get length() {
          return items.size;
        },
        clear: () => items.clear(),
      } as unknown as Storage;
      const endpoint = receiver('503');
      const sub = submission();
      const box = outbox({ storage, wait: () => 200 });
      const refused: unknown[] = [];
      box.onRefused((key, refusal) => refused.push([key, refusal]));
      expect(await box.send(endpoint.url, sub)).to.deep.equal({ state: 'queued' });
      storage.clear();
      full = true;
      await until(() => refused.length > 0, 'the form is told');
      expect(refused).to.deep.equal([[sub.idempotency_key, { status: 0, reason: 'removed' }]]);
      const attempts = (await endpoint.log()).length;
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await endpoint.log(), 'no more attempts').to.have.length(attempts);
      expect(warnings.messages.join('\n')).to.contain('cannot be kept');
    } finally {
      warnings.restore();
    }
  });

  it('a submission expires on the page that holds it, even while it waits for a long Retry-After: removed, and the form told', async () => {
    const warnings = captureWarnings();
    try {
      const endpoint = receiver('429:3600');
      const sub = submission();
      const box = outbox({ keepFor: 600, wait: (ms) => ms });
      const refused: unknown[] = [];
      box.onRefused((key, refusal) => refused.push([key, refusal]));
      expect(await box.send(endpoint.url, sub)).to.deep.equal({ state: 'queued' });
      expect(stored(box.prefix)).to.have.length(1);
      await until(() => refused.length > 0, 'expired while the page is open', 3000);
      expect(refused).to.deep.equal([[sub.idempotency_key, { status: 0, reason: 'expired' }]]);
      expect(stored(box.prefix)).to.deep.equal([]);
      expect(warnings.messages.join('\n')).to.contain('could not be delivered within');
    } finally {
      warnings.restore();
    }
  });

  it('a tab that missed the "delivered" message learns it from the note the delivering tab left: one request, both hear it', async () => {
    const endpoint = receiver('503', '200');
    const sub = submission();
    const prefix = `test-outbox-note-${Math.random()}:`;
    localStorage.setItem(prefix + sub.idempotency_key, JSON.stringify({ endpoint: endpoint.url, body: JSON.stringify(sub), created: Date.now() }));
    // Tab B has no BroadcastChannel (as a frozen or back/forward-cached tab would miss its messages), and retries slowly.
    const b = outbox({ prefix, channel: null, wait: () => 400 });
    const heardB = heardBy(b);
    b.wake();
    await until(async () => (await endpoint.log()).length === 1, 'tab B tried once');
    const a = outbox({ prefix });
    const heardA = heardBy(a);
    a.wake();
    await until(() => heardA.length > 0, 'tab A delivered it');
    await until(() => heardB.length > 0, 'tab B learns it from the note');
    expect(heardB).to.deep.equal([sub.idempotency_key]);
    expect(await endpoint.log()).to.have.length(2);
    expect(stored(prefix)).to.deep.equal([]);
    // The note says delivered, and holds nothing the resident wrote.
    const note = noteOf(prefix, sub.idempotency_key);
    expect(Object.keys(note)).to.deep.equal(['created']);
  });

  it('a refusal leaves a note that says so; notes go once their submission would have expired', async () => {
    const endpoint = receiver('json:422:Form closed');
    const sub = submission();
    const box = outbox({ keepFor: 300 });
    expect(await box.send(endpoint.url, sub)).to.deep.equal({ state: 'rejected', status: 422, message: 'Form closed' });
    expect(noteOf(box.prefix, sub.idempotency_key)).to.include({ status: 422, message: 'Form closed' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    outbox({ prefix: box.prefix, keepFor: 300 });
    expect(noteOf(box.prefix, sub.idempotency_key), 'swept by the next outbox').to.equal(null);
  });

  it('507 (the receiver is full): kept and retried, never "sent" until a 2xx', async () => {
    const endpoint = receiver('json:507:No room just now', 'json:507:No room just now', '201');
    const box = outbox();
    const heard = heardBy(box);
    const sub = submission();
    expect(await box.send(endpoint.url, sub)).to.deep.equal({ state: 'queued' });
    expect(stored(box.prefix)).to.deep.equal([box.prefix + sub.idempotency_key]);
    await until(() => heard.length > 0, 'delivered once there is room');
    expect((await endpoint.log()).map((r) => r.outcome.split(':')[0])).to.deep.equal(['json', 'json', '201']);
  });
});
