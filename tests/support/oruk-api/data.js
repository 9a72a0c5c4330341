/**
 * The records the stand-in serves (plain JavaScript, for node and the browser alike): synthetic ones at
 * any count from a seed (the bench's generator, so feed mode and API mode read the same records), a
 * placekit feed's services (sample/feed.json), or the real Bristol answers.
 */
import { OrukStandin } from './standin.js';
import { syntheticFeed } from './synthetic.js';

/** `count` synthetic services from `seed`, with their categories. */
export function syntheticStandin(count, seed = 42) {
  const feed = syntheticFeed(count, seed);
  return new OrukStandin({ services: feed.services, terms: feed.taxonomy_terms });
}

/** A placekit feed's services and categories, as an API would serve them. */
export const feedStandin = (feed) => new OrukStandin({ services: feed.services ?? [], terms: feed.taxonomy_terms ?? [] });

/** Bristol's live API as it answered: a page of three services (`page`), and one full record (`detail`). */
export const bristolStandin = (page, detail) => new OrukStandin({ services: page.contents, details: { [detail.id]: detail } });
