/**
 * A page with a strict Content-Security-Policy, as councils set them: `default-src 'self'; style-src
 * 'self'; script-src 'self'` (no inline styles or scripts, no eval; images from https: sites, where the
 * feed's photos are). Every element, loaded from the CDN
 * build (dist/placekit.js, which npm test builds first) and from the iframe page, renders fully under it,
 * and Chromium reports no violation. Runs in node with headless Chromium.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { serve } from '../../bench/lib/server.mjs';

// img-src: the sample feed's photos are on another site, as a council's would be on its image host.
const POLICY = "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' https:";

const PAGE = `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="${POLICY}">
  <title>Strict CSP</title>
  <script type="module" src="/dist/placekit.js"></script>
</head>
<body>
  <h1>Strict CSP</h1>
  <place-feed src="/sample/feed.json">
    <place-directory></place-directory>
    <place-plan area="parkhead"></place-plan>
    <place-connector area="springburn"></place-connector>
    <place-feedback form="page-feedback"></place-feedback>
  </place-feed>
</body>
</html>`;

let server;
let browser;

before(async () => {
  const embed = readFileSync('dist/embed.html', 'utf8');
  server = await serve('.', {
    '/csp.html': (req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE),
    // The iframe page as a site would host it, with the policy as a header.
    '/dist/embed-csp.html': (req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': POLICY }).end(embed),
    '/favicon.ico': (req, res) => res.writeHead(204).end(),
  });
  browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page, collecting console errors (Chromium reports each CSP violation as one) and page errors. */
async function open(path) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  // The sample's photos are on example.org, which is not reachable here: answer for it.
  await page.route('https://example.org/**', (route) =>
    route.fulfill({ status: 200, contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>' }),
  );
  await page.goto(`${server.url}${path}`);
  return { page, problems };
}

const settled = (tags) =>
  tags.every((tag) => {
    const el = document.querySelector(tag);
    return el?.hasUpdated && !el.shadowRoot.querySelector('[aria-busy="true"]') && el.shadowRoot.textContent.trim().length > 40;
  });

describe(`a page whose policy is ${POLICY}`, () => {
  it('renders every element fully, with no violation', async () => {
    const { page, problems } = await open('/csp.html');
    const tags = ['place-directory', 'place-plan', 'place-connector', 'place-feedback'];
    await page.waitForFunction(settled, tags, { timeout: 20_000 });
    const text = (tag) => page.evaluate((tag) => document.querySelector(tag).shadowRoot.textContent.replace(/\s+/g, ' '), tag);
    assert.match(await text('place-directory'), /Parkhead/);
    assert.match(await text('place-plan'), /Parkhead/);
    assert.match(await text('place-feedback'), /useful/i);
    // The connector's stand-in for a missing photo: initials on a coloured disc (once an inline style).
    const discs = await page.evaluate(() =>
      [...document.querySelector('place-connector').shadowRoot.querySelectorAll('.disc')].map((d) => getComputedStyle(d).backgroundColor),
    );
    assert.ok(discs.length > 0, 'a contact without a photo shows initials');
    for (const colour of discs) assert.notEqual(colour, 'rgba(0, 0, 0, 0)', 'the disc has its colour');
    // Styles are applied: the directory's search box is laid out as a box, not unstyled inline text.
    const styled = await page.evaluate(() => document.querySelector('place-directory').shadowRoot.adoptedStyleSheets.length);
    assert.ok(styled > 0);
    // Opening a result loads a part on demand (its chunk and its styles) under the same policy.
    const before = await text('place-directory');
    await page.locator('place-directory button.link-button[data-id]').first().click();
    await page.waitForFunction((before) => document.querySelector('place-directory').shadowRoot.textContent.replace(/\s+/g, ' ') !== before, before, {
      timeout: 10_000,
    });
    assert.match(await text('place-directory'), /Back to/i);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the iframe page renders under it too', async () => {
    const { page, problems } = await open('/dist/embed-csp.html?element=place-plan&feed=/sample/feed.json&area=parkhead');
    await page.waitForFunction(settled, ['place-plan'], { timeout: 20_000 });
    const margin = await page.evaluate(() => getComputedStyle(document.body).marginTop);
    assert.equal(margin, '0px', "embed.css (the page's own styles) applies");
    assert.deepEqual(problems, []);
    await page.close();
  });
});
