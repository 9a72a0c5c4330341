/**
 * Every message in the code has a Welsh and a Gaelic translation. xliff.test.js checks the units in
 * xliff/cy.xlf and xliff/gd.xlf; this one extracts the messages from src/ as `npm run localize:extract`
 * would (into a folder of its own, leaving xliff/ alone) and fails, with the list, when the code has a
 * message those files do not: a new `msg()` that was never extracted and drafted would otherwise show
 * English in a Welsh or Gaelic interface, marked as Welsh or Gaelic, with every other test passing.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const LANGUAGES = ['cy', 'gd'];
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => ENTITIES[name]);

/** Each unit's id and its English (placeholders as their `${...}` text), from an XLIFF file. */
function units(xml) {
  const found = new Map();
  for (const [, id, body] of xml.matchAll(/<trans-unit\s+id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target(?:\s[^>]*)?>([\s\S]*?)<\/target>/.exec(body)?.[1];
    found.set(id, { english: decode(source.replace(/<x\s+id="[^"]*"\s+equiv-text="([^"]*)"\s*\/>/g, '$1')), translated: !!target?.trim() });
  }
  return found;
}

/** What is wrong between the code's messages and one language's file: sentences, empty when all is well. */
export function untranslated(code, file, language) {
  const found = [];
  for (const [id, { english }] of code) {
    const unit = file.get(id);
    if (!unit) found.push(`${language} ${id} ("${english.slice(0, 70)}"): in the code, not in xliff/${language}.xlf`);
    else if (!unit.translated) found.push(`${language} ${id} ("${english.slice(0, 70)}"): no translation`);
  }
  return found;
}

describe('the check itself', () => {
  const code = units(
    '<trans-unit id="a"><source>Hello</source></trans-unit><trans-unit id="b"><source>Bye <x id="0" equiv-text="${name}"/></source></trans-unit>',
  );
  it('passes when every message is translated', () => {
    const file = units(
      '<trans-unit id="a"><source>Hello</source><target>Helo</target></trans-unit><trans-unit id="b"><source>x</source><target>Hwyl</target></trans-unit>',
    );
    assert.deepEqual(untranslated(code, file, 'cy'), []);
  });
  it('names a message the file lacks, or has without a translation, with its English', () => {
    const file = units('<trans-unit id="a"><source>Hello</source><target> </target></trans-unit>');
    assert.deepEqual(untranslated(code, file, 'cy'), ['cy a ("Hello"): no translation', 'cy b ("Bye ${name}"): in the code, not in xliff/cy.xlf']);
  });
});

describe('the messages in the code', () => {
  const dir = mkdtempSync(join(tmpdir(), 'placekit-extract-'));
  let code;
  before(() => {
    const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
    delete config.$schema;
    config.tsConfig = resolve(config.tsConfig);
    config.inputFiles = config.inputFiles.map((pattern) => resolve(pattern));
    config.output = { ...config.output, outputDir: join(dir, 'locales'), localeCodesModule: join(dir, 'locale-codes.ts') };
    config.interchange = { ...config.interchange, xliffDir: join(dir, 'xliff') };
    writeFileSync(join(dir, 'lit-localize.json'), JSON.stringify(config));
    execFileSync(process.execPath, ['node_modules/@lit/localize-tools/bin/lit-localize.js', `--config=${join(dir, 'lit-localize.json')}`, 'extract'], {
      stdio: 'pipe',
    });
    code = units(readFileSync(join(dir, 'xliff', 'cy.xlf'), 'utf8'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('are found (the extraction ran)', () => {
    assert.ok(code.size > 300, `only ${code.size} messages extracted`);
  });
  for (const language of LANGUAGES) {
    it(`each have a translation in xliff/${language}.xlf (npm run localize:extract, a draft in xliff/drafts.json or plurals.json, node scripts/fill-translations.mjs, npm run localize:build)`, () => {
      const found = untranslated(code, units(readFileSync(`xliff/${language}.xlf`, 'utf8')), language);
      assert.deepEqual(found, [], `${found.length} messages without a ${language} translation:\n${found.join('\n')}`);
    });
  }
});
