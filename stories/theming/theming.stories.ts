import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, unsafeStatic } from 'lit/static-html.js';
import { LOOKS, type Look } from './looks.js';

/**
 * The same elements in three looks. Each look is a few lines of the page's own CSS: `--place-*` custom
 * properties, which reach inside the elements, and `::part()` rules for the parts each element names.
 * Nothing else from the page can reach in, so a look cannot break a widget by accident.
 */
const meta: Meta = {
  title: 'Guides/Theming',
  tags: ['!autodocs'],
  // The sample's connector photo (at example.org) does not load offline: the card shows initials, and the browser logs the request.
  parameters: { forcedColors: true, layout: 'padded', expectedConsoleErrors: ['Failed to load resource'] },
  render: (_args, { parameters }) => {
    const look = parameters.look as Look;
    return html`
      <style>
        ${unsafeStatic(look.css)}
      </style>
      <div class="look">
        <place-feed src="sample/feed.json">
          <place-connector area="parkhead"></place-connector>
          <place-feedback form="page-feedback"></place-feedback>
          <place-plan area="parkhead" compact></place-plan>
          <place-directory page-size="3"></place-directory>
        </place-feed>
      </div>
    `;
  },
};
export default meta;

export const Default: StoryObj = { parameters: { look: LOOKS.default } };
export const GovUk: StoryObj = { name: 'GOV.UK Design System', parameters: { look: LOOKS.govuk } };
export const ScottishGovernment: StoryObj = { name: 'Scottish Government Design System', parameters: { look: LOOKS.scotgov } };
