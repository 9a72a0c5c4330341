/**
 * Events every placekit element can fire, and `emit`, which fires them. All bubble and are composed, so a
 * page can listen on `document` whatever shadow roots sit between.
 *
 * One map, `PlaceEventMap`, ties each event's name to its `detail` type. It is declared here with the
 * events of the base element; each element adds its own events to it where it declares their detail
 * types (`declare module '../ui/events.js' { interface PlaceEventMap { 'place-search': ... } }`), since
 * src/ui may not import an element. From it come `emit`'s types (a name with the wrong detail does not
 * compile) and the DOM's own event maps, so a page's listener is typed too:
 * `document.addEventListener('place-feed-error', (e) => e.detail.kind)`.
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

/** `detail` of `place-error`: an element hit an unexpected error while drawing and shows its error panel. */
export interface ElementErrorDetail {
  /** The error's message, for the page's editor (English). */
  message: string;
}

/** Each placekit event's name and the type of its `detail`. Elements add theirs (see above). */
export interface PlaceEventMap {
  'place-feed-load': FeedLoadDetail;
  'place-feed-error': FeedErrorDetail;
  'place-error': ElementErrorDetail;
}

/** The events as the DOM types them. */
type PlaceEvents = { [K in keyof PlaceEventMap]: CustomEvent<PlaceEventMap[K]> };

/** Dispatches a bubbling, composed custom event from `target`; false when a listener cancelled a cancelable one. */
export function emit<K extends keyof PlaceEventMap>(target: EventTarget, name: K, detail: PlaceEventMap[K], options: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable: options.cancelable ?? false, detail }));
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the DOM's maps take every placekit event
  interface GlobalEventHandlersEventMap extends PlaceEvents {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends PlaceEvents {}
}
