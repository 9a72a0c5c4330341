/**
 * The publisher tool, run as publishers run it: `node dist/cli/placekit.js ...` (npm test builds dist/
 * first). These tests run in node, not the browser.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { placekitAsync as runAsync } from './run-placekit.js';

const CLI = 'dist/cli/placekit.js';
const ORUK = 'tests/fixtures/openreferral-uk';

function placekit(...args) {
  const result = spawnSync('node', [CLI, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const work = mkdtempSync(join(tmpdir(), 'placekit-cli-'));

describe('placekit validate', () => {
  it('passes the sample feed with exit 0 and a summary per section', () => {
    const { code, out } = placekit('validate', 'sample/feed.json');
    assert.equal(code, 0, out);
    assert.match(out, /format 1\.0, published by/);
    assert.match(out, /services\s+\d{2,}\s+0/);
    assert.match(out, /locality_plans\s+3\s+0/);
    assert.match(out, /✔ valid \(0 records skipped, 0 values dropped/);
  });

  it('fails a broken feed with exit 1, one line per problem with its JSON path and reason', () => {
    const { code, out } = placekit('validate', 'tests/fixtures/feeds/broken.json');
    assert.equal(code, 1);
    assert.match(out, /\[record skipped\] services\[1\]\.name: is required; record skipped/);
    // Both times of the schedule fail the same way: one line for the kind, then each place (issue 14).
    assert.match(
      out,
      /\[value dropped \] services\[\*\]\.schedules\[\*\]\.opens_at, services\[\*\]\.schedules\[\*\]\.closes_at: must be a time of day.*; services\[\*\]\.schedules\[\*\] dropped \(2 places\)$/m,
    );
    assert.match(out, /^ +services\[2\]\.schedules\[0\]\.opens_at: must be a time of day.*"9am"/m);
    assert.match(out, /\[value dropped \] services\[3\]\.url: must be an absolute http, https, mailto, tel or sms link/);
    assert.match(out, /\[note {10}\] connectors\[0\]\.area_ids\[0\]: no area has the id "atlantis"/);
    assert.match(out, /\[note {10}\] connectors\[\*\]\.emial: not a field placekit reads, so it is ignored; check the spelling/);
    assert.match(out, /services\s+3\s+1/);
    assert.match(out, /services\[2\]\.schedules\[0\]\.closes_at: must be a time of day/);
    assert.match(out, /✘ not valid \(1 record skipped, 3 values dropped, 2 notes\)/);
  });

  it('explains why an Open Referral UK record is not a feed, with exit 1', () => {
    const { code, out } = placekit('validate', `${ORUK}/service_full.json`);
    assert.equal(code, 1);
    assert.match(out, /cannot be used \(version\)/);
    assert.match(out, /placekit convert/);
  });

  it('says what is wrong with unreadable input and wrong usage', () => {
    // 2 for a file that could not be read, apart from 1 for a feed that is not valid.
    assert.equal(placekit('validate', join(work, 'missing.json')).code, 2);
    assert.match(placekit('validate', join(work, 'missing.json')).err, /no such file/);
    writeFileSync(join(work, 'garbage.json'), '{"format_version": "1.0", ');
    assert.match(placekit('validate', join(work, 'garbage.json')).out, /not-json/);
    assert.equal(placekit('validate').code, 2);
    assert.equal(placekit('frobnicate').code, 2);
    assert.equal(placekit('validate', '--nonsense', 'x').code, 2);
  });

  it('prints each command’s help with --help, exit 0', () => {
    for (const command of [['validate'], ['convert'], ['check-api'], ['schema'], ['receive'], ['receive', 'export'], ['receive', 'backup']]) {
      const { code, out, err } = placekit(...command, '--help');
      assert.equal(code, 0, `${command.join(' ')} --help: ${err}`);
      assert.match(out, new RegExp(`^  placekit ${command.join(' ')}\\b`, 'm'), command.join(' '));
      assert.equal(err, '');
    }
    assert.equal(placekit('help', 'convert').code, 0);
    assert.match(placekit('help', 'convert').out, /placekit convert <source>/);
  });

  it('says what went wrong in one line, no stack trace: an unwritable --out, a bad option', () => {
    const missing = placekit('convert', 'sample/feed.json', '--out', join(work, 'no-such-folder', 'x.json'));
    assert.equal(missing.code, 2);
    assert.equal(missing.err.trim().split('\n').length, 1, missing.err);
    assert.match(missing.err, /^placekit convert: cannot write .*no-such-folder\/x\.json: its folder does not exist$/m);
    assert.doesNotMatch(missing.err, /\n\s+at /);
    const schema = placekit('schema', '--out', join(work, 'no-such-folder', 'schema.json'));
    assert.equal(schema.code, 2);
    assert.match(schema.err, /^placekit schema: cannot write /);
    const option = placekit('validate', '--nonsense', 'x');
    assert.equal(option.err.trim().split('\n').length, 1, option.err);
    assert.match(option.err, /^placekit validate: Unknown option '--nonsense' \(placekit validate --help lists what it takes\)\.$/m);
  });

  it('--quiet names the file on every line: each failing problem, then the result', () => {
    const { code, out } = placekit('validate', '--quiet', 'sample/feed.json', 'tests/fixtures/feeds/broken.json');
    assert.equal(code, 1);
    const lines = out.trim().split('\n');
    assert.deepEqual(
      lines.filter((line) => !/^(sample\/feed\.json|tests\/fixtures\/feeds\/broken\.json): /.test(line)),
      [],
    );
    assert.match(lines[0], /^sample\/feed\.json: ✔ valid/);
    assert.ok(lines.includes('tests/fixtures/feeds/broken.json: [record skipped] services[1].name: is required; record skipped'), out);
    assert.match(lines.at(-1), /^tests\/fixtures\/feeds\/broken\.json: ✘ not valid \(1 record skipped/);
  });

  it('prints a JSON report with --json', () => {
    const { code, out } = placekit('validate', '--json', 'tests/fixtures/feeds/broken.json');
    assert.equal(code, 1);
    const report = JSON.parse(out);
    assert.equal(report.valid, false);
    assert.equal(report.counts.services.skipped, 1);
    assert.deepEqual(report.warnings[0], {
      path: 'services[1].name',
      message: 'is required; record skipped',
      action: 'skipped',
      record: 'services[1] (id nameless)',
    });
  });

  describe('over HTTP', () => {
    let server;
    let base;
    before(async () => {
      server = createServer((req, res) => {
        if (req.url === '/feed.json') {
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end(readFileSync('sample/feed.json'));
        } else {
          res.writeHead(404);
          res.end('not found');
        }
      });
      await new Promise((done) => server.listen(0, '127.0.0.1', done));
      base = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => server.close());

    it('validates a feed from a URL', async () => {
      const result = await runAsync(['validate', `${base}/feed.json`]);
      assert.equal(result.code, 0, result.out);
      const missing = await runAsync(['validate', `${base}/nope.json`]);
      assert.equal(missing.code, 2);
      assert.match(missing.err, /HTTP 404/);
    });
  });
});

describe('placekit convert', () => {
  it('builds a feed from the Open Referral UK examples that validate reads, reporting their odd values', () => {
    const out = join(work, 'oruk-feed.json');
    const converted = placekit('convert', `${ORUK}/service_full.json`, `${ORUK}/service_list.json`, '--publisher', 'Example Council', '--out', out);
    assert.equal(converted.code, 0, converted.err);
    assert.match(converted.err, /services 1/);
    assert.match(converted.err, /1 duplicate record left out/);
    const feed = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(feed.format_version, '1.0');
    assert.equal(feed.publisher.name, 'Example Council');
    // Records are kept exactly as published.
    assert.deepEqual(feed.services[0], JSON.parse(readFileSync(`${ORUK}/service_full.json`, 'utf8')));
    assert.equal(feed.taxonomy_terms[0].id, '3f7b145d-84af-42d7-8fae-eaca714b02b2');
    const validated = placekit('validate', out);
    assert.equal(validated.code, 1);
    assert.match(validated.out, /services\[0\]\.service_at_locations\[0\]\.location\.latitude: is not a possible latitude/);
    assert.match(validated.out, /0 records skipped, 2 values dropped/);
  });

  it("carries over another feed's sections and areas", () => {
    const out = join(work, 'merged.json');
    assert.equal(placekit('convert', `${ORUK}/service_full.json`, '--areas', 'sample/feed.json', '--publisher', 'X', '--out', out).code, 0);
    const feed = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(feed.areas.length, 3);
  });

  it('refuses input that is not Open Referral UK', () => {
    writeFileSync(join(work, 'number.json'), '42');
    const result = placekit('convert', join(work, 'number.json'));
    assert.equal(result.code, 1);
    assert.match(result.err, /not Open Referral UK records/);
  });
});

describe('placekit schema', () => {
  it('prints the JSON Schema generated from the zod schema, with descriptions', () => {
    const { code, out } = placekit('schema');
    assert.equal(code, 0);
    const schema = JSON.parse(out);
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(schema.required.sort(), ['format_version', 'publisher', 'updated']);
    assert.match(schema.$defs.Service.description, /Open Referral UK/);
    assert.deepEqual(schema.$defs.Service.required.sort(), ['id', 'name']);
    assert.match(schema.$defs.Schedule.properties.closes_at.description, /past midnight/);
    assert.deepEqual(schema.$defs.PlanAction.properties.status.anyOf[0].enum, [
      'complete',
      'on_track',
      'minor_slippage',
      'major_slippage',
      'not_started',
      'reported_later',
    ]);
    // The build writes the same schema to dist/.
    assert.deepEqual(JSON.parse(readFileSync('dist/feed.schema.json', 'utf8')), schema);
  });

  it('prints its version and help', () => {
    assert.equal(placekit('--version').out.trim(), JSON.parse(readFileSync('package.json', 'utf8')).version);
    assert.match(placekit('--help').out, /placekit validate <file-or-URL>/);
  });
});
