import { LitElement, css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { FeedResult } from '../feed/load/read.js';
import { wakeOutbox } from '../ui/outbox/wake.js';
import { VERSION } from '../version.js';
import { FeedController } from '../ui/feed-controller.js';

/**
 * Shares one feed with every placekit element inside it: each element without its own `feed` attribute
 * reads this one. It starts loading as soon as it is on the page, and however many elements share it,
 * the feed is fetched once. It shows its children as they are and adds nothing of its own, so it can
 * wrap a whole page section.
 *
 * @tagname place-feed
 * @summary Shares one feed with the placekit elements inside it.
 *
 * @slot - Anything, including placekit elements.
 *
 * @fires place-feed-load - The feed loaded. `detail`: `{url, counts, warnings, publisher, updated}`; `counts` has
 *   `{kept, skipped}` for each section of the feed.
 * @fires place-feed-error - The feed could not be used. `detail`: `{url, kind, message, status}`; `kind` is
 *   one of `network`, `timeout`, `http`, `not-json`, `version`, `schema`, `no-feed`.
 */
export class PlaceFeedElement extends LitElement {
  /** @internal The placekit version that defined this element. */
  static placekitVersion = VERSION;

  static override styles = css`
    :host {
      display: contents !important;
    }
  `;

  /** The address of the feed (absolute, or relative to the page). */
  @property() src?: string;

  /** Seconds to wait for the feed before the elements inside show an error. */
  @property({ type: Number, attribute: 'feed-timeout' }) feedTimeout = 20;

  private readonly feedController = new FeedController(this, {
    ownUrl: () => this.src,
    timeout: () => this.feedTimeout,
    inherit: false,
  });

  /** The loaded feed, once there is one. */
  get feedResult(): FeedResult | undefined {
    return this.feedController.task.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Like every placekit element: feedback waiting in this browser's outbox is sent (tiny when none).
    wakeOutbox();
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'place-feed': PlaceFeedElement;
  }
}
