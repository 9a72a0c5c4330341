/**
 * Wakes the feedback outbox (outbox.ts) when a placekit page loads, whatever element it shows, and when
 * the connection returns. Every element calls `wakeOutbox()` (from `PlaceElement.connectedCallback`), so
 * this file is in every page's first download: it is kept tiny and loads the outbox itself only when
 * this browser holds feedback waiting to be delivered. A page with an empty outbox pays for one look at
 * localStorage's key names, after the page has rendered, and two event listeners.
 */

/** Each waiting submission is one localStorage item, `placekit-outbox:` + its idempotency key. */
export const OUTBOX_PREFIX = 'placekit-outbox:';

/** Whether this browser holds feedback waiting to be delivered (blocked storage holds none). */
export function outboxWaiting(prefix = OUTBOX_PREFIX): boolean {
  try {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(prefix)) return true;
  } catch {
    // Storage blocked (privacy settings, sandboxed frame): nothing can be waiting.
  }
  return false;
}

let started = false;

/** Once per page: delivers waiting feedback now, when the browser comes back online, and on back/forward. */
export function wakeOutbox(): void {
  if (started) return;
  started = true;
  const check = () => {
    if (outboxWaiting()) import('./outbox.js').then((outbox) => outbox.wake(), () => undefined);
  };
  setTimeout(check);
  addEventListener('online', check);
  addEventListener('pageshow', (event) => event.persisted && check());
}
