import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { PlaceDirectoryElement } from '../../src/place-directory/place-directory.js';
import { expectAccessible } from '../support/axe.js';
import { feedDataUrl, minimalFeed, nextFeedEvent, testFeedUrl } from '../support/fixtures.js';
import { installHostileStyles } from '../support/hostile.js';
import { $, $$, answered, choose, chosen, directory, focused, heading, resultNames, type } from './helpers.js';

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
  history.replaceState(null, '', location.pathname);
});

describe('<place-directory>: search', () => {
  it('lists services and ways to get involved, ten to a page, in name order', async () => {
    const el = await directory();
    expect(heading(el)).to.equal('83 results');
    const names = resultNames(el);
    expect(names).to.have.length(10);
    expect(names[0]).to.equal('Adult literacy and numeracy');
    expect($(el, '.pagination').textContent).to.contain('Page 1 of 9');
    await expectAccessible(el);
  });

  it('updates the results as the resident types, forgiving typos and accents', async () => {
    const el = await directory();
    await type(el, 'fod bank');
    expect(resultNames(el)[0]).to.equal('North East Food Share food bank');
    $<HTMLInputElement>(el, '#query').select();
    await sendKeys({ type: 'Gaidhlig' });
    await answered(el);
    expect(resultNames(el)).to.include('Còisir Ghàidhlig an Ear (Gaelic choir)');
    await expectAccessible(el);
  });

  it('announces the count politely once typing settles, and reports the search', async () => {
    const el = await directory();
    const status = $(el, '[role="status"]');
    expect(status.textContent).to.equal('');
    const searched = oneEvent(el, 'place-search');
    await type(el, 'football');
    expect(status.textContent, 'not while typing').to.equal('');
    const event = await searched;
    expect(event.detail).to.deep.equal({ query: 'football', filters: {}, count: Number(heading(el).split(' ')[0]) });
    expect(event.bubbles && event.composed).to.equal(true);
    await waitUntil(() => status.textContent!.startsWith(heading(el)));
  });

  it('says when nothing matches and offers the ways out', async () => {
    const el = await directory();
    await type(el, 'zzqxj');
    await waitUntil(() => heading(el) === '0 results' && $(el, '.no-results'), 'the ways out');
    expect($(el, '.no-results').textContent).to.contain('check the spelling');
    await expectAccessible(el);
    $<HTMLInputElement>(el, '#query').select();
    await sendKeys({ press: 'Backspace' });
    await choose(el, 'f-kind', 'opportunity');
    $<HTMLInputElement>(el, '#f-free').click();
    await el.updateComplete;
    await choose(el, 'f-day', 'SU');
    await choose(el, 'f-category', $$<HTMLOptionElement>(el, '#f-category option').find((o) => o.textContent!.startsWith('Older people'))!.value);
    expect(heading(el)).to.equal('0 results');
    const buttons = $$(el, '.no-results button').map((b) => b.textContent!.trim());
    expect(buttons).to.include.members(['remove the filter: free of charge', 'remove the filter: open on a day', 'search all categories', 'clear all filters']);
    $$(el, '.no-results button')
      .find((b) => b.textContent!.includes('clear all'))!
      .click();
    await el.updateComplete;
    expect(heading(el)).to.equal('83 results');
    await expectAccessible(el);
  });
});

describe('<place-directory>: filters', () => {
  it('shows how many results each option gives, combines filters and clears them in one action', async () => {
    const el = await directory();
    const options = $$<HTMLLabelElement>(el, '#f-kind label').map((o) => o.textContent);
    expect(options).to.deep.equal(['Services and ways to get involved', 'Services (67)', 'Ways to get involved (16)']);
    await choose(el, 'f-area', 'parkhead');
    const parkhead = Number(heading(el).split(' ')[0]);
    expect($$<HTMLOptionElement>(el, '#f-area option')[1].textContent).to.equal(`Parkhead (Ceann na Pàirce) (${parkhead})`);
    const freeLabel = $(el, 'label[for="f-free"]').textContent!;
    const free = Number(/\((\d+)\)/.exec(freeLabel)![1]);
    $<HTMLInputElement>(el, '#f-free').click();
    await el.updateComplete;
    expect(heading(el)).to.equal(`${free} result${free === 1 ? '' : 's'}`);
    const age = $<HTMLInputElement>(el, '#f-age');
    age.value = '15';
    age.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(resultNames(el)).not.to.include('Stay and play');
    await expectAccessible(el);
    const searched = oneEvent(el, 'place-search');
    $$(el, '.filters button')
      .find((b) => b.textContent!.includes('Clear all filters'))!
      .click();
    expect((await searched).detail.filters).to.deep.equal({});
    expect(heading(el)).to.equal('83 results');
    expect($<HTMLSelectElement>(el, '#f-area').value).to.equal('');
    expect($<HTMLInputElement>(el, '#f-free').checked).to.equal(false);
    expect($<HTMLInputElement>(el, '#f-age').value).to.equal('');
  });

  it('reads an age as people type it, and says how to write one it cannot read', async () => {
    const el = await directory();
    const age = $<HTMLInputElement>(el, '#f-age');
    age.value = '15 years';
    age.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(resultNames(el)).not.to.include('Stay and play');
    expect($(el, '#age-error')).to.equal(null);
    age.value = 'fifteen';
    age.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($(el, '#age-error')!.textContent).to.contain('Error: Enter an age in years, as a number, like 15');
    expect(age.getAttribute('aria-invalid')).to.equal('true');
    expect(age.getAttribute('aria-describedby')).to.equal('age-hint age-error');
    expect(age.value, 'what the resident typed stays').to.equal('fifteen');
    expect(heading(el), 'an age that cannot be read filters nothing').to.equal('83 results');
    await expectAccessible(el);
    age.value = '15';
    age.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($(el, '#age-error')).to.equal(null);
    expect(age.getAttribute('aria-invalid')).to.equal('false');
  });

  it('presets the area and category from attributes, and locks them when asked', async () => {
    const el = await directory('area="springburn" category="food" lock="area"');
    expect(resultNames(el).length).to.be.greaterThan(0);
    const names = resultNames(el);
    expect(names).to.include('Springburn Weekend Pantry');
    expect(names).not.to.include('Parkhead Community Larder');
    expect($(el, '#f-area'), 'the locked area has no control').to.equal(null);
    expect($(el, '.filters').textContent).to.contain('Springburn (Bùrn an Fhuarain)');
    expect($<HTMLSelectElement>(el, '#f-category').selectedOptions[0].textContent).to.match(/^Food and essentials/);
    $$(el, '.filters button')
      .find((b) => b.textContent!.includes('Clear all filters'))!
      .click();
    await el.updateComplete;
    expect(resultNames(el)).not.to.include('Parkhead Community Larder');
    expect($<HTMLSelectElement>(el, '#f-category').value).to.equal('');
    await expectAccessible(el);
  });

  it('pages with page-size, moving focus to the results heading', async () => {
    const el = await directory('page-size="25"');
    expect(resultNames(el)).to.have.length(25);
    $$(el, '.pagination button')
      .find((b) => b.textContent === 'Next page')!
      .click();
    await el.updateComplete;
    await waitUntil(() => focused(el)?.id === 'results-title');
    expect($(el, '.pagination').textContent).to.contain('Page 2 of 4');
    expect(resultNames(el)).to.have.length(25);
  });
});

describe('<place-directory>: details', () => {
  it('opens a result with everything a resident needs, and Back returns to the same list, scroll and focus', async () => {
    const el = await directory();
    await type(el, 'food share');
    const button = $<HTMLButtonElement>(el, '.result h3 button');
    const selected = oneEvent(el, 'place-select');
    button.click();
    const event = await selected;
    expect(event.detail).to.include({ name: 'North East Food Share food bank', kind: 'service' });
    const details = $(el, '.details');
    expect(focused(el)?.id).to.equal('details-title');
    expect($(el, '.alert').textContent).to.contain('Closed on 24 December');
    const links = $$<HTMLAnchorElement>(el, '.details a').map((a) => a.getAttribute('href'));
    expect(links).to.include('tel:01414960201');
    expect(links.some((href) => href!.startsWith('mailto:'))).to.equal(true);
    expect(links.some((href) => href!.startsWith('https://www.openstreetmap.org/?mlat=55.'))).to.equal(true);
    expect($$(el, '.details table.hours').length).to.be.greaterThan(1);
    expect(details.textContent).to.contain('Last checked');
    expect(details.textContent).to.contain('Languages');
    await expectAccessible(el);
    $<HTMLButtonElement>(el, '.back').click();
    await el.updateComplete;
    await waitUntil(() => focused(el)?.dataset.id === event.detail.id);
    expect($<HTMLInputElement>(el, '#query').value).to.equal('food share');
  });

  it('prints a clean page of contact details', async () => {
    const el = await directory();
    await type(el, 'benefits and debt');
    $<HTMLButtonElement>(el, '.result h3 button').click();
    await waitUntil(() => $(el, '.details'), 'details shown');
    await emulateMedia({ media: 'print' });
    try {
      expect(
        $$(el, '.details button').every((b) => b.getClientRects().length === 0),
        'no buttons on paper',
      ).to.equal(true);
      expect(getComputedStyle($(el, '.details a[href^="tel:"]')).display).not.to.equal('none');
      expect($(el, '.details').textContent).to.contain('Opening times');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('shows an opportunity: what, when, how to take part', async () => {
    const el = await directory();
    await type(el, 'play park');
    expect($(el, '.result').textContent).to.contain('Closes 14 May 2027');
    $<HTMLButtonElement>(el, '.result h3 button').click();
    await waitUntil(() => $(el, '.details'), 'details shown');
    const text = $(el, '.details').textContent!;
    expect(text).to.contain('Consultation');
    expect(text).to.contain('How to take part');
    expect(text).to.match(/Next: \w+day \d+ \w+ 2027 at/);
    await expectAccessible(el);
  });

  it('is usable by keyboard alone: search, open a result, go back', async () => {
    const el = await directory();
    $(el, '#query').focus();
    await sendKeys({ type: 'memory cafe' });
    await answered(el);
    // Tab through the filters to the first result.
    for (let i = 0; i < 40 && !focused(el)?.dataset.id; i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent).to.equal('Memory Café');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'details-title', 'focus on the details heading');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)?.textContent).to.equal('Back to results');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.textContent === 'Memory Café');
  });
});

describe('<place-directory>: robustness', () => {
  it('shows hostile feed text as text and drops unsafe links', async () => {
    const feed = minimalFeed({
      services: [
        {
          id: 'x',
          name: '<img src=x onerror="window.__pwned=1">',
          description: '<script>window.__pwned=1</script>',
          url: 'javascript:alert(1)',
          phones: [{ number: 'not a number' }],
        },
        { id: 'y', name: '   ' },
        {
          id: 'z',
          name: 'Broken schedule',
          schedules: [{ freq: 'WEEKLY', byday: 'XX', opens_at: '9am' }],
          service_at_locations: [{ location: { latitude: 100, longitude: 4 } }],
        },
      ],
    });
    const el = await directory('', feedDataUrl(feed));
    expect(resultNames(el)).to.deep.equal(['<img src=x onerror="window.__pwned=1">', 'Broken schedule']);
    expect($(el, 'img')).to.equal(null);
    $<HTMLButtonElement>(el, '.result h3 button').click();
    await waitUntil(() => $(el, '.details'), 'details shown');
    expect(
      $$<HTMLAnchorElement>(el, '.details a')
        .map((a) => a.href)
        .filter((h) => h.startsWith('javascript')),
    ).to.deep.equal([]);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    await expectAccessible(el);
  });

  it('shows a polite error with a retry when the feed fails', async () => {
    const loaded = nextFeedEvent();
    const el = await fixture<PlaceDirectoryElement>(
      `<place-directory feed="${testFeedUrl({ status: 500, key: Math.random() })}"><p>Fallback list</p></place-directory>`,
    );
    await loaded;
    await el.updateComplete;
    expect($(el, '[part="error"]').textContent).to.contain('Sorry, the directory could not be loaded');
    await expectAccessible(el);
  });

  it('works at 320 px wide without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await directory();
    const root = $(el, '.root');
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    // The filters fold away so the results come first; they open on request, saying how many are chosen.
    await waitUntil(() => $(el, 'details.filters'), 'filters folded');
    const details = $<HTMLDetailsElement>(el, 'details.filters');
    expect(details.open).to.equal(false);
    expect($(el, '#results-title').getBoundingClientRect().top).to.be.lessThan(640);
    $(el, 'summary').click();
    await el.updateComplete;
    $<HTMLInputElement>(el, '#f-free').click();
    await el.updateComplete;
    expect(details.open, 'stays open while filtering').to.equal(true);
    expect($(el, 'summary').textContent).to.equal('Filter results (1 chosen)');
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
    await expectAccessible(el);
    $<HTMLButtonElement>(el, '.result h3 button').click();
    await waitUntil(() => $(el, '.details'), 'details shown');
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
    await expectAccessible(el);
  });

  it('wraps a 2,000-letter word at 320 px, in the list and in the details', async () => {
    await setViewport({ width: 320, height: 640 });
    const word = 'Llanfairpwllgwyngyll'.repeat(100);
    const feed = minimalFeed({
      services: [
        {
          id: 'long',
          name: `A${word}`,
          description: `${word} ${word}`,
          organization: { name: `B${word}` },
          attributes: [{ taxonomy_term: { id: 'c', name: `C${word}` } }],
          service_at_locations: [
            {
              location: {
                name: `D${word}`,
                addresses: [{ address_1: `E${word}` }],
                schedules: [{ freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '17:00' }],
              },
            },
          ],
        },
      ],
    });
    const el = await directory('', feedDataUrl(feed));
    const root = $(el, '.root');
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
    expect($(el, '.result h3 button').getBoundingClientRect().width).to.be.at.most(320);
    expect(Math.max(...$$(el, '.facts li').map((li) => li.getBoundingClientRect().right))).to.be.at.most(320);
    $<HTMLButtonElement>(el, '.result h3 button').click();
    await waitUntil(() => $(el, '.details'), 'details shown');
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
  });

  it('looks and works the same on a hostile page', async () => {
    const measure = (el: PlaceDirectoryElement) => {
      const style = (selector: string) => getComputedStyle($(el, selector));
      return {
        // The page's own margins may move the directory, but not squeeze it.
        width: el.getBoundingClientRect().width > 600,
        font: style('.result h3 button').fontSize,
        link: style('.result h3 button').color,
        letters: style('.result p').letterSpacing,
        input: Math.round(($(el, '#query').getBoundingClientRect().width / el.getBoundingClientRect().width) * 10),
        button: style('.near .button').display,
        margin: style('.result p').marginTop,
        background: style('.result').backgroundColor,
        visibility: style('.result').visibility,
      };
    };
    const plain = await directory();
    const before = measure(plain);
    plain.remove();
    const remove = installHostileStyles();
    try {
      const el = await directory();
      expect(measure(el)).to.deep.equal(before);
      await type(el, 'food');
      expect(resultNames(el).length).to.be.greaterThan(0);
      await expectAccessible(el);
    } finally {
      remove();
    }
  });
});

describe('<place-directory>: sync-url', () => {
  it('puts the search in the address, and Back steps through searches', async () => {
    history.replaceState(null, '', `${location.pathname}?page-own=1`);
    const el = await directory('sync-url');
    await choose(el, 'f-kind', 'opportunity');
    expect(new URLSearchParams(location.search).get('pd-kind')).to.equal('opportunity');
    expect(new URLSearchParams(location.search).get('page-own')).to.equal('1');
    await choose(el, 'f-area', 'easterhouse');
    expect(location.search).to.contain('pd-area=easterhouse');
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.back();
    await popped;
    await el.updateComplete;
    expect(location.search).not.to.contain('pd-area');
    expect($<HTMLSelectElement>(el, '#f-area').value).to.equal('');
    expect(chosen(el, 'f-kind')).to.equal('opportunity');
  });

  it('restores a bookmarked search, details included', async () => {
    history.replaceState(null, '', `${location.pathname}?pd-q=football&pd-free=1`);
    const el = await directory('sync-url');
    await waitUntil(() => $<HTMLInputElement>(el, '#query').value === 'football', 'the search restored');
    expect($<HTMLInputElement>(el, '#f-free').checked).to.equal(true);
    expect(resultNames(el).every((n) => /football/i.test(n))).to.equal(true);
  });
});

describe('<place-directory>: an empty feed', () => {
  it('says nothing is listed yet, rather than blaming the filters', async () => {
    const el = await directory('', feedDataUrl(minimalFeed({ services: [] })));
    expect(heading(el)).to.equal('0 results');
    await waitUntil(() => $(el, '.no-results'), 'the message');
    expect($(el, '.no-results').textContent).to.contain('Nothing is listed here yet');
    expect($(el, '.no-results button')).to.equal(null);
    await expectAccessible(el);
  });
});
