/**
 * Registers an element so that a second copy of placekit on the same page (an older embed, another
 * widget's bundle) never throws "already defined": the first copy wins, and a console warning says so
 * when the versions differ. Where there is no `customElements` (a server importing placekit to render a
 * page, a build tool reading its exports) it does nothing, so importing any entry never throws there.
 */
import { VERSION } from '../version.js';

/** Marks classes as placekit's, with their version, so another copy can tell. */
export interface Versioned {
  placekitVersion?: string;
}

export function define(tag: string, constructor: CustomElementConstructor & Versioned): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as (CustomElementConstructor & Versioned) | undefined;
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing === constructor || existing.placekitVersion === VERSION) return;
  const other = existing.placekitVersion ? `placekit ${existing.placekitVersion}` : 'another script';
  console.warn(
    `placekit: <${tag}> is already defined by ${other}; this copy (placekit ${VERSION}) leaves it in place. Load placekit once per page to avoid mixed versions.`,
  );
}
