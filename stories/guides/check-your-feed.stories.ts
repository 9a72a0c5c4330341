/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defineFeedCheck } from './feed-check.js';
import minimal from './examples/minimal-feed.json?raw';
import mistakes from './examples/common-mistakes.json?raw';

defineFeedCheck();

/**
 * The "Check your feed" tool: paste a feed's address or choose the file, and it lists every problem
 * with its place in the file, as `placekit validate` does, without installing anything.
 */
interface Args {
  preset?: { text: string; source: string };
}

const meta: Meta<Args> = {
  title: 'Guides/Check your feed',
  tags: ['!autodocs'],
  parameters: { layout: 'padded', forcedColors: true, docs: { source: { code: null } } },
  render: (args) => html`<placekit-feed-check .preset=${args.preset}></placekit-feed-check>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Ready: nothing checked yet. */
export const Ready: Story = {};

/** A feed with the common mistakes: each problem with its path and what was done about it. */
export const WithMistakes: Story = { name: 'A feed with mistakes', args: { preset: { text: mistakes, source: 'common-mistakes.json' } } };

/** A valid feed. */
export const Valid: Story = { name: 'A valid feed', args: { preset: { text: minimal, source: 'minimal-feed.json' } } };

/** Not a feed at all (here, JSON with a trailing comma): where reading stopped. */
export const NotAFeed: Story = { name: 'Not a feed', args: { preset: { text: '{"format_version": "1.0",}', source: 'broken.json' } } };
