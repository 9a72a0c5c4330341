/**
 * The Welsh and Gaelic translations are whole and ship as written. In xliff/cy.xlf and xliff/gd.xlf every
 * message has a non-empty target; each target keeps exactly its source's placeholders (the `<x>` elements
 * that stand for `${...}` values: none lost, none added, none typed by hand); both files hold the same
 * messages; and src/ui/locales/cy.ts and gd.ts (written by `npm run localize:build`) say what the XLIFF
 * says, so a corrected string that was never rebuilt is caught.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const LANGUAGES = ['cy', 'gd'];

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => ENTITIES[name]);

/** The trans-units of an XLIFF 1.2 file as lit-localize writes it: id, source and target (or null). */
function readUnits(xml) {
  const units = [];
  for (const [, id, body] of xml.matchAll(/<trans-unit\s+id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
    const target = /<target(?:\s[^>]*)?>([\s\S]*?)<\/target>/.exec(body)?.[1] ?? null;
    units.push({ id, source: source ?? '', target });
  }
  return units;
}

/** A text's placeholders, sorted, as `id=equiv-text` strings (a multiset: repeats count). */
function placeholders(text) {
  return [...text.matchAll(/<x\s+id="([^"]*)"(?:\s+equiv-text="([^"]*)")?\s*\/>/g)].map(([, id, equiv]) => `${id}=${equiv ?? ''}`).sort();
}

/** What is in `list` and not in `other`, counting repeats. */
function without(list, other) {
  const left = [...other];
  return list.filter((item) => {
    const at = left.indexOf(item);
    if (at === -1) return true;
    left.splice(at, 1);
    return false;
  });
}

/** What is wrong with one language's units: a list of sentences, empty when all is well. */
function problems(units, language) {
  const found = [];
  for (const { id, source, target } of units) {
    const where = `${language} ${id} ("${source.replace(/<x[^>]*\/>/g, '…').slice(0, 60)}")`;
    if (target === null || target.trim() === '') {
      found.push(`${where}: no translation`);
      continue;
    }
    const lost = without(placeholders(source), placeholders(target));
    const added = without(placeholders(target), placeholders(source));
    if (lost.length) found.push(`${where}: the translation lost ${lost.join(', ')}`);
    if (added.length) found.push(`${where}: the translation adds ${added.join(', ')}`);
    const bare = target.replace(/<x[^>]*\/>/g, '');
    if (/<[^>]*>/.test(bare) || /\$\{|<[a-z/]/i.test(decode(bare))) found.push(`${where}: the translation has a hand-typed placeholder or markup`);
  }
  return found;
}

/**
 * Each placeholder's text in the generated template, by `<x>` id. One placeholder can hold several
 * expressions (lit-localize joins `${day} ${time}` into one); they are numbered in source order.
 */
function expressionsById(source) {
  const byId = new Map();
  let next = 0;
  for (const [, id, equiv] of source.matchAll(/<x\s+id="(\d+)"\s+equiv-text="([^"]*)"\s*\/>/g)) {
    const text = decode(equiv);
    let out = '';
    for (let at = 0; at < text.length;) {
      if (text.startsWith('${', at)) {
        let depth = 0;
        let end = at + 1;
        for (; end < text.length; end++) {
          if (text[end] === '{') depth++;
          else if (text[end] === '}' && --depth === 0) break;
        }
        out += `\${${next++}}`;
        at = end + 1;
      } else out += text[at++];
    }
    byId.set(id, out);
  }
  return byId;
}

/** The template a target becomes in src/ui/locales/<lang>.ts, written the way lit-localize writes it. */
function asTemplate(source, target) {
  const expressions = expressionsById(source);
  const parts = target.split(/(<x\s+id="\d+"[^>]*\/>)/);
  return parts
    .map((part, i) => (i % 2 ? expressions.get(/id="(\d+)"/.exec(part)[1]) : decode(part).replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')))
    .join('');
}

/** The templates in a generated locale module, by message id. */
function readModule(code) {
  const templates = new Map();
  for (const [, id, body] of code.matchAll(/^\s*'([^']+)':\s*(?:str)?`((?:[^`\\]|\\.)*)`,\s*$/gm)) templates.set(id, body);
  return templates;
}

describe('the checks themselves', () => {
  const good =
    '<trans-unit id="a">\n  <source>Hello <x id="0" equiv-text="${name}"/></source>\n  <target>Helo <x id="0" equiv-text="${name}"/></target>\n</trans-unit>';
  it('pass a whole translation', () => {
    assert.deepEqual(problems(readUnits(good), 'cy'), []);
  });
  it('catch a missing or empty target', () => {
    assert.match(problems(readUnits(good.replace(/<target>.*<\/target>/, '')), 'cy').join(), /no translation/);
    assert.match(problems(readUnits(good.replace(/<target>.*<\/target>/, '<target> </target>')), 'cy').join(), /no translation/);
  });
  it('catch a lost, added, renumbered or hand-typed placeholder', () => {
    assert.match(problems(readUnits(good.replace(/Helo <x[^>]*\/>/, 'Helo')), 'cy').join(), /lost 0=\$\{name\}/);
    assert.match(problems(readUnits(good.replace('Helo', 'Helo <x id="0" equiv-text="${name}"/>')), 'cy').join(), /adds 0=\$\{name\}/);
    assert.match(problems(readUnits(good.replace('Helo <x id="0"', 'Helo <x id="1"')), 'cy').join(), /lost .* adds|lost/s);
    assert.match(problems(readUnits(good.replace(/Helo <x[^>]*\/>/, 'Helo ${name}')), 'cy').join(), /lost/);
    assert.match(problems(readUnits(good.replace('Helo', 'Helo <b>chi</b>')), 'cy').join(), /markup/);
  });
});

const files = Object.fromEntries(LANGUAGES.map((language) => [language, readUnits(readFileSync(`xliff/${language}.xlf`, 'utf8'))]));

for (const language of LANGUAGES) {
  describe(`xliff/${language}.xlf`, () => {
    const units = files[language];
    it('names its language', () => {
      assert.match(readFileSync(`xliff/${language}.xlf`, 'utf8'), new RegExp(`target-language="${language}"`));
    });
    it('holds the interface messages', () => {
      assert.ok(units.length > 300, `only ${units.length} messages: run npm run localize:extract`);
    });
    it('translates every message, keeping its placeholders exactly', () => {
      const found = problems(units, language);
      assert.deepEqual(found, [], `${found.length} problems:\n${found.join('\n')}`);
    });
    it('is what src/ui/locales ships (npm run localize:build was run after the last edit)', () => {
      const shipped = readModule(readFileSync(`src/ui/locales/${language}.ts`, 'utf8'));
      const stale = units.filter(({ id, source, target }) => target !== null && shipped.get(id) !== asTemplate(source, target)).map(({ id }) => id);
      assert.deepEqual(stale, [], `src/ui/locales/${language}.ts differs from the XLIFF for: ${stale.join(', ')}`);
      assert.equal(shipped.size, units.length, `src/ui/locales/${language}.ts has ${shipped.size} messages, the XLIFF ${units.length}`);
    });
  });
}

describe('Welsh and Gaelic', () => {
  it('hold the same messages', () => {
    const ids = (language) => files[language].map(({ id }) => id).sort();
    assert.deepEqual(ids('gd'), ids('cy'));
  });
});
