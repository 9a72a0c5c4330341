/**
 * What a feed can make an element draw is bounded, so that no value (a description of 500,000 lines, a
 * rating scale of a million points) can freeze a resident's page. Lists and scales are bounded by the
 * schema (validator/schema/values.ts: `MAX_ITEMS` and the rest); long texts by the elements, which show
 * the first part of one and a "Show more" button for the rest (src/ui/rich-text.ts). docs/feed-format.md
 * lists every limit.
 */

/** A text longer than this many characters is shown in parts: the first, then more at each "Show more". */
export const LONG_TEXT = 3000;

/**
 * A label (a plan's, priority's, action's or indicator's title) longer than this many characters is shown
 * shortened at a word's end with "…": one 200,000-character title took the page over a minute to lay out.
 */
export const LONG_LABEL = 300;
