/**
 * Feeds for the states a story shows without a server: one that never arrives (loading), one that is
 * missing (error), and an empty one.
 */

/** A feed address that is never answered: the element stays in its loading state. */
export const NEVER = 'https://feed.example.org/never-answers.json';
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  String(input instanceof Request ? input.url : input) === NEVER ? new Promise<Response>(() => undefined) : realFetch(input, init);

/** A feed address that answers 404: the element's polite error with "Try again". */
export const MISSING = 'sample/no-such-feed.json';
/** What the browser logs for MISSING (expected in the story check). */
export const MISSING_CONSOLE = ['404', 'no-such-feed.json'];

/** A valid feed with nothing in its sections yet. */
export const EMPTY_FEED = `data:application/json,${encodeURIComponent(
  JSON.stringify({
    format_version: '1.0',
    publisher: { name: 'Example Partnership' },
    updated: '2026-11-20T09:00:00Z',
    services: [],
    opportunities: [],
    locality_plans: [],
    connectors: [],
    feedback_forms: [],
  }),
)}`;

/** A long timeout only for the feed that never answers, so the loading story stays loading. */
export const timeoutFor = (feed: string) => (feed === NEVER ? '3600' : undefined);
