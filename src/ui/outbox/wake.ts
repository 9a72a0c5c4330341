/**
 * Wakes the feedback outbox (outbox.ts) when a placekit page loads, whatever element it shows, and when
 * the connection returns. Every element calls `wakeOutbox()` (`PlaceElement.connectedCallback`, and
 * `<place-feed>`), so this file is in every page's first download: it is kept tiny and loads the outbox
 * itself only when this browser holds feedback waiting to be delivered, and the drafts' code only when it
 * holds a draft (which may be too old to keep, or keep personal answers too long). A page with neither pays
 * for one look at localStorage's key names, after the page has rendered, and two event listeners.
 *
 * It lives in src/ui, with the outbox and the drafts' storage it loads, because the base element runs it:
 * the layers point down (feed <- ui <- elements), so nothing the base uses may sit in an element's folder.
 */
import { DRAFT_PREFIX, OUTBOX_PREFIX } from './keys.js';

/** Whether this browser holds items under the prefix: feedback waiting to be delivered by default (blocked storage holds none). */
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
    if (outboxWaiting())
      import('./outbox.js').then(
        (outbox) => outbox.wake(),
        () => undefined,
      );
  };
  setTimeout(() => {
    check();
    if (outboxWaiting(DRAFT_PREFIX))
      import('./drafts.js').then(
        (drafts) => drafts.sweepDrafts(),
        () => undefined,
      );
  });
  addEventListener('online', check);
  addEventListener('pageshow', (event) => event.persisted && check());
}
