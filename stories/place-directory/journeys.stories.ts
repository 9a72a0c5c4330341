import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PlaceDirectoryElement } from '../../src/place-directory/place-directory.js';

/**
 * The journeys the best UK directories have (issue 19): a shortlist to print, share or send to a phone,
 * quick exit, "Add to calendar", accessibility filters, distances as walking and driving minutes, and
 * residents' help keeping listings right ("Was this information right?", "Report a problem with this
 * listing"). See docs/elements/place-directory.md.
 */

interface Args {
  feed: string;
  'quick-exit'?: string;
}

const shadow = (el: PlaceDirectoryElement) => el.shadowRoot!;
const click = (el: PlaceDirectoryElement, selector: string, index = 0) => shadow(el).querySelectorAll<HTMLElement>(selector)[index]?.click();
const FORUM = 'fae3f04e-0685-59ad-bdcb-9842459fdd3f';

/** A directory; `then` runs once its feed has loaded (to show a state a resident reaches by acting). */
const directory = (args: Args, then?: (el: PlaceDirectoryElement) => unknown, attributes = html``) => html`
  <place-directory
    feed=${args.feed}
    quick-exit=${ifDefined(args['quick-exit'])}
    @place-feed-load=${(event: Event) => {
      const el = event.target as PlaceDirectoryElement;
      if (then) void el.updateComplete.then(() => then(el));
    }}
    >${attributes}<p>Loading the directory of local services…</p></place-directory
  >
`;

const meta: Meta<Args> = {
  title: 'Elements/place-directory/Journeys',
  component: 'place-directory',
  // The directory's own docs page documents its attributes; these stories show journeys, not controls.
  tags: ['!autodocs'],
  args: { feed: 'sample/feed.json' },
  render: (args) => directory(args),
};
export default meta;

type Story = StoryObj<Args>;

/** Three services on "My list": their phones, addresses and opening times, to print, share as a link, or send by text or email. */
export const MyList: Story = {
  name: 'My list',
  render: (args) =>
    directory(args, async (el) => {
      sessionStorage.removeItem('placekit-my-list');
      for (const index of [0, 1, 2]) click(el, '.result .list-toggle', index);
      await el.updateComplete;
      await el.showList(true);
    }),
};

/** My list at 320 px, as on a small phone. */
export const MyListNarrow: Story = {
  name: 'My list, narrow screen',
  render: (args) => html`<div style="max-inline-size: 320px">${MyList.render!(args, {} as never)}</div>`,
};

/** My list as printed ("Print my list" prints it alone, from a frame of its own): names, phones, addresses, opening times, no buttons. */
export const MyListPrinted: Story = {
  name: 'My list, printed',
  parameters: { print: true },
  render: (args) => MyList.render!(args, {} as never),
};

/**
 * Quick exit (`quick-exit`), for directories of domestic-abuse and sexual-violence services: the red "Exit this
 * page" button stays in view; pressing Shift three times leaves too (try it: this preview goes to BBC Weather).
 */
export const QuickExit: Story = { name: 'Quick exit', args: { 'quick-exit': '' } };

/** A monthly meeting's details: "Add to calendar" gives an .ics file with its recurrence in UK time. */
export const AddToCalendar: Story = {
  name: 'Add to calendar',
  render: (args) => directory(args, (el) => el.showEntry(FORUM)),
};

/** "Was this information right?" after the contact details, and the listing report form opened (No). */
export const ReportAProblem: Story = {
  name: 'Report a problem',
  render: (args) =>
    directory(args, async (el) => {
      await el.showEntry(FORUM);
      await el.updateComplete;
      [...shadow(el).querySelectorAll<HTMLButtonElement>('.right button')].find((b) => b.textContent!.trim() === 'No')?.click();
    }),
};

/** Accessibility filters with counts, "Hearing loop" chosen. */
export const AccessibilityFilters: Story = {
  name: 'Accessibility filters',
  render: (args) =>
    directory(args, async (el) => {
      for (let i = 0; i < 40 && !shadow(el).querySelector('#f-access-hearing_loop'); i++) await new Promise((r) => setTimeout(r, 50));
      click(el, '#f-access-hearing_loop');
    }),
};

/** Distances as people think of them: "Within a 10 minute walk (about 0.4 miles)", in a straight line. */
export const Distances: Story = {
  render: (args) =>
    directory(args, async (el) => {
      // The postcode box is drawn a moment after the feed has loaded.
      for (let i = 0; i < 40 && !shadow(el).querySelector('#postcode'); i++) await new Promise((r) => setTimeout(r, 50));
      const postcode = shadow(el).querySelector<HTMLInputElement>('#postcode')!;
      postcode.value = 'G31';
      postcode.dispatchEvent(new Event('input'));
      void el.updateComplete.then(() => shadow(el).querySelector<HTMLFormElement>('form.near')!.requestSubmit());
    }),
};
