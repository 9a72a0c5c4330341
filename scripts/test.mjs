#!/usr/bin/env node
/**
 * npm test: the whole suite, ending with one closing line `N passed, N failed, N skipped` (CI reads it)
 * and a non-zero exit on any failure.
 *
 * Steps, each counted: typecheck, lint (npm run lint: prettier, eslint, no import cycles), build dist/ (the CLI tests and the demo test use it), the browser tests
 * (web-test-runner, headless Chromium), a smoke run of the benchmarks, every Storybook story checked with
 * axe (scripts/check-stories.mjs), then the node tests (tests/build, tests/cli, tests/docs, tests/localization).
 * A step that crashes without reporting counts as one failure, so a broken harness never looks green.
 *
 *   node scripts/test.mjs [--no-build] [--only browser|bench|stories|node] [extra web-test-runner args]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const take = (flag) => {
  const at = args.indexOf(flag);
  if (at === -1) return undefined;
  const [, value] = args.splice(at, 2);
  return value;
};
const noBuild = args.includes('--no-build');
if (noBuild) args.splice(args.indexOf('--no-build'), 1);
const only = take('--only');

const total = { passed: 0, failed: 0, skipped: 0 };
const steps = [];
rmSync('.test-results', { recursive: true, force: true });
mkdirSync('.test-results', { recursive: true });

function run(name, command, commandArgs, resultFile) {
  const started = Date.now();
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let counts;
  if (resultFile && existsSync(resultFile)) counts = JSON.parse(readFileSync(resultFile, 'utf8'));
  if (!counts) counts = { passed: result.status === 0 ? 1 : 0, failed: result.status === 0 ? 0 : 1, skipped: 0 };
  // Tests all passed but the process still failed (a crash after reporting): count it.
  if (result.status !== 0 && counts.failed === 0) counts.failed = 1;
  for (const key of Object.keys(total)) total[key] += counts[key];
  steps.push(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${seconds}s)`);
  return result.status === 0;
}

function nodeTestFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.test.js'))
    .sort()
    .map((name) => join(dir, name));
}

run('typecheck', 'node', ['node_modules/typescript-native/bin/tsc', '-p', 'tsconfig.json']);
run('typecheck (node)', 'node', ['node_modules/typescript-native/bin/tsc', '-p', 'tsconfig.node.json']);
// Formatting, eslint (layers, lit, lit-a11y) and zero import cycles (issue 16): part of every run, so of CI.
if (!only) run('lint', 'node', ['scripts/lint.mjs']);
const built = noBuild || run('build', 'node', ['scripts/build.mjs']);
if (built) {
  if (!only || only === 'browser') {
    run('browser tests', 'npx', ['web-test-runner', '--config', 'web-test-runner.config.js', ...args], '.test-results/browser.json');
  }
  if (!only || only === 'bench') {
    // The benchmarks' smallest size, a few runs: proves the suites still work (figures are not kept).
    run('bench smoke', 'node', ['bench/run.mjs', '--smoke', '--no-build']);
  }
  if (!only || only === 'stories') {
    // Every Storybook story, axe-checked, plus the iframe embed page and the newcomer journey.
    run('stories', 'node', ['scripts/check-stories.mjs', '--json', '.test-results/stories.json'], '.test-results/stories.json');
  }
  if (!only || only === 'node') {
    const files = [...nodeTestFiles('tests/build'), ...nodeTestFiles('tests/cli'), ...nodeTestFiles('tests/docs'), ...nodeTestFiles('tests/localization')];
    if (files.length > 0) {
      run(
        'node tests',
        'node',
        [
          '--test',
          '--test-reporter=spec',
          '--test-reporter-destination=stdout',
          '--test-reporter=./scripts/node-test-count.mjs',
          '--test-reporter-destination=.test-results/node.json',
          ...files,
        ],
        '.test-results/node.json',
      );
    }
  }
}

console.log('');
for (const line of steps) console.log(`  ${line}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed > 0 ? 1 : 0;
