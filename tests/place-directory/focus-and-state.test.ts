/**
 * What a resident does that changes the page under them: focus never falls to <body> (WCAG 2.4.3), a
 * slow lookup says it is busy, the address holds only what makes sense, and a page's odd attributes are
 * read forgivingly and reported to the site's editor.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PlaceDirectoryElement } from '../../src/place-directory/place-directory.js';
import { expectAccessible } from '../support/axe.js';
import { $, $$, answered, choose, directory, focused, heading, resultNames, type } from './helpers.js';

afterEach(() => history.replaceState(null, '', location.pathname));

const endpoint = 'postcode-endpoint="/__test/postcodes/"';
const params = () => new URLSearchParams(location.search);
const status = (el: PlaceDirectoryElement) => $(el, 'p.visually-hidden[role="status"]').textContent!;

/** Holds back answers from the postcode stand-in until `release()`, as a slow connection would. */
function slowPostcodes(): { release: () => void; restore: () => void } {
  const real = window.fetch;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  window.fetch = async (input, init) => {
    if (String(input).includes('/__test/postcodes/')) await held;
    return real(input, init);
  };
  return { release, restore: () => (window.fetch = real) };
}

async function lookUp(el: PlaceDirectoryElement, postcode: string): Promise<void> {
  $<HTMLInputElement>(el, '#postcode').focus();
  await sendKeys({ type: postcode });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => $(el, '.near-status'), 'sorted by distance');
  await el.updateComplete;
}

describe('<place-directory>: focus stays somewhere sensible', () => {
  it('keeps focus on Find while a slow lookup is busy, saying so on screen and to screen readers', async () => {
    const slow = slowPostcodes();
    try {
      const el = await directory(endpoint);
      $<HTMLInputElement>(el, '#postcode').focus();
      await sendKeys({ type: 'g31 4td' });
      const find = $<HTMLButtonElement>(el, '.near .button');
      find.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '.busy').textContent!.includes('Looking up G31 4TD…'), 'busy, visibly');
      expect(status(el)).to.equal('Looking up G31 4TD…');
      expect(find.getAttribute('aria-disabled')).to.equal('true');
      expect(find.disabled, 'not disabled: it keeps focus').to.equal(false);
      expect(focused(el)).to.equal(find);
      await expectAccessible(el);
      // A second press while busy does nothing.
      await sendKeys({ press: 'Enter' });
      slow.release();
      await waitUntil(() => $(el, '.near-status'), 'sorted by distance');
      await waitUntil(() => status(el).includes('nearest first'), 'the count announced');
      expect(find.getAttribute('aria-disabled')).to.equal('false');
      expect($(el, '.busy').textContent).to.equal('');
      expect(focused(el)).to.equal(find);
    } finally {
      slow.restore();
    }
  });

  it('keeps focus on "Use my location" while the browser finds it, saying so', async () => {
    const geo = navigator.geolocation;
    const real = geo.getCurrentPosition;
    let answer: PositionCallback = () => {};
    geo.getCurrentPosition = (ok) => void (answer = ok);
    try {
      const el = await directory(endpoint);
      const locate = $<HTMLButtonElement>(el, 'button.locate');
      locate.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '.busy').textContent!.includes('Finding your location…'), 'busy, visibly');
      expect(status(el)).to.equal('Finding your location…');
      expect(locate.getAttribute('aria-disabled')).to.equal('true');
      expect(focused(el)).to.equal(locate);
      answer({ coords: { latitude: 55.853, longitude: -4.2 } } as GeolocationPosition);
      await waitUntil(() => $(el, '.near-status'), 'sorted by distance');
      await el.updateComplete;
      expect(locate.getAttribute('aria-disabled')).to.equal('false');
      expect(focused(el)).to.equal(locate);
    } finally {
      geo.getCurrentPosition = real;
    }
  });

  it('moves focus to the postcode field when "Stop sorting by distance" goes', async () => {
    const el = await directory(endpoint);
    await lookUp(el, 'G34 9QN');
    $$<HTMLButtonElement>(el, '.near-status button')
      .find((b) => b.textContent!.includes('Stop sorting'))!
      .focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !$(el, '.near-status'));
    await waitUntil(() => focused(el)?.id === 'postcode', 'focus on the postcode field');
  });

  it('moves focus to the count when "Clear all filters" goes', async () => {
    const el = await directory();
    $<HTMLInputElement>(el, '#f-free').click();
    await el.updateComplete;
    const clear = $$<HTMLButtonElement>(el, '.filters button').find((b) => b.textContent === 'Clear all filters')!;
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'results-title', 'focus on the count');
    expect(heading(el)).to.equal('83 results');
  });

  it('moves focus to the count when a way out of "no results" goes', async () => {
    const el = await directory();
    await choose(el, 'f-kind', 'opportunity');
    await choose(el, 'f-day', 'SU');
    await waitUntil(() => $(el, '.no-results button'), 'the ways out');
    const way = $$<HTMLButtonElement>(el, '.no-results button').find((b) => b.textContent === 'remove the filter: open on a day')!;
    way.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'results-title', 'focus on the count');
    expect(heading(el)).to.equal('16 results');
  });

  it('says the page number on the heading focus moves to, and announces it', async () => {
    const el = await directory();
    $$<HTMLButtonElement>(el, '.pagination button')
      .find((b) => b.textContent === 'Next page')!
      .click();
    await waitUntil(() => focused(el)?.id === 'results-title');
    expect(heading(el)).to.equal('83 results, page 2 of 9');
    await waitUntil(() => status(el).startsWith('83 results, page 2 of 9.'), 'announced');
  });
});

describe('<place-directory>: the search box', () => {
  it('searches, announces and reports at once on Enter, and puts it in the address at once', async () => {
    const el = await directory('sync-url');
    $(el, '#query').focus();
    await sendKeys({ type: 'walking football' });
    const searched = oneEvent(el, 'place-search');
    await sendKeys({ press: 'Enter' });
    const started = performance.now();
    expect((await searched).detail.query).to.equal('walking football');
    // Well before the pause that ends typing (0.8 s).
    expect(performance.now() - started).to.be.lessThan(700);
    expect(params().get('pd-q')).to.equal('walking football');
    await waitUntil(() => status(el).startsWith(heading(el)));
    expect(focused(el)?.id, 'focus stays in the box').to.equal('query');
  });

  it('suggests searching near a postcode typed into the search box, and does so on request', async () => {
    const el = await directory(endpoint);
    await type(el, 'g31');
    await waitUntil(() => $(el, '.search .hint button'), 'the suggestion');
    expect($(el, '.search').textContent).to.contain('G31 looks like a postcode');
    await waitUntil(() => status(el).includes('G31 looks like a postcode'), 'announced with the count');
    await expectAccessible(el);
    $<HTMLButtonElement>(el, '.search .hint button').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.near-status'), 'sorted by distance');
    expect($<HTMLInputElement>(el, '#query').value).to.equal('');
    expect($<HTMLInputElement>(el, '#postcode').value).to.equal('G31');
    expect(heading(el)).to.equal('83 results');
    await waitUntil(() => focused(el)?.id === 'results-title', 'focus on the count');
  });

  it('ignores emoji and symbols in a query', async () => {
    const el = await directory();
    await type(el, '🍞 food ☕');
    expect(resultNames(el)).to.include('North East Food Share food bank');
  });
});

describe('<place-directory>: filter counts', () => {
  it('shows (0) on an option that would give nothing', async () => {
    const el = await directory();
    await choose(el, 'f-kind', 'opportunity');
    const days = $$<HTMLOptionElement>(el, '#f-day option').map((o) => o.textContent);
    expect(days).to.include('Sunday (0)');
    expect(days.slice(1).every((text) => /\(\d+\)$/.test(text!))).to.equal(true);
    const categories = $$<HTMLOptionElement>(el, '#f-category option').slice(1);
    expect(categories.every((o) => /\(\d+\)$/.test(o.textContent!))).to.equal(true);
    expect(categories.some((o) => o.textContent!.endsWith('(0)'))).to.equal(true);
  });
});

describe('<place-directory>: sync-url and distance', () => {
  it('drops the distance from the address when sorting by distance stops', async () => {
    const el = await directory(`sync-url ${endpoint}`);
    await lookUp(el, 'G34 9QN');
    await choose(el, 'f-miles', '2');
    expect(params().get('pd-miles')).to.equal('2');
    expect(params().get('pd-q'), 'where the resident is stays out').to.equal(null);
    $$<HTMLButtonElement>(el, '.near-status button')
      .find((b) => b.textContent!.includes('Stop sorting'))!
      .click();
    await waitUntil(() => !params().has('pd-miles'), 'pd-miles gone');
    expect(location.search).not.to.contain('G34');
  });

  it('ignores a distance in the address when there is no place to measure from', async () => {
    history.replaceState(null, '', `${location.pathname}?pd-miles=2`);
    const el = await directory('sync-url');
    await waitUntil(() => $(el, '#results-title'));
    expect(heading(el)).to.equal('83 results');
    expect($$(el, '.filters button').map((b) => b.textContent)).not.to.include('Clear all filters');
    el.style.maxWidth = '320px';
    await waitUntil(() => $(el, 'summary'), 'folded filters');
    expect($(el, 'summary').textContent).to.equal('Filter results');
    el.style.maxWidth = '';
  });
});

describe('<place-directory>: page-size', () => {
  const warnings: string[] = [];
  const realWarn = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  });
  afterEach(() => (console.warn = realWarn));

  for (const [value, size, pages] of [
    ['0', 1, 83],
    ['-5', 1, 83],
    ['abc', 10, 9],
    ['500', 83, 1],
    ['25', 25, 4],
  ] as const) {
    it(`reads page-size="${value}" as ${size} a page`, async () => {
      const el = await directory(`page-size="${value}"`);
      expect(resultNames(el)).to.have.length(size);
      if (pages > 1) expect($(el, '.pagination').textContent).to.contain(`Page 1 of ${pages}`);
      else expect($(el, '.pagination')).to.equal(null);
      if (value === '25') expect(warnings).to.deep.equal([]);
      else expect(warnings.join('\n')).to.contain(`page-size="${value}"`);
    });
  }
});

describe('<place-directory>: presets the feed does not have', () => {
  const warnings: string[] = [];
  const realWarn = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  });
  afterEach(() => (console.warn = realWarn));

  it('tells the editor about a locked area it does not know, lists nothing and offers no clearing', async () => {
    const el = await directory('area="atlantis" lock="area"');
    await waitUntil(() => $(el, '.no-results'), 'the message');
    expect(warnings.join('\n')).to.contain('area="atlantis" is not in the feed');
    expect(heading(el)).to.equal('0 results');
    expect($(el, '.no-results').textContent).to.contain('Nothing is listed here yet');
    expect($$(el, 'button').map((b) => b.textContent!.toLowerCase())).not.to.include('clear all filters');
    await expectAccessible(el);
  });

  it('tells the editor about a category it does not know, and ignores it', async () => {
    const el = await directory('category="nonsense"');
    expect(warnings.join('\n')).to.contain('category="nonsense" is not in the feed, so it is ignored');
    expect(heading(el)).to.equal('83 results');
    expect($<HTMLSelectElement>(el, '#f-category').value).to.equal('');
    expect($$(el, '.filters button').map((b) => b.textContent)).not.to.include('Clear all filters');
  });

  it('reads an area named by its name, in any case', async () => {
    const el = await directory('area="PARKHEAD"');
    await answered(el);
    expect(warnings).to.deep.equal([]);
    expect($<HTMLSelectElement>(el, '#f-area').value).to.equal('parkhead');
  });
});
