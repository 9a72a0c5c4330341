/**
 * What README and docs/ say that is written from a source (scripts/docs.mjs: each element's reference from
 * its JSDoc through dist/custom-elements.json, the theming tables, the example feed; bench/report.mjs: the
 * bench tables) holds what the source says today. A JSDoc change without `npm run docs`, or a bench run
 * without `node bench/report.mjs --docs`, fails here. Runs in node after npm test has built dist/.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../../scripts/docs.mjs';

/** The generated sections of a copy of the docs, after `edit` changes the copy. */
function checkCopy(edit) {
  const root = mkdtempSync(join(tmpdir(), 'placekit-docs-'));
  try {
    for (const path of ['README.md', 'docs', 'dist/custom-elements.json']) cpSync(path, join(root, path), { recursive: true });
    edit(root);
    return check(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('generated docs', () => {
  it('hold what the elements JSDoc and the included files say (run npm run docs if not)', () => {
    const results = check();
    const stale = results.flatMap((r) => r.sections.filter((s) => s.stale).map((s) => `${r.file}: generated:${s.kind} ${s.arg ?? ''}`.trim()));
    assert.deepEqual(stale, [], 'stale generated docs: run npm run docs');
  });

  it('give every element a page with its reference', () => {
    const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName?.startsWith('place-') ? [d.tagName] : []));
    assert.ok(tags.length >= 5, `elements in the manifest: ${tags.join(', ')}`);
    const references = new Map(check().flatMap((r) => r.sections.filter((s) => s.kind === 'reference').map((s) => [s.arg, r.file])));
    for (const tag of tags) assert.equal(references.get(tag), `docs/elements/${tag}.md`, `<${tag}>'s reference`);
  });

  it('notice a JSDoc change that the docs do not have yet', () => {
    const results = checkCopy((root) => {
      const path = join(root, 'dist/custom-elements.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8'));
      const directory = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'place-directory');
      directory.attributes.find((a) => a.name === 'page-size').description = 'Results per page, changed.';
      writeFileSync(path, JSON.stringify(manifest));
    });
    const stale = results.flatMap((r) => r.sections.filter((s) => s.stale).map((s) => `${r.file} ${s.arg}`));
    assert.deepEqual(stale, ['docs/elements/place-directory.md place-directory']);
  });

  it('notice an included file that changed, and refuse one that is missing', () => {
    const changed = checkCopy((root) => writeFileSync(join(root, 'docs/examples/complete-feed.json'), '{"format_version": "1.0"}\n'));
    assert.ok(changed.some((r) => r.file === 'docs/feed-format.md' && r.sections.some((s) => s.kind === 'include' && s.stale)));
    assert.throws(() => checkCopy((root) => rmSync(join(root, 'docs/examples/complete-feed.json'))), /complete-feed\.json, which does not exist/);
  });

  it('show the bench tables bench/results.json holds (run node bench/report.mjs --docs if not)', () => {
    const tables = execFileSync('node', ['bench/report.mjs'], { encoding: 'utf8' }).trim();
    const page = readFileSync('docs/performance.md', 'utf8');
    const start = page.indexOf('<!-- bench:start -->');
    const end = page.indexOf('<!-- bench:end -->');
    assert.ok(start >= 0 && end > start, 'docs/performance.md has its bench markers');
    assert.equal(page.slice(start + '<!-- bench:start -->'.length, end).trim(), tables);
  });
});
