#!/usr/bin/env node
/**
 * npm run build: everything in dist/, in order.
 *   dist/placekit.js, dist/place-*.js,   the CDN build, for a page without a build step (lit and zod inside):
 *   dist/placekit-validator.js,          every element, each element, the validator, the iframe page's
 *   dist/embed.js, dist/chunks/          script, sharing their chunks (vite --mode cdn)
 *   dist/embed.html, dist/embed.css      the iframe page for CMSs that strip <script>
 *   dist/THIRD-PARTY-NOTICES.txt         the licences of the code the CDN build bundles
 *   dist/lib/                            the npm build: one ES module per source file, bare lit/zod imports,
 *                                        type declarations beside them (vite --mode lib, then tsc)
 *   dist/cli/placekit.js                 the publisher tool, with its own notices (vite --mode cli)
 *   dist/demo-site/                      the demo page built for production, for the bench (vite --mode demo)
 *   dist/custom-elements.json            the custom-elements manifest (cem analyze), and the editor data made
 *   dist/web-types.json,                 from it (scripts/editor-data.mjs)
 *   dist/vscode.html-custom-data.json
 *   dist/feed.schema.json                the feed's JSON Schema, generated from the zod schema
 *   dist/placekit-cdn.zip                the CDN build in one download, for "Getting started" (not in the package)
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { zip } from './zip.mjs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
const quiet = { logLevel: 'warn' };

// The page's feed check follows the schema: regenerate its spec first (a no-op when it is current).
run('node', ['scripts/generate-spec.mjs']);
rmSync('dist', { recursive: true, force: true });
for (const mode of ['cdn', 'lib', 'cli', 'demo']) {
  await build({ mode, ...quiet });
}
cpSync('sample/feed.json', 'dist/demo-site/sample/feed.json');
// The iframe page loads the built script instead of the source.
writeFileSync('dist/embed.html', readFileSync('src/embed/embed.html', 'utf8').replace('./embed.ts', './embed.js'));
cpSync('src/embed/embed.css', 'dist/embed.css');
chmodSync('dist/cli/placekit.js', 0o755);
run('node', ['node_modules/typescript-native/bin/tsc', '-p', 'tsconfig.build.json']);
run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.js', '--quiet']);
run('node', ['scripts/editor-data.mjs']);
run('node', ['dist/cli/placekit.js', 'schema', '--out', 'dist/feed.schema.json']);
// "Getting started" hands out the files for a page as one download: a browser cannot download a folder.
const forPages = [
  ...readdirSync('dist').filter((f) => /\.(js|html|css|txt)$/.test(f)),
  ...readdirSync('dist/chunks')
    .filter((f) => f.endsWith('.js'))
    .map((f) => `chunks/${f}`),
].sort();
writeFileSync(
  'dist/placekit.zip',
  zip([...forPages.map((name) => ({ name, data: readFileSync(`dist/${name}`) })), { name: 'LICENSE', data: readFileSync('LICENSE') }]),
);
console.log('built dist/');
