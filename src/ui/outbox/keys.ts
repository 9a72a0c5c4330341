/**
 * Where placekit keeps feedback in this browser's localStorage: one item per waiting submission, one per
 * draft. Its own module so that the wake-up check (wake.ts, in every page's first download), the outbox
 * and the drafts read the same names without importing each other.
 */

/** Each waiting submission is one localStorage item, `placekit-outbox:` + its idempotency key. */
export const OUTBOX_PREFIX = 'placekit-outbox:';
/** Each draft is one item, `placekit-feedback-draft:` + form id + `:` + page path (drafts.ts). */
export const DRAFT_PREFIX = 'placekit-feedback-draft:';
