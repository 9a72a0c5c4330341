/**
 * Test-only HTTP routes for feeds that misbehave: slow, failing, not JSON, cut off. Served by the test
 * runner under /__test/. Every request with `key=` is counted, and /__test/requests?of=KEY tells how
 * many arrived, so tests can prove a feed was fetched once.
 */
import { readFile } from 'node:fs/promises';
import { resolve, relative } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const counts = new Map();
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Only files inside the project's fixtures and sample folders may be served. */
function fixturePath(name) {
  const path = resolve(root, name);
  const inside = relative(root, path);
  if (inside.startsWith('..') || !(inside.startsWith('tests/fixtures/') || inside.startsWith('sample/'))) throw new Error(`not a fixture: ${name}`);
  return path;
}

export async function middleware(ctx, next) {
  if (ctx.path === '/__test/requests') {
    ctx.body = { count: counts.get(ctx.query.of) ?? 0 };
    return;
  }
  if (ctx.path !== '/__test/feed') return next();
  const q = ctx.query;
  if (q.key) counts.set(q.key, (counts.get(q.key) ?? 0) + 1);
  // fail_first=N: the first N requests for this key fail with 503, then the feed is served.
  if (q.fail_first && (counts.get(q.key) ?? 0) <= Number(q.fail_first)) {
    ctx.status = 503;
    ctx.body = 'temporarily unavailable';
    return;
  }
  ctx.set('Cache-Control', 'no-store');
  if (q.delay) await sleep(Number(q.delay));
  if (q.drop) {
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  if (q.status) {
    ctx.status = Number(q.status);
    ctx.body = `status ${q.status}`;
    return;
  }
  if (q.html) {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><html><title>Page not found</title><h1>Page not found</h1></html>';
    return;
  }
  if (q.text !== undefined) {
    ctx.type = 'application/json';
    ctx.body = String(q.text);
    return;
  }
  const body = await readFile(fixturePath(q.fixture ?? 'sample/feed.json'), 'utf8');
  if (q.stall) {
    // Headers and the start of the body now, the rest much later: a connection that hangs mid-feed.
    ctx.respond = false;
    ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    ctx.res.write(body.slice(0, 20));
    setTimeout(() => ctx.res.end(body.slice(20)), Number(q.stall));
    return;
  }
  ctx.type = 'application/json';
  ctx.body = body;
}
