/**
 * `placekit receive` as a real process, for node tests and the browser tests' server plugin: started
 * from the built CLI (dist/cli/placekit.js) on a free port (`--port 0`; the port is read back from its
 * "listening on" line), stopped with a signal.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const CLI = resolve(import.meta.dirname, '../../dist/cli/placekit.js');

/**
 * Starts a receiver. `args` are passed after `receive` (add `--port 0` yourself, or let this do it).
 * Resolves once it listens: `{url, port, child, output(), errors(), stop(signal), exited}`.
 */
export function startReceiver(args, { cwd, cli = CLI, timeoutMs = 15_000 } = {}) {
  const withPort = args.includes('--port') || args.includes('-p') ? args : ['--port', '0', ...args];
  const child = spawn(process.execPath, [cli, 'receive', ...withPort], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const exited = new Promise((done) => child.on('exit', (code, signal) => done({ code, signal })));
  child.stdout.setEncoding('utf8').on('data', (chunk) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (err += chunk));
  const handle = {
    child,
    exited,
    url: '',
    port: 0,
    output: () => out,
    errors: () => err,
    /** Sends the signal and waits for the process to end: `{code, signal}`. */
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`placekit receive did not start within ${timeoutMs} ms\n${out}\n${err}`));
    }, timeoutMs);
    const check = () => {
      // The banner ends with its "limits" line.
      const match = /listening on (http:\/\/\S+)[\s\S]*\n {2}limits .*\n/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      child.stdout.off('data', check);
      handle.url = match[1];
      handle.port = Number(new URL(match[1]).port);
      resolveStart(handle);
    };
    child.stdout.on('data', check);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`placekit receive exited (${code ?? signal}) before listening\n${out}\n${err}`));
    });
  });
}
