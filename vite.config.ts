/**
 * One config, several builds (see scripts/build.mjs, which runs them in turn):
 *
 * - `--mode cdn` (what `vite build` builds, without its licence notices and with placekit.js carrying the
 *   elements' modules): the files a page loads without a build step, lit and zod
 *   inside, for a `<script type="module">` (a copied folder or a CDN). One build, several entries sharing
 *   their chunks (`dist/chunks/`): one per element folder (`src/place-*\/index.ts` becomes
 *   `dist/place-*.js`), `dist/placekit.js` (every element: it imports the elements' files),
 *   `dist/placekit-validator.js` (the validator, loaded for a feed that needs repair, and importable on its
 *   own) and `dist/embed.js` (the iframe page's script). What every element needs on first load (lit, the
 *   feed code, the base element) is one shared chunk, `chunks/base-*.js`; see `firstLoadChunks` below.
 *   Parts loaded on demand are chunks of their own, fetched from beside the module; those fetched beside
 *   the feed ask for the chunks they import at the same moment (scripts/part-dependencies.mjs).
 * - `--mode lib`: `dist/lib/`, the npm build: one ES module per source file (the layout of src/), lit,
 *   @lit/localize and zod left as bare imports for the app's bundler to resolve once, not minified (the
 *   app's bundler does that); lit's templates are minified and its decorators written out, as in the
 *   CDN build. The type declarations (tsc) sit beside each module.
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
import { partDependencies } from './scripts/part-dependencies.mjs';
import { thirdPartyNotices } from './scripts/third-party-notices.mjs';

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

/** The CDN build's other entries: every element, the validator on its own, the iframe page's script. */
function cdnEntries(): Record<string, string> {
  return {
    placekit: resolve(root, 'src/placekit.ts'),
    'placekit-validator': resolve(root, 'src/feed/validator/parse.ts'),
    embed: resolve(root, 'src/embed/embed.ts'),
  };
}

/** The npm build's entries (every other module is kept as its own file too): what package.json exports. */
function libEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    placekit: resolve(root, 'src/placekit.ts'),
    feed: resolve(root, 'src/feed.ts'),
    'feed/validator/parse': resolve(root, 'src/feed/validator/parse.ts'),
  };
  for (const [name, file] of Object.entries(elementEntries())) entries[`${name}/index`] = file;
  return entries;
}

type ChunkingContext = { getModuleInfo(id: string): { importers: string[]; isEntry: boolean } | null };

/** The element entries that load a module on first load (through static imports). */
function entriesLoading(id: string, ctx: ChunkingContext, elements: Set<string>, cache: Map<string, Set<string>>): Set<string> {
  const known = cache.get(id);
  if (known) return known;
  const entries = new Set<string>();
  cache.set(id, entries);
  const info = ctx.getModuleInfo(id);
  if (!info) return entries;
  if (elements.has(id)) entries.add(id);
  for (const importer of info.importers) for (const entry of entriesLoading(importer, ctx, elements, cache)) entries.add(entry);
  return entries;
}

/**
 * The CDN build's chunks, for few files on first load (each file a browser fetches is compressed on its
 * own, so many small ones cost more than their sum). Only the element entries count: placekit.js and
 * embed.js import the elements' files, and the validator is a part loaded on demand.
 * - `base`: what two or more elements load first (lit, the feed code, the base element, localization),
 *   except:
 * - `shared-a-b`: feed helpers exactly two elements load first, one chunk per pair, which the other
 *   elements would otherwise pay for (none today: the contact card draws its feed with a part).
 * - postcodes and areas (`src/feed/domain/areas.ts`) and the area label go in `base` too, though only
 *   one element loads them first: the form's postcode check needs them in the sender every form fetches
 *   as it shows, the neighbourhood chooser when it opens, and a file of their own costs more than they weigh.
 * - `places-<element>`: the feed helpers and lit directives one element loads first and parts of others
 *   load later (the directory's opening-times reader, the plan's safe links, lit's `live`), one file per
 *   element, so that a part loaded later never brings another element's file with it, and an element
 *   never downloads what only another loads first.
 * An element's own modules stay in its entry file, even when a part it loads later uses them too
 * (`preserveEntrySignatures: 'allow-extension'` lets that part import them from the entry). Parts loaded
 * on demand (details view, validator...) keep their own chunks.
 */
function firstLoadChunks(elements: Set<string>) {
  const cache = new Map<string, Set<string>>();
  return {
    groups: [
      {
        debugName: 'first load',
        name(id: string, ctx: ChunkingContext): string | null {
          const loading = entriesLoading(id, ctx, elements, cache);
          const entries = loading.size;
          // Feed helpers two elements load first: a chunk for the two (`shared-connector-directory`), not for every element.
          if (entries === 2 && /[\\/]src[\\/]feed[\\/]domain[\\/]/.test(id))
            return `shared-${[...loading]
              .map((entry) => entry.split(/[\\/]/).at(-2)!.replace('place-', ''))
              .sort()
              .join('-')}`;
          if (entries >= 2) return 'base';
          if (entries >= 1 && /[\\/]src[\\/](feed[\\/]domain[\\/]areas|ui[\\/]area-label)\.ts$/.test(id)) return 'base';
          if (entries === 1 && /[\\/]src[\\/]feed[\\/]|node_modules[\\/]lit(-html)?[\\/]direct/.test(id))
            return `places-${[...loading][0].split(/[\\/]/).at(-2)!.replace('place-', '')}`;
          return null;
        },
      },
    ],
  };
}

/**
 * In the CDN build, placekit.js imports the elements' own files (`./place-directory.js`...) rather than
 * their modules: the elements' modules then belong to their entries alone, so placekit.js adds nothing to
 * what the chunking sees and each element's file stays the same whether a page loads it or placekit.js.
 */
function elementFilesFromPlacekit(): Plugin {
  return {
    name: 'placekit-element-files',
    enforce: 'pre',
    resolveId(source, importer) {
      const element = /^\.\/(place-[a-z-]+)\/index\.js$/.exec(source);
      if (element && importer && /[\\/]src[\\/]placekit\.ts$/.test(importer)) return { id: `./${element[1]}.js`, external: true };
      return null;
    },
  };
}

/** What the npm build leaves to the app: lit (and its parts), @lit/localize, zod. */
const external = (id: string) => /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|zod)(\/|$)/.test(id);

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

/** The demo page loads placekit's source whole: rolldown's note that a dynamic import stays in the same chunk says nothing new. */
const oneFile = (warning: RolldownLog, warn: (warning: RolldownLog) => void) => {
  if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
};

export default defineConfig(({ command, mode }) => {
  const minified = { minify: true, comments: { legal: false, annotation: false, jsdoc: false } };
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
      plugins: [thirdPartyNotices({ fileName: 'THIRD-PARTY-NOTICES.txt', title: 'the placekit command (dist/cli/placekit.js)' })],
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
  if (mode === 'lib') {
    return {
      plugins,
      build: {
        outDir: 'dist/lib',
        emptyOutDir: true,
        target: 'es2021',
        minify: false,
        sourcemap: false,
        lib: { entry: libEntries(), formats: ['es'] },
        rolldownOptions: {
          external,
          preserveEntrySignatures: 'strict',
          output: { preserveModules: true, preserveModulesRoot: resolve(root, 'src'), entryFileNames: '[name].js' },
        },
      },
    };
  }
  const elements = elementEntries();
  // Storybook loads this config in its own build (mode production) and keeps its plugins: the CDN build's
  // own plugins (placekit.js importing the elements' files, the notices) only for `--mode cdn`.
  const cdnOnly =
    mode === 'cdn'
      ? [
          elementFilesFromPlacekit(),
          // The parts fetched beside the feed: its reader, its validator, and the screens drawn from it.
          partDependencies({
            waitedFor:
              /[\\/]src[\\/](feed[\\/](load|validator)[\\/]parse|place-connector[\\/]contacts|place-plan[\\/]one-plan|place-directory[\\/]result-list)\.ts$/,
          }),
          thirdPartyNotices({
            fileName: 'THIRD-PARTY-NOTICES.txt',
            title: "placekit's browser files (placekit.js, place-*.js, placekit-validator.js, embed.js and chunks/)",
          }),
        ]
      : [];
  return {
    plugins: [...plugins, ...cdnOnly],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2021',
      sourcemap: true,
      lib: { entry: { ...elements, ...cdnEntries() }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: { ...minified, chunkFileNames: 'chunks/[name]-[hash].js', codeSplitting: firstLoadChunks(new Set(Object.values(elements))) },
      },
    },
  };
});
