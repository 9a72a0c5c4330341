/** Form fields the GOV.UK way: label, hint, error message, then the control (with the shared styles, styles.ts). */
import { css } from 'lit';

export const formStyles = css`
  fieldset {
    min-inline-size: 0;
    margin: 0 0 var(--_place-space);
    padding: 0;
    border: 0;
  }
  legend {
    display: table;
    max-inline-size: 100%;
    margin-block-end: 0.5em;
    padding: 0;
    font-weight: 700;
    font-size: 1.1em;
    white-space: normal;
  }
  .field {
    margin-block-end: var(--_place-space);
  }
  label,
  .label {
    display: block;
    margin-block-end: 0.25em;
    font-weight: 700;
  }
  .hint {
    margin: 0 0 0.35em;
    color: var(--_place-text-secondary);
  }
  .error-message {
    margin: 0 0 0.35em;
    font-weight: 700;
    color: var(--_place-error);
  }
  .has-error {
    padding-inline-start: 0.75em;
    border-inline-start: 5px solid var(--_place-error);
  }
  input[type='text'],
  input[type='search'],
  input[type='email'],
  input[type='tel'],
  input[type='number'],
  select,
  textarea {
    box-sizing: border-box;
    max-inline-size: 100%;
    min-block-size: 2.5em;
    margin: 0;
    padding: 0.3em 0.4em;
    font: inherit;
    line-height: 1.25;
    color: var(--_place-text);
    background: var(--_place-background);
    border: 2px solid var(--place-color-control-border, light-dark(#0b0c0c, #f3f2f1));
    border-radius: var(--_place-radius);
    -webkit-appearance: none;
    appearance: none;
  }
  select {
    appearance: auto;
    -webkit-appearance: menulist;
  }
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 6em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_place-error);
    box-shadow: inset 0 0 0 1px var(--_place-error);
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--_place-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_place-focus-text);
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: stretch;
  }
  .choice {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    margin-block-end: 0.5em;
  }
  .choice input[type='checkbox'],
  .choice input[type='radio'] {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0.1em 0 0;
    accent-color: var(--_place-text);
  }
  .choice label {
    margin: 0;
    font-weight: 400;
  }
  :where(.inline, .choice) > * {
    min-inline-size: 0;
  }
  /* An empty live region stays in the accessibility tree (display: none would take it out, and what
     appears in it then is not announced): it only takes no room. */
  .area-chooser .outcome:empty {
    margin: 0;
  }
  @media (forced-colors: active) {
    input,
    select,
    textarea {
      border-color: ButtonText;
    }
    .has-error,
    .error-message {
      border-color: CanvasText;
    }
  }
  /* Browsers without light-dark() (before 2024) take the light colours. */
  @supports not (color: light-dark(#000, #fff)) {
    input[type='text'],
    input[type='search'],
    input[type='email'],
    input[type='tel'],
    input[type='number'],
    select,
    textarea {
      border-color: var(--place-color-control-border, #0b0c0c);
    }
  }
`;
