/**
 * Shared by the receiver's node tests: `placekit receive` started on a fresh database (stopped after the
 * tests), a submission as the widget makes it, a POST as the widget sends it, the stored rows, the CLI run
 * once, and an RFC 4180 reader for checking exports.
 */
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CLI, startReceiver } from './receiver-process.js';

export const work = mkdtempSync(join(tmpdir(), 'placekit-receive-'));
export const SITE = 'https://council.example';
export const FEED = 'sample/feed.json';
let dbCount = 0;
export const newDb = () => join(work, `feedback-${++dbCount}.db`);
export const running = new Set();

after(async () => {
  await Promise.all([...running].map((receiver) => receiver.stop('SIGKILL')));
});

/** A receiver on a fresh database unless `db` is given; stopped after the tests if still running. */
export async function receiver(extra = [], { db = newDb(), origin = [SITE], feed = FEED } = {}) {
  const args = ['--db', db, ...origin.flatMap((o) => ['--origin', o]), ...(feed ? ['--feed', feed] : []), ...extra];
  const started = await startReceiver(args);
  running.add(started);
  started.db = db;
  const stop = started.stop;
  started.stop = async (signal) => {
    const result = await stop(signal);
    running.delete(started);
    return result;
  };
  return started;
}

export function submission(overrides = {}) {
  const key = overrides.idempotency_key ?? randomUUID();
  return {
    form_id: 'page-feedback',
    answers: { useful: true, improve: 'More about bin collections', postcode: 'G31 4' },
    context: { area: 'parkhead', page_url: `${SITE}/bins` },
    submitted_at: '2026-11-22T10:15:00.000Z',
    ...overrides,
    idempotency_key: key,
  };
}

/** POSTs as the widget does; `raw` sends that text as the body instead. */
export async function post(base, body, { key = body?.idempotency_key, origin = SITE, type = 'application/json', raw, path = '/submissions' } = {}) {
  const headers = { 'Content-Type': type };
  if (origin) headers.Origin = origin;
  if (key) headers['Idempotency-Key'] = key;
  const response = await fetch(`${base}${path}`, { method: 'POST', headers, body: raw ?? JSON.stringify(body) });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export function rows(db) {
  const connection = new Database(db, { readonly: true });
  try {
    return connection.prepare('SELECT * FROM submissions ORDER BY id').all();
  } finally {
    connection.close();
  }
}

export function placekit(...args) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** RFC 4180 reader for checking the export (quoted fields, doubled quotes, CRLF inside quotes). */
export function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (record.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') (record.push(field), records.push(record), (record = []), (field = ''), i++);
    else field += c;
  }
  assert.equal(field, '', 'the file ends with CRLF');
  return records;
}
