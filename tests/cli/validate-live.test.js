/**
 * `placekit validate` on feeds written the way live Open Referral UK directories write them (issue 14):
 * empty strings are absent, websites without a scheme, stray spaces in emails and quotes around phone
 * numbers are repaired (exit 0, and the message names the value), times with a zone are read, -1 ages
 * are "no limit", copies of one record are merged; a record skipped or a value dropped is exit 1, and
 * `--strict` fails on repairs too. Runs in node against dist/cli (npm test builds it).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LIVE = 'tests/fixtures/feeds/live-directory.json';
const BRISTOL = 'tests/fixtures/real-oruk-bristol';
const work = mkdtempSync(join(tmpdir(), 'placekit-validate-live-'));
let count = 0;

function validate(feedOrFile, ...flags) {
  let file = feedOrFile;
  if (typeof feedOrFile !== 'string') writeFileSync((file = join(work, `feed-${++count}.json`)), JSON.stringify(feedOrFile));
  const result = spawnSync('node', ['dist/cli/placekit.js', 'validate', ...flags, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, out: result.stdout + result.stderr };
}

const feed = (extra) => ({ format_version: '1.0', publisher: { name: 'Test Partnership' }, updated: '2026-11-01T09:00:00Z', ...extra });

describe('placekit validate: what live directories publish', () => {
  it('passes a feed of empty strings, -1 ages and times with a zone without a single problem', () => {
    const service = {
      id: 's',
      name: 'Lunch club',
      url: '',
      email: '  ',
      logo: '',
      assured_date: '',
      minimum_age: -1,
      maximum_age: -1,
      organization: { name: '', website: '', email: '' },
      phones: [{ number: '' }],
      schedules: [{ byday: 'MO', opens_at: '10:00Z', closes_at: '12:00:00.000+01:00', valid_from: '' }],
    };
    const { code, out } = validate(feed({ publisher: { name: 'Test Partnership', website: '', email: '' }, services: [service] }));
    assert.equal(code, 0, out);
    assert.doesNotMatch(out, /Problems:/);
    assert.match(out, /✔ valid \(0 records skipped, 0 values dropped, 0 notes\)/);
  });

  it('passes the live-directory fixture (exit 0), each repair naming the value it refused', () => {
    const { code, out } = validate(LIVE);
    assert.equal(code, 0, out);
    // Websites without a scheme, in five fields: one line with the count, then each place with its value.
    assert.equal(out.match(/https:\/\/ added \(\d+ places\)/g)?.length, 1);
    assert.match(
      out,
      /^ {2}\[repaired {6}\] publisher\.website, services\[\*\]\.url, services\[\*\]\.organization\.website and 2 more: not a web link: https:\/\/ added \(5 places\)$/m,
    );
    assert.match(out, /^ {21}publisher\.website: not a web link \(is "www\.council\.example\.org\/"\): https:\/\/ added$/m);
    assert.match(out, /^ {21}services\[1\]\.url: not a web link \(is "www\.wetalkclub\.example\.org\/"\): https:\/\/ added$/m);
    assert.match(
      out,
      /^ {21}services\[1\]\.schedules\[0\]\.schedule_link: not a web link \(is "www\.wetalkclub\.example\.org\/sessions"\): https:\/\/ added$/m,
    );
    assert.match(out, /^ {21}services\[2\]\.email: not an email address as written \(is "advice@example\.org "\): spaces removed$/m);
    assert.match(out, /services\[2\]\.organization\.email: not an email address as written \(is "info@example\.org\\u00a0"\): no-break spaces removed/);
    assert.match(out, /services\[2\]\.contacts\[0\]\.email: not an email address as written \(is "jo\\u200b@example\.org"\): invisible characters removed/);
    assert.match(out, /services\[2\]\.contacts\[1\]\.email: .*\(is "sam@example\.org\."\): a full stop at the end removed/);
    assert.match(
      out,
      /services\[2\]\.contacts\[3\]\.email: a placeholder, not an address anyone can write to \(is "Unknown-1777470903@noemail\.invalid"\): left out/,
    );
    // Four phone numbers with quotation marks: one line for the kind, with its count, then each place.
    assert.match(out, /^ {2}\[repaired {6}\] services\[\*\]\.phones\[\*\]\.number: has quotation marks around it: quotation marks removed \(4 places\)$/m);
    assert.match(out, /^ {21}services\[3\]\.phones\[0\]\.number: has quotation marks around it \(is "\\"\+44 141 496 0000\\""\): quotation marks removed$/m);
    assert.match(out, /^ {21}services\[3\]\.phones\[3\]\.number: .*\(is "“07700 900123”"\)/m);
    assert.match(
      out,
      /\[note {10}\] services\[8\]: is a second copy of services\[7\] "Youth club" \(id twice-fuller\) with more in it; this copy is kept in its place/,
    );
    assert.doesNotMatch(out, /\[(record skipped|value dropped )\]/);
    assert.match(out, /services\s+7\s+0\s+2/);
    assert.match(out, /✔ valid \(0 records skipped, 0 values dropped, 16 values repaired, 1 note\)/);
  });

  it('fails repairs with --strict, and --quiet prints only what fails the feed', () => {
    const strict = validate(LIVE, '--strict');
    assert.equal(strict.code, 1, strict.out);
    assert.match(strict.out, /✘ not valid with --strict \(0 records skipped, 0 values dropped, 16 values repaired, 1 note\)/);
    const quiet = validate(LIVE, '--quiet');
    assert.equal(quiet.code, 0);
    assert.equal(quiet.out.trim(), `${LIVE}: ✔ valid (0 records skipped, 0 values dropped, 16 values repaired, 1 note)`);
    const both = validate(LIVE, '--quiet', '--strict');
    assert.equal(both.code, 1);
    // Every line names the feed: each failing problem on its own line, then the result.
    const lines = both.out.trim().split('\n');
    assert.ok(
      lines.every((line) => line.startsWith(`${LIVE}: `)),
      both.out,
    );
    assert.ok(
      lines.some((line) => line.includes('[repaired      ] services[1].url: not a web link')),
      both.out,
    );
    assert.match(lines.at(-1), /✘ not valid with --strict/);
    assert.doesNotMatch(both.out, /\[note/);
  });

  it('fails a skipped record (a second, different record with the same id), naming the id and both names', () => {
    const { code, out } = validate(
      feed({
        services: [
          { id: 'x1', name: "Men's shed" },
          { id: 'x1', name: 'Knit and natter' },
          { id: 'x2', name: 'Food bank' },
          { id: 'x2', name: 'Food bank', email: '' },
        ],
      }),
    );
    assert.equal(code, 1, out);
    assert.match(
      out,
      /\[record skipped\] services\[1\]\.id: id "x1" is already used by services\[0\] "Men's shed" \(id x1\); this record \("Knit and natter"\) is a different one, so it is skipped: give each record its own id/,
    );
    assert.doesNotMatch(out, /services\[3\]/);
    assert.match(out, /services\s+2\s+1\s+1/);
  });

  it('fails a dropped value, naming the value', () => {
    const { code, out } = validate(feed({ services: [{ id: 's', name: 'S', url: 'www.example.org/ about us', minimum_age: 'eighteen' }] }));
    assert.equal(code, 1, out);
    assert.match(
      out,
      /\[value dropped \] services\[0\]\.url: must be an absolute http, https, mailto, tel or sms link \(is "www\.example\.org\/ about us"\); dropped/,
    );
    assert.match(out, /\[value dropped \] services\[0\]\.minimum_age: must be a number, not text \(is "eighteen"\); dropped/);
  });

  it("passes Bristol's real records, nothing dropped that a resident would miss", () => {
    const one = JSON.parse(readFileSync(join(BRISTOL, 'bristol-service-1625ip.json'), 'utf8'));
    const page = JSON.parse(readFileSync(join(BRISTOL, 'bristol-services-page1.json'), 'utf8'));
    const { code, out } = validate(feed({ services: [one, ...page.contents] }));
    assert.equal(code, 0, out);
    assert.match(out, /✔ valid \(0 records skipped, 0 values dropped, 1 value repaired, 4 notes\)/);
    assert.match(
      out,
      /services\[3\]\.email: a placeholder, not an address anyone can write to \(is "Unknown-17774709035808669303521709054@noemail\.invalid"\): left out/,
    );
    assert.doesNotMatch(out, /age/);
  });

  it('lists thousands of repairs under one line per kind, with the count, and every place', () => {
    const services = Array.from({ length: 1500 }, (_, i) => ({ id: `s${i}`, name: `Service ${i}`, url: `www.s${i}.example.org`, email: '', description: '' }));
    const { code, out } = validate(feed({ services }));
    assert.equal(code, 0);
    const lines = out.split('\n');
    assert.equal(lines.filter((line) => line.startsWith('  [')).length, 1);
    assert.ok(lines.includes('  [repaired      ] services[*].url: not a web link: https:// added (1,500 places)'));
    assert.equal(
      lines.filter((line) => /^ {21}services\[\d+\]\.url: not a web link \(is "www\.s\d+\.example\.org"\): https:\/\/ added$/.test(line)).length,
      1500,
    );
    assert.match(out, /✔ valid \(0 records skipped, 0 values dropped, 1,500 values repaired, 0 notes\)/);
    assert.equal(validate(feed({ services }), '--quiet').out.trim().split('\n').length, 1);
  });

  it('gives every warning in --json, repairs with action "repaired"', () => {
    const { code, out } = validate(LIVE, '--json');
    assert.equal(code, 0);
    const report = JSON.parse(out);
    assert.equal(report.valid, true);
    assert.equal(report.warnings.filter((w) => w.action === 'repaired').length, 16);
    assert.deepEqual(
      report.warnings.find((w) => w.path === 'services[1].url'),
      {
        path: 'services[1].url',
        message: 'not a web link (is "www.wetalkclub.example.org/"): https:// added',
        action: 'repaired',
        record: 'services[1] "We Talk Club" (id schemeless)',
      },
    );
    assert.deepEqual(report.counts.services, { kept: 7, skipped: 0, merged: 2 });
  });
});
