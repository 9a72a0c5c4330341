import { css } from 'lit';

/** A priority's inside (priority-body.ts, on demand): its actions, and its indicators (indicator.ts): the verdict, the trend chart, the summary and the table of figures. */
export const indicatorStyles = css`
  /* First, as when these rules were the element's own: the indicators' own rules below come after them. */
  @media (forced-colors: active) {
    .chart .series,
    .chart .point,
    .chart .baseline,
    .chart .course,
    .chart .target,
    .chart .label {
      color: CanvasText;
    }
    .chart .baseline {
      fill: Canvas;
    }
    .chart .axis {
      stroke: GrayText;
    }
  }
  .indicators {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20em), 1fr));
    gap: var(--_place-space);
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
    stroke: var(--_place-border);
    stroke-width: 1;
  }
  .chart .label {
    font-size: 13px;
    fill: currentColor;
    color: var(--_place-text-secondary);
  }
  .chart .series {
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linejoin: round;
    color: var(--_place-chart-line);
  }
  .chart .point {
    fill: currentColor;
    color: var(--_place-chart-line);
  }
  .chart .baseline {
    fill: var(--_place-background);
    stroke: currentColor;
    stroke-width: 2;
    color: var(--_place-chart-line);
  }
  .chart .course,
  .chart .target {
    fill: none;
    stroke: currentColor;
    color: var(--place-color-chart-target, light-dark(#0b0c0c, #f3f2f1));
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
    min-block-size: 1.5em;
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
    border-block-end: 1px solid var(--_place-border);
  }
  .numbers th[scope='row'] {
    font-weight: 400;
  }
  .numbers td:nth-child(2) {
    font-variant-numeric: tabular-nums;
  }
  /* Browsers without light-dark() (before 2024) take the light colours. */
  @supports not (color: light-dark(#000, #fff)) {
    .chart .target {
      color: var(--place-color-chart-target, #0b0c0c);
    }
  }

  /* The actions above the indicators, in a priority's inside (priority-body.ts). */
  .actions {
    padding: 0;
    list-style: none;
  }
  .action {
    margin-block-end: 1em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_place-border);
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
`;
