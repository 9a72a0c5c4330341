/**
 * The base every placekit element builds on: where its feed comes from, loading it, showing the page's
 * fallback meanwhile, a polite error with a retry button when it fails, and the feed events.
 */
import { LitElement, html, render, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { isAbort } from '../feed/load/load.js';
import type { FeedResult } from '../feed/load/read.js';
import { wakeOutbox } from './outbox/wake.js';
import { VERSION } from '../version.js';
import { emit } from './events.js';
import { FeedController } from './feed-controller.js';
import { renderFallback, renderFeedError, unavailable } from './feed-status.js';
import { levelOf } from './heading.js';
import type { OnDemand } from './lazy-part.js';
import { chosenLocale, currentLocale, msg, updateWhenLocaleChanges, usePageLocale } from './localize.js';
import { retryPanel } from './retry-panel.js';
import { warnOnce } from './warn.js';
import { baseStyles } from './styles.js';

/**
 * @slot - Fallback content, shown until the feed has loaded (and below the error if it fails): put the
 *   same information as plain HTML here for search engines and for browsers without JavaScript.
 *
 * @fires place-feed-load - The feed loaded. `detail`: `{url, counts, warnings, publisher, updated}`; `counts` has
 *   `{kept, skipped}` for each section of the feed.
 * @fires place-feed-error - The feed could not be used. `detail`: `{url, kind, message, status}`; `kind` is
 *   one of `network`, `timeout`, `http`, `not-json`, `version`, `schema`, `no-feed`.
 * @fires place-error - The element hit an unexpected error while drawing what it has (a bug, or a value no
 *   check foresaw) and shows its error panel instead. Fired once until it draws again. `detail`: `{message}`.
 *
 * @csspart base - The element's outer box.
 * @csspart error - The panel shown when the feed cannot be loaded (or the element cannot draw it).
 * @csspart retry-button - The "Try again" button in that panel.
 *
 * @cssproperty --place-font-family - Body text font. Default: the system sans-serif.
 * @cssproperty --place-heading-font-family - Heading font. Default: the body font.
 * @cssproperty --place-font-size - Base text size. Default: `medium` (the reader's browser setting).
 * @cssproperty --place-line-height - Line height. Default: 1.5.
 * @cssproperty --place-space - Space between blocks. Default: 1em (of the element's text size).
 * @cssproperty --place-radius - Corner radius of buttons, inputs and cards. Default: 0.
 * @cssproperty --place-color-text - Text. Default: #0b0c0c (dark scheme: #f3f2f1).
 * @cssproperty --place-color-text-secondary - Hints and metadata. Default: #505a5f (dark: #b1b4b6).
 * @cssproperty --place-color-heading - Headings. Default: the text colour.
 * @cssproperty --place-color-background - The element's background. Default: #ffffff (dark: #0b0c0c).
 * @cssproperty --place-color-surface - Panels and secondary buttons. Default: #f3f2f1 (dark: #262828).
 * @cssproperty --place-color-surface-hover - Secondary buttons under the pointer. Default: #dbdad9 (dark: #3b3e40).
 * @cssproperty --place-color-border - Dividers. Default: #b1b4b6.
 * @cssproperty --place-color-control-border - The borders of inputs (default #0b0c0c, dark #f3f2f1) and
 *   secondary buttons (default #505a5f, dark #b1b4b6): at least 3:1 against the background.
 * @cssproperty --place-color-link - Links. Default: #1d70b8 (dark: #7cb8f0).
 * @cssproperty --place-color-link-visited - Visited links. Default: #4c2c92 (dark: #c3a6f0).
 * @cssproperty --place-color-link-hover - Links under the pointer. Default: #003078 (dark: #b7d8f7).
 * @cssproperty --place-color-button - Primary buttons. Default: #00703c.
 * @cssproperty --place-color-button-hover - Primary buttons under the pointer. Default: #005a30.
 * @cssproperty --place-color-button-text - Primary buttons' text. Default: #ffffff.
 * @cssproperty --place-color-button-shadow - The line under primary buttons. Default: #002d18 (dark: #000000).
 * @cssproperty --place-color-focus - Focus highlight. Default: #ffdd00.
 * @cssproperty --place-color-focus-text - Text and ring on the focus highlight. Default: #0b0c0c.
 * @cssproperty --place-color-error - Errors. Default: #d4351c (dark: #ff8b78).
 * @cssproperty --place-color-notice-border - The edge of notices. Default: #1d70b8 (dark: #7cb8f0).
 */
export abstract class PlaceElement extends LitElement {
  /** @internal The placekit version that defined this element. */
  static placekitVersion = VERSION;

  static override styles = [baseStyles];

  /**
   * The address of the feed (absolute, or relative to the page). Wins over a surrounding
   * `<place-feed src>`.
   */
  @property() feed?: string;

  /** Seconds to wait for the feed before showing an error. */
  @property({ type: Number, attribute: 'feed-timeout' }) feedTimeout = 20;

  /**
   * The level of the element's top headings, 2 to 6, so that it fits the page's outline: 2 under the
   * page's `h1`, 3 inside a section headed `h2`. The headings under them are one level lower, and so on,
   * never deeper than `h6`; headings in the feed's formatted text start below the heading they sit under.
   * A number outside 2 to 6 is brought inside; 2 when missing or not a number. Headings look the same at
   * any level.
   */
  @property({ attribute: 'heading-level', converter: (value) => levelOf(value) }) headingLevel = 2;

  private retrying = false;
  /** The last update failed and the error panel shows (reported once: console, `place-error`) until one succeeds. */
  private faulted = false;

  /** @internal A retry succeeded while focus was here: focus goes to the content once it is drawn (see focusContent). */
  private focusPending = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    // A part loaded on demand may draw the content's first heading an update or two after the feed.
    this.addController({ hostUpdated: () => this.focusContent() });
  }

  /** Loads the feed; elements render from it with `renderFeed`. */
  protected readonly feedController = new FeedController(this, {
    ownUrl: () => this.feed,
    timeout: () => this.feedTimeout,
    inherit: true,
    settled: (outcome) => this.afterFeedSettled(outcome),
    optional: () => this.feedOptional,
    beside: () => this.feedPart?.get(),
  });

  /**
   * The part `renderFeed` draws with, when it is not in the element's own file (lazy-part.ts): fetched
   * beside the feed, so a page's first download is what the element shows before the feed comes, and the
   * feed's screen is there when the feed is. `undefined`: the element's file draws the feed itself.
   */
  protected get feedPart(): OnDemand<unknown> | undefined {
    return undefined;
  }

  /** True when the element can do without a feed (then, with none, it draws without one: see `render`). */
  protected get feedOptional(): boolean {
    return false;
  }

  /** The feed address in use, resolved against the page; `undefined` when there is none. */
  get feedUrl(): string | undefined {
    return this.feedController.url;
  }

  /** The loaded feed, once there is one. */
  get feedResult(): FeedResult | undefined {
    return this.feedController.task.value;
  }

  /** @internal The level of the element's top headings, 2 to 6 (`heading-level` as read); see heading.ts. */
  get level(): number {
    return levelOf(this.headingLevel);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const wanted = usePageLocale(this);
    if (wanted !== chosenLocale()) {
      warnOnce(
        this,
        `its lang asks for ${wanted} but placekit shows one language per page and this page's is ${chosenLocale()} (the first placekit element's, or setPlacekitLocale's): this element shows in ${chosenLocale()}, marked so`,
      );
    }
    // Feedback waiting in this browser's outbox is sent when any placekit element loads (tiny when none).
    wakeOutbox();
  }

  /**
   * A placekit element inside this one's shadow root (the plan's contact card and form) loads the same
   * feed: its `place-feed-load` and `place-feed-error` stay here, so the page hears this element's own
   * once. Events residents cause inside it (`place-feedback-*`, `place-connector-save`) go on out.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    for (const name of ['place-feed-load', 'place-feed-error']) root.addEventListener(name, (event) => event.stopPropagation());
    return root;
  }

  /** What to show once the feed has loaded. */
  protected abstract renderFeed(result: FeedResult): unknown;

  /** The loading line shown when the page gave no fallback content. */
  protected get loadingLabel(): string {
    return msg('Loading…');
  }

  /** The error panel's heading. */
  protected get errorTitle(): string {
    return msg('Sorry, we could not load this');
  }

  /** The error panel's button, naming what it loads again. */
  protected get retryLabel(): string {
    return msg('Try loading this again');
  }

  /** The error panel for a failure, `busy` while a retry runs. */
  private renderProblem(error: unknown, busy = false): TemplateResult {
    return renderFeedError(error, { level: this.level, title: this.errorTitle, action: this.retryLabel, retry: this.retryFeed, busy });
  }

  /**
   * The root is marked with the language its interface text is in (English when the page's language has
   * no translation), never the language the page asked for: a screen reader then reads each in its own
   * voice. Feed text inside is marked with the feed's `language` (see feed-lang.ts).
   */
  override render(): TemplateResult {
    return html`<div class="root" part="base" tabindex="-1" lang=${currentLocale()}>
      ${this.feedController.task.render({
        initial: () => renderFallback(this.loadingLabel),
        // While "Try again" runs, the panel stays (its button busy), so focus is not lost with it.
        pending: () => (this.retrying ? this.renderProblem(this.feedController.task.error, true) : renderFallback(this.loadingLabel)),
        complete: (result) => this.renderFeed(result),
        error: (error) => (isAbort(error) ? renderFallback(this.loadingLabel) : this.renderProblem(error)),
      })}
    </div>`;
  }

  /**
   * The error boundary: an unexpected error while updating (in `willUpdate`, `render`, committing what it
   * drew, or `updated`, here or in a controller) never leaves the element blank, half drawn or stuck on
   * "Loading": its error panel takes the place of its content at once, and the error is reported once
   * (console, `place-error`) until an update succeeds again. The panel's button loads the feed afresh and
   * draws again (the publisher may have fixed the value); a later update that succeeds draws the content.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
      this.faulted = false;
    } catch (error) {
      this.showFault(error);
    }
  }

  /** Draws the error panel in place of whatever the failed update left, and reports the error once. */
  private showFault(error: unknown): void {
    if (!this.faulted) {
      this.faulted = true;
      console.error(`placekit: <${this.localName}> could not draw, so it shows its error panel:`, error);
      emit(this, 'place-error', { message: error instanceof Error ? error.message : String(error) });
    }
    try {
      const panel = retryPanel({
        level: this.level,
        title: this.errorTitle,
        message: unavailable(),
        action: this.retryLabel,
        retry: this.retryFeed,
      });
      render(html`<div class="root" part="base" tabindex="-1" lang=${currentLocale()}>${panel}</div>`, this.renderRoot, this.renderOptions);
    } catch (again) {
      // Not even the panel can be drawn: the console has the first error; this one goes there too.
      console.error(again);
    }
  }

  /** Forgets the failed feed and loads it again (the error panel's button). */
  protected retryFeed = (): void => {
    if (this.retrying) return;
    this.retrying = true;
    this.feedController.retry();
  };

  /**
   * After a retry, focus goes where the resident can carry on: on failure the button again; on success
   * the content's first heading, or its first field when it has none (the contact card's neighbourhood
   * list), or its first block of content; never the element's whole box. Nothing moves if the resident
   * has moved on elsewhere on the page meanwhile. Headings and blocks focused this way show the focus
   * ring to keyboard users (styles.ts).
   */
  private afterFeedSettled(outcome: 'complete' | 'error'): void {
    if (!this.retrying) return;
    this.retrying = false;
    const root = this.renderRoot as ShadowRoot;
    const active = document.activeElement;
    if (!root.activeElement && active && active !== document.body) return;
    if (outcome === 'error' || this.faulted) {
      root.querySelector<HTMLElement>('.retry')?.focus();
      return;
    }
    this.focusPending = true;
    this.focusContent();
  }

  /**
   * Focus to the content after a successful retry, once there is something to focus: while a part loaded
   * on demand is still coming (the plan's list), nothing is, and this runs again after each update. Given
   * up as soon as focus is somewhere else than nowhere (the resident has moved on).
   */
  private focusContent(): void {
    if (!this.focusPending) return;
    const active = document.activeElement;
    if (active && active !== document.body) {
      this.focusPending = false;
      return;
    }
    const root = this.renderRoot as ShadowRoot;
    const shown = (el: HTMLElement) => el.getClientRects().length > 0 && !el.closest('slot, [role="status"], [role="alert"], .visually-hidden, .loading');
    const first = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)].find(shown);
    const target = first('h2, h3, h4, h5, h6') ?? first('input:not([type="hidden"]), select, textarea') ?? first('.root > :not(style, link)');
    if (!target) return;
    this.focusPending = false;
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
  }
}
