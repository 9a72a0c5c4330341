import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { hostTextLang } from '../ui/feed-lang.js';
import { onDemand } from '../ui/lazy-part.js';
import { msg } from '../ui/localize.js';
import { renderFallback } from '../ui/feed-status.js';
import { warnOnce } from '../ui/warn.js';
import { baseStyles, formStyles } from '../ui/styles.js';
import { DirectoryAttributes } from './attributes.js';
import type { Entry } from './entries.js';
import { FilterPanel } from './panel.js';
import { DirectoryParts } from './parts.js';
import type { DirectoryHost, DirectorySearchDetail, DirectorySelectDetail, Near, SearchState } from './host.js';
import { failurePanel } from './results.js';
import { PRESETS, PresetRules, presetChanged } from './presets.js';
import { focusWhenDrawn, renderSearchForm } from './search-form.js';
import { SearchRun } from './search-run.js';
import { SETTLE_MS, Settle } from './settle.js';
import { localSource, type DirectorySource, type Filters } from './source.js';
import { styles } from './styles.js';
import type { JourneyHost } from './journeys/host.js';
import { Journeys } from './journeys/journeys.js';

export type { DirectorySearchDetail, DirectorySelectDetail, Near } from './host.js';

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
 * @csspart quick-exit - The "Exit this page" button's bar (with `quick-exit`).
 * @csspart my-list - The resident's list ("My list").
 *
 * @cssproperty --place-directory-sidebar-width - Width of the filters column on wide screens. Default: 18em.
 * @cssproperty --place-color-open - Text colour of "Open now". Default: #00703c (dark scheme: #5fd08f).
 */
export class PlaceDirectoryElement extends DirectoryAttributes implements JourneyHost {
  static override styles = [baseStyles, formStyles, styles];

  /**
   * @internal Parts (lazy-part.ts). The list of results, fetched beside the feed (`feedPart`; with `api`,
   * as the API's part loads). Not on the first screen, loaded when a resident first needs them: the
   * details view (and its printed page), the postcode lookup, location and distance controls, the ways out
   * of an empty search, and (only with `sync-url`) the search in the page's address, and (only with `api`)
   * the API source. Tests replace a loader to see a part fail.
   */
  static parts = {
    results: onDemand(() => import('./result-list.js')),
    details: onDemand(() => import('./details.js')),
    near: onDemand(() => import('./near.js')),
    none: onDemand(() => import('./no-results.js')),
    url: onDemand(() => import('./url-state.js')),
    api: onDemand(() => import('./api-mode.js')),
    filters: onDemand(() => import('./filters.js')),
  };
  /** @internal */ protected override get feedPart() {
    return PlaceDirectoryElement.parts.results;
  }

  @state() private query = '';
  @state() private filters: Filters = {};
  @state() private page = 1;
  @state() private selected?: Entry;
  @state() private near?: Near;

  private readonly searches = new SearchRun(this, (error) => this.parts.api?.aborted(error) ?? false);

  /** What the directory's parts see of it and may ask of it (host.ts). */
  private readonly host: DirectoryHost = {
    element: this,
    level: () => this.level,
    search: () => ({ query: this.query, filters: this.filters, page: this.page }),
    resolved: () => this.rules.resolved(),
    near: () => this.near,
    selected: () => this.selected,
    areas: () => this.feedResult?.feed.areas ?? [],
    plans: () => this.feedResult?.feed.locality_plans ?? [],
    planHref: () => this.planHref,
    source: () => this.activeSource,
    postcode: () => this.parts.filters?.postcode ?? '',
    postcodeEndpoint: () => this.postcodeEndpoint,
    syncUrl: () => this.syncUrl,
    preset: (name) => this[name],
    locked: (name) => this.locked(name),
    chosen: () => this.rules.chosen(),
    offered: (name) => this.rules.offered(name),
    nearestFirst: () => this.activeSource?.capabilities?.nearestFirst !== false,
    locates: () => !this.activeSource?.capabilities?.nearNeedsPostcode,
    restore: (search, popped) => this.restore(search, popped),
    setFilter: (name, value, focus, instead) => {
      this.filters = { ...this.filters, [name]: value };
      this.page = 1;
      this.settle.settled(true, 0, instead);
      if (focus) focusWhenDrawn(this, 'results-title');
    },
    clearFilters: () => {
      this.filters = { area: this.locked('area') ? this.area : undefined, category: this.locked('category') ? this.category : undefined };
      this.near = undefined;
      this.parts.lookup?.clear();
      this.parts.filters?.clear();
      this.page = 1;
      this.settle.settled();
      // The button goes with the filters: the count says what came of it.
      focusWhenDrawn(this, 'results-title');
    },
    setNear: (near) => {
      const miles = this.filters.miles;
      this.near = near;
      if (!near) this.filters = { ...this.filters, miles: undefined };
      this.page = 1;
      // Where the resident is never goes into the address; the distance filter it drops does.
      this.settle.settled(!near && miles !== undefined);
    },
    searchNear: (postcode) => {
      this.parts.filters?.setPostcode(postcode);
      this.query = '';
      // The button goes with the words: focus waits on the count while the lookup runs.
      focusWhenDrawn(this, 'results-title');
      this.parts.find('results-title');
    },
    show: (entry) => (this.selected = entry),
    // The same words said again are said again: a trailing space every other time.
    announce: (text) => this.settle.say([text]),
    focusOn: (id) => focusWhenDrawn(this, id),
    writeUrl: (details, replace) => this.writeUrl(details, replace),
    filterSelect: (name, label, any, options, parse) => this.parts.filters!.select(name, label, any, options, parse),
    journey: () => this,
  };

  /** @internal The journeys: my list, quick exit, the accessibility filters (journeys/). */
  readonly journeys = new Journeys(this);

  /** @internal */
  get myList() {
    return this.journeys.myList;
  }

  /** @internal */
  entryById(id: string): Entry | undefined {
    const entry = this.activeSource?.get(id);
    return entry instanceof Promise ? undefined : entry;
  }

  /** @internal */
  openEntry(entry: Entry): void {
    void this.parts.open(entry);
  }

  /** @internal Opens the list view (once its part is here), or goes back to the results; focus follows. */
  async showList(open: boolean): Promise<void> {
    if (open && !(await this.journeys.list.load())) return;
    this.journeys.listOpen = open;
    this.requestUpdate();
    focusWhenDrawn(this, open ? 'list-title' : 'results-title');
  }

  /** @internal */
  toggleListed(entry: Entry): void {
    this.journeys.toggle(entry);
  }

  /** @internal */
  renderAccess(counts: Record<string, number>): unknown {
    return this.journeys.access.value?.renderAccess({ filters: this.filters, setFilter: (name, value) => this.host.setFilter(name, value) }, counts);
  }

  /** @internal */
  announce(text: string): void {
    this.settle.say([text]);
  }

  /** The page's presets read against the source (presets.ts). */
  private readonly rules = new PresetRules(this.host);
  /** Its parts loaded on demand (parts.ts). */
  private readonly parts = new DirectoryParts(this.host, PlaceDirectoryElement.parts);
  /** What is said once a search settles, and the search reported (settle.ts). */
  private readonly settle = new Settle(this.host, this.parts, this.searches, () => this.size);
  /** The filters panel: folded away on a narrow screen, or not. */
  private readonly panel = new FilterPanel(this);

  private get activeSource(): DirectorySource | undefined {
    const result = this.feedResult;
    if (this.source) return this.source;
    if (this.api) return this.parts.api?.source;
    return result ? localSource(result.feed) : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The filter controls come as the feed does: the first results never wait for them.
    void this.parts.lazy.filters.load();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.parts.api?.close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A preset the page sets or changes starts its filter there (unless the address already chose one).
    for (const name of PRESETS)
      if (presetChanged(changed.has(name), this[name], changed.get(name), this.syncUrl && !this.locked(name) ? this.filters[name] : undefined))
        this.filters = { ...this.filters, [name]: this[name] || undefined };
    if (this.size !== this.pageSize) warnOnce(this, `page-size="${this.getAttribute('page-size')}" is not 1 to 100: ${this.size} a page.`);
    // The API's source, made for the directory's settings once the feed (if any) is there: another source gives its own answers, never the old one's.
    const feed = this.feedResult?.feed;
    const api = this.api && !this.source && (!this.feedUrl || feed) && this.parts.lazy.api.use();
    const categories = feed && localSource(feed).categories;
    if ((api && this.parts.api!.use({ api: this.api!, filters: this.apiFilters, ...(categories?.length && { categories }) })) || changed.has('source'))
      this.searches.reset();
    const source = this.activeSource;
    if (!source) return;
    if (this.journeys.readAccess(source)) this.searches.reset();
    // A preset the directory cannot use: the page's editor is told (once the API has said what it has).
    if (!this.api || this.source || this.parts.api?.known) for (const problem of this.rules.problems()) warnOnce(this, problem);
    if (this.searches.response) this.parts.api?.answered();
    if (this.syncUrl && !this.parts.url?.read) {
      this.parts.lazy.url.use();
      this.parts.url?.readUrl();
      if (!this.parts.url?.read) return;
    }
    const linked = this.parts.url?.linked;
    linked?.open(source);
    if (!this.selected && !linked?.busy) this.search(source);
  }

  private search(source: DirectorySource): void {
    const { near, page, query } = this;
    this.searches.run(source, { query, filters: this.rules.resolved(), page, pageSize: this.size, near: near?.point, postcode: near?.postcode });
  }

  /** What the source could not do (a search, or the result the address names); `broken` adds a part that could not load. */
  private get problem(): unknown {
    return this.parts.url?.linked.error ?? this.searches.error;
  }
  private get broken(): boolean {
    return this.parts.broken || this.problem !== undefined;
  }

  /** The source gets ready for words (placekit's own loads its text index) as a resident reaches for the search box. */
  private ready = (): void => void this.activeSource?.ready?.().catch(() => undefined);

  private tryAgain = async (): Promise<void> => {
    this.parts.url?.linked.retry();
    if (this.searches.error !== undefined) this.searches.retry();
    await this.parts.retry();
    await this.updateComplete;
    // A search asked again: focus stays on the button until the answer takes the panel away.
    await this.searches.pending;
    if (!this.shadowRoot!.activeElement) focusWhenDrawn(this, this.selected ? 'details-title' : 'results-title');
  };

  private onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.page = 1;
    this.settle.settled(true, SETTLE_MS);
  };

  private goToPage = (page: number): void => {
    this.page = page;
    this.settle.settled();
    focusWhenDrawn(this, 'results-title');
  };

  /** A search from the address (`popped`: Back or Forward), and the result it has open, if any. */
  private restore(search: SearchState, popped: boolean): void {
    const wasOpen = this.selected;
    this.query = search.query;
    this.filters = search.filters;
    this.page = search.page;
    // Forward into a result: focus goes to its name once it is open.
    if (search.id) this.parts.url?.linked.want(search.id, popped);
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
    // Back from the list view (not in the history of its own) returns to the results.
    this.journeys.listOpen = false;
    if (this.syncUrl) this.parts.url?.readUrl(true);
  };

  private writeUrl(details: boolean, replace?: boolean): void {
    if (this.syncUrl) this.parts.url?.write(details, replace);
  }

  /** Quick exit's button comes first, whatever the feed is doing. */
  override render() {
    return html`${this.journeys.renderExit()}${super.render()}`;
  }

  protected renderFeed(): unknown {
    const source = this.activeSource;
    // The API's part on its way (or unable to come).
    if (!source) return this.broken ? failurePanel(this.level, true, undefined, this.tryAgain) : renderFallback(this.loadingLabel);
    // With sync-url, the page's fallback stays until the address is read: no list that changes at once.
    if (this.syncUrl && !this.parts.url?.read && !this.broken) return renderFallback(this.loadingLabel);
    // A result opened from the address: its details may still be on their way (or unable to come).
    if (this.parts.url?.linked.busy) return html`<p>${msg('Loading…')}</p>`;
    if (this.selected)
      return (
        (this.parts.lazy.details.use() && this.parts.details?.render()) ??
        (this.broken
          ? failurePanel(this.level, this.broken, this.problem !== undefined ? this.parts.api?.problem(this.problem) : undefined, this.tryAgain)
          : html`<p>${msg('Loading…')}</p>`)
      );
    const list = this.journeys.list;
    if (this.journeys.listOpen)
      return html`${list.use()?.renderListView(this) ?? (list.failed ? failurePanel(this.level, true, undefined, () => list.retry()) : html`<p>${msg('Loading…')}</p>`)}
        <p class="visually-hidden" role="status">${this.settle.announcement}</p>`;
    const response = this.searches.response;
    const results = this.parts.lazy.results.use();
    const postcode = this.settle.typedPostcode();
    return html`<div class="directory">
      ${renderSearchForm({
        query: this.query,
        input: this.onInput,
        submit: () => this.settle.settled(),
        ready: this.ready,
        hint: postcode ? this.parts.lazy.near.use()?.renderHint(this.host, postcode) : nothing,
      })}
      <div class="columns">
        ${this.panel.render(this.level, this.rules.chosen().length + (this.near ? 1 : 0), this.parts.lazy.filters.use() && this.parts.filters?.render(response?.facets))}
        <section class="results" aria-labelledby="results-title">
          ${this.journeys.renderListButton()}
          ${failurePanel(this.level, this.broken, this.problem !== undefined ? this.parts.api?.problem(this.problem) : undefined, this.tryAgain)}
          ${this.parts.url?.linked.notice ? html`<p class="notice">${this.parts.url.linked.notice}</p>` : nothing}
          ${response ? this.settle.notes(response).map((note) => html`<p class="notice">${note}</p>`) : nothing}
          ${
            response && results
              ? results.renderResults(
                  {
                    level: this.level,
                    page: this.page,
                    size: this.size,
                    categories: source.categories,
                    open: this.parts.open,
                    goToPage: this.goToPage,
                    prefetch: this.parts.prefetch,
                    none: () => this.parts.lazy.none.use()?.renderNoResults(this.host),
                    distance: this.parts.lazy.near.value?.distanceText,
                    toggle: (entry) => this.journeys.renderToggle(entry),
                    lang: hostTextLang(this),
                  },
                  response,
                )
              : this.parts.lazy.results.failed
                ? nothing
                : html`<p>${msg('Loading…')}</p>`
          }
        </section>
      </div>
      <p class="visually-hidden" role="status">${this.parts.lookup?.busy || this.settle.announcement}</p>
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
