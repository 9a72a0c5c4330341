/**
 * Loads the delivery side (outbox.ts) when the form first shows, as a chunk of its own, so it is not in
 * the page's first download yet is already here if the connection drops while the resident fills in the
 * form. The same chunk is what wake.ts loads on pages that have feedback waiting.
 */
import type { Outbox } from './place-feedback.js';

export function loadOutbox(): Promise<Outbox> {
  return import('./outbox.js');
}
