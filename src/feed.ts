/**
 * `placekit/feed.js`: the feed helpers without the elements, for code that reads a feed or checks a link
 * and shows no element (`import { safeUrl } from 'placekit/feed.js'` costs about 1 KB). `placekit`, the
 * package's root, exports the same and registers every element, which is what importing it is for.
 */
export { safeUrl } from './feed/domain/safe-url.js';
export type { FeedResult } from './feed/load/read.js';
export { loadFeed, parseFeed } from './feed/load/load.js';
export { FeedError, type FeedWarning, type FeedErrorKind } from './feed/load/problems.js';
export type * from './feed/domain/types.js';
export { VERSION } from './version.js';
