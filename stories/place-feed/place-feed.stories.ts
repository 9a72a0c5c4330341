import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * `<place-feed>` shares one feed with every placekit element inside it, fetched once. It shows its
 * children as they are.
 */
const meta: Meta = {
  title: 'Elements/place-feed',
  component: 'place-feed',
  args: { src: 'sample/feed.json' },
  render: (args) => html`
    <place-feed src=${args.src} @place-feed-load=${(e: CustomEvent) => ((e.target as HTMLElement).querySelector('output')!.textContent = `Loaded: ${e.detail.counts.services.kept} services from ${e.detail.publisher}.`)}>
      <p>Elements inside share this feed.</p>
      <output>Loading…</output>
    </place-feed>
  `,
};
export default meta;

export const Default: StoryObj = {};
