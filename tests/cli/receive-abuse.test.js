/**
 * `placekit receive` against abuse and against the spam the widget suspects: made-up answers, floods that
 * would fill the disk, forged log lines, prototype keys, deep nesting, keys without letters, an export
 * over the database, files other users could read. Each case failed before the receiver was hardened.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { newDb, parseCsv, placekit, post, receiver, rows, SITE, submission, work } from '../support/receive-client.js';

/** The export of a database as records (header first), without the byte-order mark. */
function exported(db, ...args) {
  const result = placekit('receive', 'export', '--db', db, '--no-bom', ...args);
  assert.equal(result.code, 0, result.err);
  return { records: parseCsv(result.out), err: result.err };
}

describe('placekit receive: submissions the widget suspects are spam', () => {
  it('stores a suspected one like any other (201, the same answer), flagged with its signal; the export leaves it out unless asked', async () => {
    const r = await receiver();
    const honest = submission({ answers: { useful: true } });
    const trapped = submission({ answers: { useful: true, improve: 'Cheap pills at spam.example' }, suspected_spam: ['honeypot'] });
    const fast = submission({ answers: { useful: false, improve: 'Typed very quickly' }, suspected_spam: ['too_fast'] });
    const answers = [];
    for (const body of [honest, trapped, fast]) answers.push(await post(r.url, body));
    assert.deepEqual(
      answers.map((a) => a.status),
      [201, 201, 201],
    );
    assert.deepEqual(Object.keys(answers[1].json).sort(), Object.keys(answers[0].json).sort(), 'a suspected submission is answered as any other');
    const stored = rows(r.db);
    assert.deepEqual(
      stored.map((row) => row.suspected_spam),
      [null, 'honeypot', 'too_fast'],
    );
    assert.equal(JSON.parse(stored[1].answers).improve, 'Cheap pills at spam.example', 'nothing a person wrote is lost');
    // A replay of a suspected one is still a replay.
    const again = await post(r.url, trapped);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    await r.stop();
    assert.match(r.output(), /201 stored suspected=honeypot form=page-feedback/);

    const plain = exported(r.db);
    assert.equal(plain.records.length, 2, 'the header and the one unflagged row');
    assert.equal(plain.records[1][plain.records[0].indexOf('idempotency_key')], honest.idempotency_key);
    assert.match(plain.err, /1 submission from 1 form.*2 suspected spam left out \(--include-suspected adds them\)/);
    assert.ok(!plain.records[0].includes('suspected_spam'));

    const all = exported(r.db, '--include-suspected');
    const [header, ...records] = all.records;
    assert.equal(records.length, 3);
    const column = header.indexOf('suspected_spam');
    assert.ok(column > 0, 'a column says which signal fired');
    assert.deepEqual(
      records.map((record) => record[column]),
      ['', 'honeypot', 'too_fast'],
    );
    assert.match(all.err, /3 submissions from 1 form/);
  });

  it('refuses a suspected_spam field that is not a short list of signal names', async () => {
    const r = await receiver();
    for (const value of ['honeypot', [42], ['x'.repeat(100)], Array.from({ length: 20 }, (_, i) => `s${i}`)]) {
      const answer = await post(r.url, submission({ suspected_spam: value }));
      assert.equal(answer.status, 400, JSON.stringify(value));
      assert.match(answer.json.message, /suspected_spam/);
    }
    assert.equal(rows(r.db).length, 0);
    await r.stop();
  });
});

describe('placekit receive: hardening', () => {
  it('keeps only the form’s own questions as answers: made-up answer ids go in the row’s extra, never into export columns', async () => {
    const r = await receiver();
    const madeUp = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`made-up-${i}`, 'x']));
    const body = submission({ answers: { useful: true, improve: 'Real words', ...madeUp }, widget_version: '9.9' });
    assert.equal((await post(r.url, body)).status, 201);
    const [row] = rows(r.db);
    assert.deepEqual(JSON.parse(row.answers), { useful: true, improve: 'Real words' });
    const extra = JSON.parse(row.extra);
    assert.equal(Object.keys(extra.answers).length, 400, 'kept for review, not lost');
    assert.equal(extra.widget_version, '9.9');
    // With --form (no definition to check against) answers are kept as sent.
    const any = await receiver(['--form', 'ad-hoc'], { feed: null });
    assert.equal((await post(any.url, submission({ form_id: 'ad-hoc', answers: { colour: 'blue' } }))).status, 201);
    assert.deepEqual(JSON.parse(rows(any.db)[0].answers), { colour: 'blue' });
    await Promise.all([r.stop(), any.stop()]);
    const { records } = exported(r.db);
    assert.deepEqual(records[0].slice(9), ['useful', 'improve']);
  });

  it('a question added to the feed after start is read again before its answer is set apart', async () => {
    const feed = JSON.parse(readFileSync('sample/feed.json', 'utf8'));
    const file = join(work, 'questions-feed.json');
    writeFileSync(file, JSON.stringify(feed));
    const r = await receiver(['--feed-reread', '0'], { feed: file });
    const form = feed.feedback_forms.find((f) => f.id === 'page-feedback');
    form.questions.push({ id: 'rating', kind: 'rating', label: 'How was it?' });
    writeFileSync(file, JSON.stringify(feed));
    assert.equal((await post(r.url, submission({ answers: { useful: true, rating: 4 } }))).status, 201);
    assert.deepEqual(JSON.parse(rows(r.db)[0].answers), { useful: true, rating: 4 });
    assert.equal(rows(r.db)[0].extra, null);
    await r.stop();
  });

  it('stores each submission once: no second copy of the answers in a body column', async () => {
    const r = await receiver();
    const body = submission({ answers: { useful: true, improve: 'z'.repeat(20_000) } });
    assert.equal((await post(r.url, body)).status, 201);
    const [row] = rows(r.db);
    assert.ok(!('body' in row), 'no body column');
    const size = Object.values(row).reduce((sum, value) => sum + (typeof value === 'string' ? value.length : 0), 0);
    assert.ok(size < 21_000, `one copy of 20,000 characters, not two (${size})`);
    await r.stop();
  });

  it('a full database answers 507 with Retry-After, stores nothing more, still answers replays, and says so in the log', async () => {
    const r = await receiver(['--max-db', '160kb']);
    let full;
    const first = submission({ answers: { improve: 'a'.repeat(8000) } });
    assert.equal((await post(r.url, first)).status, 201);
    for (let i = 0; i < 40 && !full; i++) {
      const answer = await post(r.url, submission({ answers: { improve: 'a'.repeat(8000) } }));
      if (answer.status === 507) full = answer;
      else assert.equal(answer.status, 201, answer.text);
    }
    assert.ok(full, 'the quota was reached');
    assert.equal(full.json.error, 'storage_full');
    assert.match(full.json.message, /Try again later/);
    assert.match(full.headers.get('retry-after'), /^\d+$/);
    assert.equal(full.headers.get('access-control-allow-origin'), SITE, 'the page can read it');
    const count = rows(r.db).length;
    assert.equal((await post(r.url, submission({ answers: { improve: 'b'.repeat(8000) } }))).status, 507);
    assert.equal(rows(r.db).length, count);
    const replay = await post(r.url, first);
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    await r.stop();
    assert.match(r.errors(), /--max-db limit of 160 KB/);
    assert.ok(statSync(r.db).size <= 160 * 1024 + 4096);
  });

  it('escapes control characters, newlines and ANSI escapes in everything it logs', async () => {
    const r = await receiver(['--form', '*']);
    const forged = 'x\n2026-11-22T10:15:00.000Z POST /submissions 201 stored form=page-feedback \u001b[2J\u001b[32m✔';
    const bidi = 'ok\u202e\u0007"quoted"';
    for (const form_id of [forged, bidi]) assert.equal((await post(r.url, submission({ form_id }))).status, 201);
    await r.stop();
    const log = r.output();
    assert.doesNotMatch(log, /\u001b|\u202e|\u0007/);
    const lines = log.split('\n').filter((line) => line.includes('POST /submissions'));
    assert.equal(lines.length, 2, lines.join('\n'));
    // Quoted and escaped, and like every value cut to 80 characters.
    assert.match(lines[0], /201 stored form="x\\n2026-11-22T10:15:00\.000Z POST \/submissions 201 stored form=page-feedback \\u001b\[2J\\u001b" key=/);
    assert.match(lines[1], /201 stored form="ok\\u202e\\u0007\\"quoted\\"" key=/);
  });

  it('refuses an export or backup over the database or its WAL, and leaves the database as it was', async () => {
    const r = await receiver();
    assert.equal((await post(r.url, submission())).status, 201);
    for (const command of ['export', 'backup']) {
      for (const out of [r.db, `${r.db}-wal`, `${r.db}-shm`, join(work, '.', r.db.slice(work.length))]) {
        const result = placekit('receive', command, '--db', r.db, '--out', out);
        assert.equal(result.code, 2, `${command} --out ${out}: ${result.err}`);
        assert.match(result.err, /--out must not be the database/);
      }
    }
    assert.equal(rows(r.db).length, 1);
    await r.stop();
    assert.equal(rows(r.db).length, 1);
  });

  it('creates the database, its WAL, exports and backups readable by their owner only (0600)', async () => {
    const r = await receiver();
    assert.equal((await post(r.url, submission())).status, 201);
    const files = [r.db, `${r.db}-wal`];
    const csv = join(work, 'private.csv');
    const copy = join(work, 'private-backup.db');
    assert.equal(placekit('receive', 'export', '--db', r.db, '--out', csv).code, 0);
    assert.equal(placekit('receive', 'backup', '--db', r.db, '--out', copy).code, 0);
    files.push(csv, copy);
    if (existsSync(`${r.db}-shm`)) files.push(`${r.db}-shm`);
    for (const file of files) assert.equal((statSync(file).mode & 0o777).toString(8), '600', file);
    await r.stop();
  });

  it('deep nesting in a field placekit does not read answers 400, with no stack trace', async () => {
    const r = await receiver();
    let deep = '1';
    for (let i = 0; i < 5000; i++) deep = `{"x":${deep}}`;
    const body = submission();
    const raw = JSON.stringify(body).replace('{', `{"unknown":${deep},`);
    const answer = await post(r.url, null, { key: body.idempotency_key, raw });
    assert.equal(answer.status, 400, answer.text);
    assert.equal(answer.json.error, 'invalid_submission');
    assert.match(answer.json.message, /nested/);
    const inContext = submission({
      context: { page_url: `${SITE}/x`, extra: JSON.parse(`{"a":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}`) },
    });
    assert.equal((await post(r.url, inContext)).status, 400);
    // Modest nesting in an unknown field is kept.
    assert.equal((await post(r.url, submission({ client: { name: 'x', version: [1, 2] } }))).status, 201);
    await r.stop();
    assert.doesNotMatch(r.errors(), /RangeError|at /);
  });

  it('refuses a key with fewer than 8 letters or digits, so no reference is ever empty', async () => {
    const r = await receiver();
    for (const key of ['--------', '.:.:.:.:_-_-', 'a-b-c-d-e-f-g']) {
      const answer = await post(r.url, submission({ idempotency_key: key }));
      assert.equal(answer.status, 400, key);
      assert.match(answer.json.message, /letters or digits/);
    }
    const fine = await post(r.url, submission({ idempotency_key: 'a-b-c-d-e-f-g-h' }));
    assert.equal(fine.status, 201);
    assert.equal(fine.json.reference, 'ABCD EFGH');
    await r.stop();
  });

  it('prototype keys (constructor, toString, __proto__) as form or answer ids never leak into the CSV', async () => {
    const r = await receiver(['--form', '*']);
    const bodies = [
      submission({ form_id: 'constructor', answers: { constructor: 'c', toString: 't', hasOwnProperty: 'h', valueOf: 1 } }),
      submission({ form_id: '__proto__', answers: { useful: true } }),
      submission({ form_id: 'toString', answers: { improve: 'plain' } }),
    ];
    for (const body of bodies) assert.equal((await post(r.url, body)).status, 201);
    const proto = JSON.stringify(submission()).replace('"answers":{', '"answers":{"__proto__":"p",');
    const protoAnswer = await post(r.url, null, { key: JSON.parse(proto).idempotency_key, raw: proto });
    assert.equal(protoAnswer.status, 400, 'not a question id');
    await r.stop();
    const result = placekit('receive', 'export', '--db', r.db, '--no-bom');
    assert.equal(result.code, 0, result.err);
    assert.doesNotMatch(result.out, /function|native code|\[object/);
    const [header, ...records] = parseCsv(result.out);
    assert.deepEqual(
      records.map((record) => record[header.indexOf('form_id')]),
      ['constructor', '__proto__', 'toString'],
    );
    assert.deepEqual(
      records.map((record) => record[header.indexOf('constructor')]),
      ['c', '', ''],
    );
    assert.deepEqual(
      records.map((record) => record[header.indexOf('toString')]),
      ['t', '', ''],
    );
    const one = placekit('receive', 'export', '--db', r.db, '--form', 'constructor', '--no-bom');
    assert.equal(parseCsv(one.out).length, 2);
  });

  it('upgrades a database written by the first schema in place: rows, keys and replays kept', async () => {
    const db = newDb();
    const old = new Database(db);
    old.pragma('journal_mode = WAL');
    old.exec(`CREATE TABLE submissions (id INTEGER PRIMARY KEY AUTOINCREMENT, idempotency_key TEXT NOT NULL UNIQUE, body_sha256 TEXT NOT NULL,
      form_id TEXT NOT NULL, area TEXT, subject TEXT, page_url TEXT NOT NULL, submitted_at TEXT NOT NULL, received_at TEXT NOT NULL, origin TEXT,
      answers TEXT NOT NULL CHECK (json_valid(answers)), body TEXT NOT NULL CHECK (json_valid(body)), response_status INTEGER NOT NULL, response_body TEXT NOT NULL) STRICT;
      CREATE INDEX submissions_by_form ON submissions (form_id, id); PRAGMA user_version = 1;`);
    const body = submission({ widget_version: '1.0' });
    const response = JSON.stringify({ result: 'stored', reference: 'X', idempotency_key: body.idempotency_key, received_at: '2026-11-22T10:15:01.000Z' });
    // The fingerprint as the receiver computes it: SHA-256 of the JSON with keys sorted.
    const canonical = (v) =>
      Array.isArray(v)
        ? `[${v.map(canonical).join(',')}]`
        : v && typeof v === 'object'
          ? `{${Object.keys(v)
              .sort()
              .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
              .join(',')}}`
          : JSON.stringify(v);
    old
      .prepare(
        `INSERT INTO submissions (idempotency_key, body_sha256, form_id, area, subject, page_url, submitted_at, received_at, origin, answers, body, response_status, response_body)
      VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, 201, ?)`,
      )
      .run(
        body.idempotency_key,
        createHash('sha256').update(canonical(body)).digest('hex'),
        body.form_id,
        body.context.area,
        body.context.page_url,
        body.submitted_at,
        '2026-11-22T10:15:01.000Z',
        SITE,
        JSON.stringify(body.answers),
        JSON.stringify(body),
        response,
      );
    old.close();
    const r = await receiver([], { db });
    const replay = await post(r.url, body);
    assert.equal(replay.status, 201);
    assert.equal(replay.text, response);
    await r.stop();
    const [row] = rows(db);
    assert.ok(!('body' in row));
    assert.deepEqual(JSON.parse(row.extra), { widget_version: '1.0' });
    assert.equal(row.suspected_spam, null);
    assert.equal(exported(db).records.length, 2);
  });
});
