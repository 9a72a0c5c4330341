/**
 * A stand-in for a feedback endpoint, for the outbox's tests: it answers each request as the test's
 * script says and records what arrived. Served by the test runner under /__test/receiver.
 *
 *   POST /__test/receiver?id=RUN&step=500&step=200
 *     The n-th request carrying one Idempotency-Key is answered by the n-th `step` (the last step
 *     repeats). Steps:
 *       200, 201, 204, 500, 503, 408, 404 ...  that status, a short plain-text body
 *       429:S            429 with `Retry-After: S` (seconds)
 *       429date:S        429 with `Retry-After` as an HTTP date S seconds after the `Date` it sends
 *       json:STATUS:MSG  that status with `{"message": MSG}`;  jsonerror:STATUS:MSG  with `{"error": MSG}`
 *       text:STATUS:MSG  that status with MSG as text/plain;  html:STATUS  an HTML error page
 *       slow:MS          200 after MS milliseconds
 *       hang             never answers (until the client gives up)
 *       drop             destroys the connection without an answer
 *   GET /__test/receiver/log?id=RUN
 *     `{requests: [{key, method, contentType, cookie, referer, body, at, outcome, aborted}]}`, in the order
 *     they arrived; `outcome` is the step used; `aborted` whether the client went away first.
 *
 * And a runner command, `executeServerCommand('cut-off-receiver', {off: true})`: from then on every
 * request the page makes to /__test/receiver fails as if the network were gone (Chrome's
 * InternetDisconnected), until `{off: false}`. (The `emulate-offline` command takes the whole page
 * offline, which also cuts the test runner's own connection to the page and ends the test run.)
 */
const runs = new Map();
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

function runOf(id) {
  if (!runs.has(id)) runs.set(id, { requests: [], perKey: new Map() });
  return runs.get(id);
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function middleware(ctx, next) {
  if (ctx.path === '/__test/receiver/log') {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { requests: runOf(String(ctx.query.id)).requests };
    return;
  }
  if (ctx.path !== '/__test/receiver') return next();
  const run = runOf(String(ctx.query.id));
  const steps = [].concat(ctx.query.step ?? '200');
  const key = ctx.get('Idempotency-Key');
  const seen = run.perKey.get(key) ?? 0;
  run.perKey.set(key, seen + 1);
  const step = steps[Math.min(seen, steps.length - 1)];
  const record = {
    key,
    method: ctx.method,
    contentType: ctx.get('Content-Type'),
    cookie: ctx.get('Cookie'),
    referer: ctx.get('Referer'),
    body: await readBody(ctx.req),
    at: Date.now(),
    outcome: step,
    aborted: false,
  };
  run.requests.push(record);
  ctx.res.on('close', () => {
    if (!ctx.res.writableFinished) record.aborted = true;
  });
  ctx.set('Cache-Control', 'no-store');

  const [kind, a, ...rest] = step.split(':');
  const b = rest.join(':');
  if (kind === 'hang') {
    ctx.respond = false;
    await new Promise((done) => {
      ctx.req.socket.once('close', done);
      setTimeout(done, 60_000).unref?.();
    });
    if (!ctx.res.writableEnded && !ctx.req.socket.destroyed) ctx.res.end();
    return;
  }
  if (kind === 'drop') {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  if (kind === 'slow') {
    await sleep(Number(a));
    ctx.status = 200;
    ctx.body = 'ok';
    return;
  }
  if (kind === '429') {
    ctx.status = 429;
    ctx.set('Retry-After', a);
    ctx.body = 'slow down';
    return;
  }
  if (kind === '429date') {
    const now = new Date();
    ctx.status = 429;
    ctx.set('Date', now.toUTCString());
    ctx.set('Retry-After', new Date(now.getTime() + Number(a) * 1000).toUTCString());
    ctx.body = 'slow down';
    return;
  }
  if (kind === 'json' || kind === 'jsonerror') {
    ctx.status = Number(a);
    ctx.body = { [kind === 'json' ? 'message' : 'error']: b };
    return;
  }
  if (kind === 'text') {
    ctx.status = Number(a);
    ctx.type = 'text/plain';
    ctx.body = b;
    return;
  }
  if (kind === 'html') {
    ctx.status = Number(a);
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Error</title><h1>Something went wrong</h1>';
    return;
  }
  ctx.status = Number(kind);
  ctx.type = 'text/plain';
  ctx.body = ctx.status === 204 ? null : `status ${kind}`;
}

/** Pages whose requests to the stand-in are being failed, with their DevTools session. */
const cutOff = new Map();

export const plugin = {
  name: 'placekit-receiver-standin',
  async executeCommand({ command, payload, session }) {
    if (command !== 'cut-off-receiver') return undefined;
    const page = session.browser.getPage(session.id);
    const current = cutOff.get(page);
    if (!payload?.off) {
      if (current) {
        cutOff.delete(page);
        await current.send('Fetch.disable');
        await current.detach();
      }
      return true;
    }
    if (current) return true;
    const client = await page.createCDPSession();
    client.on('Fetch.requestPaused', ({ requestId }) => {
      client.send('Fetch.failRequest', { requestId, errorReason: 'InternetDisconnected' }).catch(() => undefined);
    });
    await client.send('Fetch.enable', { patterns: [{ urlPattern: '*/__test/receiver\\?*', requestStage: 'Request' }] });
    cutOff.set(page, client);
    return true;
  },
};
