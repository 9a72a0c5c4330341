import { css } from 'lit';

/** `<place-directory>`: one column on narrow screens, filters beside results on wide ones; a clean printed page. */
export const styles = css`
  /* A page rule aimed at the tag (place-directory { width: 50px }) must not squeeze the directory. */
  :host {
    inline-size: auto !important;
    min-inline-size: 0 !important;
  }
  .directory {
    container-type: inline-size;
  }
  .search input {
    inline-size: 100%;
  }
  .columns {
    display: grid;
    /* The columns and the facts below can shrink: a long word wraps instead of widening the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_place-space) calc(2 * var(--_place-space));
    margin-block-start: var(--_place-space);
  }
  @container (min-width: 44em) {
    .columns {
      grid-template-columns: minmax(0, var(--place-directory-sidebar-width, 18em)) minmax(0, 1fr);
      align-items: start;
    }
  }
  .filters {
    padding: var(--_place-space);
    border: 1px solid var(--_place-border);
    border-block-start: 5px solid var(--_place-notice-border);
  }
  .filters .rank-0,
  .results .rank-0 {
    font-size: 1.25em;
  }
  summary {
    cursor: pointer;
    min-block-size: 1.5em;
    font-weight: 700;
    font-size: 1.1em;
    color: var(--_place-link);
  }
  details[open] > summary {
    margin-block-end: var(--_place-space);
  }
  .plain {
    list-style: none;
    padding: 0;
  }
  .result {
    padding-block: var(--_place-space);
    border-block-start: 1px solid var(--_place-border);
  }
  .result .rank-1 {
    margin-block-end: 0.25em;
  }
  .result .rank-1 .link-button {
    font-weight: 700;
    text-align: start;
    min-block-size: 1.5em;
  }
  .result p {
    margin-block-end: 0.4em;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_place-text-secondary);
  }
  .facts li {
    min-inline-size: 0;
  }
  .strong,
  .facts .strong {
    font-weight: 700;
    color: var(--_place-text);
  }
  .open {
    font-weight: 700;
    color: var(--place-color-open, light-dark(#00703c, #5fd08f));
  }
  .pagination {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin-block-start: var(--_place-space);
  }
  @media (forced-colors: active) {
    .open {
      color: CanvasText;
    }
  }
  /* Browsers without light-dark() (before 2024) take the light colours. */
  @supports not (color: light-dark(#000, #fff)) {
    .open {
      color: var(--place-color-open, #00703c);
    }
  }
`;
