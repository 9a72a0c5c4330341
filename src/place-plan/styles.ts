import { css } from 'lit';

/**
 * `<place-plan>`'s own styles, on top of the base and form styles; a priority's inside (actions, indicators:
 * priority-body.ts, indicator-styles.ts) and the list's tiles (plan-list.ts) bring theirs when they load.
 */
export const styles = css`
  /* A page rule such as place-plan { width: 50px } must not squeeze it. */
  :host {
    inline-size: auto !important;
    min-inline-size: 0 !important;
    /* Its own design tokens (the shared ones: src/ui/styles.ts). */
    --_place-chart-line: var(--place-color-chart-line, light-dark(#1d70b8, #7cb8f0));
  }
  .more-plans {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .chooser-notice:empty {
    display: none;
  }
  .back {
    margin-block-end: 0.5em;
  }
  /* Decoration: the empty alternative keeps it out of the button's accessible name. */
  .back .link-button::before {
    content: '‹ ' / '';
  }

  .meta {
    display: grid;
    gap: 0.25em;
  }
  .meta > div,
  .facts > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
  }
  dt {
    font-weight: 700;
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
  }
  .links {
    padding: 0;
    list-style: none;
  }
  .links li {
    margin-block-end: 0.35em;
  }

  .headline {
    margin: 0 0 var(--_place-space);
    padding: 0.75em 1em;
    background: var(--_place-surface);
    border-inline-start: 5px solid var(--_place-notice-border);
  }
  .headline p {
    margin-block-end: 0.5em;
    font-size: 1.1em;
    font-weight: 700;
  }
  .status-counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .status {
    display: flex;
    gap: 0.4em;
    align-items: center;
    margin: 0;
  }
  .status-icon {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    color: var(--place-color-status-neutral, light-dark(#505a5f, #b1b4b6));
  }
  .status-icon .fill {
    fill: currentColor;
  }
  .status-icon .cut {
    fill: none;
    stroke: var(--_place-background);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .status-icon .ring {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  .status-icon .dashed {
    stroke-dasharray: 3 2;
  }
  .status-icon.complete {
    color: var(--place-color-status-complete, light-dark(#00703c, #5fd08f));
  }
  .status-icon.on_track {
    color: var(--place-color-status-on-track, light-dark(#1d70b8, #7cb8f0));
  }
  .status-icon.minor_slippage {
    color: var(--place-color-status-minor, light-dark(#b35c00, #f5a35c));
  }
  .status-icon.major_slippage {
    color: var(--place-color-status-major, light-dark(#d4351c, #ff8b78));
  }

  .filters .field {
    margin-block-end: 0.5em;
  }
  .filters select {
    inline-size: 100%;
    max-inline-size: 24em;
  }
  .filters .inline {
    margin-block-end: 0.5em;
  }
  .filters .inline > .field {
    flex: 1 1 14em;
    min-inline-size: 0;
  }
  .behind[aria-pressed='true'] {
    color: var(--_place-button-text);
    background: var(--_place-text);
    border-color: var(--_place-text);
  }
  .behind[aria-pressed='true']:hover {
    background: var(--_place-text-secondary);
  }
  .behind[aria-pressed='true']::before {
    content: '✓' / '';
  }
  .filter-outcome:empty {
    display: none;
  }
  .filter-outcome {
    font-weight: 700;
  }
  .priorities-bar {
    margin-block-end: var(--_place-space);
  }

  .priority {
    border-block-start: 1px solid var(--_place-border);
    padding-block-start: 0.5em;
  }
  .priority:last-child {
    border-block-end: 1px solid var(--_place-border);
    margin-block-end: var(--_place-space);
  }
  .priority-title {
    margin: 0;
  }
  .toggle {
    all: unset;
    box-sizing: border-box;
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.25em 0;
    font: inherit;
    color: var(--_place-link);
    cursor: pointer;
  }
  .toggle:hover {
    color: var(--_place-link-hover);
    text-decoration: underline;
  }
  .toggle:focus-visible {
    color: var(--_place-focus-text);
    background: var(--_place-focus);
    outline: 3px solid transparent;
    box-shadow: 0 -2px var(--_place-focus), 0 4px var(--_place-focus-text);
  }
  .chevron {
    flex: none;
    display: inline-block;
    inline-size: 0.55em;
    block-size: 0.55em;
    border-block-end: 0.15em solid currentColor;
    border-inline-end: 0.15em solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }
  [aria-expanded='false'] > .chevron {
    transform: rotate(-45deg);
  }
  :dir(rtl) [aria-expanded='false'] > .chevron {
    transform: rotate(135deg);
  }
  .priority-meta {
    margin-block-end: 0.5em;
  }
  .priority-body {
    padding-block-end: 0.5em;
  }
  .facts {
    display: grid;
    gap: 0.1em;
  }

  .titles {
    margin-block-end: 0;
  }
  .titles li {
    margin-block-end: 0.35em;
  }
  .have-your-say {
    padding: 0.75em 1em;
    border: 1px solid var(--_place-border);
  }
  .say-form {
    margin-block-start: var(--_place-space);
  }
  .have-your-say place-connector {
    margin-block-start: var(--_place-space);
  }

  @media (forced-colors: active) {
    .root .status-icon {
      color: CanvasText;
    }
    .status-icon .cut {
      stroke: Canvas;
    }
    .toggle {
      color: LinkText;
    }
    .headline {
      border: 1px solid CanvasText;
    }
  }

  .print-only {
    display: none;
  }
  @media print {
    .print-only {
      display: block;
    }
    .priority-body[hidden] {
      display: block !important;
    }
    .numbers[hidden] {
      display: table !important;
    }
    .toggle {
      color: inherit;
    }
    .chevron,
    .filters,
    .table-toggle,
    .say-button,
    .say-form {
      display: none !important;
    }
    .priority,
    .indicator,
    .action {
      break-inside: avoid;
    }
  }
  /* Browsers without light-dark() (before 2024) take the light colours. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_place-chart-line: var(--place-color-chart-line, #1d70b8);
    }
    .status-icon {
      color: var(--place-color-status-neutral, #505a5f);
    }
    .status-icon.complete {
      color: var(--place-color-status-complete, #00703c);
    }
    .status-icon.on_track {
      color: var(--place-color-status-on-track, #1d70b8);
    }
    .status-icon.minor_slippage {
      color: var(--place-color-status-minor, #b35c00);
    }
    .status-icon.major_slippage {
      color: var(--place-color-status-major, #d4351c);
    }
  }
`;
