import { css } from 'lit';

export const styles = css`
  .title {
    margin-block: 0 0.5em;
  }
  .h {
    display: block;
    font-family: var(--place-heading-font-family, inherit);
    font-weight: 700;
    color: var(--place-color-heading, inherit);
  }
  .title.h {
    font-size: 1.5em;
    line-height: 1.25;
  }
  .error-summary {
    margin-block-end: var(--place-space, 1rem);
    padding: 1em;
    border: 5px solid var(--place-color-error, #d4351c);
  }
  .error-summary:focus {
    outline: 3px solid var(--place-color-focus, #ffdd00);
    outline-offset: 0;
  }
  .error-summary .h {
    margin-block: 0 0.5em;
    font-size: 1.25em;
  }
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary a {
    font-weight: 700;
    color: var(--place-color-error, #d4351c);
  }
  .error-summary a:focus-visible {
    color: var(--place-color-focus-text, #0b0c0c);
  }
  .choices.inline {
    gap: 0 1.25em;
  }
  .choice .hint {
    display: block;
    margin: 0;
  }
  .choices.inline .choice .hint {
    display: inline;
  }
  input.postcode {
    inline-size: 10ch;
  }
  input.phone,
  input[type='tel'] {
    inline-size: 20ch;
  }
  input[type='text']:not(.postcode),
  input[type='email'] {
    inline-size: 100%;
  }
  .count.over {
    font-weight: 700;
    color: var(--place-color-error, #d4351c);
  }
  .trap {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }
  .confirmation {
    margin-block-end: var(--place-space, 1rem);
    padding: 1.25em;
    text-align: center;
    color: var(--place-color-confirmation-text, #ffffff);
    background: var(--place-color-confirmation, #00703c);
    border: 5px solid transparent;
  }
  .confirmation.queued {
    color: var(--place-color-text, #0b0c0c);
    background: var(--place-color-surface, #f3f2f1);
    border-color: var(--place-color-notice-border, #1d70b8);
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
  .notice .title.h {
    font-size: 1.25em;
  }
  @media (forced-colors: active) {
    .confirmation {
      border-color: CanvasText;
    }
  }
`;
