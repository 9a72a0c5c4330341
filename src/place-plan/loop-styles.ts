import { css } from 'lit';
import { compassStyles } from '../ui/compass.js';

/** The styles of what the plan's loop part (loop.ts) draws: responses, ways to help, the look-up, the compass's section. */
export const loopStyles = css`
  ${compassStyles}
  .you-said-top,
  .place-standard {
    margin: 0 0 var(--_place-space);
    padding: 0.75em 1em;
    border: 1px solid var(--_place-border);
    border-inline-start: 5px solid var(--_place-link);
  }
  .responses,
  .opportunities {
    margin: 0 0 0.75em;
    padding: 0;
    list-style: none;
  }
  .response,
  .opportunity {
    margin-block-end: 0.75em;
    padding-block-end: 0.5em;
    border-block-end: 1px solid var(--_place-border);
  }
  .response p,
  .opportunity p {
    margin-block-end: 0.35em;
  }
  .did {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    align-items: baseline;
  }
  .response-status {
    display: inline-block;
    padding: 0 0.4em;
    border: 2px solid currentColor;
    font-weight: 700;
  }
  .response-status.not_doing {
    border-style: dashed;
  }
  .help,
  .you-said {
    margin-block: 0.75em;
  }
  .ask a {
    margin-inline-end: 0.75em;
  }
  .lookup {
    margin-block-start: 0.75em;
  }
  .lookup .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .reference-input {
    inline-size: 10em;
    max-inline-size: 100%;
    text-transform: uppercase;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.05em;
  }
  .report-link {
    font-weight: 700;
  }
`;
