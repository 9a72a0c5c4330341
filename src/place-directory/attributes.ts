/**
 * What a page sets on `<place-directory>`: its attributes (documented here, in the element's manifest
 * entry), what they mean as read, and what the directory says before it has its data. The element
 * (place-directory.ts) does the rest.
 */
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { currentLocale, msg } from '../ui/localize.js';
import { PlaceElement } from '../ui/place-element.js';
import type { Preset } from './host.js';
import type { DirectorySource } from './source.js';

export abstract class DirectoryAttributes extends PlaceElement {
  /**
   * An area from the feed (its `id`, or its name): the neighbourhood filter starts on it, for a
   * neighbourhood's page. One the feed does not have is ignored, with a note in the console for the site's
   * editor (with `lock="area"` it lists nothing instead).
   */
  @property() area?: string;

  /**
   * A category (a taxonomy term's `id`, `code` or `name`, in any case): the category filter starts on it.
   * One the feed does not have is ignored, with a note in the console (with `lock="category"` it lists
   * nothing instead).
   */
  @property() category?: string;

  /**
   * Presets residents cannot change: `area`, `category` or `area category`. A locked preset is shown as
   * text rather than a filter, and "Clear all filters" keeps it.
   */
  @property() lock = '';

  /** Results per page, 1 to 100 (a number outside is brought inside, anything else gives 10, with a note in the console). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /**
   * Keeps the search in the page's address, so it can be bookmarked and shared and the browser's Back
   * button steps back through searches and out of a result: `pd-q`, `pd-category`, `pd-area`, `pd-kind`,
   * `pd-age`, `pd-free`, `pd-open`, `pd-day`, `pd-miles`, `pd-access`, `pd-page`, `pd-id`. The page's own parameters
   * are left alone. `pd-miles` only while results are sorted by distance, and ignored in an address opened
   * without a place to measure from: where a resident is (postcode, location) is never put in the address.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /**
   * Where the page shows a Locality Plan priority: an address with `{plan}`, `{priority}` and `{area}` in it
   * (e.g. `/plans?pp-plan={plan}&pp-open={priority}`, for a `<place-plan sync-url>` on that page). An
   * opportunity's details name the plan priorities it serves, and a service's those it delivers, linked there
   * when this is set.
   */
  @property({ attribute: 'plan-href' }) planHref?: string;

  /**
   * Quick exit, for directories of domestic-abuse and sexual-violence services (GOV.UK's "Exit this page"): an
   * "Exit this page" button that stays in view, and three presses of Shift, leave for a neutral page (the
   * value, an https address; empty for BBC Weather), replacing this page in the history and clearing the
   * directory's address parameters and the resident's list.
   */
  @property({ attribute: 'quick-exit' }) quickExit?: string;

  /** Where postcodes are looked up: any service answering in the [postcodes.io](https://postcodes.io/) format. */
  @property({ attribute: 'postcode-endpoint' }) postcodeEndpoint = 'https://api.postcodes.io/postcodes/';

  /**
   * A council's Open Referral UK API to search instead of the feed's services: its base URL, the part
   * before `/services` (docs/directory-api.md). Each search asks it for one page. A feed, if there is one,
   * still gives the neighbourhoods and the categories to offer; without one, the categories come from the
   * API's taxonomy. Filters the API cannot apply are not offered.
   */
  @property() api?: string;

  /**
   * The filters the `api` supports, as words: `category`, `age`, `day`, `open`, `postcode`, or `none`
   * (default: `category age day open`, what the UK profile requires). `placekit check-api` prints the list
   * that fits an API.
   */
  @property({ attribute: 'api-filters' }) apiFilters?: string;

  /**
   * Where results come from, set from a script: by default the feed (or `api`), searched in the browser.
   * Set a `DirectorySource` to search elsewhere.
   */
  @property({ attribute: false }) source?: DirectorySource;

  /** Results per page, as read: 1 to 100, 10 when `page-size` is not a number. */
  protected get size(): number {
    const n = Math.round(this.pageSize ?? NaN);
    return n > 100 ? 100 : n >= 1 ? n : n < 1 ? 1 : 10;
  }

  /** The page locked a preset it set: residents cannot change it. */
  protected locked(name: Preset): boolean {
    return this.lock.split(/\s+/).includes(name) && Boolean(this[name]);
  }

  /** A directory from an API needs no feed. */
  protected override get feedOptional(): boolean {
    return Boolean(this.api);
  }

  /** The directory's content, once it has a source (the feed's, or the API's). */
  protected abstract override renderFeed(): unknown;

  /** With `api` and no feed, the directory draws at once (the base element would wait for a feed). */
  override render(): TemplateResult {
    return this.api && !this.feedUrl ? html`<div class="root" part="base" tabindex="-1" lang=${currentLocale()}>${this.renderFeed()}</div>` : super.render();
  }

  protected override get loadingLabel(): string {
    return msg('Loading services…');
  }

  protected override get errorTitle(): string {
    return msg('Sorry, the directory could not be loaded');
  }

  protected override get retryLabel(): string {
    return msg('Try loading the directory again');
  }
}
