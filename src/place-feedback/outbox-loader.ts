/**
 * Loads the delivery side (src/ui/outbox/outbox.ts) when the form first shows, as a chunk of its own, so
 * it is not in the page's first download yet is already here if the connection drops while the resident
 * fills in the form. The same chunk is what the wake-up check (src/ui/outbox/wake.ts) loads on pages that
 * have feedback waiting.
 */
import type { Outbox } from '../ui/outbox/types.js';

export function loadOutbox(): Promise<Outbox> {
  return import('../ui/outbox/outbox.js');
}
