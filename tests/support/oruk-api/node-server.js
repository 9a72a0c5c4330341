/**
 * The stand-in as a plain node HTTP server, for the CLI's tests (`placekit check-api` against it) and the
 * bench (API mode with a fixed latency, cross-origin as on a council's site).
 *
 *   const api = await startStandin({ count: 50000, latency: 100 });
 *   api.url            // http://127.0.0.1:PORT (the API's base URL; settings may follow as path segments)
 *   api.log('default') // the requests received
 *   await api.close();
 *
 * Or from a shell: `node tests/support/oruk-api/node-server.js [port] [name=value...]`.
 */
import { createServer } from 'node:http';
import { clearLog, logOf, serveStandin } from './serve.js';

/** Starts the stand-in on a free port of 127.0.0.1 (or `port`), with these settings as its defaults. */
export async function startStandin(base = {}, port = 0) {
  const server = createServer((req, res) => {
    if (req.url.startsWith('/__log')) {
      const run = new URL(req.url, 'http://localhost').searchParams.get('run') ?? 'default';
      res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' }).end(JSON.stringify(logOf(run)));
      return;
    }
    void serveStandin(req, res, { base });
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    server,
    log: (run = 'default') => logOf(run),
    clear: (run = 'default') => clearLog(run),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(done);
      }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [port = '8790', ...pairs] = process.argv.slice(2);
  const base = Object.fromEntries(pairs.map((pair) => pair.split('=')).map(([k, v]) => [k, Number.isNaN(Number(v)) ? v : Number(v)]));
  const api = await startStandin(base, Number(port));
  console.log(`ORUK stand-in at ${api.url} (settings ${JSON.stringify(base)})`);
}
