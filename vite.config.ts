/**
 * One config, several builds (see scripts/build.mjs, which runs them in turn):
 *
 * - `--mode elements` (default for `vite build`): one entry per element folder (`src/place-*\/index.ts`
 *   becomes `dist/place-*.js`). What every element needs on first load (lit, the feed code, the base
 *   element) is one shared chunk, `chunks/base-*.js`, so a page that loads two elements downloads it once;
 *   see `firstLoadChunks` below.
 * - `--mode bundle`: `dist/placekit.js`, a single module registering every element, for a plain
 *   `<script type="module">` on a page with no build step. Everything is inside but the validator.
 * - `--mode validator`: `dist/placekit-validator.js`, the validator placekit.js loads from beside itself
 *   for a feed that needs repair (src/feed/validator/parse.ts: zod, the schema, the repair).
 * - `--mode embed`: `dist/embed.js`, the script of `dist/embed.html`, the iframe page for CMSs that strip
 *   <script> tags.
 * - `--mode cli`: `dist/cli/placekit.js`, the publisher tool and receiver, for node.
 * - `--mode demo`: `dist/demo-site/`, the demo page built for production (the bench measures it).
 *
 * `vite` (dev) serves the demo page at / (it lives in demo/) with the bundled sample feed.
 */
import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import type { RolldownLog } from 'rolldown';
import { litStaticProperties } from './scripts/lit-static-properties.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const root = import.meta.dirname;

/** `{ 'place-directory': 'src/place-directory/index.ts', ... }` for every element folder. */
function elementEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(resolve(root, 'src')).sort()) {
    const index = resolve(root, 'src', name, 'index.ts');
    if (name.startsWith('place-') && existsSync(index)) entries[name] = index;
  }
  return entries;
}

type ChunkingContext = { getModuleInfo(id: string): { importers: string[]; isEntry: boolean } | null };

/** The element entries that load a module on first load (through static imports). */
function entriesLoading(id: string, ctx: ChunkingContext, cache: Map<string, Set<string>>): Set<string> {
  const known = cache.get(id);
  if (known) return known;
  const entries = new Set<string>();
  cache.set(id, entries);
  const info = ctx.getModuleInfo(id);
  if (!info) return entries;
  if (info.isEntry) entries.add(id);
  for (const importer of info.importers) for (const entry of entriesLoading(importer, ctx, cache)) entries.add(entry);
  return entries;
}

/**
 * The per-element build's chunks, for few files on first load (each file a browser fetches is compressed
 * on its own, so many small ones cost more than their sum):
 * - `base`: what nearly every element loads first (lit, the feed code, the base element, localization),
 *   and lit modules two elements load.
 * - `shared`: other modules two elements load first (the opening-times reader: directory, connector).
 * - `places`: the other feed helpers and lit directives an element loads first and others load later
 *   (postcodes and areas, lit's `live`: the directory's list, the neighbourhood chooser, the form's
 *   postcode check), in one file rather than one each, and apart from `shared` so that a part loaded
 *   later does not bring the opening-times reader with it.
 * An element's own modules stay in its entry file, even when a part it loads later uses them too
 * (`preserveEntrySignatures: 'allow-extension'` lets that part import them from the entry). Parts loaded
 * on demand (details view, validator...) keep their own chunks.
 */
function firstLoadChunks() {
  const cache = new Map<string, Set<string>>();
  return {
    groups: [
      {
        debugName: 'first load',
        name(id: string, ctx: ChunkingContext): string | null {
          const entries = entriesLoading(id, ctx, cache).size;
          if (entries >= 3 || (entries >= 2 && /node_modules[\\/]lit/.test(id))) return 'base';
          if (entries >= 2) return 'shared';
          if (entries >= 1 && /[\\/]src[\\/]feed[\\/]|node_modules[\\/]lit(-html)?[\\/]direct/.test(id)) return 'places';
          return null;
        },
      },
    ],
  };
}

/** In dist/placekit.js the validator is the file beside it (src/feed/load/validator-sibling.ts), not a chunk. */
function validatorBeside(): Plugin {
  return {
    name: 'placekit-validator-beside',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './validator.js' && importer && /[\\/]src[\\/]feed[\\/]load[\\/]load\.ts$/.test(importer))
        return resolve(root, 'src/feed/load/validator-sibling.ts');
      return null;
    },
  };
}

/** The demo is the site's front page in development. */
function demoAtRoot(): Plugin {
  return {
    name: 'placekit-demo-at-root',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url === '/' || req.url === '/index.html') {
          res.statusCode = 302;
          res.setHeader('Location', '/demo/');
          res.end();
          return;
        }
        next();
      });
    },
  };
}

/**
 * One-file builds (placekit.js, embed.js, and the demo, which loads placekit's source whole) keep the
 * parts the per-element build loads on demand inside the file, on purpose: rolldown's note that a dynamic
 * import stays in the same chunk says nothing new.
 */
const oneFile = (warning: RolldownLog, warn: (warning: RolldownLog) => void) => {
  if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
};

export default defineConfig(({ command, mode }) => {
  const minified = { minify: true, comments: { legal: false } };
  // In every build a browser downloads: lit's css`` and html`` templates minified, and lit's property
  // decorators written as the `static properties` they stand for.
  const plugins = [minifyTemplates(), litStaticProperties()];
  if (command === 'serve') {
    return {
      plugins: [demoAtRoot()],
      server: { port: 5173, strictPort: false, host: '127.0.0.1' },
      preview: { port: 4173 },
    };
  }
  if (mode === 'cli') {
    return {
      build: {
        ssr: resolve(root, 'cli/placekit.ts'),
        outDir: 'dist/cli',
        emptyOutDir: true,
        target: 'node20',
        minify: false,
        sourcemap: false,
        rolldownOptions: {
          external: ['better-sqlite3'],
          output: { format: 'es', entryFileNames: 'placekit.js', banner: '#!/usr/bin/env node' },
        },
      },
      ssr: { noExternal: true, external: ['better-sqlite3'], target: 'node' },
    };
  }
  if (mode === 'demo') {
    // dist/demo-site/: the demo page as a production site (for Lighthouse and page-load benchmarks).
    return {
      plugins,
      build: {
        outDir: 'dist/demo-site',
        emptyOutDir: true,
        target: 'es2021',
        rolldownOptions: { input: { demo: resolve(root, 'demo/index.html') }, output: minified, onwarn: oneFile },
      },
    };
  }
  if (mode === 'embed') {
    // dist/embed.js: the iframe page's script (every element plus the URL-parameter logic), one file.
    return {
      plugins,
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2021',
        sourcemap: false,
        lib: { entry: resolve(root, 'src/embed/embed.ts'), formats: ['es'], fileName: () => 'embed.js' },
        rolldownOptions: { output: { ...minified, codeSplitting: false }, onwarn: oneFile },
      },
    };
  }
  if (mode === 'bundle') {
    return {
      plugins: [...plugins, validatorBeside()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2021',
        sourcemap: true,
        lib: { entry: resolve(root, 'src/placekit.ts'), formats: ['es'], fileName: () => 'placekit.js' },
        rolldownOptions: { output: { ...minified, codeSplitting: false }, onwarn: oneFile },
      },
    };
  }
  if (mode === 'validator') {
    return {
      plugins,
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2021',
        sourcemap: true,
        lib: { entry: resolve(root, 'src/feed/validator/parse.ts'), formats: ['es'], fileName: () => 'placekit-validator.js' },
        rolldownOptions: { output: { ...minified, codeSplitting: false } },
      },
    };
  }
  return {
    plugins,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2021',
      sourcemap: true,
      lib: { entry: elementEntries(), formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: { ...minified, chunkFileNames: 'chunks/[name]-[hash].js', codeSplitting: firstLoadChunks() },
      },
    },
  };
});
