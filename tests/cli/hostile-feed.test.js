/**
 * `placekit validate` against the hostile-feed corpus (tests/fixtures/hostile-feed.json, built into feeds by
 * tests/support/hostile-feed.js, as the browser test does): it never crashes (exit 0 or 1, nothing on
 * stderr), it reports each bad value with its path and what it did, and what it prints is escaped. An 11 MB
 * feed of the kinds that once ran it out of memory is read under a 128 MB heap. Runs in node against dist/cli
 * (npm test builds it).
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseFeed, hostileFeeds, toJson } from '../support/hostile-feed.js';

const work = mkdtempSync(join(tmpdir(), 'placekit-hostile-'));
let count = 0;

/** Runs placekit validate on feed text; `node` arguments first (a heap limit). */
function validate(text, args = [], node = []) {
  const file = join(work, `feed-${++count}.json`);
  writeFileSync(file, text);
  const result = spawnSync('node', [...node, 'dist/cli/placekit.js', 'validate', ...args, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: result.status, signal: result.signal, out: result.stdout, err: result.stderr };
}

/** Characters a terminal acts on, which nothing placekit prints may hold raw. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const { cases } = JSON.parse(readFileSync('tests/fixtures/hostile-feed.json', 'utf8'));
const { feed, placed } = hostileFeeds(cases);

/** Whether `report` says what `p` expects at its path. */
function reported(report, p) {
  const { expect: action } = p.hostile;
  if (action === 'refused') return report.error !== undefined;
  if (!report.warnings) return false;
  if (action === null) {
    // Harmless as text: nothing lost from its record (or, for the publisher or the feed, from the header).
    const where = p.section === undefined ? p.at : `${p.section}[${p.index}]`;
    return !report.warnings.some(
      (w) => (w.action === 'skipped' || w.action === 'dropped') && (w.path === where || w.path.startsWith(`${where}.`) || w.path.startsWith(`${where}[`)),
    );
  }
  return report.warnings.some((w) => w.action === action && w.path.startsWith(p.at));
}

describe('placekit validate: the hostile-feed corpus', () => {
  let whole;
  before(() => {
    whole = validate(toJson(feed), ['--json']);
  });

  it('reads every record case in one feed without crashing', () => {
    assert.equal(whole.err, '');
    assert.equal(whole.signal, null);
    assert.equal(whole.code, 1, 'values were dropped and records skipped: not valid');
    assert.doesNotMatch(whole.out, UNSAFE);
  });

  it('reports each bad value with its path and what was done, and nothing lost for a harmless one', () => {
    const report = JSON.parse(whole.out);
    const missing = placed
      .filter((p) => p.alone === undefined && !reported(report, p))
      .map((p) => `${p.hostile.name}: expected ${p.hostile.expect} at ${p.at}`);
    assert.deepEqual(missing, []);
  });

  it('reports each hostile publisher value or feed, alone, with its path, and never crashes', () => {
    const wrong = [];
    for (const p of placed.filter((x) => x.alone !== undefined)) {
      const run = validate(toJson(p.alone), ['--json']);
      if (run.err !== '' || ![0, 1].includes(run.code)) wrong.push(`${p.hostile.name}: exit ${run.code} ${run.err.slice(0, 300)}`);
      else if (p.hostile.expect === 'refused' && run.code !== 1) wrong.push(`${p.hostile.name}: a feed that cannot be used, exit ${run.code}`);
      else if (!reported(JSON.parse(run.out), p)) wrong.push(`${p.hostile.name}: expected ${p.hostile.expect} at ${p.at}`);
      if (UNSAFE.test(run.out)) wrong.push(`${p.hostile.name}: printed an unsafe character`);
    }
    assert.deepEqual(wrong, []);
  });

  it('calls a feed it cannot read not valid (exit 1), saying why, and never crashes', () => {
    const unreadable = {
      empty: '',
      'cut short': '{"format_version":"1.0","publisher":{"na',
      'not text': String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)),
      'a JSON string': '"feed"',
      'a number': '42',
      null: 'null',
      'an HTML page': '<!doctype html><title>Not found</title>',
      'controls in the error': '{"a":\u001b[2J}',
    };
    for (const [name, text] of Object.entries(unreadable)) {
      const run = validate(text);
      assert.equal(run.err, '', name);
      assert.equal(run.code, 1, name);
      assert.match(run.out, /cannot be used/, name);
      assert.doesNotMatch(run.out, UNSAFE, name);
      const json = validate(text, ['--json']);
      assert.equal(json.code, 1, name);
      assert.equal(JSON.parse(json.out).valid, false, name);
    }
  });

  it('reads a feed saved with a byte-order mark as the widgets do (a browser ignores it)', () => {
    const run = validate(`\uFEFF${JSON.stringify(baseFeed())}`, ['--json']);
    assert.equal(run.err, '');
    const report = JSON.parse(run.out);
    assert.equal(report.error, undefined);
    assert.equal(report.publisher, 'Hostile Test Partnership');
  });

  it('prints field names escaped: a feed cannot clear the screen or print its own "✔ valid"', () => {
    const escape = placed.find((p) => p.hostile.key?.startsWith('\u001b'));
    const run = validate(toJson({ ...baseFeed(), services: [feed.services[0], feed.services[escape.index]] }));
    assert.equal(run.err, '');
    assert.doesNotMatch(run.out, UNSAFE);
    assert.match(run.out, /services\[\*\]\["\\u001b\[2J\\u001b\[H✔ valid\\n"\]: not a field placekit reads/);
    // The only "valid" verdict is placekit's own, on the last line.
    assert.deepEqual(
      run.out.split('\n').filter((line) => /^✔ valid/.test(line)),
      run.out.trim().split('\n').slice(-1),
    );
  });
});

describe('placekit validate: checks that grow with the data', () => {
  it('reads an 11 MB feed of long titles, repeated dates and thousands of problems under a 128 MB heap', () => {
    const big = {
      format_version: '1.0',
      publisher: { name: 'Big', website: 'www.example.org' },
      updated: '2026-11-01T09:00:00Z',
      areas: [{ id: 'a', name: 'A', postcode_districts: ['G31'] }],
      locality_plans: [
        {
          id: 'p',
          area_id: 'a',
          title: 'T'.repeat(1_000_000),
          priorities: [
            {
              id: 'x',
              title: 'X'.repeat(200_000),
              indicators: [{ id: 'i', title: 'I', values: Array.from({ length: 20_000 }, (_, v) => ({ date: '2025', value: v })) }],
            },
          ],
        },
      ],
      services: Array.from({ length: 6000 }, (_, s) => ({
        id: `s${s}`,
        name: `Service ${s} ${'n'.repeat(800)}`,
        url: 'www.example.org',
        email: ' desk@example.org ',
        phones: [{ number: '"0141 496 0000"' }],
        cost_options: [{ amount: 1, currency: '£' }],
        [`field_${'x'.repeat(200)}${s}`]: 1,
      })),
    };
    big.services.push({
      id: 'nulls',
      name: 'Nulls',
      phones: Array(300_000).fill(null),
      languages: Array.from({ length: 100_000 }, () => ({ name: 'x', code: 1 })),
    });
    const text = JSON.stringify(big);
    assert.ok(text.length > 11_000_000, `${text.length} characters`);
    const run = validate(text, [], ['--max-old-space-size=128']);
    assert.equal(run.err, '');
    assert.equal(run.signal, null);
    assert.equal(run.code, 1);
    assert.match(run.out, /✘ not valid \(0 records skipped, \d+ values dropped, 24,001 values repaired, [\d,]+ notes\)/);
    // Notes quote a shortened label, never the 1 MB title: the report is a fraction of the feed.
    assert.ok(run.out.length < text.length / 3, `${run.out.length} characters printed`);
    assert.doesNotMatch(run.out, /T{61}/);
  });

  it('reads a plan with a 200 KB title and 20,000 values on one date, each note naming it in 60 characters', () => {
    const plan = {
      format_version: '1.0',
      publisher: { name: 'P' },
      updated: '2026-11-01T09:00:00Z',
      areas: [{ id: 'a', name: 'A', postcode_districts: ['G31'] }],
      locality_plans: [
        {
          id: 'p',
          area_id: 'a',
          title: 'T'.repeat(200_000),
          priorities: [
            { id: 'x', title: 'X', indicators: [{ id: 'i', title: 'I', values: Array.from({ length: 20_000 }, (_, v) => ({ date: '2025', value: v })) }] },
          ],
        },
      ],
    };
    const run = validate(JSON.stringify(plan), ['--json'], ['--max-old-space-size=128']);
    assert.equal(run.err, '');
    const report = JSON.parse(run.out);
    const values = report.warnings.find((w) => w.path === 'locality_plans[0].priorities[0].indicators[0].values');
    assert.equal(values.action, 'dropped');
    assert.match(values.message, /has 20,000 items, more than the 500 placekit reads/);
    const notes = report.warnings.filter((w) => /a second value for 2025/.test(w.message));
    assert.equal(notes.length, 499);
    for (const w of notes) assert.ok(w.record.length < 100, w.record.slice(0, 100));
  });
});
