import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state, property } from 'lit/decorators.js';
import { parsePostcode } from '../feed/domain/areas.js';
import { emit } from '../ui/events.js';
import { onDemand } from '../ui/lazy-part.js';
import { msg } from '../ui/localize.js';
import { renderFallback } from '../ui/feed-status.js';
import { PlaceElement } from '../ui/place-element.js';
import { retryPanel } from '../ui/retry-panel.js';
import { warnOnce } from '../ui/warn.js';
import { baseStyles, formStyles } from '../ui/styles.js';
import type { Entry } from './entries.js';
import { FilterPanel } from './filters.js';
import { DirectoryParts } from './parts.js';
import type { DirectoryHost, DirectorySearchDetail, DirectorySelectDetail, Near, Preset, SearchState } from './host.js';
import { countText, renderResults } from './results.js';
import { chosenBy, keyOf, PRESETS, resolve, type Presets } from './presets.js';
import { SearchRun } from './search-run.js';
import { localSource, type DirectorySource, type Filters } from './source.js';
import { styles } from './styles.js';

export type { DirectorySearchDetail, DirectorySelectDetail, Near } from './host.js';

/** How long typing must pause before the count is announced and the search reported. */
const SETTLE_MS = 800;

/**
 * A directory of local services and ways to get involved: search as you type (typos, accents and word
 * order forgiven), filters that show how many results each would give, distance from a postcode or the
 * resident's location, opening times in UK time, and full details for each result.
 *
 * @tagname place-directory
 * @summary Find local services and ways to get involved.
 *
 * @fires place-search - A search settled: once typing pauses (0.8 s), at once on Enter, or when a filter,
 *   page or location changes. `detail`: `{query, filters, count}`. Nothing is stored.
 * @fires place-select - The resident opened a result, once however often it is clicked. `detail`:
 *   `{id, name, kind}` (`kind` is `service` or `opportunity`).
 *
 * @csspart search - The search box and its label.
 * @csspart filters - The filters panel.
 * @csspart results - The list of results.
 * @csspart result - One result in the list.
 * @csspart pagination - The previous and next page controls.
 * @csspart no-results - What is shown when nothing matches.
 * @csspart details - The details of one result.
 * @csspart alert - A service's alert in its details.
 *
 * @cssproperty --place-directory-sidebar-width - Width of the filters column on wide screens. Default: 18em.
 * @cssproperty --place-color-open - Text colour of "Open now". Default: #00703c.
 */
export class PlaceDirectoryElement extends PlaceElement {
  static override styles = [baseStyles, formStyles, styles];

  /**
   * @internal Parts not on the first screen load when a resident first needs them (lazy-part.ts), so the
   * list does not wait for them: the details view (and its printed page), the postcode lookup, location
   * and distance controls, the ways out of an empty search, and (only with `sync-url`) the search in the
   * page's address. Tests replace a loader to see a part fail.
   */
  static parts = {
    details: onDemand(() => import('./details.js')),
    near: onDemand(() => import('./near.js')),
    none: onDemand(() => import('./no-results.js')),
    url: onDemand(() => import('./url-state.js')),
  };

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
   * `pd-age`, `pd-free`, `pd-open`, `pd-day`, `pd-miles`, `pd-page`, `pd-id`. The page's own parameters
   * are left alone. `pd-miles` only while results are sorted by distance, and ignored in an address opened
   * without a place to measure from: where a resident is (postcode, location) is never put in the address.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Where postcodes are looked up: any service answering in the [postcodes.io](https://postcodes.io/) format. */
  @property({ attribute: 'postcode-endpoint' }) postcodeEndpoint = 'https://api.postcodes.io/postcodes/';

  /**
   * Where results come from: by default the feed, searched in the browser. Set a `DirectorySource` to
   * search elsewhere (for example a remote Open Referral UK API).
   */
  @property({ attribute: false }) source?: DirectorySource;

  @state() private query = '';
  @state() private filters: Filters = {};
  @state() private page = 1;
  @state() private selected?: Entry;
  @state() private near?: Near;
  /** What the polite live region says (the count once a search settles). */
  @state() private announcement = '';

  private readonly searches = new SearchRun(this);
  private settleTimer?: ReturnType<typeof setTimeout>;
  /** A result to open once the directory is ready (from the address). */
  private pendingId?: string;
  private announced = 0;

  /** What the directory's parts see of it and may ask of it (host.ts). */
  private readonly host: DirectoryHost = {
    element: this,
    level: () => this.level,
    search: () => ({ query: this.query, filters: this.filters, page: this.page }),
    resolved: () => this.requestFilters(),
    near: () => this.near,
    selected: () => this.selected,
    areas: () => this.areas,
    source: () => this.activeSource,
    postcode: () => this.panel.postcode,
    postcodeEndpoint: () => this.postcodeEndpoint,
    syncUrl: () => this.syncUrl,
    preset: (name) => this[name],
    locked: (name) => this.locked(name),
    chosen: () => this.chosen(),
    offered: (name) => this.offered(name),
    restore: (search, popped) => this.restore(search, popped),
    setFilter: (name, value, focus) => {
      this.filters = { ...this.filters, [name]: value };
      this.page = 1;
      this.settled();
      if (focus) this.focusOn('results-title');
    },
    clearFilters: () => {
      this.filters = { area: this.locked('area') ? this.area : undefined, category: this.locked('category') ? this.category : undefined };
      this.near = undefined;
      this.parts.lookup?.clear();
      this.panel.clear();
      this.page = 1;
      this.settled();
      // The button goes with the filters: the count says what came of it.
      this.focusOn('results-title');
    },
    setNear: (near) => {
      const miles = this.filters.miles;
      this.near = near;
      if (!near) this.filters = { ...this.filters, miles: undefined };
      this.page = 1;
      // Where the resident is never goes into the address; the distance filter it drops does.
      this.settled(!near && miles !== undefined);
    },
    searchNear: (postcode) => {
      this.panel.setPostcode(postcode);
      this.query = '';
      this.parts.find('results-title');
    },
    show: (entry) => (this.selected = entry),
    announce: (text) => (this.announcement = text),
    focusOn: (id) => this.focusOn(id),
    writeUrl: (details, replace) => this.writeUrl(details, replace),
    filterSelect: (name, label, any, options, parse) => this.panel.select(name, label, any, options, parse),
  };

  /** Its parts loaded on demand (parts.ts). */
  private readonly parts = new DirectoryParts(this.host, PlaceDirectoryElement.parts);

  /** The filters panel: what is typed in it, and whether it is folded away. */
  private readonly panel = new FilterPanel(this.host, this.parts.nearControls);

  protected override get loadingLabel(): string {
    return msg('Loading services…');
  }

  protected override get errorTitle(): string {
    return msg('Sorry, the directory could not be loaded');
  }

  protected override get retryLabel(): string {
    return msg('Try loading the directory again');
  }

  private get activeSource(): DirectorySource | undefined {
    const result = this.feedResult;
    return this.source ?? (result ? localSource(result.feed) : undefined);
  }

  /** The feed's areas. */
  private get areas() {
    return this.feedResult?.feed.areas ?? [];
  }

  /** Results per page, as read: 1 to 100, 10 when `page-size` is not a number. */
  private get size(): number {
    const n = Math.round(this.pageSize ?? NaN);
    return n > 100 ? 100 : n >= 1 ? n : n < 1 ? 1 : 10;
  }

  private locked(name: Preset): boolean {
    return this.lock.split(/\s+/).includes(name) && Boolean(this[name]);
  }

  /** What the page's presets are read against: the feed's areas, the source's categories. */
  private get presets(): Presets {
    return { areas: this.areas, categories: this.activeSource?.categories ?? [], locked: (name) => this.locked(name) };
  }

  /** A search the source is still answering (tests wait for it). */
  private get pending(): Promise<void> | undefined {
    return this.searches.pending;
  }

  /** The source can apply this filter (one that cannot is not offered). */
  private offered(name: keyof Filters): boolean {
    const capabilities = this.activeSource?.capabilities;
    return !capabilities || capabilities.filters.includes(name);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.settleTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A preset the page sets or changes starts its filter there (unless the address already chose one).
    for (const name of PRESETS) {
      const was = changed.get(name);
      if (changed.has(name) && (this[name] || was !== undefined) && !(this.syncUrl && !was && this.filters[name] && !this.locked(name)))
        this.filters = { ...this.filters, [name]: this[name] || undefined };
    }
    // Another source: its own answers, never the old source's.
    if (changed.has('source')) this.searches.reset();
    if (this.size !== this.pageSize) warnOnce(this, `page-size="${this.getAttribute('page-size')}" is not 1 to 100: ${this.size} a page.`);
    if (this.syncUrl && !this.parts.url?.read) {
      this.parts.lazy.url.use();
      this.parts.url?.readUrl();
    }
    const source = this.activeSource;
    if (!source) return;
    for (const name of PRESETS) {
      const value = this[name];
      if (value && !keyOf(this.presets, name, value)) warnOnce(this, `${name}="${value}" is not in the feed${this.locked(name) ? '' : ', so it is ignored'}.`);
    }
    if (this.pendingId) {
      const entry = source.get(this.pendingId);
      this.pendingId = undefined;
      if (entry && !(entry instanceof Promise)) this.selected = entry;
    }
    if (!this.selected) this.search(source);
  }

  /** The filters as the source reads them (presets.ts). */
  private requestFilters(): Filters {
    return resolve(this.presets, this.filters);
  }

  /** The filters the resident has chosen. */
  private chosen(): Array<keyof Filters> {
    return this.activeSource ? chosenBy(this.presets, this.filters) : [];
  }

  private search(source: DirectorySource): void {
    this.searches.run(source, { query: this.query, filters: this.requestFilters(), page: this.page, pageSize: this.size, near: this.near?.point });
  }

  /** A part could not be loaded, or the source could not answer. */
  private get broken(): boolean {
    return this.parts.broken || this.searches.error !== undefined;
  }

  /** The source gets ready for words (placekit's own loads its text index) as a resident reaches for the search box. */
  private ready = (): void => void this.activeSource?.ready?.().catch(() => undefined);

  private tryAgain = async (): Promise<void> => {
    if (this.searches.error !== undefined) this.searches.retry();
    await this.parts.retry();
    await this.updateComplete;
    if (!this.shadowRoot!.activeElement) this.focusOn(this.selected ? 'details-title' : 'results-title');
  };

  // ---------------------------------------------------------------------------------------------
  // What the resident does

  /** Moves focus to an element of the directory once it has rendered. */
  private focusOn(id: string): void {
    void this.updateComplete.then(() => this.shadowRoot?.getElementById(id)?.focus());
  }

  private onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.page = 1;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.settled(), SETTLE_MS);
  };

  private goToPage = (page: number): void => {
    this.page = page;
    this.settled();
    this.focusOn('results-title');
  };

  /** After typing pauses (or Enter) or a filter changes: say the count, report the search, record it in the address. */
  private settled(push = true): void {
    clearTimeout(this.settleTimer);
    void this.updateComplete.then(async () => {
      await this.pending?.catch(() => undefined);
      const response = this.searches.response;
      const source = this.activeSource;
      if (!response || !source || this.selected) return;
      const count = response.total;
      const postcode = this.typedPostcode();
      const hint = postcode && (await this.parts.lazy.near.load())?.hint(postcode);
      // Alternate a trailing space so that the same count is announced again.
      this.announcement = `${countText(count, this.page, this.size)}${this.near ? `, ${msg('nearest first')}` : ''}.${hint ? ` ${hint}` : ''}${++this.announced % 2 ? '' : '\u00a0'}`;
      if (push) this.writeUrl(false);
      emit(this, 'place-search', { query: this.query.trim(), filters: this.requestFilters(), count });
    });
  }

  /** A postcode (or district) typed into the search box, which finds no words: the postcode field can use it. */
  private typedPostcode(): string | undefined {
    return parsePostcode(this.query, true)?.normalised;
  }

  /** A search from the address (`popped`: Back or Forward), and the result it has open, if any. */
  private restore(search: SearchState, popped: boolean): void {
    const wasOpen = this.selected;
    this.query = search.query;
    this.filters = search.filters;
    this.page = search.page;
    if (search.id) this.pendingId = search.id;
    if (!popped) return;
    if (!search.id && wasOpen) this.parts.details?.close();
    else if (search.id && search.id !== wasOpen?.id) this.selected = undefined;
  }

  /**
   * Opens the details of a service or opportunity by its id (for a link to one service). Unlike a
   * resident's choice it neither moves focus nor fires `place-select`. Resolves to false when there is no
   * such entry.
   */
  async showEntry(id: string): Promise<boolean> {
    const entry = await this.activeSource?.get(id);
    if (!entry) return false;
    await this.parts.open(entry, false);
    return true;
  }

  private onPopState = (): void => {
    if (this.syncUrl) this.parts.url?.readUrl(true);
  };

  private writeUrl(details: boolean, replace?: boolean): void {
    if (this.syncUrl) this.parts.url?.write(details, replace);
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  /** A part could not be loaded: say so, and offer to try again. */
  private renderFailed(): TemplateResult | typeof nothing {
    return this.broken
      ? retryPanel({
          level: this.level,
          title: msg('Sorry, part of the directory could not be loaded'),
          message: msg('Check your connection and try again.'),
          action: msg('Try loading that part of the directory again'),
          retry: this.tryAgain,
          live: 'alert',
        })
      : nothing;
  }

  protected renderFeed(): unknown {
    const source = this.activeSource!;
    // With sync-url, the page's fallback stays until the address is read: no list that changes at once.
    if (this.syncUrl && !this.parts.url?.read && !this.broken) return renderFallback(this.loadingLabel);
    // A result opened from the address: its details may still be on their way (or unable to come).
    if (this.selected)
      return (this.parts.lazy.details.use() && this.parts.details?.render()) ?? (this.broken ? this.renderFailed() : html`<p>${msg('Loading…')}</p>`);
    const response = this.searches.response;
    const postcode = this.typedPostcode();
    return html`<div class="directory">
      <form class="search no-print" part="search" role="search" @submit=${(e: Event) => (e.preventDefault(), this.settled())} @focusin=${this.ready}>
        <label for="query">${msg('Search services and ways to get involved')}</label>
        <p class="hint" id="query-hint">${msg('For example, food bank, debt advice or football')}</p>
        <input id="query" type="search" autocomplete="off" spellcheck="false" aria-describedby="query-hint" .value=${this.query} @input=${this.onInput} />
        ${postcode ? this.parts.lazy.near.use()?.renderHint(this.host, postcode) : nothing}
      </form>
      <div class="columns">
        ${this.panel.render(response?.facets)}
        <section class="results" aria-labelledby="results-title">
          ${this.renderFailed()}
          ${
            response
              ? renderResults(
                  {
                    level: this.level,
                    page: this.page,
                    size: this.size,
                    categories: source.categories,
                    open: this.parts.open,
                    goToPage: this.goToPage,
                    prefetch: this.parts.prefetch,
                    none: () => this.parts.lazy.none.use()?.renderNoResults(this.host),
                  },
                  response,
                )
              : html`<p>${msg('Loading…')}</p>`
          }
        </section>
      </div>
      <p class="visually-hidden" role="status">${this.parts.lookup?.busy || this.announcement}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'place-directory': PlaceDirectoryElement;
  }
}

declare module '../ui/events.js' {
  interface PlaceEventMap {
    'place-search': DirectorySearchDetail;
    'place-select': DirectorySelectDetail;
  }
}
