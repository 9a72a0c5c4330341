import { css } from 'lit';

/**
 * The styles of what only send.ts draws (the "There is a problem" summary, the sent and saved panels),
 * in its chunk rather than the page's first download; added to the element's own when send.ts loads.
 */
export const sendStyles = css`
  .error-summary {
    margin-block-end: var(--_place-space);
    padding: 1em;
    border: 5px solid var(--_place-error);
  }
  .error-summary:focus {
    outline: 3px solid var(--_place-focus);
    outline-offset: 0;
  }
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary a {
    font-weight: 700;
    color: var(--_place-error);
  }
  .error-summary a:focus-visible {
    color: var(--_place-focus-text);
  }
  .confirmation {
    margin-block-end: var(--_place-space);
    padding: 1.25em;
    text-align: center;
    color: var(--place-color-confirmation-text, #ffffff);
    background: var(--place-color-confirmation, #00703c);
    border: 5px solid transparent;
  }
  .confirmation.queued {
    color: var(--_place-text);
    background: var(--_place-surface);
    border-color: var(--_place-notice-border);
  }
  .confirmation p {
    margin: 0;
    font-size: 1.25em;
  }
  .reference {
    display: inline-block;
    font-size: 1.2em;
    letter-spacing: 0.05em;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .confirmation {
      border-color: CanvasText;
    }
  }
`;
