/**
 * The built files, as a page without a build step uses them (npm test builds dist/ first).
 */
import { expect } from '@open-wc/testing';

/** Loads a page into an iframe and waits for it to say it is done (window.done = true) or fail. */
type TestWindow = Window & typeof globalThis & { done?: boolean; services?: number; exported?: string[]; warnings: string[] };

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
    expect(window.exported).to.include.members(['PlaceFeedElement', 'setPlacekitLocale', 'safeUrl', 'parseFeedText', 'loadFeed', 'VERSION']);
    expect(window.customElements.get('place-feed')).to.not.equal(undefined);
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
