#!/usr/bin/env node
/**
 * npm run lint: prettier (formatting, .prettierrc.json), eslint (eslint.config.js: import cycles, the
 * layers, lit and lit-a11y rules), madge (import cycles, type-only imports included) and the length of
 * each hand-written file in src/ and cli/ (at most 400 lines, issue 16: past that, a part wants its own
 * file). Exits non-zero when any finds a problem; `--fix` mends what prettier and eslint can.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const fix = process.argv.includes('--fix');
const run = (command, args) => spawnSync('npx', [command, ...args], { stdio: 'inherit' }).status === 0;
const formatted = run('prettier', [fix ? '--write' : '--check', '--log-level', 'warn', '.']);
const linted = run('eslint', ['--max-warnings', '0', ...(fix ? ['--fix'] : []), '.']);
// eslint's import-x/no-cycle does not see cycles made of type imports; madge does, and they count too.
const acyclic = run('madge', ['--circular', '--no-spinner', '--extensions', 'ts', '--ts-config', 'tsconfig.json', 'src', 'cli']);
// Written by tools, not people: the translations (npm run localize:build) and the feed's compiled spec.
const generated = (file) => file.startsWith(join('src', 'ui', 'locales')) || file.endsWith('.generated.ts');
const long = ['src', 'cli']
  .flatMap((dir) => readdirSync(dir, { recursive: true }).map((name) => join(dir, String(name))))
  .filter((file) => file.endsWith('.ts') && !generated(file))
  .map((file) => [file, readFileSync(file, 'utf8').split('\n').length - 1])
  .filter(([, lines]) => lines > 400);
for (const [file, lines] of long) console.error(`${file}: ${lines} lines, over 400: move a part into a file of its own`);
const short = long.length === 0;
if (formatted && linted && acyclic && short) console.log('lint: no problems');
process.exitCode = formatted && linted && acyclic && short ? 0 : 1;
