/**
 * Bundle size: each dist/ entry minified, gzip -9 and brotli, plus what a page pays for one element
 * (its entry and every chunk it imports) and for all of them (dist/placekit.js, and the elements' own
 * entries together). Budgets: all four elements together under 45 KB gzip, any one element under 30 KB
 * gzip. Parts loaded on demand are not counted, placekit.js's validator (dist/placekit-validator.js)
 * included; its size is reported on a row of its own.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';
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

/**
 * Peers, measured the same way (bundled, minified, gzip -9 and brotli): what a team that built these
 * widgets on another stack would ship before writing any widget code, and the search libraries the
 * directory was weighed against.
 */
const PEERS = [
  {
    name: 'peer: React 19 + ReactDOM (runtime only)',
    code: "import { createRoot } from 'react-dom/client'; import { createElement } from 'react'; createRoot(document.body).render(createElement('p', null, 'x'));",
  },
  {
    name: 'peer: lit 3 (runtime only)',
    code: "import { LitElement, html } from 'lit'; customElements.define('x-x', class extends LitElement { render() { return html`x`; } });",
  },
  { name: 'peer: Fuse.js 7 (search only)', code: "import Fuse from 'fuse.js'; window.x = new Fuse([]);" },
  { name: 'peer: MiniSearch 7 (search only)', code: "import MiniSearch from 'minisearch'; window.x = new MiniSearch({ fields: ['name'] });" },
];

async function peerSize(code, alias = {}) {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'ts' },
    alias,
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const buffer = Buffer.from(result.outputFiles[0].contents);
  return { files: 1, raw: buffer.length, gzip: gzip(buffer), brotli: brotli(buffer) };
}

export async function run() {
  const rows = [];
  const failures = [];
  for (const element of ELEMENTS) {
    const entry = `dist/${element}.js`;
    if (!existsSync(entry)) continue;
    const size = measure(closure(entry));
    rows.push({ name: `${element}.js (with its chunks)`, ...size });
    if (element !== 'place-feed' && size.gzip > BUDGET_ONE)
      failures.push(`${element}: ${kb(size.gzip)} gzip is over the ${kb(BUDGET_ONE)} budget for one element`);
  }
  const all = measure(closure('dist/placekit.js'));
  rows.push({ name: 'placekit.js (every element)', ...all });
  // A page that loads each element's own entry pays for the union of their files, shared chunks once.
  const union = [...new Set(ELEMENTS.filter((e) => existsSync(`dist/${e}.js`)).flatMap((e) => closure(`dist/${e}.js`)))];
  const separate = measure(union);
  rows.push({ name: 'all elements, each from its own entry', ...separate });
  if (separate.gzip > BUDGET_ALL) failures.push(`the elements' own entries together: ${kb(separate.gzip)} gzip is over the ${kb(BUDGET_ALL)} budget`);
  for (const peer of PEERS) rows.push({ name: peer.name, peer: true, ...(await peerSize(peer.code)) });
  // The validator (schema, parsing and repair; loaded on demand by the widgets) with zod/mini, as shipped,
  // and with full zod's classic API in its place: the comparison behind choosing zod/mini.
  if (existsSync('dist/placekit-validator.js'))
    rows.push({ name: 'placekit-validator.js (on demand, for a feed that needs repair)', ...measure(['dist/placekit-validator.js']) });
  const validator = "import { parseFeedText } from './src/feed/validator/parse.ts'; window.x = parseFeedText;";
  rows.push({ name: 'validator with zod/mini (as shipped, on demand)', ...(await peerSize(validator)) });
  rows.push({ name: 'validator with full zod (for comparison)', peer: true, ...(await peerSize(validator, { 'zod/mini': 'zod' })) });
  if (all.gzip > BUDGET_ALL) failures.push(`placekit.js: ${kb(all.gzip)} gzip is over the ${kb(BUDGET_ALL)} budget for all elements`);
  const text = table([['bundle', 'files', 'minified', 'gzip -9', 'brotli'], ...rows.map((r) => [r.name, r.files, kb(r.raw), kb(r.gzip), kb(r.brotli)])]);
  return { rows, text, failures, budgets: { allElementsGzip: BUDGET_ALL, oneElementGzip: BUDGET_ONE } };
}
