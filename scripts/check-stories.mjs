#!/usr/bin/env node
/**
 * Every story is a test. Builds the static Storybook (unless --no-build), opens every story in headless
 * Chromium and fails on:
 *   - any axe-core violation of the WCAG 2.0, 2.1 and 2.2 A and AA rules in the story;
 *   - any console error or uncaught exception (a story that means to show an error lists the console
 *     messages it expects in `parameters.expectedConsoleErrors`, as substrings);
 * then, with dist/ already built:
 *   - the iframe embed page (dist/embed.html) inside a host page whose Content-Security-Policy forbids
 *     every script, as on a CMS that strips them: the element renders inside the frame, axe-clean;
 *   - the newcomer journey: the snippet copied from the text of the "Getting started" docs page, pasted
 *     into a plain HTML page beside the files that page names, served locally, shows results.
 * Stories whose parameters say `forcedColors: true` are checked in forced-colours mode as well, and those
 * whose parameters say `print: true` are checked (only) as printed, with print media emulated.
 *
 *   node scripts/check-stories.mjs [--no-build] [--grep text|journey] [--json .test-results/stories.json]
 *   (--grep checks only stories whose id contains the text; --grep journey only the embed and journey checks)
 *
 * Prints one line per check and a closing `N passed, N failed, N skipped`.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { serve } from '../bench/lib/server.mjs';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const args = process.argv.slice(2);
const option = (flag) => {
  const at = args.indexOf(flag);
  return at === -1 ? undefined : args[at + 1];
};
const grep = option('--grep');
const jsonOut = option('--json');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const counts = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
/** Stories checked at the same time. */
const STORY_WORKERS = Number(process.env.STORY_WORKERS ?? 3);

function report(name, problems) {
  if (problems.length === 0) {
    counts.passed += 1;
    console.log(`  ok    ${name}`);
  } else {
    counts.failed += 1;
    failures.push(name);
    console.log(`  FAIL  ${name}\n${problems.map((p) => `        ${p.replaceAll('\n', '\n        ')}`).join('\n')}`);
  }
}

async function axeProblems(frame, selector) {
  await frame.evaluate(axeSource);
  const violations = await frame.evaluate(
    async ({ selector, tags }) => {
      const context = document.querySelector(selector) ?? document;
      const result = await window.axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  at ${n.target.join(' > ')}`).join('\n')}`);
    },
    { selector, tags: WCAG_TAGS },
  );
  return violations.map((v) => `axe: ${v}`);
}

/** Waits until the page's placekit elements have finished loading (or a loading story stays loading). */
async function settle(page) {
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
  await page.evaluate(async () => {
    const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    for (const el of all(document).filter((e) => e.localName.startsWith('place-'))) await el.updateComplete;
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)));
  });
}

function watchConsole(page) {
  const messages = [];
  page.on('console', (m) => m.type() === 'error' && messages.push(m.text()));
  page.on('pageerror', (e) => messages.push(`uncaught: ${e.message}`));
  return messages;
}

/** Checks one story in a fresh page; returns its problems. */
async function checkStory(context, baseUrl, story) {
  const page = await context.newPage();
  const consoleErrors = watchConsole(page);
  const problems = [];
  try {
    await page.goto(`${baseUrl}/iframe.html?id=${story.id}&viewMode=story`);
    await page.waitForFunction(() => ['finished', 'completed'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase) || document.querySelector('.sb-show-errordisplay'), null, { timeout: 15000 });
    if (await page.$('.sb-show-errordisplay')) problems.push(`story failed to render: ${(await page.textContent('#error-message')) ?? ''}`);
    await settle(page);
    const parameters = await page.evaluate(() => {
      const p = window.__STORYBOOK_PREVIEW__.currentRender.story.parameters;
      return { expectedConsoleErrors: p.expectedConsoleErrors ?? [], forcedColors: Boolean(p.forcedColors), print: Boolean(p.print) };
    });
    if (parameters.print) await page.emulateMedia({ media: 'print' });
    problems.push(...(await axeProblems(page.mainFrame(), '#storybook-root')));
    if (parameters.forcedColors) {
      await page.emulateMedia({ forcedColors: 'active' });
      problems.push(...(await axeProblems(page.mainFrame(), '#storybook-root')).map((p) => `forced colours: ${p}`));
    }
    const unexpected = consoleErrors.filter((text) => !parameters.expectedConsoleErrors.some((expected) => text.includes(expected)));
    problems.push(...unexpected.map((text) => `console: ${text}`));
  } catch (error) {
    problems.push(`could not check: ${error.message.split('\n')[0]}`);
  }
  await page.close();
  return problems;
}

/**
 * Every story, a few at a time: most of a story's time is spent waiting (the page, the feed, the network
 * falling quiet), so checking three at once takes about a third of the time. Each worker has its own
 * browser context (no storage shared with another story running at the same time); results are printed
 * in the index's order.
 */
async function checkStories(browser, baseUrl) {
  const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
  const stories = Object.values(index.entries).filter((e) => e.type === 'story' && (!grep || e.id.includes(grep)));
  console.log(`\n${stories.length} stories`);
  const results = new Array(stories.length);
  let next = 0;
  let printed = 0;
  const flush = () => {
    while (printed < stories.length && results[printed]) {
      const story = stories[printed];
      report(`story ${story.title} / ${story.name}`, results[printed]);
      printed += 1;
    }
  };
  const worker = async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    while (next < stories.length) {
      const at = next++;
      results[at] = await checkStory(context, baseUrl, stories[at]);
      flush();
    }
    await context.close();
  };
  await Promise.all(Array.from({ length: Math.min(STORY_WORKERS, stories.length) }, worker));
}

/** A host page that runs no script at all (CSP script-src 'none'), holding only the iframe. */
async function checkEmbed(browser) {
  const elements = ['place-directory', 'place-plan', 'place-connector', 'place-feedback'];
  const host = (element) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council page</title></head><body><main><h1>Our area</h1>
<iframe src="/embed.html?element=${element}&amp;feed=/sample/feed.json" title="placekit ${element}" style="width:100%;height:900px;border:0"></iframe>
<script>document.body.dataset.scriptsRan = 'yes';</script></main></body></html>`;
  const server = await serve('dist', {
    ...noFavicon,
    '/sample/feed.json': (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(readFileSync('sample/feed.json')),
    '/host.html': (req, res, url) =>
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "script-src 'none'" }).end(host(url.searchParams.get('element'))),
  });
  console.log('\niframe embed page in a host page that runs no scripts');
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  try {
    for (const element of elements) {
      // An element that does not exist in src/ yet is skipped; one that exists must work here.
      if (!existsSync(`src/${element}/index.ts`)) {
        counts.skipped += 1;
        console.log(`  skip  embed ${element}: not built yet`);
        continue;
      }
      const page = await context.newPage();
      const consoleErrors = watchConsole(page);
      const problems = [];
      try {
        await page.goto(`${server.url}/host.html?element=${element}`);
        if (await page.evaluate(() => document.body.dataset.scriptsRan)) problems.push('the host page ran a script: the check is not realistic');
        const frame = page.frames().find((f) => f.url().includes('/embed.html'));
        if (!frame) throw new Error('no embed frame');
        await frame.waitForFunction(
          (tag) => {
            const el = document.querySelector(tag);
            return el?.shadowRoot && el.hasUpdated && !el.shadowRoot.querySelector('[part~="loading"], [role="status"][aria-busy="true"]') && el.shadowRoot.textContent.trim().length > 40;
          },
          element,
          { timeout: 15000 },
        );
        await settle(page);
        problems.push(...(await axeProblems(frame, element)));
        // The host page's own tripwire script is blocked by its policy, as intended; nothing else may fail.
        problems.push(...consoleErrors.filter((text) => !text.includes("script-src 'none'")).map((text) => `console: ${text}`));
      } catch (error) {
        problems.push(`did not render: ${error.message.split('\n')[0]}`);
      }
      report(`embed ${element} in a script-free page`, problems);
      await page.close();
    }
  } finally {
    await context.close();
    await server.close();
  }
}

/** On an element's docs page, changing a control changes the snippet to paste. */
async function checkSnippetFollowsControls(browser, baseUrl) {
  console.log('\ndocs pages: the snippet follows the controls');
  if (!existsSync('src/place-directory/index.ts')) {
    counts.skipped += 1;
    console.log('  skip  <place-directory> is not built yet');
    return;
  }
  const problems = [];
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/iframe.html?id=elements-place-directory--docs&viewMode=docs`);
    const snippet = () => page.$$eval('#storybook-docs pre', (pres) => pres.map((pre) => pre.innerText).find((text) => text.includes('<place-directory')) ?? '');
    await page.waitForFunction(() => [...document.querySelectorAll('#storybook-docs pre')].some((pre) => pre.innerText.includes('<place-directory')), null, { timeout: 15000 });
    if (!(await snippet()).startsWith('<script type="module"')) problems.push('the snippet does not start with the script tag');
    const control = page.locator('#storybook-docs input[name="page-size"]').first();
    await control.fill('3');
    await control.press('Tab');
    await page
      .waitForFunction(() => [...document.querySelectorAll('#storybook-docs pre')].some((pre) => pre.innerText.includes('page-size="3"')), null, { timeout: 10000 })
      .catch(async () => problems.push(`after setting page-size to 3 the snippet reads: ${await snippet()}`));
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  } finally {
    await context.close();
  }
  report('place-directory docs: page-size control updates the snippet', problems);
}

/** The newcomer journey, following only the text of the "Getting started" docs page. */
async function checkGettingStarted(browser, baseUrl) {
  console.log('\nnewcomer journey: Getting started page to a working plain page');
  if (!existsSync('src/place-directory/index.ts')) {
    counts.skipped += 1;
    console.log('  skip  the journey ends at <place-directory>, which is not built yet');
    return;
  }
  const problems = [];
  const dir = mkdtempSync(join(tmpdir(), 'placekit-newcomer-'));
  let server;
  const context = await browser.newContext();
  try {
    const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
    const entry = Object.values(index.entries).find((e) => e.type === 'docs' && /getting started/i.test(e.title));
    if (!entry) throw new Error('no "Getting started" docs page in the Storybook index');
    const docs = await context.newPage();
    await docs.goto(`${baseUrl}/iframe.html?id=${entry.id}&viewMode=docs`);
    await docs.waitForFunction(() => [...document.querySelectorAll('#storybook-docs pre')].some((pre) => pre.innerText.includes('<script')), null, { timeout: 15000 });
    const blocks = await docs.$$eval('#storybook-docs pre', (pres) => pres.filter((pre) => !pre.querySelector('pre')).map((pre) => pre.innerText));
    const snippet = blocks.find((text) => text.includes('<script') && text.includes('<place-'));
    if (!snippet) throw new Error('the page has no code block with a script tag and an element');
    // The files the page tells a newcomer to put beside their page: the script (with the validator beside it) and the feed.
    const script = /<script[^>]*src="([^"]+)"/.exec(snippet)?.[1];
    const feed = /(?:feed|src)="([^"]+\.json)"/.exec(snippet)?.[1];
    if (!script || !feed) throw new Error(`the snippet names no script or feed: ${snippet}`);
    if (/^(https?:)?\/\//.test(script) || /^(https?:)?\/\//.test(feed)) throw new Error('the snippet points at another site; a newcomer could not follow it offline');
    const place = (relative, from) => {
      const target = join(dir, posix.normalize(relative.replace(/^\//, '')));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(from, target);
    };
    place(script, 'dist/placekit.js');
    place(posix.join(posix.dirname(script), 'placekit-validator.js'), 'dist/placekit-validator.js');
    place(feed, 'sample/feed.json');
    writeFileSync(join(dir, 'index.html'), `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>My page</title></head>\n<body>\n${snippet}\n</body>\n</html>\n`);
    server = await serve(dir, noFavicon);
    const page = await context.newPage();
    const consoleErrors = watchConsole(page);
    await page.goto(`${server.url}/index.html`);
    const tag = /<(place-(?:directory|plan|connector|feedback))/.exec(snippet)?.[1];
    // "See results": at least three of the feed's services are listed by name.
    const names = JSON.parse(readFileSync('sample/feed.json', 'utf8')).services.map((s) => s.name);
    await page.waitForFunction(
      ({ tag, names }) => {
        const text = document.querySelector(tag)?.shadowRoot?.textContent ?? '';
        return names.filter((name) => text.includes(name)).length >= 3;
      },
      { tag, names },
      { timeout: 15000 },
    ).catch(async () => {
      const seen = await page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.textContent.replace(/\s+/g, ' ').slice(0, 300), tag);
      throw new Error(`<${tag}> on the pasted page lists no services; it shows: ${seen}`);
    });
    problems.push(...consoleErrors.map((text) => `console: ${text}`));
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  } finally {
    await context.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
  report('getting started snippet works on a plain page', problems);
}

if (!args.includes('--no-build')) execFileSync('npm', ['run', '--silent', 'build-storybook'], { stdio: 'inherit' });
if (!existsSync('dist/placekit.js')) throw new Error('dist/ is missing: run npm run build first');
// Browsers ask for /favicon.ico by themselves; a 404 there would count as a console error.
const noFavicon = { '/favicon.ico': (req, res) => res.writeHead(204).end() };
const storybook = await serve('storybook-static', noFavicon);
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
try {
  await checkStories(browser, storybook.url);
  if (!grep || grep === 'journey') {
    await checkEmbed(browser);
    await checkSnippetFollowsControls(browser, storybook.url);
    await checkGettingStarted(browser, storybook.url);
  }
} finally {
  await browser.close();
  await storybook.close();
}
console.log(`\nstories: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(counts));
process.exitCode = counts.failed > 0 ? 1 : 0;
