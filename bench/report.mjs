#!/usr/bin/env node
/**
 * Turns bench/results.json into the tables of docs/performance.md ("Latest figures").
 *
 *   node bench/report.mjs          prints the tables (markdown)
 *   node bench/report.mjs --docs   writes them into docs/performance.md between the bench markers
 *
 * The figures are whatever the last `npm run bench` wrote; nothing is typed in by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
const suites = results.suites ?? {};
const kb = (bytes) => (bytes / 1024).toFixed(1);
const one = (n) => Math.round(n * 10) / 10;
const ms = (s) => (s ? `${one(s.median)} / ${one(s.p95)}` : '–');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const stamp = (suite) => `Measured ${suite.date?.slice(0, 10)}, commit ${suite.commit}`;
/** The page the tables are written into, and the markers around them there. */
const PAGE = 'docs/performance.md';

const parts = [];
const m = results.machine ?? {};
parts.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}, node ${m.node}, ${m.browser}.`);

if (suites.size) {
  const s = suites.size;
  parts.push(
    '### Size',
    `${stamp(s)}: what a page downloads on first load, minified, in KB. Budgets: one element ${kb(s.budgets.oneElementGzip)} KB gzip, all four ${kb(s.budgets.allElementsGzip)} KB gzip.`,
    table(
      ['bundle', 'gzip', 'brotli'],
      s.rows.map((r) => [r.name, kb(r.gzip), kb(r.brotli)]),
    ),
  );
}

if (suites.feed) {
  const s = suites.feed;
  parts.push(
    '### Feed',
    `${stamp(s)}: reading a synthetic feed (fetch text to checked data), ms median / p95. "Widgets" is the path a page takes (zod-free check, validator only on demand); "validator" the full zod path that \`placekit validate\` and \`placekit-validator.js\` use (what a page loads for a feed that needs repair).`,
    table(
      ['services', 'feed size', 'widgets', 'validator', 'peak memory'],
      s.rows.map((r) => [r.services.toLocaleString('en-GB'), `${r.feedMB} MB`, ms(r.widgetMs), ms(r.parseMs), `${r.peakMB} MB`]),
    ),
  );
}

if (suites.directory) {
  const s = suites.directory;
  const rel = Object.entries(s.relevance ?? {})
    .map(([engine, r]) => `${engine} ${r.hits}/${r.total}`)
    .join(', ');
  parts.push(
    '### Directory search',
    `${stamp(s)}: placekit's own index beside Fuse.js and MiniSearch, same fields and queries, same run. Ready = index built; keystroke to paint in ms median / p95; ratios are the engine's time divided by placekit's (above 1: slower than placekit). A plain search box with no search behind it paints in ${ms(s.floor)} ms on this machine (the frame floor).`,
    table(
      ['services', 'engine', 'ready ms', 'ready ratio', 'keystroke to paint', 'p95 ratio', 'memory'],
      s.rows.map((r) => [r.services.toLocaleString('en-GB'), r.engine, ms(r.readyMs), r.readyRatio, ms(r.keyToPaintMs), r.p95Ratio, `${r.retainedMB} MB`]),
    ),
    `Relevance (right service in the top 3, fixed queries): ${rel}.`,
  );
}

if (suites['directory-api']) {
  const s = suites['directory-api'];
  parts.push(
    '### Directory from an API',
    `${stamp(s)}: \`<place-directory>\` searching a council's Open Referral UK API (the stand-in on another origin, 100 ms a request) beside the same records as a feed (same latency); words typed 120 ms a key. First results from mounting, ms; last keystroke of a word to the list showing its results, ms median / p95; requests the API received per word typed; the page's JS heap beyond what it held before, after garbage collection. API mode is measured through the element's \`source\` property until \`api\` is wired. See [A directory from a council's own API](directory-api.md).`,
    table(
      ['services', 'mode', 'first results', 'last key to list', 'requests a word', 'memory'],
      s.rows.map((r) => [
        r.services.toLocaleString('en-GB'),
        r.mode,
        one(r.firstResultsMs),
        ms(r.keyToListMs),
        r.mode === 'api' ? r.requestsPerWord : '–',
        `${r.memoryMB} MB`,
      ]),
    ),
  );
}

if (suites.render) {
  const s = suites.render;
  parts.push(
    '### First render and interactions',
    `${stamp(s)}; ms median / p95.`,
    table(
      ['element', 'first render, feed loaded', 'cold load, local', 'cold load, Slow 4G + 4x CPU'],
      s.rows.firstRender.map((r) => {
        const cold = (!r.variant && s.rows.cold.find((c) => c.element === r.element)) || {};
        const target = r.targetMs ? ` (target: under ${r.targetMs})` : '';
        return [`\`<${r.element}>\`${r.variant ? `, ${r.variant}` : ''}`, ms(r.ms) + target, ms(cold.local), ms(cold.slow)];
      }),
    ),
    table(
      ['interaction to next paint', 'CPU', 'own measure', 'Event Timing, slowest'],
      s.rows.inp.map((r) => [r.interaction, `${r.cpu}x`, ms(r.ownMs), r.over16 ? `${Math.round(r.eventTimingMaxMs)}` : 'under 16']),
    ),
  );
}

if (suites.lighthouse) {
  const s = suites.lighthouse;
  const l = s.median;
  parts.push(
    '### Lighthouse',
    `${stamp(s)}, on the production demo page, median of ${s.rows.length} runs: performance ${l.performance}, accessibility ${l.accessibility}, best practices ${l.bestPractices}; first contentful paint ${l.fcpMs} ms, largest ${l.lcpMs} ms, total blocking time ${l.tbtMs} ms, layout shift ${l.cls}.`,
  );
}

const failures = Object.entries(suites).flatMap(([name, suite]) => (suite.failures ?? []).map((f) => `${name}: ${f}`));
parts.push('### Budgets and targets missed', failures.length ? failures.map((f) => `- ${f}`).join('\n') : 'None: every budget and target was met.');

const text = parts.join('\n\n');
if (process.argv.includes('--docs')) {
  const page = readFileSync(PAGE, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const a = page.indexOf(start);
  const b = page.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${PAGE} has no bench markers`);
  writeFileSync(PAGE, `${page.slice(0, a + start.length)}\n${text}\n${page.slice(b)}`);
  console.log(`${PAGE}: performance tables updated from bench/results.json`);
} else {
  console.log(text);
}
