/**
 * The built files, as a page without a build step uses them (npm test builds dist/ first).
 */
import { expect } from '@open-wc/testing';

/** Loads a page into an iframe and waits for it to say it is done (window.done = true) or fail. */
type Counts = { kept: number; skipped: number };
type TestWindow = Window & typeof globalThis & { done?: boolean; services?: number; counts?: Counts; exported?: string[]; warnings: string[] };

async function page(body: string): Promise<{ window: TestWindow; errors: string[] }> {
  const frame = document.createElement('iframe');
  const errors: string[] = [];
  document.body.append(frame);
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as TestWindow;
  win.addEventListener('error', (e) => errors.push(e.message));
  const warn = win.console.warn.bind(win.console);
  win.warnings = [];
  win.console.warn = (...args: unknown[]) => {
    win.warnings.push(args.join(' '));
    warn(...args);
  };
  doc.open();
  doc.write(`<!doctype html><html lang="en-GB"><body>${body}</body></html>`);
  doc.close();
  const started = Date.now();
  while (!win.done && errors.length === 0) {
    if (Date.now() - started > 8000) throw new Error(`page did not finish: ${doc.body.innerHTML.slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { window: win, errors };
}

describe('dist/', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('placekit.js registers the elements from a plain script tag, and they load the sample feed', async () => {
    const { window, errors } = await page(`
      <place-feed src="/sample/feed.json"><p>fallback</p></place-feed>
      <script type="module">
        import * as placekit from '/dist/placekit.js';
        window.exported = Object.keys(placekit);
        document.querySelector('place-feed').addEventListener('place-feed-load', (e) => { window.services = e.detail.counts.services.kept; window.done = true; });
      </script>`);
    expect(errors).to.deep.equal([]);
    expect(window.services).to.be.greaterThan(59);
    expect(window.exported).to.include.members(['PlaceFeedElement', 'setPlacekitLocale', 'safeUrl', 'parseFeed', 'loadFeed', 'FeedError', 'VERSION']);
    expect(window.customElements.get('place-feed')).to.not.equal(undefined);
  });

  it('placekit.js loads the elements’ files and their shared chunks first, and its on-demand parts only when needed', async () => {
    const { window, errors } = await page(`
      <place-feed src="/sample/feed.json"><place-directory></place-directory></place-feed>
      <script type="module">
        await import('/dist/placekit.js');
        document.querySelector('place-feed').addEventListener('place-feed-load', () => setTimeout(() => { window.done = true; }, 300));
      </script>`);
    expect(errors).to.deep.equal([]);
    const files = window.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((f) => f.startsWith('/dist/'));
    for (const element of ['place-directory', 'place-plan', 'place-connector', 'place-feedback', 'place-feed']) expect(files).to.include(`/dist/${element}.js`);
    expect(files.some((file) => /^\/dist\/chunks\/base-/.test(file))).to.equal(true);
    // Nothing opened a result, chose a neighbourhood or typed: those parts stay on the server.
    for (const part of ['details', 'area-chooser', 'search-index', 'send', 'vcard'])
      expect(
        files.filter((f) => f.includes(`/chunks/${part}-`)),
        part,
      ).to.deep.equal([]);
    expect(files).to.not.include('/dist/placekit-validator.js');
  });

  const BROKEN = '/__test/feed?fixture=tests/fixtures/feeds/broken.json';
  const countServices = (src: string) => `
      <place-feed src="${src}"></place-feed>
      <script type="module">
        await import('/dist/placekit.js');
        document.querySelector('place-feed').addEventListener('place-feed-load', (e) => { window.counts = e.detail.counts.services; window.done = true; });
      </script>`;

  it('placekit.js repairs a feed with placekit-validator.js, the file beside it', async () => {
    const { window, errors } = await page(countServices(BROKEN));
    expect(errors).to.deep.equal([]);
    // The validator keeps the records it can repair (a bad schedule, an unsafe link) and skips the nameless one.
    expect(window.counts).to.deep.equal({ kept: 3, skipped: 1 });
    expect(window.warnings.join('\n')).to.not.include('validator could not be loaded');
  });

  it('placekit.js without placekit-validator.js beside it skips the records that need repair, and says what to copy', async () => {
    // An import map sends the validator's address to a file that is not there, as on a site that copied placekit.js alone.
    const { window, errors } = await page(
      `<script type="importmap">{"imports": {"/dist/placekit-validator.js": "/dist/not-copied.js"}}</script>${countServices(BROKEN)}`,
    );
    expect(errors).to.deep.equal([]);
    expect(window.counts).to.deep.equal({ kept: 1, skipped: 3 });
    const told = window.warnings.join('\n');
    expect(told).to.include('copy placekit-validator.js and the chunks/ folder beside placekit’s files');
    expect(told).to.include('run "placekit validate');
    expect(told).to.not.include('npx');
    for (const id of ['nameless', 'bad-hours', 'bad-link']) expect(told).to.include(`(id ${id})`);
    // One note, naming them all: not a note and then a list of the same records.
    const notes = window.warnings.filter((line) => line.includes('(id '));
    expect(notes).to.have.length(1);
    expect(notes[0]).to.include('placekit-validator.js').and.include('(id bad-link)');
  });

  it('an element downloads the validator (zod) only for a feed with something to repair', async () => {
    const validatorChunks = async (src: string) => {
      const { window, errors } = await page(`
        <place-feed src="${src}"></place-feed>
        <script type="module">
          await import('/dist/place-feed.js');
          document.querySelector('place-feed').addEventListener('place-feed-load', () => { window.done = true; });
        </script>`);
      expect(errors).to.deep.equal([]);
      const files = window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      expect(
        files.some((file) => /^\/dist\/chunks\/base-/.test(file)),
        'the element and its base chunk loaded',
      ).to.equal(true);
      return files.filter((file) => file === '/dist/placekit-validator.js');
    };
    expect(await validatorChunks('/sample/feed.json'), 'the sample feed needs no repair').to.deep.equal([]);
    expect(await validatorChunks(BROKEN), 'a feed to repair loads it').to.have.length(1);
  });

  it('placekit-validator.js is the validator on its own, for pages and tools that check a feed', async () => {
    const validator = await import(/* @vite-ignore */ `${location.origin}/dist/placekit-validator.js`);
    const text = await (await fetch(BROKEN)).text();
    const { counts } = validator.parseFeedText(text);
    expect(counts.services).to.deep.equal({ kept: 3, skipped: 1 });
    expect(validator.parseFeedData).to.be.a('function');
  });

  it('tolerates a second copy of placekit on the page, and another lit', async () => {
    const { window, errors } = await page(`
      <place-feed src="/sample/feed.json"></place-feed>
      <script type="module">
        import { LitElement, html } from '/node_modules/lit/index.js';
        customElements.define('host-page-widget', class extends LitElement { render() { return html\`<p>the page's own lit</p>\`; } });
        await import('/dist/placekit.js');
        await import('/dist/placekit.js?second-copy');
        await import('/dist/place-feed.js');
        document.body.append(document.createElement('host-page-widget'));
        const el = document.querySelector('place-feed');
        if (el.feedResult) window.done = true;
        else el.addEventListener('place-feed-load', () => { window.done = true; });
      </script>`);
    expect(errors).to.deep.equal([]);
    expect(window.warnings.filter((w) => /already defined/.test(w))).to.deep.equal([]);
    expect(window.document.querySelector('host-page-widget')!.shadowRoot!.textContent).to.include("the page's own lit");
  });

  it('place-feed.js works on its own, with its shared chunks', async () => {
    const { window, errors } = await page(`
      <place-feed src="/sample/feed.json"></place-feed>
      <script type="module">
        await import('/dist/place-feed.js');
        document.querySelector('place-feed').addEventListener('place-feed-load', () => { window.done = true; });
      </script>`);
    expect(errors).to.deep.equal([]);
    expect(window.done).to.equal(true);
  });

  it('ships a custom-elements manifest and the feed JSON Schema', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const declarations = manifest.modules.flatMap((m: { declarations?: Array<{ tagName?: string }> }) => m.declarations ?? []);
    expect(declarations.map((d: { tagName?: string }) => d.tagName)).to.include('place-feed');
    const schema = await (await fetch('/dist/feed.schema.json')).json();
    expect(schema.title).to.match(/placekit feed/);
    const pkg = await (await fetch('/package.json')).json();
    expect(pkg.customElements).to.equal('dist/custom-elements.json');
  });
});
