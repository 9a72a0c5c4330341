/**
 * The Open Referral UK API stand-in (tests/support/oruk-api/standin.js) for the browser tests, under
 * /__test/oruk/: a test points the directory's API source at `/__test/oruk/<settings>` and reads what
 * arrived at /__test/oruk-log?run=NAME (`{requests: [{path, params, at, status, aborted}]}`;
 * `&clear=1` forgets the run). Cross-origin requests reach it too (the page at localhost, the API at
 * 127.0.0.1), so CORS is exercised as on a council's site.
 */
import { clearLog, logOf, serveStandin } from '../oruk-api/serve.js';

const PREFIX = '/__test/oruk';

export async function middleware(ctx, next) {
  if (ctx.path === `${PREFIX}-log`) {
    const run = String(ctx.query.run ?? 'default');
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { requests: logOf(run) };
    if (ctx.query.clear) clearLog(run);
    return;
  }
  if (ctx.path !== PREFIX && !ctx.path.startsWith(`${PREFIX}/`)) return next();
  ctx.respond = false;
  await serveStandin(ctx.req, ctx.res, { prefix: PREFIX });
}
