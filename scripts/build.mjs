#!/usr/bin/env node
/**
 * npm run build: everything in dist/, in order.
 *   dist/place-*.js + dist/chunks/   one entry per element, shared chunks (vite --mode elements)
 *   dist/placekit.js                 every element in one module (vite --mode bundle)
 *   dist/placekit-validator.js       the validator placekit.js loads for a feed that needs repair (vite --mode validator)
 *   dist/embed.html + dist/embed.js  the iframe page for CMSs that strip <script> (vite --mode embed)
 *   dist/cli/placekit.js             the publisher tool (vite --mode cli)
 *   dist/demo-site/                  the demo page built for production, for the bench (vite --mode demo)
 *   dist/types/                      type declarations (tsc)
 *   dist/custom-elements.json        the custom-elements manifest (cem analyze)
 *   dist/feed.schema.json            the feed's JSON Schema, generated from the zod schema
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
const quiet = { logLevel: 'warn' };

// The page's feed check follows the schema: regenerate its spec first (a no-op when it is current).
run('node', ['scripts/generate-spec.mjs']);
rmSync('dist', { recursive: true, force: true });
for (const mode of ['elements', 'bundle', 'validator', 'embed', 'cli', 'demo']) {
  await build({ mode, ...quiet });
}
cpSync('sample/feed.json', 'dist/demo-site/sample/feed.json');
// The iframe page loads the built script instead of the source.
writeFileSync('dist/embed.html', readFileSync('src/embed/embed.html', 'utf8').replace('./embed.ts', './embed.js'));
chmodSync('dist/cli/placekit.js', 0o755);
run('node', ['node_modules/typescript-native/bin/tsc', '-p', 'tsconfig.build.json']);
run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.js', '--quiet']);
run('node', ['dist/cli/placekit.js', 'schema', '--out', 'dist/feed.schema.json']);
console.log('built dist/');
