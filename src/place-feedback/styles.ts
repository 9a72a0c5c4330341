import { css } from 'lit';

export const styles = css`
  /* A page rule aimed at the tag (place-feedback { width: 50px }) must not squeeze the form. */
  :host {
    inline-size: auto !important;
    min-inline-size: 0 !important;
  }
  .title {
    margin-block: 0 0.5em;
  }
  /* Headings are sized by their level (heading-level), as h2, h3 and h4 are in every element: the form's
     title under a page's h3 is an h4 and must not look bigger than it. */
  .h {
    display: block;
    margin-block: 0 0.5em;
    font-family: var(--_place-heading-font);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
    color: var(--_place-heading);
  }
  .h.main {
    font-size: 1.5em;
  }
  .h.l3 {
    font-size: 1.1em;
  }
  .h.l3.main {
    font-size: 1.2em;
  }
  .h.l4,
  .h.l5,
  .h.l6 {
    font-size: 1em;
  }
  .h.l4.main,
  .h.l5.main,
  .h.l6.main {
    font-size: 1.1em;
  }
  /* Below an h4 title the questions' legends are no bigger than their labels. */
  form.l4 legend,
  form.l5 legend,
  form.l6 legend {
    font-size: 1em;
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
    color: var(--_place-error);
  }
`;
