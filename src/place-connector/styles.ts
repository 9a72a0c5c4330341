import { css } from 'lit';

export const styles = css`
  .cards {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cards > li {
    margin: 0 0 var(--place-space, 1rem);
    min-inline-size: 0;
  }
  .cards.grid:not(.compact) {
    display: grid;
    gap: var(--place-space, 1rem);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--place-connector-card-min, 18rem)), 1fr));
  }
  .cards.grid:not(.compact) > li {
    margin: 0;
  }
  .card {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em var(--place-space, 1rem);
    align-items: flex-start;
    align-content: flex-start;
    overflow-wrap: anywhere;
  }
  .cards:not(.compact) .card {
    block-size: 100%;
    padding: var(--place-space, 1rem);
    border: 1px solid var(--place-color-border, #b1b4b6);
    border-radius: var(--place-radius, 0);
  }
  .body {
    flex: 1 1 14rem;
    min-inline-size: 0;
  }
  .body > :first-child {
    margin-block-start: 0;
  }
  .photo {
    flex: none;
    inline-size: var(--place-connector-photo-size, 6rem);
    block-size: var(--place-connector-photo-size, 6rem);
    object-fit: cover;
    border-radius: 50%;
  }
  .disc {
    display: grid;
    place-items: center;
    font-size: calc(var(--place-connector-photo-size, 6rem) * 0.38);
    font-weight: 700;
    line-height: 1;
    color: #ffffff;
    border: 2px solid transparent;
  }
  .compact .card {
    align-items: center;
  }
  .compact .photo {
    inline-size: 2.75rem;
    block-size: 2.75rem;
    font-size: 1rem;
  }
  .compact .card > p {
    flex: 0 1 auto;
    max-inline-size: calc(100% - 4rem);
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
    color: var(--place-color-text-secondary, #505a5f);
  }
  .name {
    margin-block: 0 0.25em;
  }
  h4 {
    margin-block: 1em 0.35em;
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
    color: var(--place-color-text-secondary, #505a5f);
  }
  .now {
    margin-block-end: 0.25em;
  }
  .notice + .cards {
    margin-block-start: var(--place-space, 1rem);
  }
`;
