/**
 * Every `--place-*` custom property the source uses is in docs/theming.md's table (written out in full,
 * so a search finds it), and the table names none the source does not use. The table is written by
 * `npm run docs` from the elements' `@cssproperty` JSDoc, so a property missing here is missing there.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const PROPERTY = /--place-[a-z0-9]+(?:-[a-z0-9]+)*/g;

/**
 * The custom properties used in src/, each with the first file that uses it. The data layer (src/feed/) has
 * no styles: a `--place-…` there is a command's option (`placekit receive export --place-standard`).
 */
function usedInSource() {
  const used = new Map();
  for (const name of readdirSync('src', { recursive: true }).map(String).sort()) {
    if (!name.endsWith('.ts')) continue;
    // Comments left out: they may name a command's option (`placekit receive export --place-standard`).
    const code = readFileSync(join('src', name), 'utf8').replace(/\/\*[^]*?\*\/|^\s*\/\/.*$/gm, '');
    for (const [property] of code.matchAll(PROPERTY)) if (!used.has(property)) used.set(property, `src/${name}`);
  }
  return used;
}

/** docs/theming.md's custom properties section: from its heading to the next section's. */
function themingSection() {
  const page = readFileSync('docs/theming.md', 'utf8');
  const start = page.indexOf('\n## Custom properties\n');
  assert.ok(start >= 0, 'docs/theming.md has a "Custom properties" section');
  const end = page.indexOf('\n## ', start + 1);
  return page.slice(start, end < 0 ? undefined : end);
}

/** Properties in the table's first column, each written in full in backticks. */
function documented() {
  const rows = themingSection()
    .split('\n')
    .filter((line) => line.startsWith('| `--place-'));
  return new Set(rows.flatMap((row) => [...row.split('|')[1].matchAll(/`(--place-[a-z0-9-]+)`/g)].map((m) => m[1])));
}

describe('docs/theming.md custom properties table', () => {
  it('lists every --place-* custom property the source uses', () => {
    const table = documented();
    const missing = [...usedInSource()].filter(([property]) => !table.has(property)).map(([property, file]) => `${property} (${file})`);
    assert.deepEqual(missing, [], 'document these with @cssproperty on the element that reads them, then run npm run docs');
  });

  it('lists none the source does not use', () => {
    const used = usedInSource();
    assert.deepEqual(
      [...documented()].filter((property) => !used.has(property)),
      [],
    );
  });
});
