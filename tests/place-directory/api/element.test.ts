/**
 * `<place-directory api="...">` against the Open Referral UK stand-in (tests/support/oruk-api/): real
 * Bristol answers with no feed, the sample's services beside the sample feed, a slow API, a failing one,
 * 429, a CORS refusal, deep links, filters the API cannot apply, and a postcode search. Requests made
 * (count, parameters), what is shown, focus and announcements, and axe in each state.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/place-directory/index.js';
import { PlaceDirectoryElement } from '../../../src/place-directory/place-directory.js';
import { expectAccessible } from '../../support/axe.js';
import { SAMPLE_FEED_URL } from '../../support/fixtures.js';
import { $, $$, choose, filtersReady, focused, resultNames } from '../helpers.js';
import { otherOrigin, pause, standin } from './helpers.js';

/** The results' heading, or '' while an answer is on its way (the list says "Loading…"). */
const heading = (el: Element) => el.shadowRoot!.querySelector('#results-title')?.textContent?.trim() ?? '';
const status = (el: Element) => el.shadowRoot!.querySelector('p.visually-hidden[role="status"]')?.textContent ?? '';
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const BRISTOL_FULL = '2a3483ea-8966-4f50-9dc3-7bafa1e5c623';

async function mount(attributes: string): Promise<PlaceDirectoryElement> {
  const el = await fixture<PlaceDirectoryElement>(`<place-directory ${attributes}></place-directory>`);
  await waitUntil(() => (heading(el) && filtersReady(el)) || el.shadowRoot!.querySelector('.retry'), 'results or a failure', { timeout: 8000 });
  return el;
}

/** Captures console messages of one level while `run` runs. */
async function consoleOf(level: 'error' | 'warn', run: () => Promise<void>): Promise<string[]> {
  const said: string[] = [];
  const original = console[level];
  console[level] = (...args: unknown[]) => void said.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console[level] = original;
  }
  return said;
}

describe('<place-directory api>', () => {
  it('searches a real council API with no feed: the API’s total, its taxonomy, only the filters it supports, full records on opening', async () => {
    const api = standin({ data: 'bristol' });
    const el = await mount(`api="${api.base}"`);
    expect(heading(el)).to.equal('3 results');
    expect(resultNames(el)).to.deep.equal(['1625 Independent People', '2 Way St Bristol', 'A Picture of Health']);
    // No neighbourhood (no feed), no "Show" (an API holds services only), no "Free" (no ORUK parameter).
    expect($(el, '#f-area')).to.equal(null);
    expect($(el, '#f-kind')).to.equal(null);
    expect($(el, '#f-free')).to.equal(null);
    expect($(el, '#postcode'), 'no postcode search unless api-filters says the API has it').to.equal(null);
    expect($(el, '#f-day')).to.exist;
    expect($(el, '#f-age')).to.exist;
    expect($(el, '#f-open')).to.exist;
    await expectAccessible(el);

    // Lists hold summaries: opening one shows it at once and fetches the full record.
    $<HTMLButtonElement>(el, `.result button[data-id="${BRISTOL_FULL}"]`)?.click();
    await waitUntil(() => $(el, '#details-title'), 'details');
    await waitUntil(() => focused(el)?.id === 'details-title', 'focus on the name');
    await waitUntil(() => !text(el).includes('Loading the full details'), 'the full record', { timeout: 5000 });
    const requests = await api.log();
    expect(requests.map((r) => r.path)).to.include(`/services/${BRISTOL_FULL}`);
    expect(text(el)).to.contain('Contact');
    await expectAccessible(el);
  });

  it('takes the categories from the feed beside it, and pages and searches through the API', async () => {
    const api = standin({ data: 'sample', latency: 30 });
    const el = await mount(`api="${api.base}" feed="${SAMPLE_FEED_URL}"`);
    await waitUntil(() => heading(el) === '67 results', 'the API’s total', { timeout: 5000 });
    expect($$(el, '#f-category option').length, 'the feed’s categories').to.be.greaterThan(3);
    expect($(el, '#f-area'), 'the API has no neighbourhood filter').to.equal(null);
    $(el, '.pagination button').click();
    await waitUntil(() => heading(el).startsWith('67 results, page 2'), 'page 2', { timeout: 5000 });
    expect((await api.searches()).at(-1)!.params).to.deep.include({ page: '2', per_page: '10' });

    $<HTMLInputElement>(el, '#query').focus();
    await sendKeys({ type: 'larder' });
    await waitUntil(() => heading(el) === '1 result', 'the API’s answer for the word', { timeout: 5000 });
    expect(resultNames(el)).to.deep.equal(['Parkhead Community Larder']);
    expect((await api.searches()).filter((r) => r.params.search !== undefined).map((r) => r.params.search)).to.deep.equal(['larder']);
    await waitUntil(() => status(el).startsWith('1 result.'), 'the count announced');
    await expectAccessible(el);
  });

  it('says a slow API is loading, and shows its answer when it comes', async () => {
    const api = standin({ data: 'sample', latency: 1200 });
    const el = await fixture<PlaceDirectoryElement>(`<place-directory api="${api.base}"></place-directory>`);
    await pause(300);
    expect(text(el)).to.contain('Loading');
    await expectAccessible(el);
    await waitUntil(() => heading(el) === '67 results', 'the answer', { timeout: 6000 });
  });

  it('tells a resident when the API fails, and asks again from the start on "Try again"', async () => {
    const api = standin({ data: 'sample', fail: 1 });
    const el = await mount(`api="${api.base}"`);
    const panel = $(el, '.retry');
    expect(panel, 'the retry panel').to.exist;
    expect(text(el)).to.contain('Sorry, the directory could not be searched');
    expect(text(el)).to.contain('The directory is not answering just now');
    await expectAccessible(el);
    const button = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.includes('Try searching the directory again'))!;
    button.focus();
    button.click();
    await waitUntil(() => heading(el) === '67 results', 'the second answer', { timeout: 5000 });
    expect((await api.searches()).length).to.equal(2);
    expect($(el, '.retry')).to.equal(null);
    await waitUntil(() => focused(el)?.id === 'results-title', 'focus on the count');
  });

  it('says so when the list of results cannot be fetched (offline), and shows the answer on "Try again"', async () => {
    const part = PlaceDirectoryElement.parts.results;
    const { load: real, loaded } = part;
    part.loaded = undefined;
    part.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const api = standin({ data: 'sample' });
      const el = await mount(`api="${api.base}"`);
      expect(text(el)).to.contain('Sorry, part of the directory could not be loaded');
      expect(text(el), 'no "Loading" left under the panel').not.to.contain('Loading…');
      await expectAccessible(el);
      part.load = real;
      const button = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.includes('Try loading that part of the directory again'))!;
      button.focus();
      button.click();
      await waitUntil(() => heading(el) === '67 results', 'the answer', { timeout: 5000 });
      expect($(el, '.retry')).to.equal(null);
    } finally {
      part.load = real;
      part.loaded ??= loaded;
    }
  });

  it('asks a resident to wait as long as a 429 says', async () => {
    const api = standin({ data: 'sample', busy: 5, retry: 30 });
    const el = await mount(`api="${api.base}"`);
    expect(text(el)).to.contain('The directory is busy just now. Wait 30 seconds, then try again.');
    expect((await api.searches()).length, 'nothing sent again before the time has passed').to.equal(1);
    await expectAccessible(el);
  });

  it('tells the editor that a CORS refusal needs Access-Control-Allow-Origin, and the resident that the directory is not answering', async () => {
    const api = standin({ data: 'sample', cors: 'refuse' }, otherOrigin());
    let el!: PlaceDirectoryElement;
    const errors = await consoleOf('error', async () => {
      el = await mount(`api="${api.base}"`);
    });
    expect(errors.join('\n')).to.contain('Access-Control-Allow-Origin');
    expect(text(el)).to.contain('The directory is not answering just now');
  });

  it('opens a result from the address once the API has it, says when one is no longer listed, and skips filters the API cannot apply', async () => {
    const api = standin({ data: 'bristol', latency: 200 });
    const before = location.href;
    try {
      history.replaceState(null, '', `?pd-id=${BRISTOL_FULL}&pd-kind=opportunity&pd-free=1`);
      const el = await fixture<PlaceDirectoryElement>(`<place-directory sync-url api="${api.base}"></place-directory>`);
      await waitUntil(() => $(el, '#details-title'), 'the linked result', { timeout: 5000 });
      expect($(el, '#details-title').textContent).to.contain('1625 Independent People');
      el.remove();

      history.replaceState(null, '', '?pd-id=no-such-service&pd-kind=opportunity');
      const gone = await fixture<PlaceDirectoryElement>(`<place-directory sync-url api="${api.base}"></place-directory>`);
      await waitUntil(() => heading(gone) === '3 results', 'the list', { timeout: 5000 });
      expect(text(gone)).to.contain('The service in this link is no longer listed.');
      // pd-kind=opportunity would give nothing from an API (it holds services only): not taken from the address.
      expect(text(gone)).not.to.contain('cannot filter by');
      await expectAccessible(gone);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('says when "open now" cannot go with another day, and warns the editor once about a neighbourhood it cannot apply', async () => {
    const api = standin({ data: 'sample' });
    let el!: PlaceDirectoryElement;
    const warnings = await consoleOf('warn', async () => {
      el = await mount(`api="${api.base}" feed="${SAMPLE_FEED_URL}" area="parkhead"`);
      await pause(100);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('area="parkhead" cannot be applied'))).to.have.length(1);
    const today = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'Europe/London' }).format(new Date()).slice(0, 2).toUpperCase();
    const other = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].find((d) => d !== today)!;
    $<HTMLInputElement>(el, '#f-open').click();
    await choose(el, 'f-day', other);
    await waitUntil(() => text(el).includes('"Open now" cannot be combined with a day here'), 'the note', { timeout: 5000 });
    await waitUntil(() => status(el).includes('"Open now" cannot be combined'), 'announced with the count', { timeout: 5000 });
    await expectAccessible(el);
  });

  it('searches near a postcode by sending it, when api-filters says the API can', async () => {
    const api = standin({ data: 'sample' });
    const el = await mount(`api="${api.base}" api-filters="category postcode" postcode-endpoint="/__test/postcodes/"`);
    expect($(el, '.locate'), 'no "Use my location": the API needs a postcode').to.equal(null);
    expect($(el, '#postcode-hint').textContent).to.contain('narrowed to those near it');
    const input = $<HTMLInputElement>(el, '#postcode');
    input.focus();
    await sendKeys({ type: 'G31 4TD' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.near-status'), 'near the postcode', { timeout: 5000 });
    expect($(el, '.near-status').textContent).to.contain('Showing services near G31 4TD.');
    await waitUntil(async () => (await api.searches()).some((r) => r.params.postcode === 'G31 4TD'), 'the postcode sent');
    await waitUntil(() => status(el).includes('near G31 4TD'), 'announced');
    await expectAccessible(el);
  });
});
