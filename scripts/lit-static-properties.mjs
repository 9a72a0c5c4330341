/**
 * A build-only vite plugin that turns lit's `@property()` and `@state()` decorators into the equivalent
 * `static properties` block, which lit reads the same way, so the shipped code carries neither the
 * decorator functions nor a `__decorate(...)` call per field.
 *
 *   @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
 *   @state() private query = '';
 * becomes
 *   static properties = { pageSize: { type: Number, attribute: 'page-size' }, query: { state: true } };
 *   pageSize = 10;
 *   private query = '';
 *
 * The source keeps its decorators (the custom-elements manifest, the tests and the dev server read them
 * as written). A class is left alone when it has any other decorator, a computed or static decorated
 * member, or a `properties` of its own. lit's documentation gives both forms the same meaning; with
 * `useDefineForClassFields: false` (tsconfig.json) a field's initial value still goes through lit's
 * accessor, as it did with the decorator.
 */
import { parseAst } from 'vite';
import { applyEdits } from './minify-templates.mjs';

const DECORATOR_MODULES = /^lit\/decorators(?:\.js|\/property\.js|\/state\.js)$/;

/** Local names of lit's `property` and `state` decorators in a module. */
function decoratorNames(program) {
  const names = new Map();
  for (const node of program.body) {
    if (node.type !== 'ImportDeclaration' || !DECORATOR_MODULES.test(node.source.value)) continue;
    for (const spec of node.specifiers) {
      const imported = spec.type === 'ImportSpecifier' ? (spec.imported.name ?? spec.imported.value) : undefined;
      if (imported === 'property' || imported === 'state') names.set(spec.local.name, imported);
    }
  }
  return names;
}

function classes(node, found = []) {
  if (!node || typeof node.type !== 'string') return found;
  if (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') found.push(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) classes(child, found);
    else if (value && typeof value === 'object' && typeof value.type === 'string') classes(value, found);
  }
  return found;
}

/** The edits for one module's source (TypeScript), as `[{start, end, text}]`. */
export function staticPropertyEdits(code) {
  if (!code.includes('lit/decorators')) return [];
  const program = parseAst(code, { lang: 'ts', sourceType: 'module' });
  const names = decoratorNames(program);
  if (names.size === 0) return [];
  const edits = [];
  for (const cls of classes(program)) {
    const members = cls.body.body;
    const decorated = members.filter((m) => m.decorators?.length);
    if (decorated.length === 0) continue;
    const plain = (m) =>
      m.type === 'PropertyDefinition' &&
      !m.static &&
      !m.computed &&
      m.key.type === 'Identifier' &&
      m.decorators.length === 1 &&
      m.decorators[0].expression.type === 'CallExpression' &&
      m.decorators[0].expression.callee.type === 'Identifier' &&
      names.has(m.decorators[0].expression.callee.name) &&
      m.decorators[0].expression.arguments.length <= 1 &&
      m.decorators[0].expression.arguments.every((a) => a.type !== 'SpreadElement');
    const ownProperties = members.some((m) => m.static && m.key?.type === 'Identifier' && m.key.name === 'properties');
    if (ownProperties || (cls.decorators?.length ?? 0) > 0 || !decorated.every(plain)) continue;
    const entries = decorated.map((m) => {
      const call = m.decorators[0].expression;
      const options = call.arguments[0] ? code.slice(call.arguments[0].start, call.arguments[0].end) : undefined;
      const kind = names.get(call.callee.name);
      // `state: true` is enough: lit's createProperty turns the attribute off for state, as state() does.
      const declaration = kind === 'state' ? `{ ${options ? `...${options}, ` : ''}state: true }` : (options ?? '{}');
      // The decorator and the whitespace after it go; the field stays as written.
      let end = m.decorators[0].end;
      while (/\s/.test(code[end])) end++;
      edits.push({ start: m.decorators[0].start, end, text: '' });
      return `${m.key.name}: ${declaration}`;
    });
    const open = cls.body.start + 1;
    edits.push({ start: open, end: open, text: ` static properties = { ${entries.join(', ')} };` });
  }
  return edits.sort((a, b) => a.start - b.start);
}

/** The vite plugin, for placekit's own TypeScript in src/. */
export function litStaticProperties({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'placekit-lit-static-properties',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!include.test(file)) return null;
      const edits = staticPropertyEdits(code);
      return edits.length ? applyEdits(code, edits, file) : null;
    },
  };
}
