import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PlaceDirectoryElement } from '../../src/place-directory/place-directory.js';
import sampleFeed from '../../sample/feed.json';
import { feedStandin } from '../../tests/support/oruk-api/data.js';
import { standinFetch } from '../../tests/support/oruk-api/fetch.js';
import { EMPTY_FEED, MISSING, MISSING_CONSOLE, NEVER, timeoutFor } from '../support/feeds.js';

/**
 * `<place-directory>` finds local services and ways to get involved: search as you type, filters with
 * counts, distance from a postcode, opening times in UK time, and the details of each result.
 *
 * Put it inside the page's `<place-feed>`, or give it a `feed`. `area` and `category` preset the
 * filters (a neighbourhood page shows its own services), and `lock="area"` keeps them fixed.
 */

/** The stand-in for a council's Open Referral UK API that the API stories search: in the page, no network. */
const COUNCIL_API = 'https://directory.council.example/o/OpenReferralService/v3';
// Only requests to the stand-in's address are answered in the page (half a second each, the sample's services); every other goes out as usual.
const standin = standinFetch(COUNCIL_API, feedStandin(sampleFeed as unknown as Record<string, unknown>), { latency: 500 });
globalThis.fetch = (input, init) => standin(input instanceof URL ? input.href : input, init);

interface Args {
  feed?: string;
  api?: string;
  'api-filters'?: string;
  area?: string;
  category?: string;
  lock?: string;
  'page-size': number;
  'sync-url': boolean;
  'postcode-endpoint'?: string;
}

/** Runs `then` on the element once its feed has loaded (to show a state a resident reaches by acting). */
const whenLoaded = (then?: (el: PlaceDirectoryElement) => void) => (event: Event) => {
  const el = event.target as PlaceDirectoryElement;
  if (then) void el.updateComplete.then(() => then(el));
};

const directory = (args: Args, then?: (el: PlaceDirectoryElement) => void) => html`
  <place-directory
    feed=${ifDefined(args.feed || undefined)}
    api=${ifDefined(args.api || undefined)}
    api-filters=${ifDefined(args['api-filters'] || undefined)}
    area=${ifDefined(args.area || undefined)}
    category=${ifDefined(args.category || undefined)}
    lock=${ifDefined(args.lock || undefined)}
    page-size=${args['page-size']}
    ?sync-url=${args['sync-url']}
    postcode-endpoint=${ifDefined(args['postcode-endpoint'] || undefined)}
    feed-timeout=${ifDefined(timeoutFor(args.feed ?? ''))}
    @place-feed-load=${whenLoaded(then)}
  >
    <p>Loading the directory of local services…</p>
  </place-directory>
`;

const meta: Meta<Args> = {
  title: 'Elements/place-directory',
  component: 'place-directory',
  args: { feed: 'sample/feed.json', 'page-size': 10, 'sync-url': false },
  argTypes: {
    feed: { control: 'text' },
    api: { control: 'select', options: ['', COUNCIL_API] },
    'api-filters': { control: 'select', options: ['', 'category age day open', 'category postcode', 'none'] },
    area: { control: 'select', options: ['', 'parkhead', 'springburn', 'easterhouse'] },
    category: { control: 'text' },
    lock: { control: 'select', options: ['', 'area', 'category', 'area category'] },
    'page-size': { control: { type: 'number', min: 1, max: 50 } },
    'sync-url': { control: 'boolean' },
    'postcode-endpoint': { control: 'text' },
  },
  render: (args) => directory(args),
};
export default meta;

type Story = StoryObj<Args>;

/** The list: every service and way to get involved, ten to a page, with the filters beside it. */
export const Results: Story = {};

/** A neighbourhood page: Parkhead's services only, the area locked. */
export const NeighbourhoodPage: Story = { name: 'Neighbourhood page', args: { area: 'parkhead', lock: 'area', category: 'food', 'page-size': 5 } };

/** While the feed loads, the page's own fallback content shows. */
export const Loading: Story = { args: { feed: NEVER } };

/** The feed could not be loaded: a short, polite message and a button to try again. */
export const FeedError: Story = {
  name: 'Error',
  args: { feed: MISSING },
  parameters: { expectedConsoleErrors: MISSING_CONSOLE },
};

/** A feed with nothing in it yet. */
export const Empty: Story = { args: { feed: EMPTY_FEED } };

/** A search with no results: the ways out are offered. */
export const NoResults: Story = {
  name: 'No results',
  render: (args) =>
    directory(args, (el) => {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('#query')!;
      input.value = 'trampoline';
      input.dispatchEvent(new Event('input'));
      const free = el.shadowRoot!.querySelector<HTMLInputElement>('#f-free')!;
      free.click();
    }),
};

/** Sorted by distance from a postcode (a district here, placed at its area's centre): distances, and the distance filter. */
export const NearestFirst: Story = {
  name: 'Nearest first',
  render: (args) =>
    directory(args, (el) => {
      const postcode = el.shadowRoot!.querySelector<HTMLInputElement>('#postcode')!;
      postcode.value = 'G31';
      postcode.dispatchEvent(new Event('input'));
      void el.updateComplete.then(() => el.shadowRoot!.querySelector<HTMLFormElement>('form.near')!.requestSubmit());
    }),
};

/** One result's details: contact, places with maps, opening times per site, cost, languages and its alert. */
export const Details: Story = {
  parameters: { forcedColors: true },
  render: (args) => directory(args, (el) => void el.showEntry('bd66bbc3-860f-55a5-bf52-5ebea44ca80c')),
};

/**
 * A record written the way live Open Referral UK directories write theirs: its description is HTML from a
 * CMS (headings, a list, a link, `&nbsp;`, an inline style), shown as formatted text with its headings
 * under the service's name; its phone number comes from `contacts[].phones`; blank values (`""`) are
 * left out; it has no opening-times schedule, so the details say so and point to the contact details
 * rather than inventing any. The sample's "Blairtummock Community Gym" (a cost that has ended, one still
 * to come, how to apply and the documents to bring) and "North East Carers Link" (no building, the areas
 * it covers, a named contact) are written the same way.
 */
export const RealWorldRecords: Story = {
  name: 'Real-world records',
  render: (args) => directory(args, (el) => void el.showEntry('c86bf282-3725-52a3-9bb3-1821efd6ac01')),
};

/** Long texts: the sample's 119-character service name and a long description. */
export const LongTexts: Story = {
  name: 'Long texts',
  render: (args) =>
    directory(args, (el) => {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('#query')!;
      input.value = 'North East Sample Financial Inclusion';
      input.dispatchEvent(new Event('input'));
    }),
};

/** An opportunity to get involved: what, when, where and how to take part. */
export const Opportunity: Story = {
  render: (args) =>
    directory(args, (el) => {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('#query')!;
      input.value = 'play park';
      input.dispatchEvent(new Event('input'));
      void el.updateComplete.then(() => el.shadowRoot!.querySelector<HTMLButtonElement>('.result h3 button')?.click());
    }),
};

/**
 * In forced colours (Windows contrast themes): "Open now" and every control take the system's colours.
 * To see it yourself, in Chrome open DevTools, ⋮, More tools, Rendering, and set "Emulate CSS media
 * feature forced-colors" to "active".
 */
export const ForcedColours: Story = { name: 'Forced colours', parameters: { forcedColors: true } };

/**
 * A result's details as printed (use the browser's print preview on this story): contacts and times, no
 * buttons. "Print these details" prints them alone, from a frame of their own: an element cannot change
 * the host page's print stylesheet, so the browser's own Print prints the whole page.
 */
export const Printed: Story = {
  parameters: { print: true },
  render: (args) => directory(args, (el) => void el.showEntry('bd66bbc3-860f-55a5-bf52-5ebea44ca80c')),
};

/** At 320 px wide, as on a small phone: one column, the filters folded away, nothing scrolls sideways. */
export const NarrowScreen: Story = {
  name: 'Narrow screen',
  render: (args) => html`<div style="max-inline-size: 320px">${directory(args)}</div>`,
};

/** Narrow, with a result open. */
export const NarrowDetails: Story = {
  name: 'Narrow details',
  render: (args) => html`<div style="max-inline-size: 320px">${directory(args, (el) => void el.showEntry('bd66bbc3-860f-55a5-bf52-5ebea44ca80c'))}</div>`,
};

/**
 * Services from a council's own Open Referral UK API (`api`; here a stand-in answering in the page, half a
 * second a request, with the sample's services): each search asks the API for one page, once typing
 * pauses; the feed gives the categories. Only the filters the API supports are offered (no neighbourhood,
 * "Show" or "Free of charge": Open Referral UK has no parameter for them), and no counts beside them: an
 * API does not give them. See "A directory from a council's own API" (docs/directory-api.md) and
 * `placekit check-api`.
 */
export const FromAnApi: Story = {
  name: 'From a council’s API',
  args: { api: COUNCIL_API },
};

/** The same API with no feed at all: the categories come from the API's own taxonomy. */
export const FromAnApiAlone: Story = {
  name: 'From a council’s API, without a feed',
  args: { api: COUNCIL_API, feed: '' },
};
