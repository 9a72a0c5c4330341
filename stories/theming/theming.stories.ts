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
  // Springburn's connector has no photo in the sample (the others' photos are on example.org, which is not reachable offline).
  parameters: { forcedColors: true, layout: 'padded' },
  render: (_args, { parameters }) => {
    const look = parameters.look as Look;
    return html`
      <style>
        ${unsafeStatic(look.css)}
      </style>
      <div class=${look.wrapper ?? 'look'}>
        <place-feed src="sample/feed.json">
          <place-connector area="springburn"></place-connector>
          <place-feedback form="page-feedback"></place-feedback>
          <place-plan area="springburn" compact></place-plan>
          <place-directory page-size="3"></place-directory>
        </place-feed>
      </div>
    `;
  },
};
export default meta;

/**
 * placekit's own look. Checked in forced colours too: to see that yourself, in Chrome open DevTools, ⋮, More
 * tools, Rendering, and set "Emulate CSS media feature forced-colors" to "active".
 */
export const Default: StoryObj = { parameters: { look: LOOKS.default } };
/** Close to the GOV.UK Design System. Forced colours: DevTools, Rendering, "Emulate CSS media feature forced-colors". */
export const GovUk: StoryObj = { name: 'GOV.UK Design System', parameters: { look: LOOKS.govuk } };
/** Close to the Scottish Government Design System. Forced colours: DevTools, Rendering, "Emulate CSS media feature forced-colors". */
export const ScottishGovernment: StoryObj = { name: 'Scottish Government Design System', parameters: { look: LOOKS.scotgov } };
/**
 * On a page with a dark look, which opts in with `color-scheme: dark`. The story check runs axe's colour-contrast
 * rule on it, in English, Welsh and Gaelic. Not in forced colours: they replace a page's colours, dark or light,
 * and the default look is checked in them; axe there measures the author's light text against a white it assumes.
 */
export const Dark: StoryObj = { parameters: { look: LOOKS.dark, forcedColors: false } };
