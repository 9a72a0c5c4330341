/**
 * Styles every placekit element starts from.
 *
 * Isolation: the host page's selectors cannot reach into the shadow root, but inherited properties
 * (font, colour, line height, letter spacing, text transform...) flow in through the host. `.root`
 * resets them all (`all: initial`) and then sets placekit's own from `--place-*` custom properties,
 * which do inherit, so a page can theme the widget without being able to break it by accident.
 * The host's `display` is held with `!important`: a page rule such as `* { display: inline }` cannot
 * change the layout, while the `hidden` attribute still hides the element.
 *
 * The host may shrink in a flex or grid parent and never outgrows its container; lengths are in `em`
 * of the element's own text size, never `rem`, so a page's `html { font-size }` changes nothing.
 *
 * Feed text can be anything: a 2,000-letter word breaks anywhere rather than widening a button past the
 * screen (`overflow-wrap: anywhere` also lets grid and flex items shrink below it), and every
 * paragraph, heading, list item, cell, button or link takes its direction from its own first letter
 * (`unicode-bidi: plaintext`, at no specificity), so Arabic or Urdu reads right to left within an
 * English interface.
 *
 * Colours and spacing come from the design tokens, resolved once on `:host` (the first rule below).
 * Defaults follow the GOV.UK Design System palette: every text colour meets 4.5:1 on the default
 * background and every control border 3:1.
 */
import { css } from 'lit';

export const baseStyles = css`
  /* Design tokens, resolved once: each --place-* property the styles use more than once, with its default,
     under a private name (one used once keeps its default where it is used). A default is written once
     (an element's own are at the top of its styles). A custom property holds its value unresolved, so 1em
     is the text size where it is used. */
  :host {
    --_place-space: var(--place-space, 1em);
    --_place-radius: var(--place-radius, 0);
    --_place-heading-font: var(--place-heading-font-family, inherit);
    --_place-heading: var(--place-color-heading, inherit);
    --_place-text: var(--place-color-text, light-dark(#0b0c0c, #f3f2f1));
    --_place-text-secondary: var(--place-color-text-secondary, light-dark(#505a5f, #b1b4b6));
    --_place-background: var(--place-color-background, light-dark(#ffffff, #0b0c0c));
    --_place-surface: var(--place-color-surface, light-dark(#f3f2f1, #262828));
    --_place-border: var(--place-color-border, #b1b4b6);
    --_place-button-border: var(--place-color-control-border, light-dark(#505a5f, #b1b4b6));
    --_place-link: var(--place-color-link, light-dark(#1d70b8, #7cb8f0));
    --_place-link-hover: var(--place-color-link-hover, light-dark(#003078, #b7d8f7));
    --_place-button-text: var(--place-color-button-text, #ffffff);
    --_place-focus: var(--place-color-focus, #ffdd00);
    --_place-focus-text: var(--place-color-focus-text, #0b0c0c);
    --_place-error: var(--place-color-error, light-dark(#d4351c, #ff8b78));
    --_place-notice-border: var(--place-color-notice-border, light-dark(#1d70b8, #7cb8f0));

    display: block !important;
    contain: layout style;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* Browsers without light-dark() (before 2024) take the light colours. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_place-text: var(--place-color-text, #0b0c0c);
      --_place-text-secondary: var(--place-color-text-secondary, #505a5f);
      --_place-background: var(--place-color-background, #ffffff);
      --_place-surface: var(--place-color-surface, #f3f2f1);
      --_place-button-border: var(--place-color-control-border, #505a5f);
      --_place-link: var(--place-color-link, #1d70b8);
      --_place-link-hover: var(--place-color-link-hover, #003078);
      --_place-error: var(--place-color-error, #d4351c);
      --_place-notice-border: var(--place-color-notice-border, #1d70b8);
    }
    a:visited {
      color: var(--place-color-link-visited, #4c2c92);
    }
    .button {
      box-shadow: 0 2px 0 var(--place-color-button-shadow, #002d18);
    }
    .button.secondary:hover {
      background: var(--place-color-surface-hover, #dbdad9);
    }
  }

  .root {
    all: initial;
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    font-family: var(--place-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif);
    font-size: var(--place-font-size, medium);
    font-weight: 400;
    line-height: var(--place-line-height, 1.5);
    color: var(--_place-text);
    background: var(--_place-background);
    text-align: start;
    overflow-wrap: anywhere;
    word-break: normal;
    -webkit-text-size-adjust: 100%;
    /* The page's colour scheme, which 'all: initial' reset: light unless the page opts in (docs/theming.md). */
    color-scheme: inherit;
  }
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: border-box;
  }

  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  ol,
  dl,
  dd,
  figure,
  fieldset,
  table {
    margin: 0 0 var(--_place-space);
  }
  :where(.root *) {
    unicode-bidi: plaintext;
  }
  /* A table sizes its columns from their words: 'anywhere' lets it squeeze a column to one letter and split
     "Wednesday" or "Baseline". A table of class words keeps words whole; feed text in it goes through
     breakable() (rich-text.ts), so a string too long to be a word still breaks rather than widen the page. */
  .words th,
  .words td {
    overflow-wrap: break-word;
  }
  .breakable {
    overflow-wrap: anywhere;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--_place-heading-font);
    font-weight: 700;
    line-height: 1.25;
    color: var(--_place-heading);
  }
  /* The space below is 1em of the element's text, not of the heading's larger size. */
  h2 {
    font-size: 1.5em;
    margin-block-end: var(--place-space, calc(1em / 1.5));
  }
  h3 {
    font-size: 1.2em;
    margin-block-end: var(--place-space, calc(1em / 1.2));
  }
  h4 {
    font-size: 1em;
  }
  /* Headings look the same at any heading-level: drawn by their place in the element (heading.ts), not their tag. */
  .rank-0 {
    font-size: 1.5em;
    margin: 0 0 var(--place-space, calc(1em / 1.5));
  }
  .rank-1 {
    font-size: 1.2em;
    margin: 0 0 var(--place-space, calc(1em / 1.2));
  }
  .rank-2 {
    font-size: 1em;
    margin: 0 0 var(--_place-space);
  }
  /* Headings inside a feed's formatted text (src/ui/rich-text.ts): below the element's own, at any level. */
  .text-heading {
    font-size: 1.1em;
    margin-block-end: 0.5em;
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  img,
  svg {
    max-inline-size: 100%;
  }

  a {
    color: var(--_place-link);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: var(--place-color-link-visited, light-dark(#4c2c92, #c3a6f0));
  }
  a:hover {
    color: var(--_place-link-hover);
    text-decoration-thickness: max(3px, 0.1875em);
  }

  /* One focus style for everything: a yellow ring inside a dark one, visible on any background. */
  :focus-visible {
    outline: 3px solid var(--_place-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_place-focus-text);
  }
  a:focus-visible {
    color: var(--_place-focus-text);
    background-color: var(--_place-focus);
    box-shadow: 0 0 0 3px var(--_place-focus), 0 4px 0 3px var(--_place-focus-text);
    outline: 3px solid transparent;
    text-decoration: none;
  }
  /* Where script moves focus (a heading after "Try again", the count after a search), keyboard users see
     the ring too (the browser's :focus-visible heuristic); a click or a tap moves focus without it. */
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
    box-shadow: none;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    margin: 0;
    padding: 0.5em 1em;
    border: 2px solid transparent;
    border-radius: var(--_place-radius);
    font: inherit;
    font-weight: 700;
    line-height: 1.2;
    text-align: center;
    color: var(--_place-button-text);
    background: var(--place-color-button, #00703c);
    box-shadow: 0 2px 0 var(--place-color-button-shadow, light-dark(#002d18, #000000));
    cursor: pointer;
    -webkit-appearance: none;
    appearance: none;
  }
  .button:hover {
    background: var(--place-color-button-hover, #005a30);
  }
  .button:focus-visible {
    outline: 3px solid var(--_place-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 1px var(--_place-focus), 0 0 0 6px var(--_place-focus-text);
  }
  .button[aria-disabled='true'],
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .button.secondary {
    color: var(--_place-text);
    background: var(--_place-surface);
    border-color: var(--_place-button-border);
    box-shadow: 0 2px 0 var(--_place-button-border);
  }
  .button.secondary:hover {
    background: var(--place-color-surface-hover, light-dark(#dbdad9, #3b3e40));
  }
  .link-button {
    all: unset;
    display: inline;
    overflow-wrap: anywhere;
    unicode-bidi: plaintext;
    font: inherit;
    color: var(--_place-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .link-button:focus-visible {
    color: var(--_place-focus-text);
    background-color: var(--_place-focus);
    box-shadow: 0 0 0 3px var(--_place-focus), 0 4px 0 3px var(--_place-focus-text);
    outline: 3px solid transparent;
  }

  .secondary-text {
    color: var(--_place-text-secondary);
  }

  /* Feed text in another language than the interface's (see feed-lang.ts): a lang, not a box. */
  .feed-text {
    display: contents;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }

  .notice {
    margin: 0 0 var(--_place-space);
    padding: 0.75em 1em;
    border-inline-start: 5px solid var(--_place-notice-border);
    background: var(--_place-surface);
  }
  .notice.error {
    border-color: var(--_place-error);
  }
  .notice > :last-child {
    margin-block-end: 0;
  }
  .notice .title {
    font-weight: 700;
  }

  @media (prefers-reduced-motion: reduce) {
    .root *,
    .root *::before,
    .root *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    .root {
      forced-color-adjust: auto;
    }
    :focus-visible,
    a:focus-visible,
    .button:focus-visible,
    .link-button:focus-visible {
      outline: 3px solid Highlight;
      outline-offset: 2px;
    }
    .button {
      border-color: ButtonText;
    }
    .notice {
      border: 1px solid CanvasText;
      border-inline-start-width: 5px;
    }
  }

  @media print {
    .root {
      color: #000000;
      background: #ffffff;
    }
    .button,
    .no-print {
      display: none !important;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
    }
  }
`;

export { formStyles } from './form-styles.js';
