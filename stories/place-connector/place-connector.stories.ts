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

/** The sample's photos point at example.org, which does not answer here: the card shows initials instead, and the browser logs the failed request. */
const PHOTO_OFFLINE = ['Failed to load resource'];

const AREAS = [
  { id: 'riverside', name: 'Riverside', alternate_name: 'Taobh na h-Aibhne', postcode_districts: ['G40'] },
  { id: 'hillside', name: 'Hillside', postcode_districts: ['G41'] },
];
const TSI = {
  id: 'tsi',
  name: 'Morven Gillies',
  role: 'third_sector_interface',
  role_title: 'Community Planning Development Officer',
  organization: { name: 'Example Voluntary Action', website: 'https://example.org/tsi' },
  independent_of_council: true,
  phones: [{ number: '0141 496 0504', type: 'voice' }],
  email: 'morven.gillies@example.org',
};
const feedOf = (connectors: unknown[]) =>
  `data:application/json,${encodeURIComponent(JSON.stringify({ format_version: '1.0', publisher: { name: 'Example Partnership' }, updated: '2026-11-20T09:00:00Z', areas: AREAS, connectors }))}`;

/** No photo: initials on a coloured disc. */
const NO_PHOTO = feedOf([
  {
    id: 'morag',
    name: 'Morag Campbell',
    role: 'community_connector',
    organization: { name: 'Riverside Community Anchor' },
    independent_of_council: true,
    area_ids: ['riverside'],
    help_with: ['Finding local groups and activities', 'Getting your voice heard on the Locality Plan'],
    availability: [{ freq: 'WEEKLY', byday: 'MO,TU,WE', opens_at: '09:00', closes_at: '17:00' }],
    languages: [{ name: 'English', code: 'en' }],
    phones: [{ number: '0141 496 0102', type: 'voice' }, { number: '07700 900102', type: 'text' }],
    email: 'morag.campbell@example.org',
  },
  TSI,
]);

/** A name and nothing else: the card says how else to get help. */
const MINIMAL = feedOf([{ id: 'iain', name: 'Iain MacLeod', role: 'community_connector', area_ids: ['riverside'] }, TSI]);

/** Two Community Connectors sharing one neighbourhood. */
const SEVERAL = feedOf([
  { id: 'aileen', name: 'Aileen Reid', role: 'community_connector', area_ids: ['riverside'], organization: { name: 'Riverside Community Anchor' }, phones: [{ number: '0141 496 0111' }], email: 'aileen.reid@example.org' },
  { id: 'bilal', name: 'Bilal Hussain', role: 'community_connector', area_ids: ['riverside', 'hillside'], organization: { name: 'Hillside Links' }, phones: [{ number: '07700 900222', type: 'cell' }], email: 'bilal.hussain@example.org', languages: [{ name: 'English' }, { name: 'Urdu' }, { name: 'Punjabi' }] },
  TSI,
]);

const LONG = 'Community Connector and Participatory Budgeting Coordinator for Riverside, Upper Riverside, Riverside Harbour and the Hillside Estates, working with tenants’ and residents’ associations';
const LONG_TEXTS = feedOf([
  {
    id: 'long',
    name: 'Marie-Thérèse-Anne-Catrìona Oyelaran-Fitzpatrick-MacGillivray',
    role: 'community_connector',
    role_title: LONG,
    organization: { name: 'The Greater Riverside and Hillside Community Development Trust (Scottish Charitable Incorporated Organisation)', website: 'https://example.org/trust' },
    independent_of_council: true,
    area_ids: ['riverside', 'hillside'],
    description: `${LONG}. `.repeat(3),
    help_with: [`Applying to the community budget: ${LONG}`, 'Youth participation'],
    availability: [{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:30', closes_at: '16:30' }],
    availability_note: 'Often out and about: if she cannot answer, send a text or an email and she will get back to you within two working days.',
    phones: [{ number: '0141 496 0503', type: 'voice' }],
    email: 'marie-therese.oyelaran-fitzpatrick-macgillivray@riverside-hillside-trust.example.org',
    booking_url: 'https://example.org/trust/book-a-conversation-with-our-community-connector-team',
    links: [{ label: 'Riverside, Upper Riverside and Riverside Harbour Thriving Places Community Forum and Participatory Budgeting Panel', url: 'https://example.org/forum' }],
    drop_in: {
      description: 'Drop in for a chat, no appointment needed.',
      location: { name: 'Riverside and Hillside Community Hub and Learning Centre (ground floor, by the café)', latitude: 55.85, longitude: -4.2, addresses: [{ address_1: 'Unit 12, The Riverside Business and Enterprise Centre', address_2: '1234 Upper Riverside Road', city: 'Glasgow', postal_code: 'G40 1AA' }] },
      schedules: [{ freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', closes_at: '12:00' }],
    },
  },
]);

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
    'contact-role': { control: 'select', options: ['', 'community_connector', 'third_sector_interface', 'place_director', 'third_sector_interface place_director'] },
    layout: { control: 'inline-radio', options: ['card', 'compact'] },
    remember: { control: 'boolean' },
  },
  render: (args) => connector(args),
};
export default meta;

type Story = StoryObj<Args>;

/** One card: Parkhead's Community Connector, with everything the sample gives. */
export const OneCard: Story = { args: { area: 'parkhead' }, parameters: { expectedConsoleErrors: PHOTO_OFFLINE } };

/** Several cards as a grid: two Community Connectors share a neighbourhood. */
export const Several: Story = { args: { feed: SEVERAL, area: 'riverside' } };

/** The whole-area contacts, chosen by `contact-role`. */
export const ByRole: Story = { args: { 'contact-role': 'third_sector_interface place_director' }, parameters: { forcedColors: true } };

/** `layout="compact"`: one line for a sidebar (as `<place-plan>` embeds it). */
export const Compact: Story = {
  args: { area: 'easterhouse', layout: 'compact' },
  parameters: { expectedConsoleErrors: PHOTO_OFFLINE },
  render: (args) => html`<div style="max-inline-size: 22rem">${connector(args)}</div>`,
};

/** No photo: initials on a coloured disc (white on a colour with at least 4.5:1 contrast). */
export const NoPhoto: Story = { args: { feed: NO_PHOTO, area: 'riverside' } };

/** Minimal contact data: a name only. The card says how else to get help. */
export const MinimalContactData: Story = { args: { feed: MINIMAL, area: 'riverside' } };

/** An area with nobody listed: it says so and points to the third-sector interface. */
export const NobodyListed: Story = { args: { feed: MINIMAL, area: 'hillside' } };

/** Long names, roles, organisations, addresses and links. */
export const LongTexts: Story = { args: { feed: LONG_TEXTS, area: 'riverside' } };

/** Narrow screen (320 px). */
export const NarrowScreen: Story = {
  args: { feed: LONG_TEXTS, area: 'riverside' },
  render: (args) => html`<div style="max-inline-size: 320px">${connector(args)}</div>`,
};

/** No `area`: residents choose their neighbourhood or enter a postcode. */
export const ChooseYourArea: Story = { args: { remember: true } };

/** While the feed loads, the page's own fallback shows. */
export const Loading: Story = { args: { feed: NEVER, area: 'parkhead' } };

/** The feed cannot be loaded: a polite error with "Try again", and the fallback below. */
export const FeedError: Story = { name: 'Error', args: { feed: MISSING, area: 'parkhead' }, parameters: { expectedConsoleErrors: MISSING_CONSOLE } };
