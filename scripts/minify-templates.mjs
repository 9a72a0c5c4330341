/**
 * A build-only vite plugin that minifies lit's tagged templates, which the JavaScript minifier leaves as
 * they are written:
 *
 * - css`...` (without `${}`): comments and indentation go, and the spaces around `{ } ; , >` and after
 *   `:`, and the last `;` of each block. Nothing else changes (no merged rules or shorthands, which can
 *   read differently in older browsers); quoted strings are kept as they are. A space before `:` is
 *   kept: in a selector it means "descendant" (`.a :focus`).
 * - html`...` and svg`...`: indentation is collapsed. A run of whitespace that contains a line break
 *   becomes one space, or nothing where it touches a block-level tag (`<div>`, `</p>`, `<li>`...), where
 *   the browser would not render it anyway. Whitespace without a line break (`</span> ${x}`, as written
 *   on purpose) is kept, and so is everything inside quoted attribute values, comments, `<pre>`,
 *   `<textarea>`, `<script>` and `<style>`. Inside a tag, whitespace between attributes becomes one
 *   space. Bindings (`${...}`) are never touched, so lit sees the same parts in the same places.
 *
 * Only templates whose tag is imported from lit are changed, and never a template handed straight to
 * `msg()` (@lit/localize derives a message's id from its text). The elements' CSS must not make a
 * block-level element inline (`li { display: inline }`): tests/build/minify-templates.test.js checks the
 * project's styles for that.
 *
 * Used by vite.config.ts for the builds that ship (`apply: 'build'`); tests and the dev server run the
 * source as written.
 */
import { parseAst } from 'vite';

const LIT_MODULES = new Set(['lit', 'lit-html', 'lit-element', 'lit/static-html.js']);

/**
 * Elements the browser lays out as blocks (or table parts, or inside <select>, or SVG shapes), so that
 * whitespace beside their tags is never rendered. `svg` itself, `<text>`, `<tspan>`, `<a>`, `<label>`,
 * `<span>`, `<button>`, `<input>`, `<select>` and `<slot>` are inline (or `display: contents`) and are
 * not here.
 */
export const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote br caption col colgroup dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr legend li main nav ol optgroup option p section summary table tbody td tfoot th thead tr ul ' +
    'circle clippath defs ellipse g line lineargradient mask path pattern polygon polyline radialgradient rect stop symbol use'
  ).split(' '),
);

/** Tags whose content is kept exactly as written. */
const RAW_TAGS = new Set(['pre', 'textarea', 'script', 'style']);

const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/**
 * Minifies an html`` (or svg``) template given as the raw text of its parts (the strings between
 * `${}`): returns the new raw parts, as many as there were.
 */
export function minifyHtmlParts(parts) {
  const out = parts.map(() => '');
  let state = 'text'; // text | tag | dq | sq | comment | raw
  let tagName = '';
  let closing = false;
  let rawTag = '';
  /** In text: the whitespace waiting for its next neighbour, and the part it was found in. */
  let pending = '';
  let pendingPart = 0;
  /** In text: what came before the pending whitespace: 'start', 'block' (a block-level tag), or 'inline'. */
  let before = 'start';

  const flushPending = (next) => {
    if (!pending) return;
    const formatting = /[\n\r]/.test(pending);
    if (!formatting) out[pendingPart] += pending;
    else if (!(before === 'block' || next === 'block')) out[pendingPart] += ' ';
    pending = '';
  };

  for (let p = 0; p < parts.length; p++) {
    const s = parts[p];
    let i = 0;
    while (i < s.length) {
      const c = s[i];
      if (state === 'text') {
        if (isSpace(c)) {
          if (!pending) pendingPart = p;
          pending += c;
          i++;
          continue;
        }
        if (s.startsWith('<!--', i)) {
          flushPending('inline');
          state = 'comment';
          out[p] += '<!--';
          i += 4;
          continue;
        }
        const tag = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(s.slice(i, i + 64));
        if (tag) {
          closing = tag[1] === '/';
          tagName = tag[2].toLowerCase();
          flushPending(BLOCK_TAGS.has(tagName) ? 'block' : 'inline');
          out[p] += tag[0];
          i += tag[0].length;
          state = 'tag';
          continue;
        }
        // Text (an escape such as \n counts as text: it is not whitespace in the source).
        flushPending('inline');
        before = 'inline';
        const length = c === '\\' ? 2 : 1;
        out[p] += s.slice(i, i + length);
        i += length;
        continue;
      }
      if (state === 'tag') {
        if (isSpace(c)) {
          let j = i;
          while (j < s.length && isSpace(s[j])) j++;
          out[p] += ' ';
          i = j;
          continue;
        }
        if (c === '"' || c === "'") state = c === '"' ? 'dq' : 'sq';
        else if (c === '>') {
          state = !closing && RAW_TAGS.has(tagName) ? 'raw' : 'text';
          rawTag = tagName;
          before = BLOCK_TAGS.has(tagName) ? 'block' : 'inline';
        }
        out[p] += c;
        i++;
        continue;
      }
      if (state === 'dq' || state === 'sq') {
        if (c === (state === 'dq' ? '"' : "'")) state = 'tag';
        const length = c === '\\' ? 2 : 1;
        out[p] += s.slice(i, i + length);
        i += length;
        continue;
      }
      if (state === 'comment') {
        if (s.startsWith('-->', i)) {
          out[p] += '-->';
          i += 3;
          state = 'text';
          before = 'inline';
          continue;
        }
        out[p] += c;
        i++;
        continue;
      }
      // raw: up to the closing tag.
      if (s.slice(i, i + rawTag.length + 2).toLowerCase() === `</${rawTag}`) {
        state = 'text';
        continue; // the text state reads the closing tag
      }
      const length = c === '\\' ? 2 : 1;
      out[p] += s.slice(i, i + length);
      i += length;
    }
    // A binding follows this part (except after the last): in text, it is inline content.
    if (p < parts.length - 1 && state === 'text') {
      flushPending('inline');
      before = 'inline';
    }
  }
  // The template's end: whitespace there is trimmed only next to a block.
  if (state === 'text') flushPending('end');
  return out;
}

/** Escapes text for the inside of a template literal. */
function toRaw(text) {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

/** CSS without comments and the whitespace it does not need; strings are kept as they are. */
export function minifyCssText(css) {
  const strings = [];
  let text = '';
  for (let i = 0; i < css.length;) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 2;
      text += ' ';
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      strings.push(css.slice(i, j + 1));
      text += `\u0000${strings.length - 1}\u0000`;
      i = j + 1;
    } else {
      text += c;
      i++;
    }
  }
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .trim()
    .replace(/\u0000(\d+)\u0000/g, (_, n) => strings[Number(n)]);
}

/** Local names bound to lit's `html`, `svg` and `css` by the module's imports. */
function litTags(program) {
  const tags = new Map();
  for (const node of program.body) {
    if (node.type !== 'ImportDeclaration' || !LIT_MODULES.has(node.source.value)) continue;
    for (const spec of node.specifiers) {
      const imported = spec.type === 'ImportSpecifier' ? (spec.imported.name ?? spec.imported.value) : undefined;
      if (imported === 'html' || imported === 'svg' || imported === 'css') tags.set(spec.local.name, imported);
    }
  }
  return tags;
}

/** Every node of the tree, with its parent. */
function walk(node, parent, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node, parent);
  for (const key of Object.keys(node)) {
    if (key === 'parent') continue;
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, node, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, node, visit);
  }
}

/** Where a template part's raw text starts in the source (parsers differ on whether the span includes `\`` or `}`). */
function rawStart(code, quasi) {
  const raw = quasi.value.raw;
  if (code.startsWith(raw, quasi.start + 1) && (code[quasi.start] === '`' || code[quasi.start] === '}')) return quasi.start + 1;
  if (code.startsWith(raw, quasi.start)) return quasi.start;
  throw new Error(`minify-templates: cannot place a template part at ${quasi.start}`);
}

/**
 * The edits for one module's source: `[{start, end, text}]`, sorted, not overlapping. `lang` is `ts` or
 * `js`.
 */
export function templateEdits(code, { lang = 'ts' } = {}) {
  if (!/\b(?:html|svg|css)\b/.test(code)) return [];
  const program = parseAst(code, { lang, sourceType: 'module' });
  const tags = litTags(program);
  if (tags.size === 0) return [];
  const edits = [];
  walk(program, undefined, (node, parent) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
    const kind = tags.get(node.tag.name);
    if (!kind) return;
    // msg(html`...`): the message's id is a hash of the template's text.
    if (parent?.type === 'CallExpression' && parent.callee.type === 'Identifier' && parent.callee.name === 'msg') return;
    const quasis = node.quasi.quasis;
    const starts = quasis.map((q) => rawStart(code, q));
    const raws = quasis.map((q) => q.value.raw);
    let next;
    if (kind === 'css') {
      if (quasis.length !== 1 || quasis[0].value.cooked == null) return;
      next = [toRaw(minifyCssText(quasis[0].value.cooked))];
    } else {
      next = minifyHtmlParts(raws);
    }
    next.forEach((text, i) => {
      if (text !== raws[i]) edits.push({ start: starts[i], end: starts[i] + raws[i].length, text });
    });
  });
  return edits.sort((a, b) => a.start - b.start);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(value) {
  let v = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += BASE64[digit];
  } while (v > 0);
  return out;
}

/**
 * Applies edits and returns `{code, map}`: a source map with a mapping at each token of the unchanged
 * text (so later steps' maps stay exact) and at the start of each edited span.
 */
export function applyEdits(code, edits, source) {
  let result = '';
  const lines = [[]]; // per generated line: [generatedColumn, originalLine, originalColumn]
  let genLine = 0;
  let genCol = 0;
  // Original line and column of each offset, computed as we go.
  let origLine = 0;
  let origCol = 0;
  let offset = 0;
  const advanceOriginal = (to) => {
    for (; offset < to; offset++) {
      if (code[offset] === '\n') {
        origLine++;
        origCol = 0;
      } else origCol++;
    }
  };
  const emit = (text, mapEachToken) => {
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (mapEachToken) {
        const prev = i === 0 ? ' ' : text[i - 1];
        if (!isSpace(c) && (i === 0 || isSpace(prev) || /[^\w$]/.test(prev) || /[^\w$]/.test(c))) lines[genLine].push([genCol, origLine, origCol]);
        advanceOriginal(offset + 1);
      }
      if (c === '\n') {
        genLine++;
        genCol = 0;
        lines.push([]);
      } else genCol++;
    }
    result += text;
  };
  let at = 0;
  for (const edit of edits) {
    emit(code.slice(at, edit.start), true);
    lines[genLine].push([genCol, origLine, origCol]);
    emit(edit.text, false);
    advanceOriginal(edit.end);
    at = edit.end;
  }
  emit(code.slice(at), true);
  // Encode.
  let prevOrigLine = 0;
  let prevOrigCol = 0;
  const mappings = lines
    .map((segments) => {
      let prevGenCol = 0;
      return segments
        .map(([g, l, c]) => {
          const s = vlq(g - prevGenCol) + vlq(0) + vlq(l - prevOrigLine) + vlq(c - prevOrigCol);
          prevGenCol = g;
          prevOrigLine = l;
          prevOrigCol = c;
          return s;
        })
        .join(',');
    })
    .join(';');
  return { code: result, map: { version: 3, sources: [source], sourcesContent: [code], names: [], mappings } };
}

/** The vite plugin. `include` chooses the modules (default: placekit's own TypeScript in src/). */
export function minifyTemplates({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'placekit-minify-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!include.test(file)) return null;
      const edits = templateEdits(code, { lang: file.endsWith('.ts') ? 'ts' : 'js' });
      if (edits.length === 0) return null;
      return applyEdits(code, edits, file);
    },
  };
}
