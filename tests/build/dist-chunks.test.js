/**
 * The per-element build's files (npm test builds dist/ first): a part one element loads on demand may use
 * that element's own file, never another element's (loading it would register that element and download
 * its code on a page that does not show it). vite.config.ts's chunking lets a part import from its own
 * element's entry; this holds it to that. These tests run in node.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const chunks = existsSync('dist/chunks') ? readdirSync('dist/chunks').filter((f) => f.endsWith('.js')) : [];
const imports = (code) => [...code.matchAll(/(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)].map((m) => m[1]);
const dynamicImports = (code) => [...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]);

describe('dist/chunks', () => {
  it('exists (npm run build)', () => assert.ok(chunks.length > 0));

  it('a part loaded on demand imports no element file but the one that loads it', () => {
    // The chunks an entry loads, first or on demand, directly or through parts it loads (a part two of an
    // element's parts share, such as the directory's record parts, is loaded through them).
    const reached = (entry) => {
      const seen = new Set();
      const visit = (file) => {
        if (seen.has(file)) return;
        seen.add(file);
        const code = readFileSync(file, 'utf8');
        for (const path of [...imports(code), ...dynamicImports(code)]) {
          const target = join(dirname(file), path);
          if (target.startsWith(join('dist', 'chunks'))) visit(target);
        }
      };
      visit(entry);
      return seen;
    };
    const problems = [];
    for (const chunk of chunks) {
      const code = readFileSync(`dist/chunks/${chunk}`, 'utf8');
      for (const target of imports(code).filter((path) => path.startsWith('../'))) {
        if (!reached(`dist/${target.slice(3)}`).has(join('dist/chunks', chunk))) problems.push(`${chunk} imports ${target}, which does not load it`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('zod is in placekit-validator.js only: nothing an element loads first carries it', () => {
    const files = [...readdirSync('dist').filter((f) => f.endsWith('.js')), ...chunks.map((chunk) => `chunks/${chunk}`)];
    const carriers = files.filter((file) => readFileSync(`dist/${file}`, 'utf8').includes('_zod'));
    assert.deepEqual(carriers, ['placekit-validator.js']);
    for (const element of ['place-directory', 'place-plan', 'place-connector', 'place-feedback', 'place-feed']) {
      const seen = new Set();
      const visit = (file) => {
        if (seen.has(file)) return;
        seen.add(file);
        const code = readFileSync(file, 'utf8');
        assert.ok(!code.includes('_zod'), `${element} loads zod first, in ${file}`);
        const first = imports(code).filter((path) => !dynamicImports(code).includes(path));
        for (const path of first) visit(join(dirname(file), path));
      };
      visit(`dist/${element}.js`);
    }
  });

  it('what every element loads first is one base chunk, and few files besides', () => {
    for (const element of ['place-directory', 'place-plan', 'place-connector', 'place-feedback', 'place-feed']) {
      const code = readFileSync(`dist/${element}.js`, 'utf8');
      const first = imports(code).filter((path) => !dynamicImports(code).includes(path));
      assert.ok(
        first.some((path) => /^\.\/chunks\/base-/.test(path)),
        `${element} loads the base chunk`,
      );
      assert.ok(first.length <= 3, `${element} loads ${first.join(', ')}`);
    }
  });
});
