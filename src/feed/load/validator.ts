/**
 * Where the validator comes from (validator/parse.ts: zod, the schema and the tolerant repair), loaded only for a
 * feed that has something to repair. In the CDN build it is `placekit-validator.js` beside the element's
 * file (an entry of its own, so pages and tools can import it too); in the npm build, the app's bundler
 * makes it a chunk like any other dynamic import.
 */
export const loadValidator = (): Promise<typeof import('../validator/parse.js')> => import('../validator/parse.js');

/** The words for text that is not a feed (validator/format.ts), loaded only for such a feed: a small chunk of its own. */
export const loadFormat = (): Promise<Pick<typeof import('../validator/parse.js'), 'formatError'>> => import('../validator/format.js');

/** The console's report of what the loader noticed (validator/report.ts), loaded only when there is something to report. */
export const loadReport = (): Promise<Pick<typeof import('../validator/parse.js'), 'reportWarnings'>> => import('../validator/report.js');

/** What to tell the page's editor when the validator could not be loaded. */
export const VALIDATOR_HINT = 'copy placekit-validator.js and the chunks/ folder beside placekit’s files (they come with it)';
