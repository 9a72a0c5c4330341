/**
 * Everything: registers every placekit element. This is the module behind `dist/placekit.js`, for a
 * page that loads one script tag. The validator (`parseFeedText`, `parseFeedData`: zod, the schema and
 * the repair) is the file beside it, `dist/placekit-validator.js` (src/feed/validator/parse.ts), which placekit.js
 * loads only for a feed that needs repair; `parseFeed` here reads a feed either way.
 *
 * From npm, `placekit` is this module: importing it registers every element, whatever else is imported
 * from it (a bundler cannot keep the registration and drop the elements). `placekit/feed.js` has the
 * helpers alone.
 */
export * from './place-feed/index.js';
export * from './place-directory/index.js';
export * from './place-plan/index.js';
export * from './place-connector/index.js';
export * from './place-feedback/index.js';
export { setPlacekitLocale } from './ui/localize.js';
// The feed helpers, also on their own, without the elements, as `placekit/feed.js` (src/feed.ts).
export * from './feed.js';
export type { FeedLoadDetail, FeedErrorDetail } from './ui/events.js';
