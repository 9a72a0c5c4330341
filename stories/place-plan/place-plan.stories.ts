import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PlacePlanElement } from '../../src/place-plan/place-plan.js';
import { EMPTY_FEED, MISSING, MISSING_CONSOLE, NEVER, timeoutFor } from '../support/feeds.js';

/**
 * `<place-plan>` summarises a Locality Plan so that a resident sees at a glance what is planned for
 * their neighbourhood and how it is going: the headline (actions by status, indicators on course),
 * then each priority with its actions and its indicators (a small chart with its target, a sentence
 * and the figures as a table).
 *
 * Put it inside the page's `<place-feed>`, or give it a `feed`. `area` (or `plan`) picks the plan;
 * without either it lists every plan with a neighbourhood and postcode finder. `compact` is for a
 * sidebar; `sync-url` keeps the plan, filters and open priorities in the address.
 */

interface Args {
  feed: string;
  area?: string;
  plan?: string;
  compact: boolean;
  'sync-url': boolean;
  'heading-level'?: number;
}

const AREAS = [{ id: 'riverside', name: 'Riverside', alternate_name: 'Taobh na h-Aibhne', postcode_districts: ['G40'] }];
const feedOf = (plans: unknown[]) =>
  `data:application/json,${encodeURIComponent(JSON.stringify({ format_version: '1.0', publisher: { name: 'Example Partnership' }, updated: '2026-11-20T09:00:00Z', areas: AREAS, locality_plans: plans }))}`;

/** One priority per status, and an action whose status is not reported. */
const EVERY_STATUS = feedOf([
  {
    id: 'statuses',
    area_id: 'riverside',
    title: 'Riverside Locality Plan 2025 to 2030',
    period_start: '2025',
    period_end: '2030',
    updated: '2026-09',
    partnership: 'Example Community Planning Partnership',
    priorities: [
      {
        id: 'p1',
        title: 'Every status, side by side',
        why: 'Each status has its own text label and icon shape, so colour is never the only cue.',
        actions: (['complete', 'on_track', 'minor_slippage', 'major_slippage', 'not_started', 'reported_later', undefined] as const).map((status, i) => ({
          id: `a${i}`,
          title: `An action that is ${status ? status.replace('_', ' ') : 'without a reported status'}`,
          lead_partner: i % 2 ? 'Example Housing Association' : 'Example City Council',
          timescale: '2025 to 2027',
          due: '2027-03',
          ...(status && { status }),
        })),
        indicators: [
          {
            id: 'i1',
            title: 'On course',
            unit: 'percent',
            direction: 'up',
            baseline: { date: '2024', value: 40 },
            target: { date: '2030', value: 60 },
            values: [
              { date: '2024', value: 40 },
              { date: '2025', value: 45 },
              { date: '2026', value: 49 },
            ],
          },
          {
            id: 'i2',
            title: 'Not on course',
            unit: 'count',
            direction: 'down',
            baseline: { date: '2024', value: 300 },
            target: { date: '2030', value: 200 },
            values: [
              { date: '2024', value: 300 },
              { date: '2025', value: 310 },
              { date: '2026', value: 295 },
            ],
          },
          {
            id: 'i3',
            title: 'Target date passed: met',
            unit: 'currency',
            direction: 'up',
            baseline: { date: '2022', value: 20000 },
            target: { date: '2025-03', value: 30000 },
            values: [
              { date: '2023', value: 26000 },
              { date: '2025', value: 31500 },
            ],
          },
          { id: 'i4', title: 'Not enough data to tell', unit: 'rate', unit_label: 'per 1,000 people', values: [{ date: '2025', value: 8.4 }] },
        ],
      },
    ],
  },
]);

/** What a first-year plan looks like: no indicators, values out of order, no targets, one value. */
const SPARSE = feedOf([
  {
    id: 'sparse',
    area_id: 'riverside',
    title: 'Riverside Locality Plan',
    priorities: [
      {
        id: 'p1',
        title: 'A priority with actions but no indicators',
        actions: [{ id: 'a1', title: 'Talk to residents about what matters', status: 'on_track' }],
      },
      {
        id: 'p2',
        title: 'A priority with thin figures',
        indicators: [
          { id: 'i1', title: 'One value so far', unit: 'count', values: [{ date: '2025', value: 12 }], target: { date: '2030', value: 40 } },
          {
            id: 'i2',
            title: 'No target yet, values out of order',
            unit: 'percent',
            values: [
              { date: '2025', value: 31 },
              { date: '2023', value: 35 },
              { date: '2024', value: 33 },
            ],
          },
          { id: 'i3', title: 'Nothing reported yet', unit: 'percent' },
        ],
      },
      { id: 'p3', title: 'A priority with nothing listed yet' },
    ],
  },
]);

const LONG =
  'making sure that every household in the neighbourhood, whatever its size or circumstances, can find a warm, safe, affordable and well-managed home within walking distance of the shops, schools, surgeries and community venues it depends on';
const LONG_TEXTS = feedOf([
  {
    id: 'long',
    area_id: 'riverside',
    title: `Riverside and Upper Riverside Locality Plan for ${LONG}, 2024 to 2034`,
    summary: `A plan for ${LONG}. `.repeat(4),
    period_start: '2024-04',
    period_end: '2034-03',
    partnership: 'Example Community Planning Partnership: Riverside, Upper Riverside and Riverside Harbour Locality Partnership Board',
    partnership_url: 'https://example.org/community-planning/riverside',
    document_url: 'https://example.org/plans/riverside.pdf',
    priorities: Array.from({ length: 6 }, (_, i) => ({
      id: `p${i}`,
      title: `Priority ${i + 1}: ${LONG}`,
      why: `Because ${LONG}. `.repeat(2),
      actions: [
        {
          id: `a${i}`,
          title: `Work with tenants, landlords and the council on ${LONG}`,
          lead_partner: 'Example Sample Health and Social Care Partnership (North East Locality, Community Services Directorate)',
          partners: ['Example Housing Association Limited', 'Example Third Sector Interface and Volunteer Centre'],
          timescale: 'From the autumn of 2025 until the spring of 2028, reviewed every six months',
          status: i % 2 ? 'minor_slippage' : 'on_track',
          status_note: `Progress report: ${LONG}. `.repeat(2),
        },
      ],
      indicators: [
        {
          id: `i${i}`,
          title: `Households in temporary accommodation for longer than six months, as a rate per 100,000 households in the neighbourhood`,
          unit: 'rate',
          unit_label: 'per 100,000 households',
          direction: 'down',
          baseline: { date: '2023-03', value: 1234.5 },
          target: { date: '2034-03', value: 400 },
          values: [
            { date: '2023-03', value: 1234.5 },
            { date: '2024-03', value: 1180.25 },
            { date: '2025-03', value: 1012 },
          ],
        },
      ],
    })),
  },
]);

/**
 * Where the plan shows the area's <place-connector> card and the sample gives the connector a photo, the
 * photo (at example.org) does not load offline: the card shows initials, and the browser logs the request.
 */
const PHOTO_OFFLINE = { expectedConsoleErrors: ['Failed to load resource'] };

/**
 * Runs `then` on the element once its own feed has loaded (to show a state a resident reaches by acting).
 * Only the element's own event counts: the placekit elements inside it (the contact card, the form) load
 * the feed too, and their events, retargeted at the shadow boundary, also reach this listener with the
 * plan as `target`; `composedPath()[0]` is where an event really began. `then` sets a state rather
 * than toggling one, so running it again changes nothing.
 */
const whenLoaded = (then?: (el: PlacePlanElement) => unknown) => (event: Event) => {
  const el = event.currentTarget as PlacePlanElement;
  if (then && event.composedPath()[0] === el) void el.updateComplete.then(() => then(el));
};

const buttons = (el: PlacePlanElement, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>(selector)];

/** Presses each button not already in the state wanted (`aria-expanded` or `aria-pressed` true), and waits for the update. */
const press = async (el: PlacePlanElement, list: HTMLButtonElement[], state: 'aria-expanded' | 'aria-pressed' = 'aria-expanded') => {
  for (const button of list) if (button.getAttribute(state) !== 'true') button.click();
  await el.updateComplete;
};

/** Opens the first priority and shows its first indicator as a table. */
const openFirst = async (el: PlacePlanElement) => {
  await press(el, buttons(el, '[part="priority-toggle"]').slice(0, 1));
  await press(el, buttons(el, '.table-toggle').slice(0, 1));
};

/** Opens every priority (and, with `tables`, shows every indicator as a table). */
const openAll = async (el: PlacePlanElement, tables = false) => {
  await press(el, buttons(el, '[part="priority-toggle"]'));
  if (tables) await press(el, buttons(el, '.table-toggle'));
};

const plan = (args: Args, then?: (el: PlacePlanElement) => unknown) => html`
  <place-plan
    feed=${args.feed}
    area=${ifDefined(args.area || undefined)}
    plan=${ifDefined(args.plan || undefined)}
    ?compact=${args.compact}
    ?sync-url=${args['sync-url']}
    heading-level=${ifDefined(args['heading-level'] && args['heading-level'] !== 2 ? args['heading-level'] : undefined)}
    feed-timeout=${ifDefined(timeoutFor(args.feed))}
    @place-feed-load=${whenLoaded(then)}
  >
    <p>Loading the Locality Plan…</p>
  </place-plan>
`;

const meta: Meta<Args> = {
  title: 'Elements/place-plan',
  component: 'place-plan',
  args: { feed: 'sample/feed.json', compact: false, 'sync-url': false },
  argTypes: {
    feed: { control: 'text' },
    area: { control: 'select', options: ['', 'parkhead', 'springburn', 'easterhouse'] },
    plan: { control: 'text' },
    compact: { control: 'boolean' },
    'sync-url': { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
  },
  render: (args) => plan(args),
};
export default meta;

type Story = StoryObj<Args>;

/** Every plan in the feed as a tile, with a neighbourhood list and postcode box to find yours. */
export const AllPlans: Story = {};

/** One plan, chosen with `area`: header, headline, filters, priorities (the first open, with a table) and the call to have your say. */
export const OnePlan: Story = { args: { area: 'parkhead' }, parameters: PHOTO_OFFLINE, render: (args) => plan(args, openFirst) };

/** `compact`: the headline and the priority titles, for a sidebar. */
export const Compact: Story = {
  args: { area: 'springburn', compact: true },
  render: (args) => html`<div style="max-inline-size: 22rem">${plan(args)}</div>`,
};

/** Every action status with its label and icon shape, and every "on course" verdict. */
export const EveryStatus: Story = {
  args: { feed: EVERY_STATUS, area: 'riverside' },
  parameters: { forcedColors: true },
  render: (args) => plan(args, (el) => press(el, buttons(el, '[part="priority-toggle"]').slice(0, 1))),
};

/** Filtered to what is behind (minor or major slippage). */
export const WhatIsBehind: Story = {
  args: { area: 'easterhouse' },
  parameters: PHOTO_OFFLINE,
  render: (args) => plan(args, (el) => press(el, buttons(el, '.filters .behind'), 'aria-pressed')),
};

/** Sparse data: no indicators, one value, values out of order, no target, nothing reported. */
export const SparseData: Story = {
  args: { feed: SPARSE, area: 'riverside' },
  render: (args) => plan(args, (el) => openAll(el)),
};

/** Long titles, partner names, timescales and notes. */
export const LongTexts: Story = {
  args: { feed: LONG_TEXTS, area: 'riverside' },
  render: (args) => plan(args, openFirst),
};

/** At 320 px wide, as on a small phone: nothing scrolls sideways. */
export const NarrowScreen: Story = {
  args: { area: 'parkhead' },
  parameters: PHOTO_OFFLINE,
  render: (args) => html`<div style="max-inline-size: 320px">${plan(args, openFirst)}</div>`,
};

/** In forced colours (Windows contrast themes): the status shapes and the charts keep their form. */
export const ForcedColours: Story = {
  args: { area: 'springburn' },
  parameters: { forcedColors: true },
  render: (args) => plan(args, openFirst),
};

/** While the feed loads, the page's own fallback content shows. */
export const Loading: Story = { args: { feed: NEVER } };

/** The feed could not be loaded: a short, polite message and a button to try again. */
export const FeedError: Story = { name: 'Error', args: { feed: MISSING }, parameters: { expectedConsoleErrors: MISSING_CONSOLE } };

/** A feed with no Locality Plans in it yet. */
export const Empty: Story = { args: { feed: EMPTY_FEED } };

/** A plan as printed (use the browser's print preview on this story): every priority open, charts with their numbers, no buttons. */
export const Printed: Story = { args: { area: 'parkhead' }, parameters: { print: true, ...PHOTO_OFFLINE } };

/** Every priority open and every table shown: what a printed page holds (print also hides the buttons and filters). */
export const AllOpen: Story = {
  args: { area: 'parkhead' },
  parameters: PHOTO_OFFLINE,
  render: (args) => plan(args, (el) => openAll(el, true)),
};

/** Waits until the plan's closing-the-loop part (loaded on demand) has drawn, then does `then`. */
const withLoop = (then: (el: PlacePlanElement) => unknown) => async (el: PlacePlanElement) => {
  for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[part="you-said"], [part="place-standard"]'); i++)
    await new Promise((done) => setTimeout(done, 50));
  await then(el);
};

/**
 * "You said, we did": the latest responses at the top with the yearly progress report beside them, and under
 * the first priority what residents said of it (planned, and not doing with the reason).
 */
export const YouSaidWeDid: Story = {
  name: 'You said, we did',
  args: { area: 'parkhead' },
  parameters: PHOTO_OFFLINE,
  render: (args) =>
    plan(
      args,
      withLoop((el) => press(el, buttons(el, '[part="priority-toggle"]').slice(0, 1))),
    ),
};

/** "How you can help" under a priority: the opportunities that serve it (what, when, where) and the Community Connector to ask. */
export const HowYouCanHelp: Story = {
  name: 'How you can help',
  args: { area: 'parkhead' },
  parameters: PHOTO_OFFLINE,
  render: (args) =>
    plan(
      args,
      withLoop((el) => press(el, buttons(el, '[part="priority-toggle"]').slice(3, 4))),
    ),
};

/** "What happened to my feedback?": a resident's reference (3F2A 9C41, from the sample feed) looked up. */
export const FeedbackLookUp: Story = {
  name: 'What happened to my feedback',
  args: { area: 'parkhead' },
  parameters: PHOTO_OFFLINE,
  render: (args) =>
    plan(
      args,
      withLoop(async (el) => {
        const input = el.shadowRoot!.querySelector<HTMLInputElement>('#lookup-reference');
        if (!input || input.value) return;
        input.value = '3F2A 9C41';
        el.shadowRoot!.querySelector<HTMLButtonElement>('.lookup button')?.click();
        await el.updateComplete;
      }),
    ),
};

/** The area's Place Standard results beside the plan they informed: the compass, its sentence and its table. */
export const PlaceStandardCompass: Story = {
  name: 'Place Standard compass',
  args: { area: 'springburn' },
  parameters: { forcedColors: true, ...PHOTO_OFFLINE },
};

/** Closing the loop at 320 px wide: nothing scrolls sideways. */
export const YouSaidWeDidNarrow: Story = {
  name: 'You said, we did, narrow screen',
  args: { area: 'parkhead' },
  parameters: PHOTO_OFFLINE,
  render: (args) =>
    html`<div style="max-inline-size: 320px">${plan(
      args,
      withLoop((el) => press(el, buttons(el, '[part="priority-toggle"]').slice(3, 4))),
    )}</div>`,
};
