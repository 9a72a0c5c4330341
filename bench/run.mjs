#!/usr/bin/env node
/**
 * npm run bench: placekit's speed and size figures, measured the same way every time.
 *
 *   node bench/run.mjs [--smoke] [--no-build] [--only name[,name]]
 *
 * Builds the production bundles (dist/), compiles the page-side benchmark code (bench/browser/*.ts,
 * which imports /dist/... at run time), serves the project over HTTP, and runs each suite in
 * bench/suites/ in headless Chromium. Prints a table per suite and writes bench/results.json with the
 * machine's description. Exits 1 when a suite reports a failure (a budget exceeded).
 *
 * --smoke runs the smallest size only, a few runs, to prove the suites still work (npm test does this);
 * its figures are not written to bench/results.json, and a missed budget or target is a warning there (a
 * suite that cannot run still fails it).
 *
 * A suite is a module exporting `name` and `run(context)`, returning `{ text, rows, failures }`.
 * context: { openPage(module, path?), browser, baseUrl, smoke }.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { serve } from './lib/server.mjs';

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined;

if (!args.includes('--no-build')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });

// Page-side code: every bench/browser/*.ts that a suite opens, bundled with its own dependencies
// (Fuse.js, MiniSearch, the synthetic feed) but importing placekit from the production build.
const pageModules = readdirSync('bench/browser').filter((f) => f.endsWith('.ts') && f !== 'synthetic-feed.ts');
await build({
  entryPoints: pageModules.map((f) => `bench/browser/${f}`),
  outdir: 'bench/.build',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  external: ['/dist/*'],
  logLevel: 'warning',
});

const executablePath = findChrome();
if (!executablePath) {
  console.error('npm run bench needs Chrome or Chromium: install one, or set CHROME_PATH.');
  process.exit(1);
}
const server = await serve('.');
const browser = await chromium.launch({ executablePath, args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'] });
const version = browser.version();

/** Opens a fresh page on bench/pages/bench.html with a page-side module loaded as window.benchModule. */
async function openPage(module, path = '/bench/pages/bench.html') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}${path}${module ? `?module=${module}` : ''}`);
  if (module) await page.waitForFunction(() => window.benchModule !== undefined);
  const close = page.close.bind(page);
  page.close = async () => {
    await close();
    await context.close();
    if (errors.length) throw new Error(`page errors in ${module ?? path}: ${errors.join('; ')}`);
  };
  return page;
}

const suites = [];
for (const file of readdirSync('bench/suites')
  .filter((f) => f.endsWith('.mjs'))
  .sort()) {
  const suite = await import(`./suites/${file}`);
  if (!only || only.includes(suite.name)) suites.push(suite);
}

const results = {};
const failures = [];
const started = Date.now();
try {
  for (const suite of suites) {
    const t0 = Date.now();
    console.log(`\n== ${suite.name}${smoke ? ' (smoke)' : ''}`);
    try {
      const result = await suite.run({ openPage, browser, baseUrl: server.url, smoke });
      console.log(result.text);
      // A missed budget or target fails the bench, not the tests: the smoke run (in npm test) only warns.
      for (const failure of result.failures ?? []) console.log(`${smoke ? 'OVER TARGET (fails npm run bench)' : 'FAILED'}: ${failure}`);
      if (!smoke) failures.push(...(result.failures ?? []).map((f) => `${suite.name}: ${f}`));
      results[suite.name] = { ...result, text: undefined, seconds: (Date.now() - t0) / 1000, date: new Date().toISOString() };
    } catch (error) {
      console.log(`FAILED: ${suite.name} could not run: ${error.stack ?? error}`);
      failures.push(`${suite.name}: could not run: ${error.message}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const machine = {
  cpu: os.cpus()[0]?.model,
  cores: os.cpus().length,
  memoryGB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  browser: `Chromium ${version}`,
};
let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
} catch {
  // not a git checkout
}
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\n${suites.length} suites in ${seconds}s on ${machine.cpu} (${machine.cores} cores), ${machine.browser}, commit ${commit}.`);
if (!smoke) {
  // Suites run with --only replace their own entry and keep the others'.
  let previous = {};
  try {
    previous = JSON.parse(readFileSync('bench/results.json', 'utf8')).suites ?? {};
  } catch {
    // first run
  }
  for (const suite of Object.values(results)) suite.commit = commit;
  const suitesOut = { ...previous, ...results };
  const allFailures = Object.entries(suitesOut).flatMap(([name, r]) => (r.failures ?? []).map((f) => `${name}: ${f}`));
  writeFileSync(
    'bench/results.json',
    `${JSON.stringify({ date: new Date().toISOString(), commit, machine, suites: suitesOut, failures: allFailures }, null, 2)}\n`,
  );
  console.log('Wrote bench/results.json. `node bench/report.mjs --docs` puts its tables in docs/performance.md (npm test fails until it does).');
}
if (failures.length) {
  console.log(`\n${failures.length} failure${failures.length === 1 ? '' : 's'}:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exitCode = 1;
}
