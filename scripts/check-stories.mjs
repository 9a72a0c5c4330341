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
 *   - every element's docs page: each attribute in the manifest has a control, and changing it changes the
 *     element on the page and the snippet to paste;
 *   - every guide (the MDX pages): axe, console errors, links to pages and downloads that exist, real
 *     heading anchors, and every file it includes whole (a `?raw` import, e.g. a page of docs/) on the page:
 *     each of a markdown file's headings, a code file's first and last lines. A guide that includes a file
 *     that does not exist fails before anything is built;
 *   - "Check your feed": a chosen file lists what `placekit validate` prints, an address is read;
 *   - the newcomer journey, following only the text of "Getting started": its download links saved into the
 *     folder it names, its snippet on a plain index.html shows results, its other elements' lines work with
 *     the sample's ids, its validate command passes, and its iframe with the resize listener fits the frame
 *     to the content as it grows and shrinks.
 * Stories whose parameters say `forcedColors: true` are checked in forced-colours mode as well, and those
 * whose parameters say `print: true` are checked (only) as printed, with print media emulated.
 *
 *   node scripts/check-stories.mjs [--no-build] [--grep text|journey] [--json .test-results/stories.json]
 *   (--grep checks only stories whose id contains the text; --grep journey only the checks after the stories)
 *
 * Prints one line per check and a closing `N passed, N failed, N skipped`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { serve } from '../bench/lib/server.mjs';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { declarationOf, publicManifest } from './public-manifest.mjs';
import { unzip } from './zip.mjs';

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

/**
 * Runs `check` on each item, STORY_WORKERS at a time (most of a page's time is spent waiting on the page,
 * not on the processor), and reports the results in the items' order.
 */
async function inParallel(items, check, nameOf) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const at = next++;
      results[at] = await check(items[at]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(STORY_WORKERS, items.length) }, worker));
  items.forEach((item, at) => report(nameOf(item), results[at]));
}

async function axeProblems(frame, selector) {
  if (!(await frame.evaluate(() => typeof window.axe === 'object'))) await frame.evaluate(axeSource);
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

/**
 * Tracks a page's requests, so that "the network has fallen quiet" can be waited for on a page that is
 * reused from story to story (Playwright's networkidle load state only follows a navigation).
 */
function trackNetwork(page) {
  const state = { inFlight: 0, lastChange: Date.now() };
  const change = (delta) => {
    state.inFlight = Math.max(0, state.inFlight + delta);
    state.lastChange = Date.now();
  };
  page.on('request', () => change(1));
  page.on('requestfinished', () => change(-1));
  page.on('requestfailed', () => change(-1));
  return state;
}

/** Waits until no request has been in flight for 300 ms (at most 5 s: a feed that never answers never settles). */
async function networkQuiet(network) {
  const until = Date.now() + 5000;
  while (Date.now() < until && (network.inFlight > 0 || Date.now() - network.lastChange < 300)) await new Promise((done) => setTimeout(done, 50));
}

/** Waits until the page's placekit elements have finished loading (or a loading story stays loading). */
async function settle(page, network) {
  await networkQuiet(network);
  await page.evaluate(async () => {
    const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    for (const el of all(document).filter((e) => e.localName.startsWith('place-') || e.localName.startsWith('placekit-'))) await el.updateComplete;
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)));
  });
}

function watchConsole(page) {
  const messages = [];
  page.on('console', (m) => m.type() === 'error' && messages.push(m.text()));
  page.on('pageerror', (e) => messages.push(`uncaught: ${e.message}`));
  return messages;
}

/**
 * One page per worker, reused from story to story: the first story is opened by its address, the next ones
 * the way Storybook's own sidebar opens them (its channel's setCurrentStory), which saves loading the
 * preview's scripts again for every story. Between stories the page's address, storage and media emulation
 * are reset, and console messages are counted from the switch on, so each story is checked as if opened
 * alone.
 */
async function openStoryPage(context, baseUrl) {
  const page = await context.newPage();
  return { page, consoleErrors: watchConsole(page), network: trackNetwork(page), opened: false, baseUrl };
}

async function showStory(tab, story) {
  const { page } = tab;
  if (!tab.opened) {
    await page.goto(`${tab.baseUrl}/iframe.html?id=${story.id}&viewMode=story`);
    tab.opened = true;
  } else {
    await page.emulateMedia({ media: null, forcedColors: null });
    await page.evaluate((id) => {
      localStorage.clear();
      sessionStorage.clear();
      history.replaceState(null, '', `?id=${encodeURIComponent(id)}&viewMode=story`);
      window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
    }, story.id);
  }
  await page.waitForFunction(
    (id) =>
      (window.__STORYBOOK_PREVIEW__?.currentRender?.id === id && ['finished', 'completed'].includes(window.__STORYBOOK_PREVIEW__.currentRender.phase)) ||
      document.querySelector('.sb-show-errordisplay'),
    story.id,
    { timeout: 15000 },
  );
}

/** Checks one story; returns its problems. */
async function checkStory(tab, story) {
  const { page, consoleErrors, network } = tab;
  consoleErrors.length = 0;
  const problems = [];
  try {
    await showStory(tab, story);
    if (await page.$('.sb-show-errordisplay')) problems.push(`story failed to render: ${(await page.textContent('#error-message')) ?? ''}`);
    await settle(page, network);
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
    // The same story in Welsh and Gaelic (the toolbar's language switch, .storybook/preview.ts), in ordinary
    // colours: forced colours, checked above, replace the page's colours whatever the language.
    if (!parameters.print) {
      if (parameters.forcedColors) await page.emulateMedia({ forcedColors: 'none' });
      for (const language of ['cy', 'gd', 'en']) {
        await page.evaluate((locale) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: { locale } }), language);
        await page.waitForFunction(
          (locale) =>
            [...document.querySelectorAll('#storybook-root *')]
              .filter((e) => e.localName.startsWith('place-') && e.shadowRoot?.querySelector('.root'))
              .every((e) => e.shadowRoot.querySelector('.root').lang === locale),
          language,
          { timeout: 10000 },
        );
        await settle(page, network);
        if (language !== 'en') problems.push(...(await axeProblems(page.mainFrame(), '#storybook-root')).map((p) => `in ${language}: ${p}`));
      }
    }
    const unexpected = consoleErrors.filter((text) => !parameters.expectedConsoleErrors.some((expected) => text.includes(expected)));
    problems.push(...unexpected.map((text) => `console: ${text}`));
  } catch (error) {
    problems.push(`could not check: ${error.message.split('\n')[0]}`);
    // A page in an unknown state is not reused.
    await tab.page.close().catch(() => {});
    Object.assign(tab, await openStoryPage(tab.page.context(), tab.baseUrl));
  }
  return problems;
}

/**
 * Every story, a few at a time: most of a story's time is spent waiting (the page, the feed, the network
 * falling quiet), so checking three at once takes about a third of the time. Each worker has its own
 * browser context and page (no storage shared with another story running at the same time); results are
 * printed in the index's order.
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
    const tab = await openStoryPage(context, baseUrl);
    while (next < stories.length) {
      const at = next++;
      results[at] = await checkStory(tab, stories[at]);
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
      res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "script-src 'none'" })
        .end(host(url.searchParams.get('element'))),
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
      const network = trackNetwork(page);
      const problems = [];
      try {
        await page.goto(`${server.url}/host.html?element=${element}`);
        if (await page.evaluate(() => document.body.dataset.scriptsRan)) problems.push('the host page ran a script: the check is not realistic');
        const frame = page.frames().find((f) => f.url().includes('/embed.html'));
        if (!frame) throw new Error('no embed frame');
        await frame.waitForFunction(
          (tag) => {
            const el = document.querySelector(tag);
            return (
              el?.shadowRoot &&
              el.hasUpdated &&
              !el.shadowRoot.querySelector('[part~="loading"], [role="status"][aria-busy="true"]') &&
              el.shadowRoot.textContent.trim().length > 40
            );
          },
          element,
          { timeout: 15000 },
        );
        await settle(page, network);
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

/** Opens a docs page of the built Storybook, with its console watched. */
async function openDocs(context, baseUrl, id, waitFor = 'pre') {
  const page = await context.newPage();
  const consoleErrors = watchConsole(page);
  const network = trackNetwork(page);
  await page.goto(`${baseUrl}/iframe.html?id=${id}&viewMode=docs`);
  await page.waitForSelector(`#storybook-docs ${waitFor}`, { timeout: 15000 });
  return { page, consoleErrors, network };
}

/** The code blocks of a docs page, as text (what a reader copies). */
const codeBlocks = (page) => page.$$eval('#storybook-docs pre', (pres) => pres.filter((pre) => !pre.querySelector('pre')).map((pre) => pre.innerText));
const snippetOf = (page, tag) =>
  page.$$eval('#storybook-docs pre', (pres, tag) => pres.map((pre) => pre.innerText).find((text) => text.includes(`<${tag}`)) ?? '', tag);

const docsEntries = () => Object.values(JSON.parse(readFileSync('storybook-static/index.json', 'utf8')).entries).filter((e) => e.type === 'docs');

/** The attributes an element documents, from the manifest the docs pages are generated from (the same public filter). */
function manifestAttributes(tag) {
  const manifest = publicManifest(JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')));
  return (declarationOf(manifest, tag)?.attributes ?? []).map((a) => a.name);
}

/**
 * Every element's docs page: every attribute the manifest documents has a control, and changing it changes
 * both the element on the page and the snippet to paste.
 */
async function checkControls(browser, baseUrl) {
  console.log('\ndocs pages: every attribute has a control that changes the element and the snippet');
  const elements = docsEntries().filter((e) => e.title.startsWith('Elements/') && e.tags?.includes('autodocs'));
  const context = await browser.newContext();
  try {
    const check = async (entry) => {
      const tag = entry.title.slice('Elements/'.length);
      const problems = [];
      try {
        const { page } = await openDocs(context, baseUrl, entry.id);
        await page.waitForFunction((tag) => [...document.querySelectorAll('#storybook-docs pre')].some((pre) => pre.innerText.includes(`<${tag}`)), tag, {
          timeout: 15000,
        });
        if (!(await snippetOf(page, tag)).startsWith('<script type="module"')) problems.push('the snippet does not start with the script tag');
        for (const name of manifestAttributes(tag)) {
          // Storybook names text, number and on/off controls after the arg; a choice is a <select> whose id ends with it.
          const controls = page.locator(
            `#storybook-docs [name="${name}"], #storybook-docs select[id^="control-"][id$="-${name}"], #storybook-docs input[type="radio"][name^="control-"][name$="-${name}"]`,
          );
          const set = page.locator(`#storybook-docs button[id^="set-"][id$="-${name}"]`);
          if ((await controls.count()) === 0 && (await set.count()) > 0) await set.first().click();
          const control = controls.first();
          if ((await control.count()) === 0) {
            problems.push(`${name}: no control`);
            continue;
          }
          const kind = await control.evaluate((el) =>
            el.localName === 'select'
              ? 'select'
              : el.type === 'checkbox'
                ? 'boolean'
                : el.type === 'radio'
                  ? 'radio'
                  : el.type === 'number'
                    ? 'number'
                    : 'text',
          );
          let expected;
          if (kind === 'radio') {
            const other = controls.and(page.locator('input:not(:checked)')).last();
            expected = await other.getAttribute('value');
            await page.locator(`#storybook-docs label[for="${await other.getAttribute('id')}"]`).click();
          } else if (kind === 'select') {
            const options = await control.evaluate((el) => [...el.options].filter((o) => o.label && !o.selected).map((o) => o.label));
            expected = options.at(-1);
            await control.selectOption({ label: expected });
          } else if (kind === 'boolean') {
            const checked = await control.isChecked();
            await page.locator(`#storybook-docs label[aria-label="${name}"]`).first().click();
            expected = checked ? null : '';
          } else {
            // A number within the control's own limits, and not the value it has.
            const { min, max, value } = await control.evaluate((el) => ({ min: el.min, max: el.max, value: el.value }));
            expected = kind === 'number' ? ([max, min, '7'].find((n) => n !== '' && n !== value) ?? '7') : 'checked-value';
            await control.fill(expected);
            await control.press('Tab');
          }
          const ok = await page
            .waitForFunction(
              ({ tag, name, expected }) => {
                const el = document.querySelector(`#storybook-docs .docs-story ${tag}`);
                const snippet =
                  [...document.querySelectorAll('#storybook-docs pre')].map((pre) => pre.innerText).find((text) => text.includes(`<${tag}`)) ?? '';
                const opening = /<[a-z-]+[^>]*>/.exec(snippet.slice(snippet.indexOf(`<${tag}`)))?.[0] ?? '';
                const inSnippet =
                  expected === null
                    ? !new RegExp(`\\s${name}[\\s>=]`).test(opening)
                    : expected === ''
                      ? new RegExp(`\\s${name}[\\s>]`).test(opening)
                      : opening.includes(`${name}="${expected}"`);
                return el?.getAttribute(name) === expected && inSnippet;
              },
              { tag, name, expected },
              { timeout: 10000 },
            )
            .then(
              () => true,
              () => false,
            );
          if (!ok) {
            const live = await page.evaluate(({ tag, name }) => document.querySelector(`#storybook-docs .docs-story ${tag}`)?.getAttribute(name), {
              tag,
              name,
            });
            problems.push(
              `${name}: set to ${JSON.stringify(expected)} by its ${kind} control, the element has ${JSON.stringify(live)} and the snippet reads ${JSON.stringify((await snippetOf(page, tag)).split('\n').slice(2, 3).join(''))}`,
            );
          }
        }
        await page.close();
      } catch (error) {
        problems.push(error.message.split('\n')[0]);
      }
      return problems;
    };
    await inParallel(
      elements,
      check,
      (entry) => `${entry.title.slice('Elements/'.length)} docs: every attribute's control changes the element and the snippet`,
    );
  } finally {
    await context.close();
  }
}

/**
 * The files each guide includes whole: its `?raw` imports (a page of docs/, an example feed), by the guide's
 * path (`stories/guides/x.mdx`), each with what must be on the rendered page to show it was included whole:
 * every heading of a markdown file, the first and last lines of any other file.
 */
function guideIncludes() {
  const includes = new Map();
  for (const name of readdirSync('stories', { recursive: true }).map(String).sort()) {
    if (!name.endsWith('.mdx')) continue;
    const guide = posix.join('stories', name.split('\\').join('/'));
    const files = [...readFileSync(guide, 'utf8').matchAll(/^import\s+\w+\s+from\s+['"]([^'"]+)\?raw['"];?$/gm)].map((m) => {
      const file = posix.normalize(posix.join(posix.dirname(guide), m[1]));
      if (!existsSync(file)) return { file, missing: true, probes: [] };
      const text = readFileSync(file, 'utf8');
      const lines = text.split('\n').map((line) => line.trim());
      const probes = file.endsWith('.md')
        ? [...text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '').matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)].map((h) =>
            h[1].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`([^`]*)`/g, '$1'),
          )
        : [lines.find(Boolean), lines.findLast(Boolean)];
      return { file, missing: false, probes };
    });
    includes.set(guide, files);
  }
  return includes;
}

/** Before building: every file a guide includes exists (a missing one would otherwise be a build error, or an empty page). */
function checkGuideIncludes() {
  console.log('\nguides: the files they include exist');
  let missing = 0;
  for (const [guide, files] of guideIncludes()) {
    if (files.length === 0) continue;
    const problems = files.filter((f) => f.missing).map((f) => `includes ${f.file}, which does not exist`);
    missing += problems.length;
    report(`guide ${guide} includes ${files.map((f) => f.file).join(', ')}`, problems);
  }
  return missing === 0;
}

/** The guides (pages written in MDX, not generated): axe, console errors, and every link to another page exists. */
async function checkGuides(browser, baseUrl) {
  console.log('\nguides: accessible, no console errors, links that lead somewhere');
  const entries = docsEntries();
  const ids = new Set(entries.map((e) => e.id));
  const includes = guideIncludes();
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  try {
    const check = async (entry) => {
      const problems = [];
      try {
        const { page, consoleErrors, network } = await openDocs(context, baseUrl, entry.id, 'h1');
        await settle(page, network);
        problems.push(...(await axeProblems(page.mainFrame(), '#storybook-docs')));
        const links = await page.$$eval('#storybook-docs a[href]', (as) => as.map((a) => ({ href: a.getAttribute('href'), absolute: a.href })));
        for (const { href, absolute } of links) {
          const path = /^\?path=\/docs\/([^&#]+)/.exec(href)?.[1];
          if (path && !ids.has(path)) problems.push(`link to a page that does not exist: ${href}`);
          if (!path && absolute.startsWith(baseUrl) && !href.startsWith('#')) {
            const response = await fetch(absolute);
            if (!response.ok) problems.push(`link ${href} answers ${response.status}`);
          }
        }
        const headings = await page.$$eval('#storybook-docs h2[id], #storybook-docs h3[id]', (hs) => hs.map((h) => h.id));
        for (const id of headings) if (!/[a-z]/.test(id)) problems.push(`a heading's anchor is empty: #${id}`);
        // Each file the guide includes is on the page whole: its headings, or its first and last lines.
        const included = includes.get(posix.normalize(entry.importPath)) ?? [];
        if (included.length > 0) {
          const squash = (text) => text.replace(/\s+/g, ' ').trim();
          const shown = await page.evaluate(() => ({
            headings: [...document.querySelectorAll('#storybook-docs h1, #storybook-docs h2, #storybook-docs h3, #storybook-docs h4')].map(
              (h) => h.textContent,
            ),
            text: document.querySelector('#storybook-docs').innerText,
          }));
          const headingsShown = new Set(shown.headings.map(squash));
          const textShown = squash(shown.text);
          for (const { file, probes } of included) {
            const absent = probes.filter((probe) => (file.endsWith('.md') ? !headingsShown.has(squash(probe)) : !textShown.includes(squash(probe))));
            if (absent.length > 0) problems.push(`${file} is not shown whole: missing ${absent.map((p) => JSON.stringify(p)).join(', ')}`);
          }
        }
        problems.push(...consoleErrors.map((text) => `console: ${text}`));
        await page.close();
      } catch (error) {
        problems.push(error.message.split('\n')[0]);
      }
      return problems;
    };
    await inParallel(
      entries.filter((e) => e.importPath.endsWith('.mdx')),
      check,
      (entry) => `guide ${entry.title}`,
    );
  } finally {
    await context.close();
  }
}

/** The "Check your feed" tool: a chosen file and an address, checked as `placekit validate` checks them. */
async function checkFeedChecker(browser, baseUrl) {
  console.log('\n"Check your feed": the same problems as placekit validate, for a file and an address');
  const problems = [];
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  try {
    const page = await context.newPage();
    const consoleErrors = watchConsole(page);
    await page.goto(`${baseUrl}/iframe.html?id=guides-check-your-feed--ready&viewMode=story`);
    const status = page.locator('placekit-feed-check [role="status"]');
    await page.waitForSelector('placekit-feed-check #file', { state: 'attached', timeout: 15000 });

    // A file with the common mistakes: each problem the CLI prints, with its path, in the same order.
    const file = 'stories/guides/examples/common-mistakes.json';
    const cli = spawnSync('node', ['dist/cli/placekit.js', 'validate', file], { encoding: 'utf8' });
    const expected = cli.stdout
      .split('\n')
      .map((line) => /^\s*\[(record skipped|value dropped|repaired|note)\s*\] (.*)$/.exec(line))
      .filter(Boolean)
      .map(([, action, rest]) => `${action[0].toUpperCase()}${action.slice(1)} ${rest}`.toLowerCase());
    await page.setInputFiles('placekit-feed-check #file', file);
    await status.filter({ hasText: 'Not valid' }).waitFor({ timeout: 10000 });
    const listed = (await page.locator('placekit-feed-check ul.problems li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim().toLowerCase());
    if (expected.length < 5) problems.push(`placekit validate printed too few problems to compare: ${cli.stdout}`);
    if (JSON.stringify(listed) !== JSON.stringify(expected))
      problems.push(`file: listed\n${listed.join('\n')}\nbut placekit validate says\n${expected.join('\n')}`);
    problems.push(...(await axeProblems(page.mainFrame(), '#storybook-root')).map((p) => `with a report shown: ${p}`));

    // An address: the sample feed as the catalogue offers it, then one that does not exist.
    const address = page.locator('placekit-feed-check #address');
    await address.fill(`${baseUrl}/downloads/feed.json`);
    await address.press('Enter');
    await status
      .filter({ hasText: /^\s*Valid:/ })
      .waitFor({ timeout: 10000 })
      .catch(async () => problems.push(`the sample feed's address: ${await status.innerText()}`));
    await address.fill(`${baseUrl}/downloads/no-such-feed.json`);
    await address.press('Enter');
    await page
      .locator('placekit-feed-check', { hasText: 'HTTP 404' })
      .waitFor({ timeout: 10000 })
      .catch(async () => problems.push(`a missing address: ${await status.innerText()}`));
    problems.push(...consoleErrors.filter((text) => !text.includes('404')).map((text) => `console: ${text}`));
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  } finally {
    await context.close();
  }
  report('Check your feed lists what placekit validate lists', problems);
}

/**
 * The newcomer journey, following only the text of the "Getting started" docs page: download the files it
 * links to into the folder it names, paste its snippet into a plain page, open the address it says, see
 * results; the other elements' lines with the sample's ids; its validate command; and its iframe and
 * resize listener on a page that runs scripts, growing and shrinking with the content.
 */
async function checkGettingStarted(browser, baseUrl) {
  console.log('\nnewcomer journey: Getting started page to a working plain page');
  if (!existsSync('src/place-directory/index.ts')) {
    counts.skipped += 1;
    console.log('  skip  the journey ends at <place-directory>, which is not built yet');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'placekit-newcomer-'));
  let server;
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const step = async (name, run) => {
    const problems = [];
    try {
      await run(problems);
    } catch (error) {
      problems.push(error.message.split('\n')[0]);
    }
    report(name, problems);
    return problems.length === 0;
  };
  try {
    const entry = docsEntries().find((e) => /getting started/i.test(e.title));
    if (!entry) throw new Error('no "Getting started" docs page in the Storybook index');
    const { page: docs } = await openDocs(context, baseUrl, entry.id);
    const blocks = await codeBlocks(docs);
    const downloads = await docs.$$eval('#storybook-docs a[download]', (as) => as.map((a) => ({ url: a.href, name: a.getAttribute('download') })));
    const snippet = blocks.find((text) => text.includes('<script') && text.includes('<place-'));
    const script = snippet && /<script[^>]*src="([^"]+)"/.exec(snippet)?.[1];
    const feed = snippet && /(?:feed|src)="([^"]+\.json)"/.exec(snippet)?.[1];
    const folder = script && posix.dirname(script);

    const downloaded = await step('getting started: its download links give the current files, saved into the folder it names', async (problems) => {
      if (!snippet) throw new Error('the page has no code block with a script tag and an element');
      if (!script || !feed) throw new Error(`the snippet names no script or feed: ${snippet}`);
      if (/^(https?:)?\/\//.test(script) || /^(https?:)?\/\//.test(feed))
        throw new Error('the snippet points at another site; a newcomer could not follow it offline');
      const sources = {
        'placekit.zip': 'dist/placekit.zip',
        'feed.json': 'sample/feed.json',
        'feed.schema.json': 'dist/feed.schema.json',
      };
      for (const name of ['placekit.zip', posix.basename(feed)]) {
        if (!downloads.some((d) => d.name === name)) problems.push(`no download link for ${name}, which the snippet needs`);
      }
      mkdirSync(join(dir, folder), { recursive: true });
      for (const { url, name } of downloads) {
        const response = await fetch(url);
        if (!response.ok) {
          problems.push(`${name} (${url}) answers ${response.status}`);
          continue;
        }
        const bytes = Buffer.from(await response.arrayBuffer());
        if (sources[name] && !bytes.equals(readFileSync(sources[name])))
          problems.push(`${name} is not the current ${sources[name]}: rebuild the Storybook after npm run build`);
        writeFileSync(join(dir, folder, name), bytes);
        // A zip is unzipped into the folder, as the guide says.
        if (name.endsWith('.zip')) {
          for (const entry of unzip(bytes)) {
            mkdirSync(dirname(join(dir, folder, entry.name)), { recursive: true });
            writeFileSync(join(dir, folder, entry.name), entry.data);
          }
        }
      }
    });
    if (!downloaded) return;
    server = await serve(dir, noFavicon);

    await step("getting started: the snippet on a plain page called index.html, opened at the folder's address, lists services", async (problems) => {
      writeFileSync(
        join(dir, 'index.html'),
        `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>My page</title></head>\n<body>\n${snippet}\n</body>\n</html>\n`,
      );
      const page = await context.newPage();
      const consoleErrors = watchConsole(page);
      await page.goto(`${server.url}/`);
      const tag = /<(place-(?:directory|plan|connector|feedback))/.exec(snippet)?.[1];
      // "See results": at least three of the feed's services are listed by name.
      const names = JSON.parse(readFileSync('sample/feed.json', 'utf8')).services.map((s) => s.name);
      await page
        .waitForFunction(
          ({ tag, names }) => names.filter((name) => (document.querySelector(tag)?.shadowRoot?.textContent ?? '').includes(name)).length >= 3,
          { tag, names },
          { timeout: 15000 },
        )
        .catch(async () => {
          const seen = await page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.textContent.replace(/\s+/g, ' ').slice(0, 300), tag);
          throw new Error(`<${tag}> on the pasted page lists no services; it shows: ${seen}`);
        });
      problems.push(...consoleErrors.map((text) => `console: ${text}`));
      await page.close();
    });

    await step("getting started: every other element's lines work as written with the sample feed", async (problems) => {
      const others = blocks.filter((text) => text !== snippet && text.includes('<place-') && !text.includes('<script') && !text.includes('<iframe'));
      if (others.length === 0) throw new Error('no code block with other elements');
      for (const [n, block] of others.entries()) {
        writeFileSync(
          join(dir, `other-${n}.html`),
          `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Other elements</title></head>\n<body>\n<script type="module" src="${script}"></script>\n${block}\n</body>\n</html>\n`,
        );
        const page = await context.newPage();
        const consoleErrors = watchConsole(page);
        await page.goto(`${server.url}/other-${n}.html`);
        const tags = [...new Set([...block.matchAll(/<(place-(?:directory|plan|connector|feedback))\b/g)].map((m) => m[1]))];
        for (const tag of tags) {
          const ok = await page
            .waitForFunction(
              (tag) =>
                [...document.querySelectorAll(tag)].every(
                  (el) =>
                    el.hasUpdated && !el.shadowRoot.querySelector('[part~="loading"], [aria-busy="true"]') && el.shadowRoot.textContent.trim().length > 40,
                ),
              tag,
              { timeout: 15000 },
            )
            .then(
              () => true,
              () => false,
            );
          const text = await page.evaluate(
            (tag) => [...document.querySelectorAll(tag)].map((el) => el.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? '').join(' | '),
            tag,
          );
          const failed = await page.evaluate((tag) => [...document.querySelectorAll(tag)].some((el) => el.shadowRoot?.querySelector('[part~="error"]')), tag);
          if (!ok || failed || /not available/i.test(text)) problems.push(`<${tag}> as written shows: ${text.slice(0, 200)}`);
        }
        // The sample's connector photos live on example.org, which is not reachable here.
        problems.push(...consoleErrors.filter((text) => !text.includes('Failed to load resource')).map((text) => `console: ${text}`));
        await page.close();
      }
    });

    await step('getting started: its validate command, run as written from a checkout, passes the downloaded feed', async (problems) => {
      const command = blocks.map((text) => text.trim()).find((text) => /^node \S+ validate /.test(text));
      if (!command) throw new Error('no "node ... validate" command on the page');
      const [program, ...rest] = command.split(/\s+/);
      const commandArgs = rest.map((arg) => (arg === posix.basename(feed) ? join(dir, folder, arg) : arg));
      const run = spawnSync(program, commandArgs, { encoding: 'utf8' });
      if (run.status !== 0 || !run.stdout.includes('valid')) problems.push(`${command} exited ${run.status}: ${run.stdout}${run.stderr}`);
    });

    await step('getting started: its iframe and resize listener, on a page that runs scripts, fit the frame to its content', async (problems) => {
      const iframe = blocks.find((text) => text.includes('<iframe'));
      const listener = blocks.find((text) => text.includes('placekit:resize') && text.includes('<script'));
      if (!iframe || !listener) throw new Error('the page has no iframe snippet or no resize listener');
      writeFileSync(
        join(dir, 'host.html'),
        `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Council page</title></head>\n<body>\n<main>\n<h1>Find local services</h1>\n${iframe}\n</main>\n${listener}\n</body>\n</html>\n`,
      );
      const page = await context.newPage();
      const consoleErrors = watchConsole(page);
      await page.goto(`${server.url}/host.html`);
      const fits = () =>
        page.evaluate(() => {
          const frame = document.querySelector('iframe');
          const content = frame.contentDocument?.documentElement.getBoundingClientRect().height ?? 0;
          return { frame: frame.getBoundingClientRect().height, content };
        });
      const fitted = (sizes) => Math.abs(sizes.frame - sizes.content) <= 2;
      await page.waitForFunction(
        () => document.querySelector('iframe').contentDocument?.querySelector('place-directory')?.shadowRoot?.querySelector('#results-title'),
        null,
        { timeout: 15000 },
      );
      await page
        .waitForFunction(
          () => {
            const frame = document.querySelector('iframe');
            return Math.abs(frame.getBoundingClientRect().height - frame.contentDocument.documentElement.getBoundingClientRect().height) <= 2;
          },
          null,
          { timeout: 10000 },
        )
        .catch(() => {});
      const grown = await fits();
      if (!fitted(grown)) problems.push(`with results, the frame is ${grown.frame}px high for ${grown.content}px of content`);
      // Fewer results: the frame shrinks with its content.
      await page.evaluate(() => {
        const input = document.querySelector('iframe').contentDocument.querySelector('place-directory').shadowRoot.querySelector('#query');
        input.value = 'zzzz no such service';
        input.dispatchEvent(new Event('input'));
      });
      await page
        .waitForFunction(
          (before) => {
            const frame = document.querySelector('iframe');
            const content = frame.contentDocument.documentElement.getBoundingClientRect().height;
            return content < before - 20 && Math.abs(frame.getBoundingClientRect().height - content) <= 2;
          },
          grown.content,
          { timeout: 10000 },
        )
        .catch(async () => {
          const shrunk = await fits();
          problems.push(`with no results, the frame is ${shrunk.frame}px high for ${shrunk.content}px of content (it was ${grown.content}px)`);
        });
      problems.push(...consoleErrors.map((text) => `console: ${text}`));
      await page.close();
    });
  } catch (error) {
    report('getting started', [error.message.split('\n')[0]]);
  } finally {
    await context.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!checkGuideIncludes()) {
  // Storybook cannot build a guide whose file is gone: say which, and stop.
  console.log(`stories: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(counts));
  process.exit(1);
}
if (!args.includes('--no-build')) execFileSync('npm', ['run', '--silent', 'build-storybook'], { stdio: 'inherit' });
if (!existsSync('dist/placekit.js')) throw new Error('dist/ is missing: run npm run build first');
// Browsers ask for /favicon.ico by themselves; a 404 there would count as a console error.
const noFavicon = { '/favicon.ico': (req, res) => res.writeHead(204).end() };
const storybook = await serve('storybook-static', noFavicon);
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const started = Date.now();
/** Runs one group of checks and says how long it took (the README quotes these). */
const timed = async (check) => {
  const start = Date.now();
  await check();
  console.log(`  (${((Date.now() - start) / 1000).toFixed(1)} s)`);
};
try {
  await timed(() => checkStories(browser, storybook.url));
  if (!grep || grep === 'journey') {
    await timed(() => checkEmbed(browser));
    await timed(() => checkControls(browser, storybook.url));
    await timed(() => checkGuides(browser, storybook.url));
    await timed(() => checkFeedChecker(browser, storybook.url));
    await timed(() => checkGettingStarted(browser, storybook.url));
  }
} finally {
  await browser.close();
  await storybook.close();
}
console.log(`\nchecked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`stories: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(counts));
process.exitCode = counts.failed > 0 ? 1 : 0;
