#!/usr/bin/env node
/**
 * npm run lint: prettier (formatting, .prettierrc.json), eslint (eslint.config.js: import cycles, the
 * layers, lit and lit-a11y rules) and madge (import cycles, type-only imports included). Exits non-zero when either finds a problem; `--fix` mends what they can.
 */
import { spawnSync } from 'node:child_process';

const fix = process.argv.includes('--fix');
const run = (command, args) => spawnSync('npx', [command, ...args], { stdio: 'inherit' }).status === 0;
const formatted = run('prettier', [fix ? '--write' : '--check', '--log-level', 'warn', '.']);
const linted = run('eslint', ['--max-warnings', '0', ...(fix ? ['--fix'] : []), '.']);
// eslint's import-x/no-cycle does not see cycles made of type imports; madge does, and they count too.
const acyclic = run('madge', ['--circular', '--no-spinner', '--extensions', 'ts', '--ts-config', 'tsconfig.json', 'src', 'cli']);
if (formatted && linted && acyclic) console.log('lint: no problems');
process.exitCode = formatted && linted && acyclic ? 0 : 1;
