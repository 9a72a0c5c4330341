/**
 * One config, three builds (see scripts/build.mjs, which runs them in turn):
 *
 * - `--mode elements` (default for `vite build`): one entry per element folder (`src/place-*\/index.ts`
 *   becomes `dist/place-*.js`), with lit and the feed code in shared chunks, so a page that loads two
 *   elements downloads the shared code once.
 * - `--mode bundle`: `dist/placekit.js`, a single self-contained module registering every element, for
 *   a plain `<script type="module">` on a page with no build step.
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
 * One-file builds (and the demo, which loads placekit.js whole) keep the validator (loaded on demand by the per-element entries) inside the file, on
 * purpose: rolldown's note that the dynamic import stays in the same chunk says nothing new.
 */
const oneFile = (warning: RolldownLog, warn: (warning: RolldownLog) => void) => {
  if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
};

export default defineConfig(({ command, mode }) => {
  const minified = { minify: true, comments: { legal: false } };
  // lit's css`` and html`` templates, minified in every build a browser downloads.
  const plugins = [minifyTemplates()];
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
      plugins,
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
  return {
    plugins,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2021',
      sourcemap: true,
      lib: { entry: elementEntries(), formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: { output: { ...minified, chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  };
});
