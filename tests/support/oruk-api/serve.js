/**
 * The stand-in over node's HTTP (standin.js answers; this waits, drops, logs): shared by the test
 * runner's middleware (tests/support/server/oruk-api.js) and the plain server (node-server.js).
 *
 * Each request is logged under its run (`run=` setting): `{path, params, at, status, aborted}`, where
 * `aborted` says the client went away before the answer (an aborted fetch), and `params` holds each
 * query parameter's value (a list when it was given more than once).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bristolStandin, feedStandin, syntheticStandin } from './data.js';
import { readSettings } from './standin.js';

const root = resolve(import.meta.dirname, '../../..');
const readJson = (path) => JSON.parse(readFileSync(resolve(root, path), 'utf8'));
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

const standins = new Map();
/** The stand-in for a setting's data, made once (50,000 synthetic records take a moment). */
function standinFor(settings) {
  const key = settings.data === 'synthetic' ? `synthetic:${settings.count}:${settings.seed}` : settings.data;
  if (!standins.has(key)) {
    if (settings.data === 'sample') standins.set(key, feedStandin(readJson('sample/feed.json')));
    else if (settings.data === 'bristol')
      standins.set(
        key,
        bristolStandin(
          readJson('tests/fixtures/real-oruk-bristol/bristol-services-page1.json'),
          readJson('tests/fixtures/real-oruk-bristol/bristol-service-1625ip.json'),
        ),
      );
    else if (settings.data === 'synthetic') standins.set(key, syntheticStandin(settings.count, settings.seed));
    else throw new Error(`the ORUK stand-in has no data "${settings.data}"`);
  }
  return standins.get(key);
}

const runs = new Map();
/** The requests a run received, in order. */
export const logOf = (run) => runs.get(run) ?? [];
/** Forgets a run's requests (and so its `fail` and `busy` counts). */
export const clearLog = (run) => runs.delete(run);

const paramsOf = (params) => {
  const out = {};
  for (const [name, value] of params) out[name] = name in out ? [].concat(out[name], value) : value;
  return out;
};

/**
 * Answers `req` on `res` (node's), for a request path that starts with `prefix`. `base` holds settings
 * the server starts with (the path's own settings come on top).
 */
export async function serveStandin(req, res, { prefix = '', base = {} } = {}) {
  const url = new URL(req.url, 'http://localhost');
  let request;
  try {
    request = readSettings(url.pathname.slice(prefix.length), base);
  } catch (error) {
    res.writeHead(400, { 'Content-Type': 'text/plain' }).end(error.message);
    return;
  }
  const { settings, path } = request;
  const log = runs.get(settings.run) ?? [];
  runs.set(settings.run, log);
  const entry = { path, params: paramsOf(url.searchParams), at: Date.now(), status: 0, aborted: false };
  const seen = log.length;
  log.push(entry);
  let gone = false;
  res.on('close', () => {
    if (!res.writableFinished) {
      gone = true;
      entry.aborted = true;
    }
  });
  if (settings.latency) await sleep(settings.latency);
  if (gone) return;
  if (settings.drop) {
    entry.status = -1;
    req.socket.destroy();
    return;
  }
  const answer = standinFor(settings).answer({ path, params: url.searchParams, settings, origin: req.headers.origin ?? '', seen });
  entry.status = answer.status;
  res.writeHead(answer.status, answer.headers).end(answer.body);
}
