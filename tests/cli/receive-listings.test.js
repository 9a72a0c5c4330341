/**
 * The directory's listing reports and confirmations at the receiver (issue 19): accepted with a feed that
 * names listing_reports, exported with the listing's name beside its id, counted per listing by
 * `placekit receive export --confirmations`, and merged into a feed by `placekit convert --confirmations`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { newDb, parseCsv, placekit, post, receiver, rows, SITE, submission, work } from '../support/receive-client.js';

const feed = JSON.parse(readFileSync('sample/feed.json', 'utf8'));
const [first, second] = feed.services;

const report = (service, answers = {}) =>
  submission({
    form_id: 'placekit-listing-report',
    answers: { problem: 'out_of_date', correction: 'The Tuesday session moved to Wednesday', contact: null, ...answers },
    context: { subject: service.id, subject_name: service.name, page_url: `${SITE}/services` },
  });

const confirmation = (service) =>
  submission({
    form_id: 'placekit-listing-confirmation',
    answers: { right: true },
    context: { subject: service.id, subject_name: service.name, page_url: `${SITE}/services` },
  });

describe('placekit receive: listing reports and confirmations', () => {
  it('accepts them only when the feed names listing_reports, and exports the listing report with the listing name', async () => {
    const without = join(work, 'no-listing-reports.json');
    writeFileSync(without, JSON.stringify({ ...feed, listing_reports: undefined }));
    const refusing = await receiver([], { feed: without });
    const refused = await post(refusing.url, report(first));
    assert.equal(refused.status, 422, refused.text);
    assert.equal(refused.json.error, 'unknown_form');
    await refusing.stop();

    const r = await receiver();
    const sent = report(first, { contact: 'resident@example.org' });
    const answer = await post(r.url, sent);
    assert.equal(answer.status, 201, answer.text);
    const [row] = rows(r.db);
    assert.equal(row.subject, first.id);
    assert.equal(row.subject_name, first.name);
    assert.equal(row.extra, null, 'every answer is one of the form’s questions');
    const result = placekit('receive', 'export', '--db', r.db, '--no-bom');
    assert.equal(result.code, 0, result.err);
    const [header, record] = parseCsv(result.out);
    assert.deepEqual(header.slice(0, 10), [
      'reference',
      'received_at',
      'submitted_at',
      'form_id',
      'area',
      'subject',
      'subject_name',
      'page_url',
      'idempotency_key',
      'problem',
    ]);
    assert.equal(record[header.indexOf('subject_name')], first.name);
    assert.equal(record[header.indexOf('correction')], 'The Tuesday session moved to Wednesday');
    await r.stop();
  });

  it('refuses a subject name that is not text or too long', async () => {
    const r = await receiver();
    for (const subject_name of [42, 'x'.repeat(1001)]) {
      const body = report(first);
      body.context.subject_name = subject_name;
      const answer = await post(r.url, body);
      assert.equal(answer.status, 400, answer.text);
      assert.match(answer.json.message, /context\.subject_name/);
    }
    await r.stop();
  });

  it('counts confirmations per listing, leaving out answers that are not Yes and suspected spam, and convert merges them', async () => {
    const r = await receiver();
    for (const body of [confirmation(first), confirmation(first), confirmation(second), confirmation(first)])
      assert.equal((await post(r.url, body)).status, 201);
    assert.equal((await post(r.url, { ...confirmation(second), answers: { right: false } })).status, 201);
    assert.equal((await post(r.url, { ...confirmation(second), suspected_spam: ['too_fast'] })).status, 201);
    assert.equal((await post(r.url, report(second))).status, 201, 'a report is not a confirmation');
    await r.stop();
    // The second listing's latest was received on another day (the receiver's clock decides "last").
    const db = new Database(r.db);
    db.prepare("UPDATE submissions SET received_at = '2026-03-31T23:30:00.000Z' WHERE subject = ? AND form_id = 'placekit-listing-confirmation'").run(
      second.id,
    );
    db.close();

    const out = join(work, 'confirmations.json');
    const result = placekit('receive', 'export', '--db', r.db, '--confirmations', '--out', out);
    assert.equal(result.code, 0, result.err);
    assert.match(result.err, /4 confirmations of 2 listings/);
    const file = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(file.format, 'placekit-confirmations');
    const byId = Object.fromEntries(file.confirmations.map((c) => [c.id, c]));
    assert.equal(byId[first.id].count, 3);
    assert.equal(byId[first.id].name, first.name);
    assert.match(byId[first.id].last, /^\d{4}-\d{2}-\d{2}$/);
    // 23:30 UTC on 31 March 2026 is 00:30 on 1 April in British Summer Time.
    assert.deepEqual(byId[second.id], { id: second.id, name: second.name, count: 1, last: '2026-04-01' });
    assert.equal(JSON.stringify(file).includes('resident'), false);

    assert.equal(placekit('receive', 'export', '--db', r.db, '--confirmations', '--form', 'x').code, 2);

    // Merged into a feed: the counts replace what the records had; an id not in the feed is said.
    file.confirmations.push({ id: 'gone-service', count: 2, last: '2026-01-01' });
    writeFileSync(out, JSON.stringify(file));
    const merged = join(work, 'merged-feed.json');
    const converted = placekit(
      'convert',
      'sample/feed.json',
      '--confirmations',
      out,
      '--listing-reports',
      'https://reports.example.org/listings',
      '--out',
      merged,
    );
    assert.equal(converted.code, 0, converted.err);
    assert.match(converted.err, /confirmations merged into 2 records; 1 listing not in this feed left out/);
    const written = JSON.parse(readFileSync(merged, 'utf8'));
    const service = (id) => written.services.find((s) => s.id === id);
    assert.deepEqual(service(first.id).confirmations, { count: 3, last: byId[first.id].last });
    assert.deepEqual(service(second.id).confirmations, { count: 1, last: '2026-04-01' });
    assert.deepEqual(written.listing_reports, { endpoint: 'https://reports.example.org/listings' });
    assert.equal(placekit('validate', merged).code, 0);

    const bad = join(work, 'not-confirmations.json');
    writeFileSync(bad, '{"services": []}');
    const refused = placekit('convert', 'sample/feed.json', '--confirmations', bad);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /not a confirmations file/);
  });

  it('upgrades a schema 2 database, adding the subject name column', async () => {
    const db = newDb();
    const r = await receiver([], { db });
    assert.equal((await post(r.url, submission())).status, 201);
    await r.stop();
    // Made back into schema 2, as an older placekit left it.
    const old = new Database(db);
    old.exec('ALTER TABLE submissions DROP COLUMN subject_name; PRAGMA user_version = 2;');
    old.close();
    const exportedOld = placekit('receive', 'export', '--db', db, '--no-bom');
    assert.equal(exportedOld.code, 0, exportedOld.err);
    assert.equal(parseCsv(exportedOld.out)[1][parseCsv(exportedOld.out)[0].indexOf('subject_name')], '');
    const again = await receiver([], { db });
    assert.equal((await post(again.url, report(first))).status, 201);
    await again.stop();
    assert.deepEqual(
      rows(db).map((row) => row.subject_name),
      [null, first.name],
    );
  });
});
