/** Running the built publisher tool from node tests, as publishers run it: `node dist/cli/placekit.js ...`. */
import { spawn, spawnSync } from 'node:child_process';

export const CLI = 'dist/cli/placekit.js';

/** Runs placekit and waits: `{code, out, err}`. `input` goes to its standard input. */
export function placekit(args, input) {
  const result = spawnSync('node', [CLI, ...args], { encoding: 'utf8', input });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Like placekit(), without blocking the event loop (for tests whose servers live in the test process). */
export function placekitAsync(args) {
  return new Promise((done) => {
    const child = spawn('node', [CLI, ...args]);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => done({ code, out, err }));
  });
}
