import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MISSING, MISSING_CONSOLE, NEVER, timeoutFor } from '../support/feeds.js';

/**
 * `<place-feed>` shares one feed with every placekit element inside it: however many elements a page
 * has, the feed is fetched once, and an element's own `feed` attribute still wins. It shows its children
 * as they are, so it can wrap a whole page section.
 *
 * Use it when a page has more than one placekit element.
 */

interface Args {
  src: string;
  'feed-timeout'?: number;
}

/** Writes what the page heard from the shared feed, as a page's own script would (for analytics, say). */
const report = (event: CustomEvent) => {
  if (event.target !== event.currentTarget) return;
  const output = (event.currentTarget as HTMLElement).querySelector('output');
  if (!output) return;
  output.textContent =
    event.type === 'place-feed-load'
      ? `The page heard place-feed-load once: ${event.detail.counts.services.kept} services from ${event.detail.publisher}, read by both elements.`
      : `The page heard place-feed-error: ${event.detail.kind}.`;
};

const meta: Meta<Args> = {
  title: 'Elements/place-feed',
  component: 'place-feed',
  args: { src: 'sample/feed.json' },
  argTypes: { src: { control: 'text' } },
  render: (args) => html`
    <place-feed src=${args.src} feed-timeout=${ifDefined(args['feed-timeout'] ?? timeoutFor(args.src))} @place-feed-load=${report} @place-feed-error=${report}>
      <p><output>Waiting for the feed…</output></p>
      <place-plan area="springburn" compact>
        <p>Springburn's Locality Plan: older people live well at home, young people have places to go, warm homes, good work, green spaces.</p>
      </place-plan>
      <place-directory area="springburn" lock="area" page-size="3">
        <p>Springburn's services: call the partnership on 0141 496 0000.</p>
      </place-directory>
    </place-feed>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Two elements, one feed: a plan summary and the directory, both for Springburn, from one fetch of the sample feed. */
export const TwoElementsOneFeed: Story = { name: 'Two elements, one feed', parameters: { forcedColors: true } };

/** While the shared feed loads, each element shows its own fallback content. */
export const Loading: Story = { args: { src: NEVER } };

/** The shared feed could not be loaded: each element inside shows the polite error and "Try again", over its fallback. */
export const FeedError: Story = {
  name: 'Error',
  args: { src: MISSING },
  parameters: { expectedConsoleErrors: MISSING_CONSOLE },
};
