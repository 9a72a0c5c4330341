/**
 * `placekit validate` on the slips publishers make that placekit reads anyway (notes, exit 0), and on the
 * ones it cannot (a phishing-style link, broken JSON: exit 1, saying where and why). Runs in node against
 * dist/cli (npm test builds it).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const work = mkdtempSync(join(tmpdir(), 'placekit-validate-'));
let count = 0;

/** Writes `text` to a file and validates it. */
function validate(text) {
  const file = join(work, `feed-${++count}.json`);
  writeFileSync(file, typeof text === 'string' ? text : JSON.stringify(text, null, 2));
  const result = spawnSync('node', ['dist/cli/placekit.js', 'validate', file], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout + result.stderr };
}

const feed = (extra) => ({ format_version: '1.0', publisher: { name: 'Test Partnership' }, updated: '2026-11-01T09:00:00Z', ...extra });
const area = { id: 'a', name: 'A', postcode_districts: ['G31'] };

describe('placekit validate: slips and how it reports them', () => {
  it('passes a date-only updated with a note: read as midnight UK time', () => {
    const { code, out } = validate(feed({ updated: '2026-07-15' }));
    assert.equal(code, 0, out);
    assert.match(out, /\[note {10}\] updated: is a date without a time; read as midnight UK time \(2026-07-15T00:00:00\+01:00\)/);
  });

  it('passes a plan without priorities and notes the plan slips, each with its path', () => {
    const plan = {
      id: 'p',
      area_id: 'a',
      title: 'Plan',
      period_start: '2027',
      period_end: '2025',
      priorities: [
        {
          id: 'x',
          title: 'X',
          indicators: [
            {
              id: 'i',
              title: 'I',
              values: [
                { date: '2025', value: 1 },
                { date: '2025', value: 2 },
              ],
            },
          ],
        },
        { id: 'x', title: 'Y' },
      ],
    };
    const { code, out } = validate(feed({ areas: [area], locality_plans: [plan, { id: 'q', area_id: 'a', title: 'Plan without priorities' }] }));
    assert.equal(code, 0, out);
    assert.match(out, /\[note {10}\] locality_plans\[0\]\.period_end: 2025 is before period_start 2027/);
    assert.match(out, /\[note {10}\] locality_plans\[0\]\.priorities\[0\]\.indicators\[0\]\.values\[1\]\.date: a second value for 2025/);
    assert.match(out, /\[note {10}\] locality_plans\[0\]\.priorities\[1\]\.id: the priority id "x" is used twice/);
    assert.match(out, /\[note {10}\] locality_plans\[1\]\.priorities: none given/);
    assert.match(out, /locality_plans\s+2\s+0/);
  });

  it('drops a link with a user name or password, saying why', () => {
    const { code, out } = validate(feed({ services: [{ id: 's', name: 'Advice', url: 'https://www.council.gov.uk@evil.example/login' }] }));
    assert.equal(code, 1);
    assert.match(out, /\[value dropped \] services\[0\]\.url: must not have a user name or password before the host/);
  });

  it('refuses broken JSON, naming the line and column', () => {
    const { code, out } = validate('{\n  "format_version": "1.0",\n  "publisher": { "name": "X" },\n  "updated": "2026-11-01T09:00:00Z",\n}\n');
    assert.equal(code, 1);
    assert.match(out, /not valid JSON .*at line 5, column 1\)/);
  });
});
