import { css } from 'lit';

/** `<place-plan>`'s own styles, on top of the base and form styles. */
export const styles = css`
  /* A page rule such as place-plan { width: 50px } must not squeeze it. */
  :host {
    inline-size: auto !important;
    min-inline-size: 0 !important;
  }
  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    gap: var(--place-space, 1rem);
    margin: 0 0 var(--place-space, 1rem);
    padding: 0;
    list-style: none;
  }
  .tile {
    padding: 0.75em 1em;
    border: 1px solid var(--place-color-border, #b1b4b6);
    border-block-start: 5px solid var(--place-color-link, #1d70b8);
    border-radius: var(--place-radius, 0);
  }
  .tile-title {
    margin-block-end: 0.5em;
  }
  .tile p {
    margin-block-end: 0.4em;
  }
  .tile .link-button {
    font-weight: 700;
  }
  .chooser-notice:empty {
    display: none;
  }
  .back {
    margin-block-end: 0.5em;
  }
  .back .link-button::before {
    content: '‹ ';
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
    margin: 0 0 var(--place-space, 1rem);
    padding: 0.75em 1em;
    background: var(--place-color-surface, #f3f2f1);
    border-inline-start: 5px solid var(--place-color-notice-border, #1d70b8);
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
    color: var(--place-color-status-neutral, #505a5f);
  }
  .status-icon .fill {
    fill: currentColor;
  }
  .status-icon .cut {
    fill: none;
    stroke: var(--place-color-background, #ffffff);
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
    color: var(--place-color-button-text, #ffffff);
    background: var(--place-color-text, #0b0c0c);
    border-color: var(--place-color-text, #0b0c0c);
  }
  .behind[aria-pressed='true']:hover {
    background: var(--place-color-text-secondary, #505a5f);
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
    margin-block-end: var(--place-space, 1rem);
  }

  .priority {
    border-block-start: 1px solid var(--place-color-border, #b1b4b6);
    padding-block-start: 0.5em;
  }
  .priority:last-child {
    border-block-end: 1px solid var(--place-color-border, #b1b4b6);
    margin-block-end: var(--place-space, 1rem);
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
    min-block-size: 2.75rem;
    padding: 0.25em 0;
    font: inherit;
    color: var(--place-color-link, #1d70b8);
    cursor: pointer;
  }
  .toggle:hover {
    color: var(--place-color-link-hover, #003078);
    text-decoration: underline;
  }
  .toggle:focus-visible {
    color: var(--place-color-focus-text, #0b0c0c);
    background: var(--place-color-focus, #ffdd00);
    outline: 3px solid transparent;
    box-shadow: 0 -2px var(--place-color-focus, #ffdd00), 0 4px var(--place-color-focus-text, #0b0c0c);
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
  .actions {
    padding: 0;
    list-style: none;
  }
  .action {
    margin-block-end: 1em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--place-color-border, #b1b4b6);
  }
  .action > * {
    margin-block-end: 0.35em;
  }
  .action-title {
    font-weight: 700;
  }
  .action .status {
    font-weight: 700;
  }
  .facts {
    display: grid;
    gap: 0.1em;
  }

  .indicators {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20em), 1fr));
    gap: var(--place-space, 1rem);
  }
  .indicator {
    min-inline-size: 0;
  }
  .indicator-title {
    margin: 0 0 0.35em;
    font-size: 1em;
  }
  .indicator > p,
  .indicator figure {
    margin: 0 0 0.5em;
  }
  .course {
    display: flex;
    gap: 0.4em;
    align-items: center;
    font-weight: 700;
  }
  .course .course-icon {
    color: inherit;
  }
  .status-icon .thick {
    stroke-width: 3;
  }
  .chart {
    display: block;
    inline-size: 100%;
    max-inline-size: 22em;
    block-size: auto;
    margin-block-end: 0.25em;
    overflow: visible;
  }
  .chart .axis {
    stroke: var(--place-color-border, #b1b4b6);
    stroke-width: 1;
  }
  .chart .label {
    font-size: 13px;
    fill: currentColor;
    color: var(--place-color-text-secondary, #505a5f);
  }
  .chart .series {
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linejoin: round;
    color: var(--place-color-chart-line, #1d70b8);
  }
  .chart .point {
    fill: currentColor;
    color: var(--place-color-chart-line, #1d70b8);
  }
  .chart .baseline {
    fill: var(--place-color-background, #ffffff);
    stroke: currentColor;
    stroke-width: 2;
    color: var(--place-color-chart-line, #1d70b8);
  }
  .chart .course,
  .chart .target {
    fill: none;
    stroke: currentColor;
    color: var(--place-color-chart-target, #0b0c0c);
  }
  .chart .course {
    stroke-width: 1.5;
    stroke-dasharray: 4 4;
  }
  .chart .target {
    stroke-width: 3;
    stroke-linecap: round;
  }
  .summary {
    margin: 0;
  }
  .table-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 1.5rem;
    margin-block-end: 0.5em;
  }
  /* An SVG triangle (borders would turn into a square in forced colours), turned down when open. */
  .chevron-icon {
    flex: none;
    inline-size: 0.7em;
    block-size: 0.7em;
    fill: currentColor;
  }
  .table-toggle[aria-expanded='true'] .chevron-icon {
    transform: rotate(90deg);
  }
  :host(:dir(rtl)) .table-toggle[aria-expanded='false'] .chevron-icon {
    transform: scaleX(-1);
  }
  .numbers {
    inline-size: 100%;
    border-collapse: collapse;
  }
  .numbers th,
  .numbers td {
    padding: 0.3em 0.5em 0.3em 0;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--place-color-border, #b1b4b6);
  }
  .numbers th[scope='row'] {
    font-weight: 400;
  }
  .numbers td:nth-child(2) {
    font-variant-numeric: tabular-nums;
  }
  .titles {
    margin-block-end: 0;
  }
  .titles li {
    margin-block-end: 0.35em;
  }
  .have-your-say {
    padding: 0.75em 1em;
    border: 1px solid var(--place-color-border, #b1b4b6);
  }
  .say-form {
    margin-block-start: var(--place-space, 1rem);
  }
  .have-your-say place-connector {
    margin-block-start: var(--place-space, 1rem);
  }

  @media (forced-colors: active) {
    .root .status-icon,
    .chart .series,
    .chart .point,
    .chart .baseline,
    .chart .course,
    .chart .target,
    .chart .label {
      color: CanvasText;
    }
    .status-icon .cut {
      stroke: Canvas;
    }
    .chart .baseline {
      fill: Canvas;
    }
    .chart .axis {
      stroke: GrayText;
    }
    .toggle {
      color: LinkText;
    }
    .headline,
    .tile {
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
`;
