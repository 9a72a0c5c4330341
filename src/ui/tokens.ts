/**
 * Design tokens, resolved once on `:host`: each `--place-*` custom property a page may set (documented on
 * PlaceElement) with placekit's default, under a private name (`--_place-*`) that the styles use. A
 * default is written here and nowhere else; an element's own properties (the plan's status colours, the
 * contact card's photo size) are resolved the same way at the top of its styles.
 *
 * The private names are the styles' business, not an API: pages set `--place-*`. Lengths (`space`) stay
 * relative: a custom property holds its value unresolved, so `1em` is the text size where it is used.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_place-space: var(--place-space, 1em);
    --_place-radius: var(--place-radius, 0);
    --_place-heading-font: var(--place-heading-font-family, inherit);
    --_place-heading: var(--place-color-heading, inherit);
    --_place-text: var(--place-color-text, #0b0c0c);
    --_place-text-secondary: var(--place-color-text-secondary, #505a5f);
    --_place-background: var(--place-color-background, #ffffff);
    --_place-surface: var(--place-color-surface, #f3f2f1);
    --_place-surface-hover: var(--place-color-surface-hover, #dbdad9);
    --_place-border: var(--place-color-border, #b1b4b6);
    --_place-input-border: var(--place-color-control-border, #0b0c0c);
    --_place-button-border: var(--place-color-control-border, #505a5f);
    --_place-link: var(--place-color-link, #1d70b8);
    --_place-link-visited: var(--place-color-link-visited, #4c2c92);
    --_place-link-hover: var(--place-color-link-hover, #003078);
    --_place-button: var(--place-color-button, #00703c);
    --_place-button-hover: var(--place-color-button-hover, #005a30);
    --_place-button-text: var(--place-color-button-text, #ffffff);
    --_place-button-shadow: var(--place-color-button-shadow, #002d18);
    --_place-focus: var(--place-color-focus, #ffdd00);
    --_place-focus-text: var(--place-color-focus-text, #0b0c0c);
    --_place-error: var(--place-color-error, #d4351c);
    --_place-notice-border: var(--place-color-notice-border, #1d70b8);
  }
`;
