/**
 * Fills the Welsh and Gaelic targets of new messages from the drafts kept beside the XLIFF, after
 * `npm run localize:extract` and before `npm run localize:build`:
 * - xliff/plurals.json: every form of each plural message (`results.one`, `results.two`…), its {n}, {a}
 *   standing for the expressions in `vars`; Gaelic's zero and many (never chosen) repeat its other.
 * - xliff/drafts.json: other messages by id, `${...}` standing for the source placeholder of that text.
 * Only units with no target are written: a translator's correction in the XLIFF is never overwritten.
 * A target whose placeholder's text changed in the code (a variable renamed: `<x id="1">` is `${shown}`
 * now, not `${page}`, and the source has no `${page}` left) takes the source's text for that id.
 * Usage: node scripts/fill-translations.mjs (prints what it filled and what still has no target).
 */
import { readFileSync, writeFileSync } from 'node:fs';

const LANGUAGES = ['cy', 'gd'];
const plurals = JSON.parse(readFileSync('xliff/plurals.json', 'utf8')).pairs;
const drafts = JSON.parse(readFileSync('xliff/drafts.json', 'utf8'));

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const decode = (text) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The draft for a message id in a language, with `${...}` placeholders; undefined when there is none. */
function draftFor(id, language) {
  if (id in drafts && drafts[id][language]) return drafts[id][language];
  const at = id.lastIndexOf('.');
  const pair = plurals.find((p) => p.id === id.slice(0, at));
  if (!pair) return undefined;
  const forms = pair[language];
  const text = forms[id.slice(at + 1)] ?? forms.other;
  return text.replace(/\{(\w+)\}/g, (whole, name) => pair.vars[name] ?? whole);
}

/**
 * The draft as XLIFF: each `${...}` becomes the source's `<x>` with that text (lit-localize joins
 * placeholders with only spaces between into one: `${name} ${y}` is one `<x>`, matched whole).
 */
function asTarget(draft, source) {
  const xs = [...source.matchAll(/<x\s+id="[^"]*"\s+equiv-text="([^"]*)"\s*\/>/g)].map(([x, equiv]) => ({ x, text: decode(equiv) }));
  let marked = draft;
  for (const [i, { text }] of [...xs.entries()].sort(([, a], [, b]) => b.text.length - a.text.length)) marked = marked.split(text).join(`\u0000${i}\u0000`);
  if (/\$\{/.test(marked)) throw new Error(`the draft "${draft}" has a placeholder its source has not (${source})`);
  return marked
    .split('\u0000')
    .map((part, i) => (i % 2 ? xs[Number(part)].x : escape(part)))
    .join('');
}

for (const language of LANGUAGES) {
  const file = `xliff/${language}.xlf`;
  const missing = [];
  const renamed = [];
  let filled = 0;
  const xml = readFileSync(file, 'utf8').replace(/<trans-unit\s+id="([^"]+)"([^>]*)>([\s\S]*?)<\/trans-unit>/g, (unit, id, attributes, body) => {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    if (/<target[\s>]/.test(body)) {
      // Only a placeholder the source no longer has at all: when code reorders values, ids move and
      // the test (tests/localization/xliff.test.js) must catch it, not this script hide it.
      const sources = new Set(source.match(/<x\s[^>]*\/>/g) ?? []);
      const byId = new Map([...source.matchAll(/<x\s+id="([^"]*)"[^>]*\/>/g)].map(([x, xid]) => [xid, x]));
      const synced = body.replace(
        /(<target[^>]*>)([\s\S]*?)(<\/target>)/,
        (_, open, target, close) => open + target.replace(/<x\s+id="([^"]*)"[^>]*\/>/g, (x, xid) => (sources.has(x) ? x : (byId.get(xid) ?? x))) + close,
      );
      if (synced !== body) renamed.push(id);
      return `<trans-unit id="${id}"${attributes}>${synced}</trans-unit>`;
    }
    const draft = draftFor(id, language);
    if (draft === undefined) {
      missing.push(id);
      return unit;
    }
    filled++;
    return `<trans-unit id="${id}"${attributes}>${body.replace('</source>', `</source>\n  <target>${asTarget(draft, source)}</target>`)}</trans-unit>`;
  });
  writeFileSync(file, xml);
  console.log(
    `${file}: ${filled} filled${renamed.length ? `; placeholders renamed in ${renamed.join(', ')}` : ''}${missing.length ? `; no draft for ${missing.join(', ')}` : ''}`,
  );
}
