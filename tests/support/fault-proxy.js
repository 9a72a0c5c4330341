/**
 * A fault-injecting HTTP proxy for testing delivery: it stands between a client and the receiver and,
 * for each request that carries an Idempotency-Key, decides from (seed, key, attempt number) what goes
 * wrong, so a run with the same seed meets the same faults whatever the timing:
 *
 *   pass         forwarded, the receiver's answer passed back
 *   500, 503     answered by the proxy, the receiver never sees the request
 *   429          answered by the proxy with Retry-After: 1
 *   drop-before  the connection is destroyed before the request is forwarded
 *   drop-after   forwarded, the receiver answers (and has stored it), then the client's connection is
 *                destroyed: the case where the client never hears that it worked
 *   delay        forwarded after a pause (maybe longer than the client waits: the request then arrives
 *                after the client gave up, alongside its retry)
 *
 * When the receiver cannot be reached (it is restarting) the proxy answers 502. Requests without a key
 * (preflights, health checks) are always forwarded. `counts` holds what happened, by kind.
 *
 * `script(kinds)` sets the faults that the next keyed requests meet in order (replacing any still
 * queued), before any chosen at random
 * (the browser tests script theirs). With `cors: true` the proxy's own answers carry CORS headers for the
 * requesting page, so a page reads their status and Retry-After as it would the receiver's.
 */
import { createServer, request } from 'node:http';

export const FAULTS = ['500', '503', '429', 'drop-before', 'drop-after', 'delay'];

/** A hash of the text (FNV-1a, then mixed), as a number in [0, 1). */
function unit(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // murmur3's finalizer, so that keys differing in one character land far apart.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 2 ** 32;
}

/**
 * @param {object} options
 * @param {string} options.target      the receiver's base URL (change later with setTarget)
 * @param {number} options.seed
 * @param {Record<string, number>} options.rates  chance of each fault per attempt, e.g. {'500': 0.05, ...}
 * @param {[number, number]} [options.delayMs]    range of the pause for `delay`
 */
export async function startFaultProxy({ target, seed = 1, rates = {}, delayMs = [200, 1500], cors = false }) {
  let upstream = new URL(target);
  const attempts = new Map();
  const scripted = [];
  const counts = { requests: 0, pass: 0, 'receiver-down': 0, ...Object.fromEntries(FAULTS.map((kind) => [kind, 0])) };

  function choose(key) {
    const attempt = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, attempt);
    if (scripted.length > 0) {
      const next = scripted.shift();
      return typeof next === 'string' ? { kind: next, pause: delayMs[0] } : { kind: next.kind, pause: next.pause ?? delayMs[0] };
    }
    let roll = unit(`${seed}:${key}:${attempt}`);
    for (const kind of FAULTS) {
      roll -= rates[kind] ?? 0;
      if (roll < 0) return { kind, pause: delayMs[0] + unit(`${seed}:${key}:${attempt}:pause`) * (delayMs[1] - delayMs[0]) };
    }
    return { kind: 'pass', pause: 0 };
  }

  /** Forwards the buffered request; resolves with the full answer, or undefined when the receiver is down. */
  function forward(req, body) {
    return new Promise((done) => {
      const headers = { ...req.headers, host: upstream.host, 'content-length': String(body.length) };
      delete headers.connection;
      const out = request(upstream, { method: req.method, path: req.url, headers, agent: false }, (answer) => {
        const chunks = [];
        answer.on('data', (chunk) => chunks.push(chunk));
        answer.on('end', () => done({ status: answer.statusCode, headers: answer.headers, body: Buffer.concat(chunks) }));
        answer.on('error', () => done(undefined));
      });
      out.on('error', () => done(undefined));
      out.end(body);
    });
  }

  /** The proxy's own answer (not the receiver's), readable by the page when `cors` is on. */
  function own(req, res, status, headers, body) {
    const origin = req.headers.origin;
    const allow = cors && origin ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'Retry-After', Vary: 'Origin' } : {};
    res.writeHead(status, { 'Content-Type': 'application/json', ...allow, ...headers }).end(JSON.stringify(body));
  }

  function reply(req, res, answer) {
    if (res.destroyed) return;
    if (!answer) {
      counts['receiver-down']++;
      own(req, res, 502, {}, { error: 'bad_gateway', message: 'The receiver did not answer.' });
      return;
    }
    const headers = { ...answer.headers };
    delete headers['transfer-encoding'];
    delete headers.connection;
    delete headers['keep-alive'];
    res.writeHead(answer.status, headers).end(answer.body);
  }

  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = Buffer.concat(chunks);
    const key = req.headers['idempotency-key'];
    if (!key) {
      reply(req, res, await forward(req, body));
      return;
    }
    counts.requests++;
    const { kind, pause } = choose(String(key));
    counts[kind]++;
    switch (kind) {
      case '500':
      case '503':
        own(req, res, Number(kind), {}, { error: 'injected', message: `injected ${kind}` });
        return;
      case '429':
        own(req, res, 429, { 'Retry-After': '1' }, { error: 'injected', message: 'injected 429' });
        return;
      case 'drop-before':
        req.socket.destroy();
        return;
      case 'drop-after': {
        const answer = await forward(req, body);
        if (!answer) counts['receiver-down']++;
        req.socket.destroy();
        return;
      }
      case 'delay':
        await new Promise((done) => setTimeout(done, pause));
        reply(req, res, await forward(req, body));
        return;
      default:
        reply(req, res, await forward(req, body));
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    counts,
    setTarget(url) {
      upstream = new URL(url);
    },
    /** Faults for the next keyed requests, in order: kinds, or `{kind: 'delay', pause: ms}`. */
    script(kinds) {
      scripted.splice(0, scripted.length, ...kinds);
    },
    close() {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}
