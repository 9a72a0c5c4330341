/**
 * `<place-feedback>` and its outbox against the real receiver: `placekit receive` running as a process
 * (built CLI, SQLite database) behind a fault proxy, over real HTTP on localhost, cross-origin with CORS
 * (tests/support/server/real-receiver.js). Whatever goes wrong on the way (the receiver down, slow,
 * failing, its answer lost, crashed and restarted mid-retry) each submission must be stored exactly once.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createOutbox, type OutboxInstance } from '../../src/ui/outbox/outbox.js';
import { PlaceFeedbackElement } from '../../src/place-feedback/place-feedback.js';
import { referenceOf } from '../../src/place-feedback/reference.js';
import { uniqueKey } from '../support/fixtures.js';
import { $, EVERY_KIND, feedbackWith, fillValid, formFeed, send, text, type Submission } from './helpers.js';

interface Row {
  idempotency_key: string;
  form_id: string;
  answers: Record<string, unknown>;
  suspected_spam: string | null;
}
type Fault = string | { kind: string; pause?: number };

let id = '';
let endpoint = '';
const real = <T = unknown>(action: string, extra: Record<string, unknown> = {}) => executeServerCommand<T, object>('real-receiver', { id, action, ...extra });
const rows = () => real<Row[]>('rows');
const script = (kinds: Fault[]) => real('script', { kinds });

let instances: OutboxInstance[] = [];

/**
 * The real outbox, quicker than in production: attempts time out after 1 s, `send` answers within 1.2 s,
 * backoff starts at 100 ms and stays under 400 ms. Waits are real, so a Retry-After of 1 s is waited for.
 */
function quickOutbox(): OutboxInstance {
  const instance = createOutbox({ prefix: `real-receiver-${uniqueKey()}:`, channel: null, timeout: 1000, answerWithin: 1200, firstDelay: 100, maxDelay: 400 });
  instances.push(instance);
  return instance;
}

async function formWith(outbox: OutboxInstance, form = EVERY_KIND) {
  PlaceFeedbackElement.outbox = async () => outbox;
  PlaceFeedbackElement.minFillTime = 0;
  const el = await feedbackWith({ form: form.id }, formFeed([{ ...form, endpoint }]));
  fillValid(el);
  return el;
}

/** Sends the form and waits until it shows "Sent"; the submission's key. */
async function sendUntilSent(el: PlaceFeedbackElement, within = 15_000): Promise<string> {
  const submitted = oneEvent(el, 'place-feedback-submit');
  $<HTMLButtonElement>(el, 'button.submit').click();
  const { key } = (await submitted).detail;
  await waitUntil(() => el.state === 'sent', `the form shows "Sent" (state ${el.state})`, { timeout: within, interval: 50 });
  return key;
}

async function storedOnce(key: string): Promise<Row> {
  const stored = (await rows()).filter((row) => row.idempotency_key === key);
  expect(stored.length, `rows for ${key}`).to.equal(1);
  return stored[0]!;
}

describe('<place-feedback> with the real receiver', function () {
  this.timeout(30_000);

  before(async () => {
    ({ id, endpoint } = await executeServerCommand<{ id: string; endpoint: string }, object>('real-receiver-start', {
      origin: location.origin,
      forms: ['every-kind', 'page-feedback'],
    }));
  });
  after(() => real('close'));
  afterEach(() => {
    for (const instance of instances) instance.dispose();
    instances = [];
  });

  it('delivers across origins: stored once with the answers, the form shows the reference', async () => {
    const el = await formWith(quickOutbox());
    const key = await sendUntilSent(el);
    const row = await storedOnce(key);
    expect(row.form_id).to.equal('every-kind');
    expect(row.answers).to.include({ comments: 'Good <b>stuff</b>', where: 'north', consent: true });
    expect(text($(el, '.reference'))).to.equal(referenceOf(key));
  });

  it('its answer lost on the way back (stored, never heard): the retry is answered from the store', async () => {
    await script(['drop-after']);
    const el = await formWith(quickOutbox());
    const key = await sendUntilSent(el);
    await storedOnce(key);
    expect((await real<Record<string, number>>('counts'))['drop-after']).to.be.at.least(1);
  });

  it('the receiver down: "saved and will be sent", then delivered once it is back', async () => {
    await real('stop');
    const el = await formWith(quickOutbox());
    const queued = oneEvent(el, 'place-feedback-queued');
    $<HTMLButtonElement>(el, 'button.submit').click();
    const { key } = (await queued).detail;
    expect(el.state).to.equal('queued');
    expect((await rows()).some((row) => row.idempotency_key === key)).to.equal(false);
    const delivered = oneEvent(el, 'place-feedback-delivered');
    await real('start');
    expect((await delivered).detail.key).to.equal(key);
    expect(el.state).to.equal('sent');
    await storedOnce(key);
  });

  it('slow: attempts time out while their requests still arrive, and it is stored once', async () => {
    // Two attempts held for 1.5 s (the outbox gives up after 1 s), both forwarded late, then a quick one.
    await script([
      { kind: 'delay', pause: 1500 },
      { kind: 'delay', pause: 1500 },
    ]);
    const el = await formWith(quickOutbox());
    const key = await sendUntilSent(el);
    await new Promise((done) => setTimeout(done, 2000)); // let the held requests land
    await storedOnce(key);
    expect((await real<Record<string, number>>('counts')).delay).to.be.at.least(2);
  });

  it('failing: 500, 503 and 429 with Retry-After, then stored once', async () => {
    await script(['500', '503', '429', 'drop-before']);
    const el = await formWith(quickOutbox());
    const key = await sendUntilSent(el);
    await storedOnce(key);
  });

  it('crashed and restarted mid-retry: stored by the first process, answered by the next', async () => {
    const outbox = quickOutbox();
    const before = (await real<Record<string, number>>('counts'))['drop-after'] ?? 0;
    await script(['drop-after']);
    const el = await formWith(outbox);
    const submitted = oneEvent(el, 'place-feedback-submit');
    $<HTMLButtonElement>(el, 'button.submit').click();
    const { key } = (await submitted).detail;
    await waitUntil(
      async () => ((await real<Record<string, number>>('counts'))['drop-after'] ?? 0) > before,
      'the first attempt was stored and its answer dropped',
      { timeout: 5000 },
    );
    await real('stop', { signal: 'SIGKILL' });
    await new Promise((done) => setTimeout(done, 500)); // retries meet a dead receiver
    await real('start');
    await waitUntil(() => el.state === 'sent', `"Sent" (state ${el.state})`, { timeout: 15_000, interval: 50 });
    await storedOnce(key);
  });

  it('many submissions through every fault and a crash: each stored exactly once', async () => {
    const outbox = quickOutbox();
    const delivered = new Set<string>();
    outbox.onDelivered((key) => delivered.add(key));
    const kinds: Fault[] = ['pass', '503', 'drop-after', 'pass', '500', { kind: 'delay', pause: 1200 }, 'drop-before', '429', 'pass', 'drop-after'];
    await script(Array.from({ length: 40 }, (_, i) => kinds[(i * 7) % kinds.length]!));
    const keys: string[] = [];
    const sending: Array<Promise<unknown>> = [];
    for (let n = 0; n < 24; n++) {
      const body: Submission = {
        form_id: 'page-feedback',
        answers: { n, comments: `Submission ${n}` },
        context: { page_url: `${location.origin}/page-${n}` },
        submitted_at: new Date().toISOString(),
        idempotency_key: crypto.randomUUID(),
      };
      keys.push(body.idempotency_key);
      sending.push(outbox.send(endpoint, body).then((outcome) => outcome.state === 'sent' && delivered.add(body.idempotency_key)));
      if (n === 12) {
        await real('stop', { signal: 'SIGKILL' });
        await real('start');
      }
    }
    await Promise.all(sending);
    await waitUntil(() => delivered.size === keys.length, `all delivered (${delivered.size} of ${keys.length})`, { timeout: 25_000, interval: 100 });
    await new Promise((done) => setTimeout(done, 1500)); // held requests land
    const stored = (await rows()).filter((row) => keys.includes(row.idempotency_key));
    expect(stored.length).to.equal(keys.length);
    expect(new Set(stored.map((row) => row.idempotency_key)).size).to.equal(keys.length);
    for (const row of stored) expect(row.answers.comments).to.equal(`Submission ${row.answers.n}`);
  });

  it('"Was this useful? Yes" in one click, sent at once, is stored unflagged; one with the trap filled is stored flagged, and its sender sees what happened: sent', async () => {
    const outbox = quickOutbox();
    PlaceFeedbackElement.outbox = async () => outbox;
    const form = formFeed([
      { ...EVERY_KIND, id: 'page-feedback', endpoint, questions: [{ id: 'useful', kind: 'yes_no', label: 'Was this page useful?', required: true }] },
    ]);
    PlaceFeedbackElement.minFillTime = 3000;
    const yes = await feedbackWith({ form: 'page-feedback' }, form);
    $<HTMLInputElement>(yes, '#q-useful-0').click();
    const honest = await storedOnce(await sendUntilSent(yes));
    expect(honest.answers).to.deep.equal({ useful: true });
    expect(honest.suspected_spam).to.equal(null);

    const bot = await feedbackWith({ form: 'page-feedback' }, form);
    $<HTMLInputElement>(bot, '#q-useful-1').click();
    $<HTMLInputElement>(bot, '[name="placekit-trap"]').value = 'https://spam.example/';
    const key = await sendUntilSent(bot);
    const flagged = await storedOnce(key);
    expect(flagged.suspected_spam).to.equal('honeypot');
    expect(flagged.answers).to.deep.equal({ useful: false });
    expect(text($(bot, '.confirmation .h'))).to.equal('Thank you');
    expect(text($(bot, '.reference'))).to.equal(referenceOf(key));
  });

  it('a refusal from the receiver reaches the resident as its message, nothing stored', async () => {
    const el = await formWith(quickOutbox(), { ...EVERY_KIND, id: 'not-accepted-here' });
    const failed = oneEvent(el, 'place-feedback-failed');
    await send(el);
    expect((await failed).detail.status).to.equal(422);
    expect(el.state).to.equal('rejected');
    expect(text($(el, '.refusal'))).to.contain('The form "not-accepted-here" is not accepted by this receiver.');
    expect((await rows()).some((row) => row.form_id === 'not-accepted-here')).to.equal(false);
  });
});
