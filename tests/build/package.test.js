/**
 * The npm package as a front-end team meets it (npm test builds dist/ first): `npm pack`, installed into a
 * fresh Vite + TypeScript app that uses lit itself, then
 * - the tarball: LICENSE and the licence notices, every `exports` target, manifest paths that name shipped
 *   files, no source-map comment pointing at a file not shipped;
 * - types: the snippets of README and docs/embedding.md, event listeners from each element's own entry and
 *   from the package's root, React 19 JSX, with `strict` and `skipLibCheck: false`;
 * - the app's build: one copy of lit, what one element costs an app that already has lit, what
 *   `import { safeUrl } from 'placekit'` costs; the built page in Chromium: the app's own lit element and
 *   placekit's render, the validator (found by Vite like any module) repairs a feed, nothing answers 404;
 * - node: every entry imports without a DOM; the tarball's CLI runs validate, convert, schema, receive.
 *
 * Installing uses the npm registry for package metadata when it answers (tarballs come from the local
 * cache); without it, the app links the toolchain (vite, typescript, lit...) from this repository's
 * node_modules and unpacks the tarball itself, as npm would lay it out. Takes about 40 s.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { serve } from '../../bench/lib/server.mjs';
import { closure, measure } from '../../bench/suites/size.mjs';

const repo = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'placekit-package-'));
const app = join(work, 'app');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const TOOLCHAIN = { vite: '8.3.8', typescript: '5.9.3', '@types/react': '19' };
let tarball;
let files;
let installedBy;

const run = (command, args, options = {}) => spawnSync(command, args, { cwd: app, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
const write = (path, text) => {
  mkdirSync(dirname(join(app, path)), { recursive: true });
  writeFileSync(join(app, path), text);
};

/** The code blocks of a markdown file in these languages. */
function snippets(file, languages) {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/```(\w+)\n([\s\S]*?)```/g)].filter((m) => languages.includes(m[1])).map((m) => ({ lang: m[1], code: m[2] }));
}

/** Without the registry: the layout npm would make, from the tarball and this repository's node_modules. */
function installByLinking() {
  mkdirSync(join(app, 'node_modules', '@types'), { recursive: true });
  mkdirSync(join(app, 'node_modules', '@lit'), { recursive: true });
  mkdirSync(join(app, 'node_modules', 'placekit'), { recursive: true });
  execFileSync('tar', ['xzf', tarball, '-C', join(app, 'node_modules', 'placekit'), '--strip-components=1']);
  for (const name of [
    'vite',
    'typescript',
    '@types/react',
    'lit',
    'lit-html',
    'lit-element',
    '@lit/reactive-element',
    '@lit/localize',
    '@lit-labs',
    'zod',
    'csstype',
  ]) {
    if (existsSync(join(repo, 'node_modules', name))) symlinkSync(join(repo, 'node_modules', name), join(app, 'node_modules', name));
  }
  mkdirSync(join(app, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(join(app, 'node_modules', 'placekit', 'dist', 'cli', 'placekit.js'), join(app, 'node_modules', '.bin', 'placekit'));
}

before(async () => {
  execFileSync('npm', ['pack', '--pack-destination', work, '--silent'], { stdio: 'pipe' });
  tarball = join(
    work,
    readdirSync(work).find((f) => f.endsWith('.tgz')),
  );
  files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ''));
  mkdirSync(app);
  write('package.json', JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  const install = run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      tarball,
      'lit@^3.3.0',
      ...Object.entries(TOOLCHAIN).map(([name, version]) => `${name}@${version}`),
    ],
    { timeout: 120_000 },
  );
  if (install.status === 0) installedBy = 'npm install (registry for metadata, local cache for tarballs)';
  else {
    rmSync(join(app, 'node_modules'), { recursive: true, force: true });
    installByLinking();
    installedBy = `links to this repository's node_modules (npm install failed: ${install.stderr.trim().split('\n').at(-1)})`;
  }
  console.log(`# installed by ${installedBy}`);
});

after(() => process.env.KEEP_PACKAGE_TEST || rmSync(work, { recursive: true, force: true }));

describe('the npm package', () => {
  it('holds LICENSE, the licence notices, and every file its exports name', () => {
    for (const file of ['LICENSE', 'package.json', 'README.md', 'dist/THIRD-PARTY-NOTICES.txt', 'dist/cli/THIRD-PARTY-NOTICES.txt'])
      assert.ok(files.includes(file), file);
    assert.equal(pkg.license, 'MIT');
    assert.match(readFileSync('LICENSE', 'utf8'), /^MIT License/);
    for (const field of ['repository', 'homepage', 'bugs']) assert.ok(pkg[field], field);
    const targets = [];
    const walk = (value) => (typeof value === 'string' ? targets.push(value) : Object.values(value).forEach(walk));
    walk(pkg.exports);
    for (const target of targets) {
      const pattern = new RegExp(`^${target.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`);
      assert.ok(
        files.some((f) => pattern.test(f)),
        `exports names ${target}, which the package does not hold`,
      );
    }
    assert.ok(files.includes('dist/embed.html') && files.includes('dist/embed.js'));
    assert.ok(!files.some((f) => f.startsWith('src/') || f.startsWith('dist/demo-site')));
  });

  it('names in the notices every package the CDN build bundles', () => {
    const bundled = new Set();
    for (const map of files.filter((f) => f.endsWith('.js.map') && !f.startsWith('dist/lib/'))) {
      for (const source of JSON.parse(readFileSync(map, 'utf8')).sources) {
        const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
        if (match) bundled.add(match[1]);
      }
    }
    assert.ok(bundled.has('lit-html') && bundled.has('zod'), [...bundled].join(', '));
    const notices = readFileSync('dist/THIRD-PARTY-NOTICES.txt', 'utf8');
    for (const name of bundled) assert.match(notices, new RegExp(`^${name.replace('/', '\\/')} \\d`, 'm'), `${name} has no notice`);
    assert.match(notices, /Licence: BSD-3-Clause/);
    assert.match(notices, /^zod [\d.]+\nLicence: MIT/m);
  });

  it('ships no source-map comment without its map, and a manifest that names shipped files with typed events', () => {
    for (const file of files.filter((f) => f.endsWith('.js'))) {
      const comment = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(file, 'utf8'));
      if (comment) assert.ok(files.includes(join(dirname(file), comment[1])), `${file} points at ${comment[1]}, not shipped`);
    }
    const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
    for (const module of manifest.modules) assert.ok(files.includes(module.path), `custom-elements.json names ${module.path}`);
    const events = manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => d.events ?? []));
    assert.ok(events.length > 5);
    for (const event of events) assert.match(event.type?.text ?? '', /^CustomEvent<\w+>$/, event.name);
    assert.equal(pkg.customElements, 'dist/custom-elements.json');
  });

  it('type-checks the docs’ snippets, events from every entry and React JSX, with skipLibCheck off', () => {
    write(
      'tsconfig.json',
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          jsx: 'react-jsx',
          types: [],
        },
        include: ['src', 'types'],
      }),
    );
    const docs = [...snippets('README.md', ['js', 'ts', 'tsx']), ...snippets('docs/embedding.md', ['js', 'ts', 'tsx'])];
    assert.ok(docs.length >= 3, 'the docs show placekit from JavaScript');
    docs.forEach((snippet, n) => write(`types/snippet-${n}.${snippet.lang === 'tsx' ? 'tsx' : 'ts'}`, `${snippet.code}\nexport {};\n`));
    write(
      'types/root.ts',
      `import { FeedError, safeUrl, type FeedErrorKind, type FeedLoadDetail } from 'placekit';
document.addEventListener('place-feed-error', (e) => { const kind: FeedErrorKind = e.detail.kind; console.log(kind); });
window.addEventListener('place-feed-load', (e) => { const detail: FeedLoadDetail = e.detail; console.log(detail.counts.services.kept); });
// @ts-expect-error: the detail has no such field
document.addEventListener('place-feed-error', (e) => e.detail.nope);
const el = document.createElement('place-directory');
el.addEventListener('place-select', (e) => console.log(e.detail.id, e.detail.kind));
console.log(safeUrl('https://example.org'), FeedError);
`,
    );
    const entries = {
      'place-directory': 'place-search',
      'place-plan': 'place-feed-load',
      'place-connector': 'place-connector-save',
      'place-feedback': 'place-feedback-failed',
      'place-feed': 'place-feed-error',
    };
    for (const [element, event] of Object.entries(entries)) {
      write(
        `types/${element}.ts`,
        `import 'placekit/${element}.js';
const el = document.querySelector('${element}')!;
el.addEventListener('${event}', (e) => console.log(e.detail));
document.addEventListener('place-feed-error', (e) => console.log(e.detail.kind.toUpperCase()));
`,
      );
    }
    write(
      'types/jsx.tsx',
      `import type {} from 'placekit/react';
export const page = (
  <place-feed src="/feed.json">
    <place-directory area="parkhead" page-size={5} sync-url onplace-select={(e) => console.log(e.detail.id)} />
    <place-plan compact headingLevel={3} />
    <place-feedback form="f1" onplace-feedback-failed={(e) => console.log(e.detail.status)} />
    <place-connector contact-role="community_connector" />
  </place-feed>
);
// @ts-expect-error: not an attribute of <place-plan>
export const wrong = <place-plan bogusProp />;
`,
    );
    const tsc = run('node', [join(app, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  });

  it('builds in a Vite app with lit: one lit, small costs, and the page works with no 404', async () => {
    const feedDir = join(app, 'public');
    mkdirSync(feedDir, { recursive: true });
    cpSync('sample/feed.json', join(feedDir, 'feed.json'));
    cpSync('tests/fixtures/feeds/broken.json', join(feedDir, 'broken.json'));
    const widget = `import { LitElement, html } from 'lit';
customElements.define('app-widget', class extends LitElement { render() { return html\`<p>the app's own lit</p>\`; } });
`;
    const page = (script, body = '') =>
      `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>app</title><script type="module" src="${script}"></script></head><body>${body}</body></html>`;
    write('src/widget.ts', widget);
    write(
      'src/main.ts',
      `import './widget.ts';
import 'placekit';
document.querySelector('#broken')!.addEventListener('place-feed-load', (e) => { (window as any).counts = e.detail.counts.services; });
`,
    );
    write(
      'index.html',
      page(
        '/src/main.ts',
        '<app-widget></app-widget><place-directory feed="/feed.json"></place-directory><place-feed id="broken" src="/broken.json"></place-feed>',
      ),
    );
    write('src/lit-only.ts', `import './widget.ts';\n`);
    write('lit-only.html', page('/src/lit-only.ts'));
    for (const element of ['place-directory', 'place-plan', 'place-connector', 'place-feedback']) {
      write(`src/one-${element}.ts`, `import './widget.ts';\nimport 'placekit/${element}.js';\n`);
      write(`one-${element}.html`, page(`/src/one-${element}.ts`));
    }
    write('src/safe-url.ts', `import { safeUrl } from 'placekit/feed.js';\nconsole.log(safeUrl('https://example.org'));\n`);
    write('safe-url.html', page('/src/safe-url.ts'));
    write('src/root-safe-url.ts', `import { safeUrl } from 'placekit';\nconsole.log(safeUrl('https://example.org'));\n`);
    write('root-safe-url.html', page('/src/root-safe-url.ts'));
    const pages = [
      'index',
      'lit-only',
      'safe-url',
      'root-safe-url',
      ...['place-directory', 'place-plan', 'place-connector', 'place-feedback'].map((e) => `one-${e}`),
    ];
    write(
      'vite.config.js',
      `export default { logLevel: 'warn', build: { manifest: true, rollupOptions: { input: { ${pages.map((p) => `'${p}': '${p}.html'`).join(', ')} } } } };\n`,
    );
    const built = run('node', [join(app, 'node_modules/vite/bin/vite.js'), 'build'], { timeout: 120_000 });
    assert.equal(built.status, 0, built.stdout + built.stderr);
    assert.doesNotMatch(built.stdout + built.stderr, /placekit-validator|\/assets\/.*not found|can't be bundled/i);

    // One lit: lit-html registers its version once per copy.
    const assets = readdirSync(join(app, 'dist/assets')).filter((f) => f.endsWith('.js'));
    const copies = assets.filter((f) => readFileSync(join(app, 'dist/assets', f), 'utf8').includes('litHtmlVersions'));
    assert.equal(copies.length, 1, `lit-html in ${copies.join(', ')}`);

    // What each page downloads first (its module scripts, the modules they preload and import), gzip -9.
    const firstLoad = (html) => {
      const text = readFileSync(join(app, 'dist', html), 'utf8');
      const scripts = [...text.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="\/([^"]+\.js)"/g)].map((m) =>
        join(app, 'dist', m[1]),
      );
      return measure([...new Set(scripts.flatMap((script) => closure(script)))]).gzip;
    };
    const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
    const litOnly = firstLoad('lit-only.html');
    const costs = {};
    for (const element of ['place-directory', 'place-plan', 'place-connector', 'place-feedback']) costs[element] = firstLoad(`one-${element}.html`) - litOnly;
    const safeUrl = firstLoad('safe-url.html');
    const rootSafeUrl = firstLoad('root-safe-url.html');
    console.log(
      `# an app with lit (${kb(litOnly)} gzip) pays for one element: ${Object.entries(costs)
        .map(([e, b]) => `${e} +${kb(b)}`)
        .join(', ')}`,
    );
    console.log(`# import { safeUrl } from 'placekit/feed.js': ${kb(safeUrl)}; from 'placekit' (which registers every element): ${kb(rootSafeUrl)}`);
    writeFileSync(join(work, 'costs.json'), JSON.stringify({ litOnly, costs, safeUrl, rootSafeUrl }));
    assert.ok(safeUrl < 2 * 1024, `import { safeUrl } from 'placekit/feed.js' costs ${kb(safeUrl)}`);
    // Issue 18's budget: 30 KB per element (docs/decisions.md, "Sizes (issue 18's budgets)").
    for (const [element, bytes] of Object.entries(costs)) assert.ok(bytes < 30 * 1024, `${element} costs an app with lit ${kb(bytes)}`);

    const executablePath = findChrome();
    assert.ok(executablePath, 'Chrome or Chromium');
    const server = await serve(join(app, 'dist'), { '/favicon.ico': (req, res) => res.writeHead(204).end() });
    const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
    try {
      const page = await browser.newPage();
      const problems = [];
      page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      await page.goto(`${server.url}/index.html`);
      await page.waitForFunction(() => document.querySelector('place-directory')?.shadowRoot?.textContent.includes('Parkhead'), null, { timeout: 20_000 });
      await page.waitForFunction(() => window.counts, null, { timeout: 20_000 });
      assert.deepEqual(await page.evaluate(() => window.counts), { kept: 3, skipped: 1 }, 'the validator repairs the feed');
      assert.match(await page.evaluate(() => document.querySelector('app-widget').shadowRoot.textContent), /the app's own lit/);
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('imports every entry in node without a DOM', () => {
    const entries = [
      'placekit',
      'placekit/validator',
      ...['place-directory', 'place-plan', 'place-connector', 'place-feedback', 'place-feed'].map((e) => `placekit/${e}.js`),
    ];
    write(
      'ssr.mjs',
      `for (const entry of ${JSON.stringify(entries)}) await import(entry);\nconsole.log(typeof globalThis.document, typeof globalThis.window);\n`,
    );
    const result = run('node', ['ssr.mjs']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), 'undefined undefined');
  });

  it("runs the tarball's CLI: validate, convert, schema, receive", () => {
    const cli = join(app, 'node_modules/.bin/placekit');
    const validate = run(cli, ['validate', join(repo, 'sample/feed.json')]);
    assert.equal(validate.status, 0, validate.stderr);
    assert.match(validate.stdout, /✔ valid/);
    const convert = run(cli, ['convert', join(repo, 'sample/feed.json'), '--publisher', 'Test', '--out', join(work, 'converted.json')]);
    assert.equal(convert.status, 0, convert.stderr);
    assert.equal(run(cli, ['validate', '--quiet', join(work, 'converted.json')]).status, 0);
    const schema = run(cli, ['schema']);
    assert.equal(schema.status, 0);
    assert.match(JSON.parse(schema.stdout).title, /placekit feed/);
    const receive = run(cli, ['receive', '--help']);
    assert.equal(receive.status, 0);
    assert.match(receive.stdout, /placekit receive/);
    // Without better-sqlite3 (optional), receive says what to install, in one line.
    const noDb = run(cli, ['receive', '--origin', 'https://www.council.example', '--form', '*', '--db', join(work, 'x.db')], { timeout: 10_000 });
    if (!existsSync(join(app, 'node_modules/better-sqlite3'))) {
      assert.notEqual(noDb.status, 0);
      assert.match(noDb.stderr, /npm install better-sqlite3/);
    }
  });
});
