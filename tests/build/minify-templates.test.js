/**
 * The build's minifier for lit templates (scripts/minify-templates.mjs): what it removes, what it must
 * keep, the source maps it writes, and a check of the project's own styles against its one assumption
 * (block-level tags stay block-level). These tests run in node.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BLOCK_TAGS, applyEdits, minifyCssText, minifyHtmlParts, templateEdits } from '../../scripts/minify-templates.mjs';

const html = (...parts) => minifyHtmlParts(parts);

describe('html`` templates', () => {
  it('drops indentation beside block-level tags', () => {
    assert.deepEqual(html('<div class="a">\n  <p>Text</p>\n  <ul>\n    <li>one</li>\n  </ul>\n</div>\n'), [
      '<div class="a"><p>Text</p><ul><li>one</li></ul></div>',
    ]);
  });

  it('keeps one space where whitespace separates inline content', () => {
    assert.deepEqual(html('<span>a</span>\n    <span>b</span>'), ['<span>a</span> <span>b</span>']);
    assert.deepEqual(html('<label for="x">\n  Name\n</label>\n<input id="x" />'), ['<label for="x"> Name </label> <input id="x" />']);
    assert.deepEqual(html('\n  <slot></slot>\n'), [' <slot></slot> ']);
  });

  it('keeps spaces written on one line exactly, and the text around bindings', () => {
    assert.deepEqual(html('<p><span class="visually-hidden">', '</span> ', '</p>'), ['<p><span class="visually-hidden">', '</span> ', '</p>']);
    assert.deepEqual(html('<p class="status">\n  ', '\n  ', '\n  <button>x</button>\n</p>'), ['<p class="status">', ' ', ' <button>x</button></p>']);
    assert.deepEqual(html('', ' · ', ''), ['', ' · ', '']);
  });

  it('collapses whitespace between attributes, never inside quoted values or bindings', () => {
    assert.deepEqual(html('<input\n  id="q"\n  title="two\n   lines"\n  .value=', '\n  @input=', '\n/>'), [
      '<input id="q" title="two\n   lines" .value=',
      ' @input=',
      ' />',
    ]);
    assert.deepEqual(html('<p class="a ', '\n  b">x</p>'), ['<p class="a ', '\n  b">x</p>']);
  });

  it('leaves <pre>, <textarea> and comments as written', () => {
    assert.deepEqual(html('<div>\n  <pre>\n  a\n    b\n</pre>\n</div>'), ['<div><pre>\n  a\n    b\n</pre></div>']);
    assert.deepEqual(html('<textarea>\n  ', '\n</textarea>'), ['<textarea>\n  ', '\n</textarea>']);
    assert.deepEqual(html('<!-- a\n   b -->'), ['<!-- a\n   b -->']);
  });

  it('treats escapes as text', () => {
    assert.deepEqual(html('<p>a\\n\n  b</p>'), ['<p>a\\n b</p>']);
  });
});

describe('css`` templates', () => {
  it('drops comments and the whitespace CSS does not need', () => {
    assert.equal(minifyCssText('/* note */\n  .a > .b ,\n  .c {\n    color: red;\n    margin: 0 0 1em;\n  }\n'), '.a>.b,.c{color:red;margin:0 0 1em}');
  });

  it('keeps what changes the meaning: descendant spaces before ":", strings, calc() and media queries', () => {
    assert.equal(minifyCssText('.a :focus { x: y }'), '.a :focus{x:y}');
    assert.equal(minifyCssText(".b::before { content: ' > ; { ' }"), ".b::before{content:' > ; { '}");
    assert.equal(minifyCssText('.c { inline-size: calc(100% - 2em) }'), '.c{inline-size:calc(100% - 2em)}');
    assert.equal(
      minifyCssText('@media (min-width: 40em) and (forced-colors: active) {\n  .d { color: CanvasText; }\n}'),
      '@media (min-width:40em) and (forced-colors:active){.d{color:CanvasText}}',
    );
  });
});

describe('which templates change', () => {
  const source = [
    "import { css, html as h } from 'lit';",
    "import { msg } from '@lit/localize';",
    'const a = h`<div>\n  <p>x</p>\n</div>`;',
    'const b = msg(h`<p>\n  kept\n</p>`);',
    'const c = css`.x {\n  color: red;\n}`;',
    'const d = css`.y { ${unsafe} }`;',
    'const html = (s: TemplateStringsArray) => s;',
  ].join('\n');

  it('only lit’s tags, never a message’s template, never CSS with bindings', () => {
    const { code } = applyEdits(source, templateEdits(source), 'x.ts');
    assert.match(code, /const a = h`<div><p>x<\/p><\/div>`;/);
    assert.match(code, /msg\(h`<p>\n {2}kept\n<\/p>`\)/);
    assert.match(code, /css`\.x\{color:red\}`/);
    assert.match(code, /css`\.y \{ \$\{unsafe\} \}`/);
  });

  it('ignores a template tag called html that is not lit’s', () => {
    const other = "import { html } from './my-html.js';\nconst a = html`<div>\n  x\n</div>`;";
    assert.deepEqual(templateEdits(other), []);
  });

  it('writes a source map that still points at the original line and column after an edit', () => {
    const { code, map } = applyEdits(source, templateEdits(source), 'x.ts');
    const at = code.indexOf('const c');
    const line = code.slice(0, at).split('\n').length - 1;
    const column = at - code.lastIndexOf('\n', at - 1) - 1;
    const original = decode(map.mappings)[line].find((segment) => segment[0] === column);
    assert.ok(original, 'a mapping at "const c"');
    const from = source.indexOf('const c');
    assert.deepEqual([original[2], original[3]], [source.slice(0, from).split('\n').length - 1, 0]);
  });
});

describe('the project’s styles and templates', () => {
  it('never make a block-level tag inline, which would make its whitespace count', () => {
    // Rules that set display: inline (or contents), and the classes their last selector part names.
    const files = readdirSync('src', { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join('src', f));
    const sources = files.map((f) => readFileSync(f, 'utf8'));
    const inlineClasses = new Set();
    const problems = [];
    for (const text of sources) {
      for (const [, css] of text.matchAll(/css`([^`]*)`/g)) {
        for (const [, selectors] of minifyCssText(css).matchAll(/([^{}]+)\{[^{}]*display:(?:inline|contents)\b/g)) {
          for (const selector of selectors.split(',')) {
            const last =
              selector
                .trim()
                .split(/[\s>+~]+/)
                .pop() ?? '';
            const tag = /^[a-z][a-z0-9]*/.exec(last)?.[0];
            if (tag && BLOCK_TAGS.has(tag)) problems.push(`${selector} makes <${tag}> inline`);
            for (const [, name] of last.matchAll(/\.([\w-]+)/g)) inlineClasses.add(name);
          }
        }
      }
    }
    // Block-level tags carrying one of those classes. `.hint` is inline only inside `.choices.inline
    // .choice`, where the hint is a <span>; elsewhere <p class="hint"> is a block. `<div class="feed-text">`
    // (rich-text.ts) only marks the language of the paragraphs it wraps: no whitespace sits next to it in
    // its template, and what it holds is block-level (paragraphs, lists), so it lays out as they do.
    const allowed = new Set(['p.hint', 'div.feed-text']);
    for (const text of sources) {
      for (const [, tag, classes] of text.matchAll(/<([a-z][a-z0-9]*)\b[^>]*?\sclass="([^"]*)"/g)) {
        if (!BLOCK_TAGS.has(tag)) continue;
        for (const name of classes.split(/\s+/))
          if (inlineClasses.has(name) && !allowed.has(`${tag}.${name}`)) problems.push(`<${tag} class="${name}"> is made inline by a style`);
      }
    }
    assert.deepEqual(problems, []);
  });
});

/** Source map mappings as [generatedColumn, source, originalLine, originalColumn] per generated line. */
function decode(mappings) {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const state = [0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    state[0] = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const values = [];
        let value = 0;
        let shift = 0;
        for (const char of segment) {
          const digit = digits.indexOf(char);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        values.forEach((v, i) => (state[i] += v));
        return [...state];
      });
  });
}
