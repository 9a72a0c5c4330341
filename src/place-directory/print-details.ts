import type { CSSResult } from 'lit';
import { printPart } from './journeys/print.js';

/**
 * Prints the details alone (journeys/print.ts: a frame holding a copy of them with placekit's own styles).
 * `styles`: what the printed page takes (the element's and the details').
 */
export function printDetails(event: Event, styles: readonly CSSResult[]): void {
  const article = (event.target as Element).closest('article')!;
  printPart(article, article.querySelector('#details-title')!.textContent!, styles);
}
