/**
 * A build-only vite plugin for the CDN build: a part the feed's first screen waits for, fetched with
 * `import()`, asks for the chunks it imports at the same moment, not one round trip later.
 *
 * A browser learns what a module imports only once it has that module, so a part whose file imports
 * another chunk the page does not have yet (the contact card's `contacts.js` imports the safe-links
 * chunk) costs two round trips: on a slow connection, half a second more before the feed can be drawn.
 * Vite does this for apps (`build.modulePreload`) but not in library mode, so this does it the same way:
 * each `import("./part.js")` in a chunk becomes
 * `Promise.all([import("./part.js"), import("./dep.js")]).then((m) => m[0])`, for every chunk the part
 * imports (directly or through others) that the importing chunk does not already import. A dependency
 * that cannot be fetched fails the part, as it would have when the part imported it.
 * A dependency that imports the part back (a cycle) is left to the part, so modules still run in
 * the order the bundler chose.
 *
 * Only for the parts named by `waitedFor` (a pattern matched against the part's source file): those
 * fetched beside the feed, which the first screen with data waits for. Parts fetched when a resident
 * asks for them keep their one import: the addresses of their chunks would cost every page's first
 * download more than the round trip costs the rare resident who opens them on a slow connection.
 */
import { posix } from 'node:path';
import MagicString from 'magic-string';

/** Every chunk `file` imports statically, directly or through others. */
function staticClosure(file, chunks, seen = new Set()) {
  for (const imported of chunks[file]?.imports ?? []) {
    if (seen.has(imported)) continue;
    seen.add(imported);
    staticClosure(imported, chunks, seen);
  }
  return seen;
}

/** @param {{ waitedFor: RegExp }} options */
export function partDependencies({ waitedFor }) {
  return {
    name: 'placekit-part-dependencies',
    apply: 'build',
    renderChunk(code, chunk, _options, meta) {
      const chunks = meta?.chunks;
      if (!chunks || !chunk.dynamicImports.length) return null;
      const here = posix.dirname(chunk.fileName);
      const loaded = staticClosure(chunk.fileName, chunks);
      const out = new MagicString(code);
      let changed = false;
      for (const match of code.matchAll(/\bimport\((["'`])(\.{1,2}\/[^"'`]+\.js)\1\)/g)) {
        const target = posix.normalize(posix.join(here, match[2]));
        if (!chunks[target] || !waitedFor.test(chunks[target].facadeModuleId ?? '')) continue;
        const early = [...staticClosure(target, chunks)].filter((dep) => dep !== chunk.fileName && !loaded.has(dep) && !staticClosure(dep, chunks).has(target));
        if (!early.length) continue;
        const quote = match[1];
        const relative = (file) => {
          const path = posix.relative(here, file);
          return path.startsWith('.') ? path : `./${path}`;
        };
        const deps = early.map((dep) => `import(${quote}${relative(dep)}${quote})`).join(', ');
        out.overwrite(match.index, match.index + match[0].length, `Promise.all([${match[0]}, ${deps}]).then((m) => m[0])`);
        changed = true;
      }
      return changed ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}
