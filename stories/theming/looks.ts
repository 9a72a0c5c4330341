/**
 * Three looks for the theming page, each only `--place-*` custom properties and `::part` rules, as a
 * council's own stylesheet would set them. Every colour pair meets WCAG AA contrast (the story check runs
 * axe's colour-contrast rule on each look).
 */
export interface Look {
  name: string;
  description: string;
  /** CSS for the page: `.look` is the wrapper the story puts the elements in (or `wrapper`, when given). */
  css: string;
  /**
   * The wrapper's class when it is not `look`: the Dark look's, so that on the guide, where every look's CSS
   * is on one page, no other look's `.look` rules reach its elements and its rules reach no other look's.
   */
  wrapper?: string;
}

export const LOOKS: Record<'default' | 'govuk' | 'scotgov' | 'dark', Look> = {
  default: {
    name: 'Default',
    description: "placekit's own defaults: the reader's system font at their chosen size, GOV.UK colours.",
    css: '',
  },
  govuk: {
    name: 'GOV.UK Design System',
    description:
      'Close to the GOV.UK Design System: GDS Transport where the site has it (Arial otherwise), 19px text, square corners, the yellow focus state and green buttons.',
    css: `
.look {
  --place-font-family: "GDS Transport", arial, sans-serif;
  --place-font-size: 1.1875rem;
  --place-line-height: 1.32;
  --place-radius: 0;
  --place-space: 20px;
  --place-color-text: #0b0c0c;
  --place-color-text-secondary: #505a5f;
  --place-color-link: #1d70b8;
  --place-color-link-visited: #4c2c92;
  --place-color-link-hover: #003078;
  --place-color-button: #00703c;
  --place-color-button-hover: #005a30;
  --place-color-button-shadow: #002d18;
  --place-color-focus: #ffdd00;
  --place-color-focus-text: #0b0c0c;
  --place-color-error: #d4351c;
  --place-color-border: #b1b4b6;
}`,
  },
  scotgov: {
    name: 'Scottish Government Design System',
    description: 'Close to the Scottish Government Design System: Roboto, dark slate text, blue links and buttons, yellow focus, square corners.',
    css: `
.look {
  --place-font-family: Roboto, "Helvetica Neue", Arial, sans-serif;
  --place-heading-font-family: Roboto, "Helvetica Neue", Arial, sans-serif;
  --place-font-size: 1rem;
  --place-line-height: 1.75;
  --place-radius: 0;
  --place-space: 24px;
  --place-color-text: #333e48;
  --place-color-heading: #333e48;
  --place-color-text-secondary: #5e6c78;
  --place-color-background: #ffffff;
  --place-color-surface: #ebebeb;
  --place-color-control-border: #5e6c78;
  --place-color-border: #b3b3b3;
  --place-color-link: #0065bd;
  --place-color-link-visited: #5e017f;
  --place-color-link-hover: #00437e;
  --place-color-button: #0065bd;
  --place-color-button-hover: #00437e;
  --place-color-button-text: #ffffff;
  --place-color-button-shadow: transparent;
  --place-color-focus: #fdd522;
  --place-color-focus-text: #333e48;
  --place-color-error: #d32205;
  --place-color-notice-border: #0065bd;
}
.look *::part(base) {
  border-inline-start: 4px solid #0065bd;
  padding-inline-start: 16px;
}`,
  },
  dark: {
    name: 'Dark',
    description:
      "placekit's own colours on a page with a dark look, which opts in with the standard color-scheme property (docs/theming.md); without it the elements stay light, even when the device prefers dark.",
    wrapper: 'dark-page',
    css: `
.dark-page {
  color-scheme: dark;
  background: Canvas;
  color: CanvasText;
  padding: 16px;
}`,
  },
};
