/**
 * Issue 17's faults that every element shares, each as a resident meets it: one "Try again" for a shared
 * feed brings every widget reading it back with one fetch; after "Try again" focus goes to a heading (or
 * the first thing to fill in), never a large container, and it can be seen.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/place-connector/index.js';
import '../../src/place-directory/index.js';
import '../../src/place-feedback/index.js';
import '../../src/place-plan/index.js';
import { expectAccessible } from '../support/axe.js';
import { SAMPLE_FEED_URL, feedDataUrl, minimalFeed, nextFeedEvent, requestCount, testFeedUrl, uniqueKey } from '../support/fixtures.js';

const inside = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const CONNECTOR = '84ba2cd7-fbe8-5bbc-8011-521ed5527de4';

/** Resolves once every element in `els` has fired place-feed-load or place-feed-error. */
function settled(els: Element[]): Promise<unknown> {
  return Promise.all(els.map((el) => nextFeedEvent(el)));
}

describe('one feed, one recovery', () => {
  it('one "Try again" reloads a shared feed once and every widget reading it recovers', async function () {
    this.timeout(60_000);
    const key = uniqueKey('one-recovery');
    const feed = testFeedUrl({ key, fail_first: 1 });
    const page = await fixture<HTMLDivElement>(`<div>
      <place-directory feed="${feed}"></place-directory>
      <place-plan feed="${feed}" area="parkhead"></place-plan>
      <place-connector feed="${feed}" connector="${CONNECTOR}"></place-connector>
      <place-feedback feed="${feed}" form="page-feedback"></place-feedback>
    </div>`);
    const els = [...page.children];
    await waitUntil(() => els.every((el) => inside(el, '.retry')), 'every widget shows its error');
    expect(await requestCount(key)).to.equal(1);

    const recovered = settled(els);
    const plan = els[1];
    inside(plan, '.retry')!.focus();
    await sendKeys({ press: 'Enter' });
    await recovered;
    await waitUntil(() => els.every((el) => !inside(el, '.retry')), 'every widget recovered');
    expect(inside(els[0], '#filters-title'), 'the directory').not.to.equal(null);
    expect(inside(els[1], '#plan-title'), 'the plan').not.to.equal(null);
    expect(inside(els[2], '.name'), 'the contact card').not.to.equal(null);
    expect(inside(els[3], '#title'), 'the form').not.to.equal(null);
    // One fetch for the retry, however many widgets read the feed.
    expect(await requestCount(key)).to.equal(2);
    // Focus moved only in the widget whose button was pressed.
    expect(plan.shadowRoot!.activeElement).to.equal(inside(plan, '#plan-title'));
    for (const el of els) await expectAccessible(el);
  });

  it('a widget with its own feed is not reloaded by another feed\'s "Try again"', async () => {
    const key = uniqueKey('other-feed');
    const other = uniqueKey('other-feed-2');
    const page = await fixture<HTMLDivElement>(`<div>
      <place-plan feed="${testFeedUrl({ key, fail_first: 1 })}" area="parkhead"></place-plan>
      <place-plan feed="${testFeedUrl({ key: other, fail_first: 5 })}" area="parkhead"></place-plan>
    </div>`);
    const [one, two] = [...page.children];
    await waitUntil(() => inside(one, '.retry') && inside(two, '.retry'), 'both show their error');
    const recovered = nextFeedEvent(one);
    inside(one, '.retry')!.click();
    await recovered;
    expect(inside(two, '.retry'), 'the other still offers its own retry').not.to.equal(null);
    expect(await requestCount(other)).to.equal(1);
  });
});

/** Whether the focused element shows a focus ring (an outline or a box shadow). */
function ringShown(node: Element): boolean {
  const style = getComputedStyle(node);
  return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
}

describe('focus after "Try again"', () => {
  for (const [label, markup, expected] of [
    ['a plan chosen by area: its title', 'place-plan area="parkhead"', 'h2#plan-title'],
    ['the list of plans (loaded on demand): its heading', 'place-plan', 'h2#plans-heading'],
    ['the contact card with its neighbourhood chooser (loaded on demand): the list of neighbourhoods', 'place-connector', 'select'],
    ['a contact card: its name', `place-connector connector="${CONNECTOR}"`, 'h2.name'],
    ['the directory: its first heading', 'place-directory', 'h2'],
    ['the form: its title', 'place-feedback form="page-feedback"', 'h2#title'],
  ]) {
    it(`${label}, with the focus ring shown to a keyboard user`, async () => {
      const key = uniqueKey('retry-focus');
      const failed = nextFeedEvent();
      const el = await fixture<HTMLElement>(`<${markup} feed="${testFeedUrl({ key, fail_first: 1 })}"></${markup.split(' ')[0]}>`);
      await failed;
      inside(el, '.retry')!.focus();
      const loaded = nextFeedEvent();
      await sendKeys({ press: 'Enter' });
      await loaded;
      await waitUntil(() => el.shadowRoot!.activeElement, 'focus in the element', { timeout: 4000 });
      const target = el.shadowRoot!.activeElement as HTMLElement;
      expect(target.matches(expected), target.outerHTML.slice(0, 120)).to.equal(true);
      expect(target.classList.contains('root'), 'never the whole element').to.equal(false);
      expect(ringShown(target), 'the focus ring is shown').to.equal(true);
      await expectAccessible(el);
    });
  }
});

/** Every element under `root`, shadow roots included (the plan's own contact card and form too). */
function deep(root: Element | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((node) => [node, ...(node.shadowRoot ? deep(node.shadowRoot) : [])]);
}

/** Links in `el` that open somewhere else than the page they are on. */
const elsewhere = (el: Element) =>
  deep(el.shadowRoot!).filter((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && !['', '_self'].includes(n.target));

describe('links that open a new tab', () => {
  it('say so on the screen in every element, and feed text cannot open one', async function () {
    this.timeout(60_000);
    const opener = '<p>See <a href="https://example.org/more" target="_blank">the full record</a>.</p>';
    const feed = feedDataUrl(minimalFeed({ services: [{ id: 's1', name: 'Linked service', description: opener }] }));
    const loads = nextFeedEvent();
    const page = await fixture<HTMLDivElement>(`<div>
      <place-plan feed="${SAMPLE_FEED_URL}" area="parkhead"></place-plan>
      <place-connector feed="${SAMPLE_FEED_URL}"></place-connector>
      <place-feedback feed="${SAMPLE_FEED_URL}" form="plan-feedback"></place-feedback>
      <place-directory feed="${SAMPLE_FEED_URL}"></place-directory>
      <place-directory feed="${feed}"></place-directory>
    </div>`);
    await loads;
    const [plan, , , sample, linked] = [...page.children] as HTMLElement[];
    await waitUntil(() => inside(plan, '.expand-all') && inside(sample, '.result') && inside(linked, '.result'), 'every element drawn');
    inside(plan, '.expand-all')!.click();
    // A listing with a map link (OpenStreetMap, in a new tab), and the one whose text tries to open one.
    await (sample as unknown as { showEntry(id: string): Promise<void> }).showEntry('bd66bbc3-860f-55a5-bf52-5ebea44ca80c');
    await (linked as unknown as { showEntry(id: string): Promise<void> }).showEntry('s1');
    await waitUntil(
      () =>
        inside(sample, '.details a[target="_blank"]') &&
        deep(linked.shadowRoot!).some((n) => n instanceof HTMLAnchorElement && n.textContent === 'the full record'),
      'the details',
    );
    const links = [...page.children].flatMap(elsewhere);
    expect(links.length, 'the map link').to.be.greaterThan(0);
    for (const link of links) {
      expect(link.innerText, link.href).to.contain('opens in a new tab');
      expect(link.querySelector('.visually-hidden'), 'said visibly').to.equal(null);
    }
    expect(elsewhere(linked), 'feed text opens in the same tab').to.deep.equal([]);
  });
});

/**
 * Ordinary words (letters only, up to 20) split across two lines in `el`: each word's range has one box
 * per line it is on. Long unbroken strings, web and email addresses may break, and do not count.
 */
function splitWords(el: Element): string[] {
  const split: string[] = [];
  for (const node of deep(el.shadowRoot!)) {
    for (const child of node.childNodes) {
      if (child.nodeType !== Node.TEXT_NODE || !(child.parentElement?.getClientRects().length ?? 0)) continue;
      const value = child.textContent ?? '';
      for (const token of value.matchAll(/\S+/g)) {
        if (/[/@.:]\S/.test(token[0])) continue;
        for (const word of token[0].matchAll(/\p{L}+/gu)) {
          if (word[0].length < 2 || word[0].length > 20) continue;
          const range = document.createRange();
          const start = token.index + word.index;
          range.setStart(child, start);
          range.setEnd(child, start + word[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) split.push(`${word[0]} (in <${node.localName} class="${node.getAttribute('class') ?? ''}">)`);
        }
      }
    }
  }
  return split;
}

describe('at 320 px', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('no element splits an ordinary word across lines, and none is wider than the screen', async function () {
    this.timeout(60_000);
    await setViewport({ width: 320, height: 800 });
    const loads = nextFeedEvent();
    const page = await fixture<HTMLDivElement>(`<div>
      <place-plan feed="${SAMPLE_FEED_URL}" area="parkhead"></place-plan>
      <place-plan feed="${SAMPLE_FEED_URL}"></place-plan>
      <place-connector feed="${SAMPLE_FEED_URL}" area="parkhead"></place-connector>
      <place-connector feed="${SAMPLE_FEED_URL}"></place-connector>
      <place-feedback feed="${SAMPLE_FEED_URL}" form="plan-feedback"></place-feedback>
      <place-feedback feed="${SAMPLE_FEED_URL}" form="page-feedback"></place-feedback>
      <place-directory feed="${SAMPLE_FEED_URL}"></place-directory>
      <place-directory feed="${SAMPLE_FEED_URL}"></place-directory>
    </div>`);
    await loads;
    const els = [...page.children] as HTMLElement[];
    const [plan, , , , , , list, one] = els;
    await waitUntil(
      () => inside(plan, '.expand-all') && inside(list, '.result') && inside(one, '.result') && inside(els[1], '#plans-heading'),
      'every element drawn',
      { timeout: 8000 },
    );
    inside(plan, '.expand-all')!.click();
    await waitUntil(
      () => deep(plan.shadowRoot!).some((n) => n.getAttribute('part') === 'table-toggle' || /Show as table/.test(n.textContent ?? '')),
      'priorities open',
    );
    for (const button of deep(plan.shadowRoot!).filter(
      (n): n is HTMLButtonElement => n instanceof HTMLButtonElement && /Show .* as a table|Show as table/i.test(n.textContent ?? ''),
    ))
      button.click();
    const filters = one.shadowRoot!.querySelector<HTMLDetailsElement>('details.filters');
    if (filters) filters.open = true;
    await (one as unknown as { showEntry(id: string): Promise<void> }).showEntry('bd66bbc3-860f-55a5-bf52-5ebea44ca80c');
    await new Promise((done) => setTimeout(done, 500));
    const problems: string[] = [];
    for (const el of els) {
      for (const word of splitWords(el)) problems.push(`<${el.localName}>: ${word}`);
      const root = inside(el, '.root')!;
      if (root.scrollWidth > root.clientWidth + 1) problems.push(`<${el.localName}> is ${root.scrollWidth} px wide`);
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});

describe('at 320 px, a string too long to be a word', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('breaks in a table rather than widening the page, and the words beside it stay whole', async () => {
    await setViewport({ width: 320, height: 800 });
    const long = `https://example.org/${'reports/'.repeat(20)}figures.pdf`;
    const unit = 'x'.repeat(200);
    const feed = feedDataUrl(
      minimalFeed({
        areas: [{ id: 'a', name: 'A' }],
        locality_plans: [
          {
            id: 'p',
            area_id: 'a',
            title: 'Plan',
            priorities: [
              {
                id: 'q',
                title: 'Homes',
                indicators: [
                  {
                    id: 'i',
                    title: 'Warm homes',
                    unit: 'count',
                    unit_label: unit,
                    baseline: { date: '2020', value: 10, note: `Measured before the works ${long}` },
                    values: [{ date: '2024', value: 12 }],
                  },
                ],
              },
            ],
          },
        ],
      }),
    );
    const loaded = nextFeedEvent();
    const el = await fixture<HTMLElement>(`<place-plan feed="${feed}" area="a"></place-plan>`);
    await loaded;
    await waitUntil(() => inside(el, '.expand-all'), 'the plan');
    inside(el, '.expand-all')!.click();
    await waitUntil(() => inside(el, '.table-toggle'), 'the indicator');
    inside(el, '.table-toggle')!.click();
    await waitUntil(() => inside(el, 'table.numbers:not([hidden])'), 'the table');
    const root = inside(el, '.root')!;
    expect(root.scrollWidth, 'no sideways scrolling').to.be.at.most(root.clientWidth + 1);
    expect(splitWords(el), 'ordinary words whole').to.deep.equal([]);
    await expectAccessible(el);
  });
});

describe('a dark colour scheme', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  /** Every element in a wrapper with `style`, the dark scheme asked for by the browser. */
  async function everyElement(style: string): Promise<HTMLElement[]> {
    await emulateMedia({ colorScheme: 'dark' });
    const loads = nextFeedEvent();
    const page = await fixture<HTMLDivElement>(`<div style="${style}">
      <place-plan feed="${SAMPLE_FEED_URL}" area="parkhead"></place-plan>
      <place-connector feed="${SAMPLE_FEED_URL}" area="parkhead"></place-connector>
      <place-feedback feed="${SAMPLE_FEED_URL}" form="page-feedback"></place-feedback>
      <place-directory feed="${SAMPLE_FEED_URL}"></place-directory>
    </div>`);
    await loads;
    const els = [...page.children] as HTMLElement[];
    await waitUntil(() => inside(els[0], '.expand-all') && inside(els[3], '.result'), 'every element drawn', { timeout: 8000 });
    return els;
  }

  const background = (el: HTMLElement) => getComputedStyle(inside(el, '.root')!).backgroundColor;

  it('is followed only when the page opts in: light by default, whatever the browser prefers', async function () {
    this.timeout(60_000);
    for (const el of await everyElement('')) expect(background(el), el.localName).to.equal('rgb(255, 255, 255)');
  });

  for (const [how, style] of [
    ['color-scheme: light dark on the page', 'color-scheme: light dark'],
    ['color-scheme: dark', 'color-scheme: dark'],
  ]) {
    it(`is followed when the page says ${how}, every element accessible in it (contrast included)`, async function () {
      this.timeout(90_000);
      const els = await everyElement(style);
      inside(els[0], '.expand-all')!.click();
      for (const el of els) {
        expect(background(el), el.localName).to.equal('rgb(11, 12, 12)');
        expect(getComputedStyle(inside(el, '.root')!).color, el.localName).to.equal('rgb(243, 242, 241)');
        await expectAccessible(el);
      }
    });
  }

  it('is not followed by an element the page keeps light (color-scheme: light on it)', async function () {
    this.timeout(60_000);
    await emulateMedia({ colorScheme: 'dark' });
    const loads = nextFeedEvent();
    const page = await fixture<HTMLDivElement>(
      `<div style="color-scheme: light dark"><place-connector style="color-scheme: light" feed="${SAMPLE_FEED_URL}" area="parkhead"></place-connector></div>`,
    );
    await loads;
    expect(background(page.firstElementChild as HTMLElement)).to.equal('rgb(255, 255, 255)');
  });
});
