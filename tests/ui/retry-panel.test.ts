/**
 * The one retry panel (src/ui/retry-panel.ts) in every place an element offers to try again: a heading at
 * the element's level, and a button whose name says what it retries, never a bare "Try again".
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PlaceConnectorElement } from '../../src/place-connector/index.js';
import { PlaceDirectoryElement } from '../../src/place-directory/index.js';
import '../../src/place-feedback/index.js';
import { PlacePlanElement } from '../../src/place-plan/index.js';
import type { OnDemand } from '../../src/ui/lazy-part.js';
import type { PlaceElement } from '../../src/ui/place-element.js';
import { expectAccessible } from '../support/axe.js';
import { SAMPLE_FEED_URL, nextFeedEvent, testFeedUrl, uniqueKey } from '../support/fixtures.js';

const inside = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const words = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function load<T extends PlaceElement>(markup: string): Promise<T> {
  const loaded = nextFeedEvent();
  const el = await fixture<T>(markup);
  await loaded;
  await el.updateComplete;
  return el;
}

/** Makes a part fail to load while `run` runs, as when its file cannot be fetched (offline). */
async function failing<T>(part: OnDemand<T>, run: (restore: () => void) => Promise<void>): Promise<void> {
  const { load: real, loaded } = part;
  part.loaded = undefined;
  part.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  try {
    await run(() => (part.load = real));
  } finally {
    part.load = real;
    part.loaded ??= loaded;
  }
}

/** The panel's heading level and text, and its button's name (its text: nothing hidden, no aria-label). */
function panel(el: Element): { heading: string; level: string; button: string } {
  const button = inside(el, '.retry')!;
  const heading = button.closest('.notice')!.querySelector('h2, h3, h4, h5, h6')!;
  expect(button.hasAttribute('aria-label'), 'the name is the words on the button').to.equal(false);
  return { heading: words(heading), level: heading.localName, button: words(button) };
}

/**
 * A part an element fetches beside its feed could not be fetched: the element shows the feed's panel
 * (`expected`), none of what the part draws (`absent`), and is accessible; once the part can come
 * (`restore`), "Try again" pressed from the keyboard draws it and puts focus where `focused` holds,
 * the panel gone. Resolves to the element, for each case's own checks.
 */
async function besideTheFeed(
  markup: string,
  expected: ReturnType<typeof panel>,
  absent: string,
  restore: () => void,
  focused: (el: PlaceElement) => unknown,
): Promise<PlaceElement> {
  const el = await load<PlaceElement>(markup);
  await waitUntil(() => inside(el, '.retry'), 'the panel');
  expect(panel(el)).to.deep.equal(expected);
  expect(inside(el, absent), 'nothing drawn without the code that draws it').to.equal(null);
  await expectAccessible(el);
  restore();
  inside(el, '.retry')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => focused(el), 'drawn, focus on it');
  expect(inside(el, '.retry')).to.equal(null);
  return el;
}

describe('the retry panel', () => {
  const names: string[] = [];
  after(() => {
    // Every "Try again" says what it tries again.
    expect(new Set(names).size, names.join(' | ')).to.equal(names.length);
    expect(names).not.to.include('Try again');
  });

  for (const [tag, heading, button] of [
    ['place-directory', 'Sorry, the directory could not be loaded', 'Try loading the directory again'],
    ['place-plan', 'Sorry, we could not load the Locality Plan', 'Try loading the Locality Plan again'],
    ['place-connector', 'Sorry, we could not load the contact details', 'Try loading the contact details again'],
    ['place-feedback', 'Sorry, we could not load this form', 'Try loading the form again'],
  ]) {
    it(`<${tag}>: a feed that cannot be loaded: a heading at heading-level and a button naming what it loads`, async () => {
      const el = await load<PlaceElement>(`<${tag} feed="${testFeedUrl({ key: uniqueKey(), status: 500 })}" heading-level="3" form="x"></${tag}>`);
      expect(panel(el)).to.deep.equal({ heading, level: 'h3', button });
      names.push(button);
      await expectAccessible(el);
    });
  }

  it('<place-directory>: a part that cannot be loaded', async () => {
    await failing(PlaceDirectoryElement.parts.details, async () => {
      const el = await load<PlaceDirectoryElement>(`<place-directory feed="${SAMPLE_FEED_URL}" heading-level="4"></place-directory>`);
      await waitUntil(() => inside(el, '[data-id]'), 'results');
      inside(el, '[data-id]')!.click();
      await waitUntil(() => inside(el, '.retry'), 'the panel');
      const found = panel(el);
      expect(found).to.deep.equal({
        heading: 'Sorry, part of the directory could not be loaded',
        level: 'h4',
        button: 'Try loading that part of the directory again',
      });
      names.push(found.button);
    });
  });

  it('<place-connector>: a neighbourhood chooser that cannot be loaded', async () => {
    await failing(PlaceConnectorElement.parts.chooser, async () => {
      const el = await load<PlaceConnectorElement>(`<place-connector feed="${SAMPLE_FEED_URL}"></place-connector>`);
      await waitUntil(() => inside(el, '.retry'), 'the panel');
      const found = panel(el);
      expect(found).to.deep.equal({
        heading: 'Sorry, the list of neighbourhoods could not be loaded',
        level: 'h2',
        button: 'Try loading the list of neighbourhoods again',
      });
      names.push(found.button);
    });
  });

  it('<place-plan>: a list of plans that cannot be loaded says so (it stayed on "Loading" before), and trying again shows it, focus on its heading', async () => {
    await failing(PlacePlanElement.parts.list, async (restore) => {
      const el = await load<PlacePlanElement>(`<place-plan feed="${SAMPLE_FEED_URL}" heading-level="3"></place-plan>`);
      await waitUntil(() => inside(el, '.retry'), 'the panel');
      const found = panel(el);
      expect(found).to.deep.equal({
        heading: 'Sorry, the list of Locality Plans could not be loaded',
        level: 'h3',
        button: 'Try loading the list of Locality Plans again',
      });
      names.push(found.button);
      await expectAccessible(el);
      restore();
      inside(el, '.retry')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'plans-heading', 'the list, its heading focused');
      expect(words(inside(el, '#plans-heading'))).to.equal('Locality Plans');
      expect(inside(el, '.retry')).to.equal(null);
    });
  });
  it("<place-connector>: what draws the contacts (fetched beside the feed) cannot be loaded: the feed's panel, and trying again draws the cards, focus on the first", async () => {
    await failing(PlaceConnectorElement.parts.contacts, async (restore) => {
      const el = await besideTheFeed(
        `<place-connector feed="${SAMPLE_FEED_URL}" area="parkhead" heading-level="3"></place-connector>`,
        { heading: 'Sorry, we could not load the contact details', level: 'h3', button: 'Try loading the contact details again' },
        '.card',
        restore,
        (el) => el.shadowRoot!.activeElement?.localName === 'h3',
      );
      expect(inside(el, '.card')).not.to.equal(null);
      expect(getComputedStyle(inside(el, '.cards')!).listStyleType, 'the cards have their styles').to.equal('none');
    });
  });
  it("<place-plan>: one plan's screen (fetched beside the feed) cannot be loaded: the feed's panel, and trying again draws the plan, focus on its title", async () => {
    await failing(PlacePlanElement.parts.plan, async (restore) => {
      const el = await besideTheFeed(
        `<place-plan feed="${SAMPLE_FEED_URL}" area="parkhead"></place-plan>`,
        { heading: 'Sorry, we could not load the Locality Plan', level: 'h2', button: 'Try loading the Locality Plan again' },
        '.plan',
        restore,
        (el) => el.shadowRoot!.activeElement?.id === 'plan-title',
      );
      expect(getComputedStyle(inside(el, '.meta')!).display, 'the plan has its styles').to.equal('grid');
    });
  });
  it("<place-directory>: the list of results (fetched beside the feed) cannot be loaded: the feed's panel, and trying again shows the results", async () => {
    await failing(PlaceDirectoryElement.parts.results, async (restore) => {
      await besideTheFeed(
        `<place-directory feed="${SAMPLE_FEED_URL}"></place-directory>`,
        { heading: 'Sorry, the directory could not be loaded', level: 'h2', button: 'Try loading the directory again' },
        '[data-id]',
        restore,
        (el) => inside(el, '[data-id]') && /^h[2-6]$/.test(el.shadowRoot!.activeElement?.localName ?? ''),
      );
    });
  });
});
