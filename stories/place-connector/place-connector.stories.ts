import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MISSING, MISSING_CONSOLE, NEVER, timeoutFor } from '../support/feeds.js';

/**
 * `<place-connector>` shows who helps residents get involved: each neighbourhood's Community Connector,
 * the third-sector interface and other contacts in the feed, with every way to reach them that the feed
 * gives, when they are available (UK time), and a "Save contact" button that downloads a vCard.
 *
 * Put it inside the page's `<place-feed>`, or give it a `feed`. `area` picks a neighbourhood,
 * `connector` one person, `contact-role` the kinds of contact; without `area` or `connector`, residents
 * choose their neighbourhood or enter a postcode (`remember` keeps the choice for the page while the tab
 * is open). `layout="compact"` is one line for a sidebar. Put the same details inside the element as
 * plain HTML for search engines and browsers without JavaScript: they show until the feed has loaded.
 */

interface Args {
  feed: string;
  area?: string;
  connector?: string;
  'contact-role'?: string;
  layout: 'card' | 'compact';
  remember: boolean;
}

/**
 * The sample's photos point at example.org, which does not answer here (the catalogue works offline):
 * the card shows initials instead, and the browser logs the failed request. Stories use Springburn,
 * whose connector has no photo, unless they show a photo's alternative.
 */
const PHOTO_OFFLINE = ['Failed to load resource'];

/**
 * Feeds of the stories' own, beside this file (`stories/place-connector/feeds/`, served at
 * `feeds/place-connector/`), so the snippet under each example names a short file, not the feed itself.
 */
/** A name and nothing else in Riverside, nobody in Hillside, and the third-sector interface. */
const MINIMAL = 'feeds/place-connector/minimal.json';
/** Long names, roles, organisations, addresses and links. */
const LONG_TEXTS = 'feeds/place-connector/long-texts.json';

const connector = (args: Args) => html`
  <place-connector
    feed=${args.feed}
    area=${ifDefined(args.area || undefined)}
    connector=${ifDefined(args.connector || undefined)}
    contact-role=${ifDefined(args['contact-role'] || undefined)}
    layout=${args.layout}
    ?remember=${args.remember}
    feed-timeout=${ifDefined(timeoutFor(args.feed))}
  >
    <p>Loading contact details…</p>
  </place-connector>
`;

const meta: Meta<Args> = {
  title: 'Elements/place-connector',
  component: 'place-connector',
  args: { feed: 'sample/feed.json', layout: 'card', remember: false },
  argTypes: {
    feed: { control: 'text' },
    area: { control: 'select', options: ['', 'parkhead', 'springburn', 'easterhouse'] },
    connector: { control: 'text' },
    'contact-role': {
      control: 'select',
      options: [
        '',
        'community_connector',
        'third_sector_interface',
        'place_director',
        'third_sector_interface place_director',
        'community_connector third_sector_interface',
        'community_connector third_sector_interface place_director',
      ],
    },
    layout: { control: 'inline-radio', options: ['card', 'compact'] },
    remember: { control: 'boolean' },
  },
  render: (args) => connector(args),
};
export default meta;

type Story = StoryObj<Args>;

/** One card: Parkhead's Community Connector, with everything the sample gives (her photo does not load offline: initials stand in). */
export const OneCard: Story = { name: 'One card', args: { area: 'parkhead' }, parameters: { expectedConsoleErrors: PHOTO_OFFLINE } };

/** Several cards as a grid: Springburn's Community Connector and the two contacts for the whole council area (`contact-role` names all three roles). */
export const Several: Story = { args: { area: 'springburn', 'contact-role': 'community_connector third_sector_interface place_director' } };

/** The whole-area contacts, chosen by `contact-role`. */
export const ByRole: Story = { name: 'By role', args: { 'contact-role': 'third_sector_interface place_director' } };

/** `layout="compact"`: one line for a sidebar (as `<place-plan>` embeds it). */
export const Compact: Story = {
  args: { area: 'easterhouse', layout: 'compact' },
  parameters: { expectedConsoleErrors: PHOTO_OFFLINE },
  render: (args) => html`<div style="max-inline-size: 22rem">${connector(args)}</div>`,
};

/** No photo: initials on a coloured disc (white on a colour with at least 4.5:1 contrast). */
export const NoPhoto: Story = { name: 'No photo', args: { area: 'springburn' } };

/** Minimal contact data: a name only. The card says how else to get help, and offers no "Save contact". */
export const MinimalContactData: Story = { name: 'Minimal contact data', args: { feed: MINIMAL, area: 'riverside' } };

/** An area with nobody listed: it says so and points to the third-sector interface (or, without one, the publisher's phone, email and website). */
export const NobodyListed: Story = { name: 'Nobody listed', args: { feed: MINIMAL, area: 'hillside' } };

/** Long names, roles, organisations, addresses and links. */
export const LongTexts: Story = { name: 'Long texts', args: { feed: LONG_TEXTS, area: 'riverside' } };

/** Narrow screen (320 px). */
export const NarrowScreen: Story = {
  name: 'Narrow screen',
  args: { feed: LONG_TEXTS, area: 'riverside' },
  render: (args) => html`<div style="max-inline-size: 320px">${connector(args)}</div>`,
};

/** No `area`: residents choose their neighbourhood or enter a postcode. */
export const ChooseYourArea: Story = { name: 'Choose your area', args: { remember: true } };

/**
 * In forced colours (Windows contrast themes): the initials' disc keeps its edge, and links and buttons
 * take the system's colours. To see it yourself, in Chrome open DevTools, ⋮, More tools, Rendering, and set
 * "Emulate CSS media feature forced-colors" to "active".
 */
export const ForcedColours: Story = {
  name: 'Forced colours',
  args: { area: 'springburn', 'contact-role': 'community_connector third_sector_interface' },
  parameters: { forcedColors: true },
};

/** A card as printed (use the browser's print preview on this story): no "Save contact" button, web links with their address, the initials' disc kept. */
export const Printed: Story = { args: { area: 'springburn' }, parameters: { print: true } };

/** While the feed loads, the page's own fallback shows. */
export const Loading: Story = { args: { feed: NEVER, area: 'parkhead' } };

/** The feed cannot be loaded: a polite error with "Try again", and the fallback below. */
export const FeedError: Story = { name: 'Error', args: { feed: MISSING, area: 'parkhead' }, parameters: { expectedConsoleErrors: MISSING_CONSOLE } };
