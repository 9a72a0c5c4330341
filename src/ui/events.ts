/**
 * Events every placekit element can fire. All bubble and are composed, so a page can listen on
 * `document` whatever shadow roots sit between.
 */
import type { FeedErrorKind, FeedWarning } from '../feed/load/problems.js';
import type { SectionName } from '../feed/domain/types.js';

export interface FeedLoadDetail {
  /** The feed's address, resolved against the page. */
  url: string;
  /** Records kept and skipped per section. */
  counts: Record<SectionName, { kept: number; skipped: number }>;
  /** What the loader noticed; empty for a clean feed. */
  warnings: FeedWarning[];
  publisher: string;
  /** When the publisher last updated the feed (ISO 8601). */
  updated: string;
}

export interface FeedErrorDetail {
  /** The feed's address, when there was one. */
  url?: string;
  kind: FeedErrorKind;
  /** What went wrong, for the page's editor (English). */
  message: string;
  /** The HTTP status, for `http` errors. */
  status?: number;
}

/** Dispatches a bubbling, composed custom event from `target`. */
export function emit<T>(target: EventTarget, name: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { bubbles: true, composed: true, cancelable: options.cancelable ?? false, detail }));
}

declare global {
  interface HTMLElementEventMap {
    'place-feed-load': CustomEvent<FeedLoadDetail>;
    'place-feed-error': CustomEvent<FeedErrorDetail>;
  }
}
