/**
 * The "Publishing a feed" guide tells the truth: its examples validate as it says, and the validator
 * output it quotes is what the validator prints today. Runs in node against dist/cli (npm test builds it).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const GUIDE = 'stories/guides/publishing-a-feed.mdx';
const validate = (file) => spawnSync('node', ['dist/cli/placekit.js', 'validate', file], { encoding: 'utf8' });

describe('Publishing a feed guide', () => {
  it('shows a minimal feed that is valid', () => {
    const { status, stdout } = validate('stories/guides/examples/minimal-feed.json');
    assert.equal(status, 0, stdout);
  });

  it('quotes exactly the problems the validator reports for the common mistakes', () => {
    const { status, stdout } = validate('stories/guides/examples/common-mistakes.json');
    assert.equal(status, 1);
    const reported = stdout
      .split('\n')
      .filter((line) => line.trim().startsWith('['))
      .map((line) => line.trim());
    const quoted = /```text\n([\s\S]*?)\n```/.exec(readFileSync(GUIDE, 'utf8'))[1].split('\n');
    assert.ok(reported.length >= 5, stdout);
    assert.deepEqual(quoted, reported);
  });
});
