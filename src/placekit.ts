/**
 * Everything: registers every placekit element. This is the module behind `dist/placekit.js`, for a
 * page that loads one script tag. The validator (`parseFeedText`, `parseFeedData`: zod, the schema and
 * the repair) is the file beside it, `dist/placekit-validator.js` (src/feed/validator/parse.ts), which placekit.js
 * loads only for a feed that needs repair; `parseFeed` here reads a feed either way.
 */
export * from './place-feed/index.js';
export * from './place-directory/index.js';
export * from './place-plan/index.js';
export * from './place-connector/index.js';
export * from './place-feedback/index.js';
export { setPlacekitLocale } from './ui/localize.js';
export { safeUrl } from './feed/domain/safe-url.js';
export type { FeedResult } from './feed/load/read.js';
export { loadFeed, parseFeed } from './feed/load/load.js';
export { FeedError, type FeedWarning, type FeedErrorKind } from './feed/load/problems.js';
export type * from './feed/domain/types.js';
export type { FeedLoadDetail, FeedErrorDetail } from './ui/events.js';
export { VERSION } from './version.js';
