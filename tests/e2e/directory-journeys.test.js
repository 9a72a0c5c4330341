/**
 * The directory's journeys as residents meet them in a real browser (issue 19), on the production build
 * (dist/place-directory.js, so `npm run build` first) over real HTTP:
 * - a shortlist shared as a link and opened in a second browser context (another device);
 * - the text message and email it sends to a phone;
 * - quick exit by its button and by Shift three times (the page replaced, the address and list cleared);
 * - "Add to calendar" downloaded and read by ical.js;
 * - a listing report and a "Yes, it was right" reaching `placekit receive`, then counted.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import ICAL from 'ical.js';
import Database from 'better-sqlite3';
import { serve } from '../../bench/lib/server.mjs';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { CLI, startReceiver } from '../support/receiver-process.js';

const BUILT = 'dist/place-directory.js';
const work = mkdtempSync(join(tmpdir(), 'placekit-journeys-'));
const sample = JSON.parse(readFileSync('sample/feed.json', 'utf8'));

const page = (attributes) => (req, res) =>
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Services</title>
<script type="module" src="/dist/place-directory.js"></script></head>
<body><h1>Services</h1><place-directory feed="/feed.json" ${attributes}></place-directory></body></html>`);

describe('the directory’s journeys in Chromium', () => {
  let server;
  let browser;
  let receiver;
  let db;
  before(async () => {
    assert.ok(existsSync(BUILT), `${BUILT} is missing: npm run build first`);
    db = join(work, 'feedback.db');
    // The feed's listing reports go to this receiver; it accepts them because its feed names listing_reports.
    const feedFile = join(work, 'feed.json');
    writeFileSync(feedFile, JSON.stringify(sample));
    receiver = await startReceiver(['--db', db, '--origin', '*', '--feed', feedFile, '--rate-limit', '0']);
    const feed = JSON.stringify({ ...sample, listing_reports: { ...sample.listing_reports, endpoint: `${receiver.url}/submissions` } });
    server = await serve('.', {
      '/journeys.html': page('sync-url'),
      '/exit-soon.html': page('quick-exit="/exit.html" sync-url'),
      '/feed.json': (req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(feed),
      '/exit.html': (req, res) =>
        setTimeout(() => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Weather</title><p>Weather'), 1500),
      '/start.html': (req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Start</title><p>Start'),
      '/favicon.ico': (req, res) => res.writeHead(204).end(),
    });
    browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await receiver?.stop();
  });

  /** A phone-sized page (320 px) with the directory's results shown. */
  async function open(context, path = '/journeys.html') {
    const tab = await context.newPage();
    await tab.setViewportSize({ width: 320, height: 800 });
    const errors = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    tab.on('console', (message) => message.type() === 'error' && !/Failed to load resource/.test(message.text()) && errors.push(message.text()));
    await tab.goto(`${server.url}${path}`);
    await tab.getByRole('heading', { name: /\d+ results/ }).waitFor();
    tab.errors = errors;
    return tab;
  }

  it('shares a shortlist as a link that shows the same list in another browser, kept in the tab’s session only', async () => {
    const first = await browser.newContext();
    const tab = await open(first);
    const adds = tab.getByRole('button', { name: /^Add to my list/ });
    const names = [];
    for (const index of [0, 2, 4]) {
      const button = adds.nth(index - names.length);
      names.push((await button.textContent()).replace('Add to my list', '').trim());
      // By keyboard: focus and Enter.
      await button.focus();
      await tab.keyboard.press('Enter');
    }
    await tab.getByRole('status').filter({ hasText: 'Your list has 3' }).waitFor({ state: 'attached' });
    await tab.getByRole('button', { name: 'My list (3)' }).click();
    await tab.getByRole('heading', { name: 'My list (3)' }).waitFor();
    const link = await tab.getByRole('textbox', { name: 'Link to this list' }).inputValue();
    const url = new URL(link);
    assert.deepEqual(
      [...url.searchParams.keys()].filter((k) => k.startsWith('pd-')),
      ['pd-list', 'pd-list', 'pd-list'],
      'ids only',
    );
    const storage = await tab.evaluate(() => ({ session: Object.keys(sessionStorage), local: localStorage.length, cookie: document.cookie }));
    assert.ok(storage.session.some((key) => key.startsWith('placekit-my-list')));
    assert.equal(storage.local, 0);
    assert.equal(storage.cookie, '');

    // The text message and the email: names, numbers, the link back; within three text-message parts.
    const sms = await tab.getByRole('link', { name: 'Send by text message' }).getAttribute('href');
    assert.match(sms, /^sms:\?&body=/);
    const text = decodeURIComponent(sms.slice('sms:?&body='.length));
    for (const name of names) assert.ok(text.includes(name), `${name} in the text`);
    assert.match(text, /0141 496 \d{4}/);
    assert.ok(text.includes(link), 'the link back');
    assert.ok(text.length <= 459, `${text.length} characters`);
    const mail = await tab.getByRole('link', { name: 'Send by email' }).getAttribute('href');
    const body = decodeURIComponent(new URL(mail).searchParams.get('body') ?? mail.split('body=')[1]);
    for (const name of names) assert.ok(body.includes(name));
    assert.equal(tab.errors.length, 0, tab.errors.join('\n'));

    // Another device: a fresh context, nothing stored.
    const second = await browser.newContext();
    const other = await second.newPage();
    await other.setViewportSize({ width: 320, height: 800 });
    await other.goto(link);
    await other.getByRole('heading', { name: 'My list (3)' }).waitFor();
    const shown = await other.locator('place-directory .my-list .result .rank-1 .link-button').allTextContents();
    assert.deepEqual(
      shown.map((s) => s.trim()),
      names,
    );
    assert.ok(!other.url().includes('pd-list'), 'the list leaves the address once read');
    // Removing one there changes that device's list only.
    await other.getByRole('button', { name: `Remove ${names[1]} from my list` }).click();
    await other.getByRole('heading', { name: 'My list (2)' }).waitFor();
    await tab.reload();
    await tab.getByRole('button', { name: 'My list (3)' }).waitFor();
    await first.close();
    await second.close();
  });

  it('leaves by the Exit this page button: overlay, the page replaced in history, the address and list cleared', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${server.url}/start.html`);
    await tab.goto(`${server.url}/exit-soon.html`);
    await tab.getByRole('heading', { name: /\d+ results/ }).waitFor();
    await tab
      .getByRole('button', { name: /^Add to my list/ })
      .first()
      .click();
    await tab.getByRole('searchbox').fill('food');
    await tab.getByRole('searchbox').press('Enter');
    await tab.waitForURL(/pd-q=food/);
    const before = await tab.evaluate(() => history.length);
    const exit = tab.getByRole('link', { name: 'Emergency Exit this page' });
    assert.equal(await exit.getAttribute('rel'), 'nofollow noreferrer');
    // The exit page answers slowly: meanwhile the overlay covers everything, and says so. The page notes
    // what it shows in sessionStorage, which the exit page (same origin here) can read.
    await tab.evaluate(() => {
      const look = () => {
        const dialog = document.querySelector('place-directory').shadowRoot.querySelector('dialog.exit-overlay');
        if (dialog?.open)
          sessionStorage.setItem(
            'seen',
            `${dialog.textContent.trim()}|${document.querySelector('place-directory').shadowRoot.querySelector('.root:not(.quick-exit)').inert || dialog.matches(':modal')}`,
          );
        else requestAnimationFrame(look);
      };
      look();
    });
    await exit.click({ noWaitAfter: true });
    await tab.waitForURL(`${server.url}/exit.html`);
    assert.equal(await tab.evaluate(() => sessionStorage.getItem('seen')), 'Loading.|true', 'a modal overlay saying Loading.');
    await tab.evaluate(() => sessionStorage.removeItem('seen'));
    assert.equal(await tab.evaluate(() => history.length), before, 'replaced, not added');
    assert.equal(await tab.evaluate(() => sessionStorage.length), 0, 'the list is gone');
    await tab.goBack();
    assert.ok(!tab.url().includes('pd-q=food'), `Back does not return to the search (${tab.url()})`);
    await context.close();
  });

  it('leaves on Shift pressed three times, announcing the count, and not on Shift used as a modifier', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${server.url}/exit-soon.html`);
    await tab.getByRole('heading', { name: /\d+ results/ }).waitFor();
    const status = tab.locator('place-directory .quick-exit [role=status]');
    await tab.keyboard.press('Shift');
    await tab.waitForFunction(() =>
      document.querySelector('place-directory').shadowRoot.querySelector('.quick-exit [role=status]').textContent.includes('2 more'),
    );
    // Shift as a modifier (Shift+A) starts the count again.
    await tab.getByRole('searchbox').focus();
    await tab.keyboard.press('Shift+A');
    await tab.keyboard.press('Shift');
    assert.match(await status.textContent(), /Shift, press 2 more times to exit\.|Exit this page expired\./);
    await tab.keyboard.press('Shift');
    assert.equal(await status.textContent(), 'Shift, press 1 more time to exit.');
    assert.equal(new URL(tab.url()).pathname, '/exit-soon.html', 'not left yet');
    await tab.keyboard.press('Shift');
    await tab.waitForURL(`${server.url}/exit.html`);
    await context.close();
  });

  it('adds a monthly meeting to a calendar as a file ical.js reads, in UK time', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const tab = await open(context);
    await tab.getByRole('searchbox').fill('forum');
    await tab.getByRole('searchbox').press('Enter');
    await tab.getByRole('button', { name: 'Parkhead Thriving Places Community Forum', exact: true }).click();
    const download = tab.waitForEvent('download');
    await tab.getByRole('link', { name: /^Add to calendar/ }).click();
    const file = await download;
    assert.match(file.suggestedFilename(), /^parkhead-thriving-places-community-forum\.ics$/);
    const text = readFileSync(await file.path(), 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')));
    const [event] = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.equal(event.summary, 'Parkhead Thriving Places Community Forum');
    assert.ok(event.isRecurring());
    const starts = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next && starts.length < 12; next = iterator.next()) starts.push(next);
    // 6:30pm UK time every first Tuesday, whichever side of the clocks changing.
    for (const start of starts) {
      const uk = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', weekday: 'short' }).format(start.toJSDate());
      assert.equal(uk, 'Tue 18:30');
      assert.ok(start.day <= 7, 'the first Tuesday');
    }
    assert.match(event.location, /Parkhead Community Hub/);
    await context.close();
  });

  it('sends a listing report and a confirmation to placekit receive, with the listing’s id and name', async () => {
    const context = await browser.newContext();
    const tab = await open(context);
    const name = (await tab.locator('place-directory .result .rank-1 .link-button').first().textContent()).trim();
    await tab.locator('place-directory .result .rank-1 .link-button').first().click();
    await tab.getByRole('heading', { name, level: 2 }).waitFor();
    await tab.getByRole('button', { name: 'Yes', exact: true }).click();
    await tab.getByText('Thank you: your answer has been sent.').waitFor();
    await tab.getByRole('button', { name: 'Report a problem with this listing' }).click();
    await tab.getByRole('radio', { name: 'Something is out of date' }).check();
    await tab.getByRole('textbox', { name: 'What should it say?' }).fill('The Tuesday session is now on Wednesdays.');
    await tab.waitForTimeout(1200);
    await tab.getByRole('button', { name: 'Send report' }).click();
    await tab.getByRole('heading', { name: 'Thank you for your report' }).waitFor({ timeout: 15_000 });
    const rows = new Database(db, { readonly: true }).prepare('SELECT form_id, subject, subject_name, answers FROM submissions ORDER BY id').all();
    const id = sample.services.concat(sample.opportunities).find((s) => s.name === name)?.id;
    assert.ok(id, name);
    assert.deepEqual(
      rows.map((r) => [r.form_id, r.subject, r.subject_name]),
      [
        ['placekit-listing-confirmation', id, name],
        ['placekit-listing-report', id, name],
      ],
    );
    assert.deepEqual(JSON.parse(rows[0].answers), { right: true });
    assert.equal(JSON.parse(rows[1].answers).problem, 'out_of_date');
    // And counted for the feed.
    const counted = spawnSync(process.execPath, [CLI, 'receive', 'export', '--db', db, '--confirmations'], { encoding: 'utf8' });
    assert.equal(counted.status, 0, counted.stderr);
    assert.deepEqual(
      JSON.parse(counted.stdout).confirmations.map((c) => [c.id, c.count]),
      [[id, 1]],
    );
    assert.equal(tab.errors.length, 0, tab.errors.join('\n'));
    await context.close();
  });
});
