/**
 * Bundle size: each dist/ entry minified, gzip -9 and brotli, plus what a page pays for one element
 * (its entry and every chunk it imports) and for all of them (dist/placekit.js). Budgets: all four
 * elements together under 45 KB gzip, any one element under 30 KB gzip.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { kb, table } from '../lib/stats.mjs';

export const name = 'size';

const ELEMENTS = ['place-directory', 'place-plan', 'place-connector', 'place-feedback', 'place-feed'];
const BUDGET_ALL = 45 * 1024;
const BUDGET_ONE = 30 * 1024;

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const brotli = (buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The files a page downloads for an entry: itself and, transitively, the chunks it imports. */
export function closure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(join(dirname(file), match[1]));
  };
  visit(entry);
  return [...seen];
}

/** Sizes of a set of files, each compressed on its own (as a browser fetches them). */
export function measure(files) {
  let raw = 0;
  let gz = 0;
  let br = 0;
  for (const file of files) {
    const buffer = readFileSync(file);
    raw += buffer.length;
    gz += gzip(buffer);
    br += brotli(buffer);
  }
  return { files: files.length, raw, gzip: gz, brotli: br };
}

export async function run() {
  const rows = [];
  const failures = [];
  for (const element of ELEMENTS) {
    const entry = `dist/${element}.js`;
    if (!existsSync(entry)) continue;
    const size = measure(closure(entry));
    rows.push({ name: `${element}.js (with its chunks)`, ...size });
    if (element !== 'place-feed' && size.gzip > BUDGET_ONE) failures.push(`${element}: ${kb(size.gzip)} gzip is over the ${kb(BUDGET_ONE)} budget for one element`);
  }
  const all = measure(['dist/placekit.js']);
  rows.push({ name: 'placekit.js (every element)', ...all });
  if (all.gzip > BUDGET_ALL) failures.push(`placekit.js: ${kb(all.gzip)} gzip is over the ${kb(BUDGET_ALL)} budget for all elements`);
  const text = table([
    ['bundle', 'files', 'minified', 'gzip -9', 'brotli'],
    ...rows.map((r) => [r.name, r.files, kb(r.raw), kb(r.gzip), kb(r.brotli)]),
  ]);
  return { rows, text, failures, budgets: { allElementsGzip: BUDGET_ALL, oneElementGzip: BUDGET_ONE } };
}
