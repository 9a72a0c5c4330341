/**
 * The validator of `dist/placekit.js` (vite.config.ts puts this module in place of validator.ts for that
 * build): the file `placekit-validator.js` beside it, loaded only for a feed that has something to repair.
 * placekit.js is one file but not self-contained: without the validator, records that need repair are
 * skipped (load.ts, one console note), so the file is worth copying too.
 */
export const VALIDATOR_FILE = 'placekit-validator.js';

export const loadValidator = (): Promise<typeof import('../validator/parse.js')> => import(/* @vite-ignore */ new URL(VALIDATOR_FILE, import.meta.url).href);

/**
 * The words for text that is not a feed, and the console's report of a feed's problems, come from the
 * validator file too (validator/parse.ts re-exports them): placekit.js does not carry them for a feed that is fine.
 */
export const loadFormat = loadValidator;
export const loadReport = loadValidator;

/** What to tell the page's editor when the validator could not be loaded. */
export const VALIDATOR_HINT = `copy ${VALIDATOR_FILE} beside placekit.js (it comes with it)`;
