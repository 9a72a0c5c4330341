import { css } from 'lit';

/**
 * Sizes are in `em` of the element's own text (which follows the reader's browser setting), never `rem`:
 * `rem` is the host page's root size, which a page may set to anything (`html { font-size: 30px }`).
 */
export const styles = css`
  /* In a host page's flex or grid layout the element may shrink to the space it is given (its chooser
     and cards wrap), rather than keep the width of its longest line. */
  :host {
    min-inline-size: 0;
    max-inline-size: 100%;
    /* Its own design token (the shared ones: src/ui/styles.ts). */
    --_place-photo-size: var(--place-connector-photo-size, 6em);
  }
  .cards {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cards > li {
    margin: 0 0 var(--_place-space);
    min-inline-size: 0;
  }
  .cards.grid:not(.compact) {
    display: grid;
    gap: var(--_place-space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--place-connector-card-min, 18em)), 1fr));
  }
  .cards.grid:not(.compact) > li {
    margin: 0;
  }
  .card {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em var(--_place-space);
    align-items: flex-start;
    align-content: flex-start;
    overflow-wrap: anywhere;
  }
  .cards:not(.compact) .card {
    block-size: 100%;
    padding: var(--_place-space);
    border: 1px solid var(--_place-border);
    border-radius: var(--_place-radius);
  }
  .body {
    flex: 1 1 14em;
    min-inline-size: 0;
  }
  .body > :first-child {
    margin-block-start: 0;
  }
  .photo {
    flex: none;
    inline-size: var(--_place-photo-size);
    block-size: var(--_place-photo-size);
    object-fit: cover;
    border-radius: 50%;
  }
  .disc {
    display: grid;
    place-items: center;
    font-weight: 700;
    line-height: 1;
    color: #ffffff;
    border: 2px solid transparent;
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
  }
  /* The initials' size is set on an inner box, so the disc's own em (its width) stays the card's. */
  .disc > span {
    font-size: calc(var(--_place-photo-size) * 0.38);
  }
  .compact .card {
    align-items: center;
  }
  .compact .photo {
    inline-size: 2.75em;
    block-size: 2.75em;
  }
  .compact .disc > span {
    font-size: 1em;
  }
  .compact .card > p {
    flex: 0 1 auto;
    max-inline-size: calc(100% - 4em);
    margin: 0;
  }
  .compact .methods {
    flex: 1 1 auto;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    margin: 0;
  }
  .kind {
    margin-block-end: 0.25em;
    font-weight: 700;
    color: var(--_place-text-secondary);
  }
  /* Headings are role="heading" with the level the page asks for (heading-level), so they look the same at any level. */
  .h {
    font-family: var(--_place-heading-font);
    font-weight: 700;
    line-height: 1.25;
    color: var(--_place-heading);
  }
  .h.name {
    margin-block: 0 0.25em;
    font-size: 1.2em;
  }
  .h.sub {
    margin-block: 1em 0.35em;
  }
  .save {
    margin-block-end: 0;
  }
  .save-status {
    margin: 0;
  }
  .save-status:not(:empty) {
    margin-block-start: 0.5em;
  }
  .methods,
  .hours {
    padding: 0;
    list-style: none;
  }
  .methods li {
    margin-block-end: 0.35em;
  }
  .compact .methods li {
    margin-block: 0.2em;
  }
  .methods a {
    display: inline-block;
    min-block-size: 24px;
  }
  .address {
    display: block;
    color: var(--_place-text-secondary);
  }
  .now {
    margin-block-end: 0.25em;
  }
  .notice + .cards {
    margin-block-start: var(--_place-space);
  }
  @media print {
    .chooser {
      display: none;
    }
  }
`;
