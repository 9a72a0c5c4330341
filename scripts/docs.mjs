#!/usr/bin/env node
/**
 * npm run docs: writes the generated sections of README.md and docs/**\/*.md, so that nothing the code
 * already says is typed twice. A generated section sits between two markers:
 *
 *   <!-- generated:reference place-directory -->   an element's attributes, properties and methods,
 *   ...                                            events, slots, parts and CSS custom properties, from
 *   <!-- generated:end -->                         its JSDoc (the custom-elements manifest)
 *
 * Kinds: `reference <tag>`, `shared` (the attributes and events every element has), `elements` (each
 * element with its summary and page), `css-properties` (every `--place-*` custom property and who reads
 * it), `parts` (each element's parts), `include <file>` (a file of the repository as a code block, e.g.
 * the feed example the tests parse).
 *
 *   node scripts/docs.mjs            rewrites every generated section from dist/custom-elements.json
 *                                    (npm run docs runs `npm run manifest` first)
 *   node scripts/docs.mjs --check    changes nothing; names each stale section and exits 1
 *
 * tests/docs/generated-docs.test.js runs the check in npm test, so a JSDoc change without `npm run docs`
 * fails the suite.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { declarationOf, declarations, publicManifest } from './public-manifest.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = 'dist/custom-elements.json';
/** The source file behind a path in the manifest (which names the npm build's files, dist/lib/*.js). */
const sourceOf = (path) => path.replace(/^dist\/lib\/(.*)\.js$/, 'src/$1.ts');
/** The page every element's reference points to for the custom properties all elements share. */
const THEMING = 'docs/theming.md';
const START = /<!-- generated:(?!end -->)([a-z-]+)(?: ([^\s>]+))? -->\n/g;
const END = '<!-- generated:end -->';

/** The markdown files that may hold generated sections: README.md and everything under docs/. */
export function docFiles(root = ROOT) {
  const docs = existsSync(join(root, 'docs'))
    ? readdirSync(join(root, 'docs'), { recursive: true })
        .map(String)
        .filter((name) => name.endsWith('.md'))
        .map((name) => join('docs', name))
    : [];
  return ['README.md', ...docs.sort()];
}

/** A table cell: one line, pipes escaped (inside code spans too, as GitHub's tables need). */
const cell = (text = '') => text.replace(/\s+/g, ' ').trim().replaceAll('|', '\\|');
const code = (text) => `\`${text}\``;
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
/** `string | undefined` reads as `string`: every attribute may be absent. */
const typeOf = (item) => (item.type?.text ?? '').replace(/\s*\|\s*undefined\b/g, '').trim();
const describe = (item) => item.description || item.summary || '';
/** "every element", or "every element but `<place-feed>`": the elements built on the base class, PlaceElement. */
let EVERY = 'every element';
const inherited = (item) => (item.inheritedFrom?.name === 'PlaceElement' ? ` (Shared: ${EVERY} has it.)` : '');
/** Own items first, then those every element inherits, keeping the manifest's order within each. */
const ownFirst = (items = []) => [...items.filter((i) => !i.inheritedFrom), ...items.filter((i) => i.inheritedFrom)];
const link = (from, to, anchor = '') => `${relative(dirname(from), to).split('\\').join('/')}${anchor}`;

function requireDeclaration(manifest, name, where) {
  const declaration = declarationOf(manifest, name);
  if (!declaration) throw new Error(`${where}: the manifest has no element or class "${name}"`);
  return declaration;
}

/** True for a declaration built on the base class `PlaceElement`, directly or through classes of its own (the directory's attributes). */
function onBase(manifest, d) {
  for (let seen = 0; d && seen < 10; seen++, d = declarationOf(manifest, d.superclass?.name)) if (d.superclass?.name === 'PlaceElement') return true;
  return false;
}

/**
 * placekit's elements, in the order `src/placekit.ts` exports them, those built on the base class first
 * (`<place-feed>`, which only shares a feed, comes last).
 */
function elements(manifest) {
  const exported = (manifest.modules.find((m) => m.path === 'dist/lib/placekit.js')?.exports ?? []).map((e) => dirname(e.declaration?.module ?? ''));
  const rank = (d) => (onBase(manifest, d) ? 0 : 1000) + (exported.indexOf(dirname(d.path)) + 1 || 999);
  return declarations(manifest)
    .filter((d) => d.tagName?.startsWith('place-'))
    .sort((a, b) => rank(a) - rank(b));
}

function reference(manifest, name, file) {
  const d = requireDeclaration(manifest, name, file);
  const out = [];
  const attributes = ownFirst(d.attributes);
  out.push('### Attributes');
  out.push(
    attributes.length === 0
      ? 'None.'
      : table(
          ['attribute', 'property', 'type', 'default', 'what it does'],
          attributes.map((a) => [
            code(a.name),
            a.fieldName ? code(a.fieldName) : '',
            typeOf(a) ? code(typeOf(a)) : '',
            a.default ? code(a.default) : '',
            describe(a) + inherited(a),
          ]),
        ),
  );

  const byAttribute = new Set(attributes.map((a) => a.fieldName).filter(Boolean));
  const members = ownFirst(d.members).filter((m) => !byAttribute.has(m.name) && (m.kind === 'field' || m.kind === 'method'));
  if (members.length > 0) {
    out.push('### Properties and methods');
    out.push(
      table(
        ['name', 'type', 'what it is'],
        members.map((m) => {
          const name =
            m.kind === 'method' ? `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.type?.text ? `: ${p.type.text}` : ''}`).join(', ')})` : m.name;
          const note = m.readonly ? ' Read-only.' : '';
          return [code(name), typeOf(m) ? code(typeOf(m)) : m.kind === 'method' ? 'method' : '', describe(m) + note + inherited(m)];
        }),
      ),
    );
  }

  out.push('### Events');
  const events = ownFirst(d.events);
  out.push(
    events.length === 0
      ? 'None.'
      : `Every event bubbles and is composed (it crosses shadow roots), so a listener on \`document\` hears it.\n\n${table(
          ['event', 'when, and its `detail`'],
          events.map((e) => [code(e.name), describe(e) + inherited(e)]),
        )}`,
  );

  out.push('### Slots');
  const slots = d.slots ?? [];
  out.push(
    slots.length === 0
      ? 'None.'
      : table(
          ['slot', 'what goes in it'],
          slots.map((s) => [s.name ? code(s.name) : '(default)', describe(s)]),
        ),
  );

  out.push('### CSS parts');
  const parts = ownFirst(d.cssParts);
  out.push(
    parts.length === 0
      ? 'None: it draws nothing of its own.'
      : `Style them with \`${d.tagName ?? 'place-x'}::part(name)\`.\n\n${table(
          ['part', 'what it is'],
          parts.map((p) => [code(p.name), describe(p) + inherited(p)]),
        )}`,
  );

  out.push('### CSS custom properties');
  const own = (d.cssProperties ?? []).filter((c) => !c.inheritedFrom);
  const shared = (d.cssProperties ?? []).some((c) => c.inheritedFrom);
  const sharedLine = shared ? `It also reads the custom properties ${EVERY} reads: see [Theming](${link(file, THEMING, '#custom-properties')}).` : '';
  if (own.length === 0) out.push(shared ? sharedLine : 'None: it draws nothing of its own.');
  else
    out.push(
      [
        table(
          ['custom property', 'what it sets'],
          own.map((c) => [code(c.name), describe(c)]),
        ),
        sharedLine,
      ]
        .filter(Boolean)
        .join('\n\n'),
    );
  return out.join('\n\n');
}

/** The attributes and events every element has, from the base class they share. */
function sharedApi(manifest, file) {
  const base = requireDeclaration(manifest, 'PlaceElement', file);
  return [
    '### Attributes',
    table(
      ['attribute', 'property', 'type', 'default', 'what it does'],
      (base.attributes ?? []).map((a) => [
        code(a.name),
        a.fieldName ? code(a.fieldName) : '',
        typeOf(a) ? code(typeOf(a)) : '',
        a.default ? code(a.default) : '',
        describe(a),
      ]),
    ),
    '### Events',
    `They bubble and are composed (they cross shadow roots), so a listener on \`document\` hears them.\n\n${table(
      ['event', 'when, and its `detail`'],
      (base.events ?? []).map((e) => [code(e.name), describe(e)]),
    )}`,
  ].join('\n\n');
}

function elementList(manifest, file) {
  return table(
    ['element', 'what residents get'],
    elements(manifest).map((d) => [`[${code(`<${d.tagName}>`)}](${link(file, `docs/elements/${d.tagName}.md`)})`, d.summary ?? '']),
  );
}

function cssProperties(manifest, file) {
  const base = requireDeclaration(manifest, 'PlaceElement', file);
  const rows = (base.cssProperties ?? []).map((c) => [code(c.name), describe(c), EVERY]);
  for (const d of elements(manifest)) {
    for (const c of (d.cssProperties ?? []).filter((p) => !p.inheritedFrom)) rows.push([code(c.name), describe(c), code(`<${d.tagName}>`)]);
  }
  return table(['custom property', 'what it sets', 'read by'], rows);
}

function partList(manifest, file) {
  const base = requireDeclaration(manifest, 'PlaceElement', file);
  const every = (base.cssParts ?? []).map((p) => code(p.name)).join(', ');
  return table(
    ['element', 'its own parts', `and the shared ones (${every})`],
    elements(manifest).map((d) => [
      `[${code(`<${d.tagName}>`)}](${link(file, `docs/elements/${d.tagName}.md`, '#css-parts')})`,
      (d.cssParts ?? [])
        .filter((p) => !p.inheritedFrom)
        .map((p) => code(p.name))
        .join(', ') || 'none',
      (d.cssParts ?? []).some((p) => p.inheritedFrom?.name === 'PlaceElement') ? 'yes' : 'no: it draws nothing',
    ]),
  );
}

function include(root, path, file) {
  if (!path) throw new Error(`${file}: generated:include needs a file`);
  const full = join(root, path);
  if (!existsSync(full)) throw new Error(`${file}: generated:include names ${path}, which does not exist`);
  const language = { '.json': 'json', '.js': 'js', '.mjs': 'js', '.ts': 'ts', '.html': 'html', '.css': 'css', '.sh': 'sh' }[extname(path)] ?? '';
  return `\`\`\`${language}\n${readFileSync(full, 'utf8').replace(/\n+$/, '')}\n\`\`\``;
}

/** The text a generated section should hold, with the note that says where it comes from. */
function generate(kind, arg, { manifest, root, file }) {
  switch (kind) {
    case 'reference': {
      const d = requireDeclaration(manifest, arg, file);
      return `<!-- Written by npm run docs from the JSDoc in ${sourceOf(d.path)}: edit that, then run npm run docs. -->\n\n${reference(manifest, arg, file)}`;
    }
    case 'shared': {
      const d = requireDeclaration(manifest, 'PlaceElement', file);
      return `<!-- Written by npm run docs from the JSDoc in ${sourceOf(d.path)}: edit that, then run npm run docs. -->\n\n${sharedApi(manifest, file)}`;
    }
    case 'elements':
      return `<!-- Written by npm run docs from each element's @summary: edit that, then run npm run docs. -->\n\n${elementList(manifest, file)}`;
    case 'css-properties':
      return `<!-- Written by npm run docs from each element's @cssproperty JSDoc: edit that, then run npm run docs. -->\n\n${cssProperties(manifest, file)}`;
    case 'parts':
      return `<!-- Written by npm run docs from each element's @csspart JSDoc: edit that, then run npm run docs. -->\n\n${partList(manifest, file)}`;
    case 'include':
      return `<!-- Copied by npm run docs from ${arg}: edit that file, then run npm run docs. -->\n\n${include(root, arg, file)}`;
    default:
      throw new Error(`${file}: unknown generated section "${kind}"`);
  }
}

/**
 * Every generated section of the docs: where it is, and whether it holds what it should.
 * Returns the files with their current and expected text.
 */
export function check(root = ROOT) {
  const manifestPath = join(root, MANIFEST);
  if (!existsSync(manifestPath)) throw new Error(`${MANIFEST} is missing: run npm run manifest (or npm run build) first`);
  const manifest = publicManifest(JSON.parse(readFileSync(manifestPath, 'utf8')));
  const others = elements(manifest).filter((d) => !onBase(manifest, d));
  EVERY = others.length === 0 ? 'every element' : `every element but ${others.map((d) => code(`<${d.tagName}>`)).join(' and ')}`;
  const results = [];
  for (const file of docFiles(root)) {
    const current = readFileSync(join(root, file), 'utf8');
    const sections = [];
    let expected = '';
    let at = 0;
    for (const match of current.matchAll(START)) {
      if (match.index < at) continue;
      const bodyStart = match.index + match[0].length;
      const end = current.indexOf(END, bodyStart);
      if (end < 0) throw new Error(`${file}: <!-- generated:${match[1]} --> has no ${END}`);
      const [, kind, arg] = match;
      const body = `\n${generate(kind, arg, { manifest, root, file })}\n\n`;
      sections.push({ kind, arg, stale: current.slice(bodyStart, end) !== body });
      expected += current.slice(at, bodyStart) + body;
      at = end;
    }
    expected += current.slice(at);
    if (sections.length > 0) results.push({ file, current, expected, sections });
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = check();
  const stale = results.flatMap((r) => r.sections.filter((s) => s.stale).map((s) => `${r.file}: generated:${s.kind}${s.arg ? ` ${s.arg}` : ''}`));
  if (process.argv.includes('--check')) {
    if (stale.length > 0) {
      console.error(`Stale generated docs (run npm run docs):\n${stale.map((s) => `  ${s}`).join('\n')}`);
      process.exitCode = 1;
    } else {
      console.log(`docs: ${results.reduce((n, r) => n + r.sections.length, 0)} generated sections up to date`);
    }
  } else {
    for (const { file, current, expected } of results) if (current !== expected) writeFileSync(join(ROOT, file), expected);
    console.log(stale.length > 0 ? `docs: rewrote\n${stale.map((s) => `  ${s}`).join('\n')}` : 'docs: every generated section was up to date');
  }
}
