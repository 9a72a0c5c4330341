/**
 * Browser tests: every tests/**\/*.test.ts runs in headless Chrome or Chromium (found by
 * scripts/find-chrome.mjs; set CHROME_PATH to choose). Test-only server routes and commands live in
 * tests/support/server/: each module there may export `middleware` and `plugin`.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin, emulateMediaPlugin, sendKeysPlugin, sendMousePlugin, setViewportPlugin } from '@web/test-runner-commands/plugins';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  throw new Error('No Chrome or Chromium found: install one (Debian: apt-get install chromium) or set CHROME_PATH.');
}

const support = await Promise.all(
  readdirSync('tests/support/server')
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => import(`./tests/support/server/${name}`)),
);

/**
 * Page script: wraps mocha's global `it` (mocha sets it for each test file) so that a test whose full
 * title does not contain `text` skips itself.
 */
function skipUnlessTitleContains(text) {
  return `(() => {
    const text = ${JSON.stringify(text)};
    let it;
    Object.defineProperty(window, 'it', {
      configurable: true,
      get: () => it,
      set(real) {
        const chosen = (test) => test.fullTitle().includes(text);
        const wrapped = (title, fn) =>
          real(title, !fn ? fn : fn.length > 0
            ? function (done) { if (!chosen(this.test)) this.skip(); return fn.call(this, done); }
            : function () { if (!chosen(this.test)) this.skip(); return fn.call(this); });
        it = Object.assign(wrapped, real);
      },
    });
  })();`;
}

/** Writes {passed, failed, skipped} for scripts/test.mjs; a file that fails to load counts as failed. */
function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        for (const child of suite.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        const hasTests = session.testResults && (session.testResults.tests.length > 0 || session.testResults.suites.length > 0);
        if (!session.passed && ((session.errors?.length ?? 0) > 0 || !hasTests)) counts.failed++;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: headless Chromium gives frames and focus only to the page in front, and
  // keyboard, focus and animation-frame tests need both. Each file still gets a fresh browser context.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 10_000 } },
  // GREP="some test name" npm test runs only the tests whose full titles contain it; the others are
  // reported as skipped. (mocha's own grep leaves them "not run", which the runner counts as failed.)
  testRunnerHtml: (framework) => `<!doctype html><html><head></head><body>
    <script>${process.env.GREP ? skipUnlessTitleContains(process.env.GREP) : ''}</script>
    <script type="module" src="${framework}"></script></body></html>`,
  middleware: support.flatMap((module) => (module.middleware ? [module.middleware] : [])),
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' }),
    sendKeysPlugin(),
    sendMousePlugin(),
    setViewportPlugin(),
    emulateMediaPlugin(),
    a11ySnapshotPlugin(),
    ...support.flatMap((module) => (module.plugin ? [module.plugin] : [])),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS, dumpio: Boolean(process.env.DUMPIO) },
      // Each test file in a fresh browser context: no storage, cookies or cache carried between files.
      createBrowserContext: ({ browser }) => browser.createBrowserContext(),
      createPage: ({ context }) => context.newPage(),
    }),
  ],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), countReporter('.test-results/browser.json')],
};
