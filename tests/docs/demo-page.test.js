/**
 * The demo page (demo/index.html) as a resident and a reader of the code meet it: its links work both in
 * development (vite serves the repository) and in the production build (dist/demo-site, which npm test
 * builds first); without JavaScript every widget's fallback says something useful, with links a resident
 * can use; and the page's own text counts nothing the widgets count differently.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../../bench/lib/server.mjs';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';

const SOURCE = 'demo/index.html';
const BUILT = 'dist/demo-site/demo/index.html';

/** Links and resources of a page that point at files of the same site (not tel:, mailto:, other sites or in-page). */
function localLinks(html) {
  return [...html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/\s(?:href|src)="([^"]+)"/g)]
    .map((m) => m[1].replace(/[?#].*$/, ''))
    .filter((href) => href && !/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(href));
}

describe('demo page', () => {
  let server;
  let browser;
  before(async () => {
    assert.ok(existsSync(BUILT), `${BUILT} is missing: npm run build first`);
    server = await serve('dist/demo-site', { '/favicon.ico': (req, res) => res.writeHead(204).end() });
    browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('links only to files that exist in development and in the production build', () => {
    for (const href of localLinks(readFileSync(SOURCE, 'utf8'))) {
      if (href.endsWith('.ts') || href.endsWith('.css')) continue; // vite builds these into assets/
      const dev = normalize(join(dirname(SOURCE), href));
      assert.ok(existsSync(dev), `${href}: ${dev} does not exist (development)`);
    }
    for (const href of localLinks(readFileSync(BUILT, 'utf8'))) {
      const built = href.startsWith('/') ? join('dist/demo-site', href) : normalize(join(dirname(BUILT), href));
      assert.ok(existsSync(built), `${href}: ${built} does not exist (dist/demo-site)`);
    }
  });

  it('without JavaScript, every widget shows useful fallback content with links a resident can use', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/demo/`);
      const text = await page.locator('main').innerText();
      assert.doesNotMatch(text, /loading/i, 'nothing says it is loading when nothing will load');
      const widgets = await page.$$eval('main place-directory, main place-plan, main place-connector, main place-feedback', (els) =>
        els.map((el) => ({
          tag: el.localName,
          text: el.textContent.replace(/\s+/g, ' ').trim(),
          links: [...el.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
        })),
      );
      assert.ok(widgets.length >= 5, `found ${widgets.length} widgets`);
      for (const widget of widgets) {
        assert.ok(widget.text.length > 60, `<${widget.tag}> fallback is too short to help: "${widget.text}"`);
        assert.ok(
          widget.links.some((href) => /^(tel|mailto|sms|https?):/.test(href)),
          `<${widget.tag}> fallback has no phone, email or web link`,
        );
        assert.ok(!widget.links.some((href) => /\.json$/.test(href)), `<${widget.tag}> fallback sends residents to raw JSON`);
      }
    } finally {
      await context.close();
    }
  });

  it('with JavaScript, the page states no count that the widgets count differently', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/demo/`);
      // The directory has counted its results, so the feed has loaded and the page's own script has run.
      await page.waitForFunction(() => document.querySelector('place-directory')?.shadowRoot?.querySelector('#results-title'), null, { timeout: 15000 });
      const own = await page.evaluate(() => document.querySelector('main').innerText);
      assert.doesNotMatch(own, /\d+\s+(ways to get involved|opportunities|services)\b/i, own.slice(0, 2000));
    } finally {
      await context.close();
    }
  });
});
