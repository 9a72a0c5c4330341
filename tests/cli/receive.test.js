/**
 * `placekit receive`, run as a council would run it: the built CLI (dist/cli/placekit.js) as a real
 * process on a free port, spoken to over HTTP, its database read back with better-sqlite3.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CLI } from '../support/receiver-process.js';
import { FEED, newDb, parseCsv, placekit, post, receiver, rows, running, SITE, submission, work } from '../support/receive-client.js';

describe('placekit receive', () => {
  it('stores a submission and answers 201 with its reference, logging the request without the answers', async () => {
    const r = await receiver();
    const body = submission({ answers: { useful: false, improve: 'SECRET-ANSWER-7431', postcode: 'G31 4' } });
    const answer = await post(r.url, body);
    assert.equal(answer.status, 201, answer.text);
    assert.equal(answer.json.result, 'stored');
    assert.equal(answer.json.idempotency_key, body.idempotency_key);
    assert.match(answer.json.reference, /^[0-9A-F]{4} [0-9A-F]{4}$/);
    assert.equal(answer.headers.get('access-control-allow-origin'), SITE);
    assert.equal(answer.headers.get('idempotent-replayed'), null);
    const [row] = rows(r.db);
    assert.equal(row.idempotency_key, body.idempotency_key);
    assert.equal(row.form_id, 'page-feedback');
    assert.equal(row.area, 'parkhead');
    assert.equal(row.page_url, `${SITE}/bins`);
    assert.equal(row.origin, SITE);
    assert.deepEqual(JSON.parse(row.answers), body.answers);
    assert.equal(row.response_status, 201);
    const journal = new Database(r.db, { readonly: true });
    assert.equal(journal.pragma('journal_mode', { simple: true }), 'wal');
    journal.close();
    await r.stop();
    const log = r.output();
    assert.match(log, new RegExp(`POST /submissions 201 stored form=page-feedback key=${body.idempotency_key} origin=${SITE} \\d+ms`));
    assert.doesNotMatch(log, /SECRET-ANSWER/);
    assert.doesNotMatch(log, /127\.0\.0\.1 |::ffff/, 'no client addresses in the log');
  });

  it('answers a replay of the same key and body with the first answer, even reserialized, and stores it once', async () => {
    const r = await receiver();
    const body = submission();
    const first = await post(r.url, body);
    const again = await post(r.url, body);
    // The same submission with its keys in another order and other whitespace is the same body.
    const reordered = `{ "idempotency_key": "${body.idempotency_key}", "submitted_at": "${body.submitted_at}",\n "context": {"page_url": "${body.context.page_url}", "area": "parkhead"}, "answers": {"postcode": "G31 4", "improve": "More about bin collections", "useful": true}, "form_id": "page-feedback" }`;
    const third = await post(r.url, null, { key: body.idempotency_key, raw: reordered });
    assert.equal(first.status, 201);
    for (const replay of [again, third]) {
      assert.equal(replay.status, first.status);
      assert.equal(replay.text, first.text);
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    }
    assert.equal(rows(r.db).length, 1);
    await r.stop();
    assert.match(r.output(), /POST \/submissions 201 replayed/);
  });

  it('refuses the same key with a different body with 422, keeping the first', async () => {
    const r = await receiver();
    const body = submission();
    assert.equal((await post(r.url, body)).status, 201);
    const changed = await post(r.url, { ...body, answers: { ...body.answers, improve: 'Something else' } });
    assert.equal(changed.status, 422);
    assert.equal(changed.json.error, 'idempotency_key_reused');
    assert.match(changed.json.message, /new key/);
    const [row] = rows(r.db);
    assert.equal(JSON.parse(row.answers).improve, 'More about bin collections');
    await r.stop();
  });

  it('stores concurrent identical requests once and answers them all the same', async () => {
    const r = await receiver();
    for (let round = 0; round < 5; round++) {
      const body = submission();
      const answers = await Promise.all(Array.from({ length: 4 }, () => post(r.url, body)));
      assert.deepEqual(
        answers.map((a) => a.status),
        [201, 201, 201, 201],
      );
      assert.equal(new Set(answers.map((a) => a.text)).size, 1, 'one body for all');
      assert.equal(answers.filter((a) => a.headers.get('idempotent-replayed') === null).length, 1, 'one stored, the others replayed');
    }
    assert.equal(rows(r.db).length, 5);
    await r.stop();
  });

  it('stores a key once when two receivers share one database and both get it at the same moment', async () => {
    const db = newDb();
    const a = await receiver([], { db });
    const b = await receiver([], { db });
    const keys = [];
    for (let round = 0; round < 20; round++) {
      const body = submission();
      keys.push(body.idempotency_key);
      const [one, two] = await Promise.all([post(a.url, body), post(b.url, body)]);
      assert.equal(one.status, 201, one.text);
      assert.equal(two.status, 201, two.text);
      assert.equal(one.text, two.text);
    }
    const stored = rows(db);
    assert.equal(stored.length, 20);
    assert.deepEqual(stored.map((row) => row.idempotency_key).sort(), keys.sort());
    await Promise.all([a.stop(), b.stop()]);
  });

  it('keeps its keys across a restart', async () => {
    const db = newDb();
    const first = await receiver([], { db });
    const body = submission();
    const original = await post(first.url, body);
    assert.equal(original.status, 201);
    assert.equal((await first.stop()).code, 0);
    const second = await receiver([], { db });
    assert.match(second.output(), /1 submissions stored/);
    const replay = await post(second.url, body);
    assert.equal(replay.status, 201);
    assert.equal(replay.text, original.text);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal((await post(second.url, { ...body, answers: {} })).status, 422);
    assert.equal(rows(db).length, 1);
    await second.stop();
  });

  it('answers preflights for allowed origins and refuses other origins', async () => {
    const r = await receiver([], { origin: [SITE, 'https://partner.example:8443/'] });
    const preflight = (origin) =>
      fetch(`${r.url}/submissions`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
      });
    const allowed = await preflight(SITE);
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('access-control-allow-origin'), SITE);
    assert.equal(allowed.headers.get('access-control-allow-methods'), 'POST');
    assert.match(allowed.headers.get('access-control-allow-headers'), /Content-Type/);
    assert.match(allowed.headers.get('access-control-allow-headers'), /Idempotency-Key/);
    assert.ok(Number(allowed.headers.get('access-control-max-age')) > 0);
    assert.match(allowed.headers.get('vary'), /Origin/);
    const partner = await preflight('https://partner.example:8443');
    assert.equal(partner.headers.get('access-control-allow-origin'), 'https://partner.example:8443');
    const refused = await preflight('https://elsewhere.example');
    assert.equal(refused.status, 403);
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    assert.equal((await refused.json()).error, 'origin_not_allowed');
    // The POST itself is refused too (a page cannot read the answer, but nothing is stored).
    const post403 = await post(r.url, submission(), { origin: 'https://elsewhere.example' });
    assert.equal(post403.status, 403);
    assert.equal(post403.headers.get('access-control-allow-origin'), null);
    // A program without an Origin header is not a web page: accepted.
    assert.equal((await post(r.url, submission(), { origin: null })).status, 201);
    // Retry-After can be read by the page: it is exposed.
    assert.match((await post(r.url, submission())).headers.get('access-control-expose-headers'), /Retry-After/);
    assert.equal(rows(r.db).length, 2);
    await r.stop();
  });

  it('refuses an unknown form with 422, and reads the feed again for a form added since it started', async () => {
    const feed = JSON.parse(readFileSync(FEED, 'utf8'));
    const pageForm = feed.feedback_forms.find((form) => form.id === 'page-feedback');
    const feedFile = join(work, 'changing-feed.json');
    writeFileSync(feedFile, JSON.stringify({ ...feed, feedback_forms: feed.feedback_forms.filter((form) => form !== pageForm) }));
    const r = await receiver(['--feed-reread', '0', '--form', 'extra-form'], { feed: feedFile });
    const unknown = await post(r.url, submission({ form_id: 'no-such-form' }));
    assert.equal(unknown.status, 422);
    assert.equal(unknown.json.error, 'unknown_form');
    assert.match(unknown.json.message, /no-such-form/);
    assert.equal((await post(r.url, submission({ form_id: 'extra-form' }))).status, 201, 'a --form id');
    assert.equal((await post(r.url, submission({ form_id: 'plan-feedback' }))).status, 201, 'a form from the feed');
    assert.equal((await post(r.url, submission())).status, 422, 'page-feedback is not in the feed yet');
    writeFileSync(feedFile, JSON.stringify(feed));
    assert.equal((await post(r.url, submission())).status, 201, 'read again and found');
    assert.equal(rows(r.db).length, 3);
    await r.stop();
    assert.match(r.output(), /forms re-read from the feed: .*page-feedback/);
  });

  it('refuses a body over the limit with 413, and accepts one under it', async () => {
    const r = await receiver(['--max-body', '2kb']);
    const big = await post(r.url, submission({ answers: { improve: 'x'.repeat(10_000) } }));
    assert.equal(big.status, 413);
    assert.equal(big.json.error, 'too_large');
    assert.match(big.json.message, /2 KB/);
    assert.equal((await post(r.url, submission({ answers: { improve: 'x'.repeat(1000) } }))).status, 201);
    assert.equal(rows(r.db).length, 1);
    await r.stop();
  });

  it('limits requests per client with 429 and a Retry-After in whole seconds', async () => {
    const r = await receiver(['--rate-limit', '3']);
    const statuses = [];
    let limited;
    for (let i = 0; i < 5; i++) {
      const answer = await post(r.url, submission());
      statuses.push(answer.status);
      if (answer.status === 429) limited ??= answer;
    }
    assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
    assert.equal(limited.json.error, 'rate_limited');
    assert.match(limited.headers.get('retry-after'), /^[1-9]\d*$/);
    assert.ok(Number(limited.headers.get('retry-after')) <= 20, 'one request back within 60/3 seconds');
    assert.equal(limited.headers.get('access-control-allow-origin'), SITE, 'the page can read it');
    assert.equal(rows(r.db).length, 3);
    await r.stop();
  });

  it('behind a reverse proxy (--trust-proxy) limits each client by the address the proxy forwarded', async () => {
    const r = await receiver(['--rate-limit', '1', '--trust-proxy']);
    const from = async (address) => {
      const body = submission();
      const response = await fetch(`${r.url}/submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: SITE, 'Idempotency-Key': body.idempotency_key, 'X-Forwarded-For': `198.51.100.7, ${address}` },
        body: JSON.stringify(body),
      });
      return response.status;
    };
    assert.equal(await from('203.0.113.1'), 201);
    assert.equal(await from('203.0.113.1'), 429);
    assert.equal(await from('203.0.113.2'), 201, 'another resident behind the same proxy');
    await r.stop();
  });

  it('refuses bad JSON, missing fields, a missing or mismatched key and the wrong content type with clear errors', async () => {
    const r = await receiver();
    const badJson = await post(r.url, null, { key: randomUUID(), raw: '{"form_id": "page-feedback", ' });
    assert.equal(badJson.status, 400);
    assert.deepEqual(Object.keys(badJson.json).sort(), ['error', 'message']);
    assert.equal(badJson.json.error, 'invalid_json');

    const { context: _context, ...noContext } = submission();
    const missing = await post(r.url, noContext);
    assert.equal(missing.status, 400);
    assert.equal(missing.json.error, 'invalid_submission');
    assert.match(missing.json.message, /context is missing/);
    const noPage = await post(r.url, submission({ context: { area: 'parkhead' } }));
    assert.match(noPage.json.message, /context\.page_url is missing/);
    const badAnswer = await post(r.url, submission({ answers: { useful: { nested: true } } }));
    assert.equal(badAnswer.status, 400);
    assert.match(badAnswer.json.message, /answers\.useful must be/);
    const badTime = await post(r.url, submission({ submitted_at: 'yesterday' }));
    assert.match(badTime.json.message, /submitted_at/);

    const body = submission();
    const noHeader = await post(r.url, body, { key: null });
    assert.equal(noHeader.status, 400);
    assert.equal(noHeader.json.error, 'missing_idempotency_key');
    const mismatch = await post(r.url, body, { key: randomUUID() });
    assert.equal(mismatch.status, 400);
    assert.equal(mismatch.json.error, 'idempotency_key_mismatch');
    const quoted = await post(r.url, body, { key: `"${body.idempotency_key}"` });
    assert.equal(quoted.status, 201, 'a structured-field (quoted) key is the same key');

    const text = await post(r.url, submission(), { type: 'text/plain' });
    assert.equal(text.status, 415);
    assert.equal(text.json.error, 'unsupported_media_type');

    const get = await fetch(`${r.url}/submissions`);
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST, OPTIONS');
    assert.deepEqual(await (await fetch(`${r.url}/health`)).json(), { status: 'ok' });
    assert.equal(rows(r.db).length, 1);
    await r.stop();
  });

  it('answers 503 with Retry-After while the database is locked, then stores when it is free', async () => {
    const r = await receiver();
    const locker = new Database(r.db);
    locker.exec('BEGIN IMMEDIATE');
    const body = submission();
    const busy = await post(r.url, body);
    assert.equal(busy.status, 503);
    assert.equal(busy.json.error, 'busy');
    assert.equal(busy.headers.get('retry-after'), '1');
    locker.exec('COMMIT');
    locker.close();
    assert.equal((await post(r.url, body)).status, 201);
    assert.equal(rows(r.db).length, 1);
    await r.stop();
  });

  it('exports CSV: a column per question across forms, RFC 4180 quoting, formulas defused', async () => {
    const r = await receiver();
    const tricky = [
      '=HYPERLINK("https://evil.example","click")',
      '+44 141 496 0000',
      '-2+3',
      '@SUM(A1)',
      '\tTabbed',
      '\rReturn',
      'Line one\r\nline two, with "quotes"',
      'Plain text',
    ];
    const keys = [];
    for (const [index, text] of tricky.entries()) {
      const body = submission({ answers: { useful: index % 2 === 0, improve: text, postcode: null } });
      keys.push(body.idempotency_key);
      assert.equal((await post(r.url, body)).status, 201);
    }
    const plan = submission({
      form_id: 'plan-feedback',
      context: { area: 'springburn', subject: 'springburn-plan', page_url: `${SITE}/plans/springburn` },
      answers: {
        'reflects-area': -2,
        neighbourhood: 'springburn',
        priorities: ['best-start', 'warm-homes'],
        comments: 'Ceann na Pàirce, "Gàidhlig"',
        consent: true,
      },
    });
    assert.equal((await post(r.url, plan)).status, 201);
    const out = join(work, 'export.csv');
    // Exported while the receiver runs.
    const result = placekit('receive', 'export', '--db', r.db, '--out', out);
    assert.equal(result.code, 0, result.err);
    assert.match(result.err, /9 submissions from 2 forms, 8 question columns/);
    const bytes = readFileSync(out);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
    const text = bytes.toString('utf8').slice(1);
    const [header, ...records] = parseCsv(text);
    assert.deepEqual(header, [
      'reference',
      'received_at',
      'submitted_at',
      'form_id',
      'area',
      'subject',
      'subject_name',
      'page_url',
      'idempotency_key',
      'useful',
      'improve',
      'postcode',
      'reflects-area',
      'neighbourhood',
      'priorities',
      'comments',
      'consent',
    ]);
    assert.equal(records.length, 9);
    const column = (name) => header.indexOf(name);
    const improve = records.slice(0, 8).map((record) => record[column('improve')]);
    assert.deepEqual(improve, [
      `'=HYPERLINK("https://evil.example","click")`,
      "'+44 141 496 0000",
      "'-2+3",
      "'@SUM(A1)",
      "'\tTabbed",
      "'\rReturn",
      'Line one\r\nline two, with "quotes"',
      'Plain text',
    ]);
    assert.deepEqual(
      records.slice(0, 2).map((record) => record[column('useful')]),
      ['yes', 'no'],
    );
    assert.equal(records[0][column('idempotency_key')], keys[0]);
    assert.equal(records[0][column('postcode')], '');
    assert.equal(records[0][column('reflects-area')], '', "another form's question is empty");
    const planRow = records[8];
    assert.equal(planRow[column('form_id')], 'plan-feedback');
    assert.equal(planRow[column('reflects-area')], '-2', 'numbers are numbers, not formulas');
    assert.equal(planRow[column('priorities')], 'best-start; warm-homes');
    assert.equal(planRow[column('comments')], 'Ceann na Pàirce, "Gàidhlig"');
    assert.equal(planRow[column('consent')], 'yes');
    assert.equal(planRow[column('subject')], 'springburn-plan');
    assert.match(planRow[column('reference')], /^[0-9A-F]{4} [0-9A-F]{4}$/);
    // The raw text: quotes doubled, the field with CRLF quoted, records ending CRLF.
    assert.ok(text.includes('"\'=HYPERLINK(""https://evil.example"",""click"")"'));
    assert.ok(text.includes('"Line one\r\nline two, with ""quotes"""'));
    assert.ok(text.endsWith('\r\n'));

    // One form only, to standard output, without the byte-order mark.
    const one = placekit('receive', 'export', '--db', r.db, '--form', 'plan-feedback', '--no-bom');
    assert.equal(one.code, 0, one.err);
    const [oneHeader, ...oneRows] = parseCsv(one.out);
    assert.equal(oneHeader[0], 'reference');
    assert.deepEqual(oneHeader.slice(9), ['reflects-area', 'neighbourhood', 'priorities', 'comments', 'consent']);
    assert.equal(oneRows.length, 1);
    await r.stop();
    // And after it stopped.
    assert.equal(placekit('receive', 'export', '--db', r.db, '--out', out).code, 0);
    assert.equal(placekit('receive', 'export', '--db', join(work, 'absent.db')).code, 1);
  });

  it('backs up the database while receiving', async () => {
    const r = await receiver();
    for (let i = 0; i < 3; i++) assert.equal((await post(r.url, submission())).status, 201);
    const copy = join(work, 'backup.db');
    const result = placekit('receive', 'backup', '--db', r.db, '--out', copy);
    assert.equal(result.code, 0, result.err);
    assert.match(result.err, /3 submissions copied/);
    assert.equal(rows(copy).length, 3);
    await r.stop();
  });

  it('on SIGTERM finishes the request in flight, closes the database and exits 0', async () => {
    const r = await receiver();
    const body = JSON.stringify(submission());
    const key = JSON.parse(body).idempotency_key;
    const answer = new Promise((resolve, reject) => {
      const req = request(`${r.url}/submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), Origin: SITE, 'Idempotency-Key': key },
      });
      req.on('response', (res) => {
        let text = '';
        res
          .setEncoding('utf8')
          .on('data', (chunk) => (text += chunk))
          .on('end', () => resolve({ status: res.statusCode, text }));
      });
      req.on('error', reject);
      // Half the body now, the rest once the receiver has been told to stop.
      req.write(body.slice(0, 40));
      setTimeout(async () => {
        r.child.kill('SIGTERM');
        while (!/stopping \(1 in flight\)/.test(r.output())) await new Promise((done) => setTimeout(done, 20));
        // No new connections now.
        await assert.rejects(fetch(`${r.url}/health`));
        req.end(body.slice(40));
      }, 200);
    });
    const finished = await answer;
    assert.equal(finished.status, 201, finished.text);
    const { code } = await r.exited;
    running.delete(r);
    assert.equal(code, 0);
    assert.match(r.output(), /stopped, database closed/);
    const stored = rows(r.db);
    assert.equal(stored.length, 1);
    assert.equal(stored[0].idempotency_key, key);
  });

  it('says how to install better-sqlite3 when it is missing', () => {
    const alone = mkdtempSync(join(tmpdir(), 'placekit-no-sqlite-'));
    copyFileSync(CLI, join(alone, 'placekit.js'));
    const result = spawnSync(process.execPath, [join(alone, 'placekit.js'), 'receive', '--origin', SITE, '--form', 'x', '--db', join(alone, 'f.db')], {
      encoding: 'utf8',
      cwd: alone,
    });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /better-sqlite3, which is not installed/);
    assert.match(result.stderr, /npm install better-sqlite3/);
  });

  it('refuses to start without origins or forms, or with a bad option, and documents itself in --help', () => {
    const noOrigin = placekit('receive', '--form', 'x', '--db', newDb());
    assert.equal(noOrigin.code, 2);
    assert.match(noOrigin.err, /--origin https:\/\//);
    const noForm = placekit('receive', '--origin', SITE, '--db', newDb());
    assert.equal(noForm.code, 2);
    assert.match(noForm.err, /--form/);
    assert.equal(placekit('receive', '--origin', 'council.example', '--form', 'x').code, 2);
    assert.equal(placekit('receive', '--origin', `${SITE}/page`, '--form', 'x').code, 2);
    assert.equal(placekit('receive', '--origin', SITE, '--form', 'x', '--max-body', 'lots').code, 2);
    assert.equal(placekit('receive', '--origin', SITE, '--form', 'x', '--frobnicate').code, 2);
    const missingFeed = placekit('receive', '--origin', SITE, '--feed', join(work, 'nope.json'), '--db', newDb());
    assert.equal(missingFeed.code, 1);
    assert.match(missingFeed.err, /no such file/);
    const help = placekit('--help').out;
    for (const option of [
      'placekit receive',
      '--origin',
      '--form',
      '--feed',
      '--db',
      '--port',
      '--max-body',
      '--max-db',
      '--rate-limit',
      'receive export',
      '--include-suspected',
      'receive backup',
    ]) {
      assert.ok(help.includes(option), option);
    }
  });

  it('says plainly when its port is taken', async () => {
    const r = await receiver();
    const clash = placekit('receive', '--origin', SITE, '--form', 'x', '--db', newDb(), '--port', String(r.port));
    assert.equal(clash.code, 1);
    assert.match(clash.err, /port \d+ on 127\.0\.0\.1 is in use/);
    await r.stop();
  });
});
