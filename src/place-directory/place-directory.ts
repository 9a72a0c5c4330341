import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { distanceMiles, type Point } from '../feed/areas.js';
import type { FeedResult } from '../feed/parse.js';
import { DAYS, type Day } from '../feed/schedule.js';
import type { Area, Location, PlaceFeed } from '../feed/schema.js';
import { emit } from '../ui/events.js';
import { formatMiles, formatNumber, formatWeekday, msg, plural, str } from '../ui/localize.js';
import { PlaceElement } from '../ui/place-element.js';
import { baseStyles, formStyles } from '../ui/styles.js';
import { agesText, costSummary, kindLabel, timeLines } from './describe.js';
import type { Entry, EntryKind } from './entries.js';
import { LocalDirectorySource, MILES, findCategory, type DirectorySource, type Filters, type SearchResponse } from './source.js';
import { styles } from './styles.js';
import { readUrlState, writeUrlState, type UrlState } from './url-state.js';

export interface DirectorySearchDetail {
  query: string;
  filters: Filters;
  /** How many results the search gives. */
  count: number;
}

export interface DirectorySelectDetail {
  id: string;
  name: string;
  kind: EntryKind;
}

interface Near {
  point: Point;
  /** A postcode, or "your location". */
  label: string;
  /** Set when placed at an area's centre because the postcode could not be looked up. */
  area?: Area;
}

/** An area's name with its Gaelic (or Welsh) name beside it. */
const areaLabel = (area: Area) => (area.alternate_name ? `${area.name} (${area.alternate_name})` : area.name);

/** The details view is loaded when first wanted (or when the resident reaches for a result): the list does not wait for it. */
let details: typeof import('./details.js') | undefined;
const loadDetails = async () => (details ??= await import('./details.js'));

const sources = new WeakMap<PlaceFeed, LocalDirectorySource>();

/** The feed's directory, indexed once per feed however many elements show it. */
export function localSource(feed: PlaceFeed): LocalDirectorySource {
  let source = sources.get(feed);
  if (!source) sources.set(feed, (source = new LocalDirectorySource(feed)));
  return source;
}

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
 * @slot - Fallback content, shown until the feed has loaded (and below the error if it fails).
 *
 * @fires place-search - A search settled (typing paused, or a filter, page or location changed).
 *   `detail`: `{query, filters, count}`. Nothing is stored.
 * @fires place-select - The resident opened a result. `detail`: `{id, name, kind}` (`kind` is `service`
 *   or `opportunity`).
 * @fires place-feed-load - The feed loaded.
 * @fires place-feed-error - The feed could not be used.
 *
 * @csspart base - The element's outer box.
 * @csspart error - The panel shown when the feed cannot be loaded.
 * @csspart retry-button - The "Try again" button in that panel.
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

  /** An area id: shows that neighbourhood's services first chosen (a neighbourhood page). */
  @property() area?: string;

  /** A category (taxonomy term id, code or name) chosen from the start. */
  @property() category?: string;

  /** Preset filters the resident cannot change: `area`, `category` or both, space-separated. */
  @property() lock = '';

  /** Results per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** Keeps the search in the page's address (`pd-*` parameters), so it can be bookmarked and shared and Back steps through searches. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Where postcodes are looked up: any service answering in the postcodes.io format. */
  @property({ attribute: 'postcode-endpoint' }) postcodeEndpoint = 'https://api.postcodes.io/postcodes/';

  /**
   * Where results come from: by default the feed, searched in the browser. Set a `DirectorySource` to
   * search elsewhere (for example a remote Open Referral UK API).
   */
  @property({ attribute: false }) source?: DirectorySource;

  /** @internal */ @state() private query = '';
  /** @internal */ @state() private filters: Filters = {};
  /** @internal */ @state() private page = 1;
  /** @internal */ @state() private selected?: Entry;
  /** @internal */ @state() private near?: Near;
  /** @internal */ @state() private postcode = '';
  /** @internal */ @state() private postcodeError?: string;
  /** @internal */ @state() private ageError = false;
  /** @internal What the resident typed as an age, kept while it cannot be read as one. */ private ageText = '';
  /** @internal */ @state() private busy = false;
  /** @internal */ @state() private announcement = '';
  /** @internal */ @state() private response?: SearchResponse;
  /** @internal Narrow enough to fold the filters away. */ @state() private narrow = false;
  /** @internal */ @state() private filtersOpen = false;

  // Changed in the next frame, not inside the observer's callback: the change itself resizes the element.
  private readonly resize = new ResizeObserver(([entry]) => {
    const narrow = entry.contentRect.width < 640;
    if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
  });

  private requestKey = '';
  /** A search a source is still answering. */
  private pending?: Promise<void>;
  private settleTimer?: ReturnType<typeof setTimeout>;
  private pendingId?: string;
  private listPosition?: { scrollY: number; id: string };
  private announced = 0;

  protected override get loadingLabel(): string {
    return msg('Loading services…');
  }

  protected override get errorTitle(): string {
    return msg('Sorry, the directory could not be loaded');
  }

  private get activeSource(): DirectorySource | undefined {
    const result = this.feedResult;
    return this.source ?? (result ? localSource(result.feed) : undefined);
  }

  private locked(name: 'area' | 'category'): boolean {
    return this.lock.split(/\s+/).includes(name) && Boolean(this[name]);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    this.resize.observe(this);
    if (this.syncUrl) this.applyUrl(readUrlState(location.search));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.resize.disconnect();
    clearTimeout(this.settleTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    for (const name of ['area', 'category'] as const) {
      if (changed.has(name) && (this[name] || changed.get(name) !== undefined) && !(this.syncUrl && !changed.get(name) && this.filters[name] && !this.locked(name))) {
        this.filters = { ...this.filters, [name]: this[name] || undefined };
      }
    }
    if (changed.has('source')) {
      // Another source: its own answers, never the old source's.
      this.requestKey = '';
      this.response = undefined;
    }
    const source = this.activeSource;
    if (source && this.pendingId) {
      const id = this.pendingId;
      this.pendingId = undefined;
      const entry = source.get(id);
      if (entry && !(entry instanceof Promise)) this.selected = entry;
    }
    if (source && !this.selected) this.search(source);
  }

  /** The filters as the source reads them: the category attribute's words turned into its key. */
  private requestFilters(source: DirectorySource): Filters {
    const filters = { ...this.filters };
    if (filters.category) filters.category = findCategory(source.categories, filters.category) ?? filters.category;
    for (const key of Object.keys(filters) as Array<keyof Filters>) if (filters[key] === undefined || filters[key] === false) delete filters[key];
    return filters;
  }

  private search(source: DirectorySource): void {
    const request = { query: this.query, filters: this.requestFilters(source), page: this.page, pageSize: this.pageSize, near: this.near?.point };
    // The minute is part of the key: "open now" moves on with the clock.
    const key = JSON.stringify([request, Math.floor(Date.now() / 60000)]);
    if (key === this.requestKey && this.response) return;
    this.requestKey = key;
    const answer = source.search(request);
    if (answer instanceof Promise) {
      this.pending = answer.then(async (response) => {
        if (this.requestKey === key) this.response = response;
        await this.updateComplete;
      });
    } else {
      this.pending = undefined;
      this.response = answer;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // What the resident does

  private onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.page = 1;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.settled(), SETTLE_MS);
  };

  private setFilter<K extends keyof Filters>(name: K, value: Filters[K]): void {
    this.filters = { ...this.filters, [name]: value };
    this.page = 1;
    this.settled();
  }

  private clearFilters = (): void => {
    this.filters = { area: this.locked('area') ? this.area : undefined, category: this.locked('category') ? this.category : undefined };
    this.near = undefined;
    this.postcodeError = undefined;
    this.ageError = false;
    this.page = 1;
    this.settled();
  };

  private goToPage(page: number): void {
    this.page = page;
    this.settled();
    void this.updateComplete.then(() => this.shadowRoot?.getElementById('results-title')?.focus());
  }

  /** After typing pauses or a filter changes: say the count, report the search, record it in the address. */
  private settled(push = true): void {
    clearTimeout(this.settleTimer);
    void this.updateComplete.then(async () => {
      await this.pending?.catch(() => undefined);
      const response = this.response;
      const source = this.activeSource;
      if (!response || !source || this.selected) return;
      const count = response.total;
      // Alternate a trailing space so that the same count is announced again.
      this.announcement = `${this.countText(count)}${this.near ? `, ${msg('nearest first')}` : ''}.${++this.announced % 2 ? '' : '\u00a0'}`;
      if (push) this.writeUrl(false);
      emit<DirectorySearchDetail>(this, 'place-search', { query: this.query.trim(), filters: this.requestFilters(source), count });
    });
  }

  private countText(count: number): string {
    const n = formatNumber(count);
    return plural(count, { one: msg(str`${n} result`), other: msg(str`${n} results`) });
  }

  private findPostcode = async (event: Event): Promise<void> => {
    event.preventDefault();
    const areas = this.feedResult?.feed.areas ?? [];
    this.busy = true;
    // The lookup loads when a resident first asks for it.
    const { geocodePostcode } = await import('./geocode.js');
    const found = await geocodePostcode(this.postcode, this.postcodeEndpoint, areas);
    this.busy = false;
    if (found.ok) {
      this.postcodeError = undefined;
      this.setNear({ point: found.point, label: found.postcode, ...(found.area && { area: found.area }) });
      return;
    }
    const postcode = found.postcode ?? '';
    this.postcodeError =
      found.reason === 'empty'
        ? msg('Enter a postcode, like G31 4XY')
        : found.reason === 'invalid'
          ? msg('Enter a full UK postcode, like G31 4XY')
          : found.reason === 'unknown'
            ? msg(str`We could not find the postcode ${postcode}. Check it and try again.`)
            : msg(str`We could not look up ${postcode} just now. Try again later, or choose a neighbourhood.`);
    await this.updateComplete;
    this.shadowRoot?.getElementById('postcode')?.focus();
  };

  private locate = (): void => {
    this.busy = true;
    this.postcodeError = undefined;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.busy = false;
        this.setNear({ point: { latitude: position.coords.latitude, longitude: position.coords.longitude }, label: msg('your location') });
      },
      () => {
        this.busy = false;
        this.postcodeError = msg('We could not get your location. Enter a postcode instead.');
        void this.updateComplete.then(() => this.shadowRoot?.getElementById('postcode')?.focus());
      },
      { timeout: 20000, maximumAge: 300000 },
    );
  };

  private setNear(near: Near | undefined): void {
    this.near = near;
    if (!near) this.filters = { ...this.filters, miles: undefined };
    this.page = 1;
    this.settled(false);
  }

  /** Opens the details of an entry by its id, as if the resident had chosen it (without a `place-select` event). */
  async showEntry(id: string): Promise<boolean> {
    const entry = await this.activeSource?.get(id);
    if (!entry) return false;
    await this.open(entry, false);
    return true;
  }

  /** Shows an entry's details. Focus moves and `place-select` fires for the resident's own choices, not the page's. */
  private async open(entry: Entry, byResident = true): Promise<void> {
    await loadDetails();
    this.listPosition = { scrollY: window.scrollY, id: entry.id };
    this.selected = entry;
    if (this.syncUrl) this.writeUrl(true);
    if (!byResident) return;
    await this.updateComplete;
    this.shadowRoot?.getElementById('details-title')?.focus();
    emit<DirectorySelectDetail>(this, 'place-select', { id: entry.id, name: entry.name, kind: entry.kind });
  }

  private back = (): void => {
    if (this.syncUrl && (history.state as { placeDirectory?: string } | null)?.placeDirectory === 'details') {
      history.back();
      return;
    }
    this.closeDetails();
  };

  private closeDetails(): void {
    const position = this.listPosition;
    this.selected = undefined;
    if (this.syncUrl) this.writeUrl(false, true);
    void this.updateComplete.then(() => {
      const link = position && this.shadowRoot?.querySelector<HTMLElement>(`[data-id="${CSS.escape(position.id)}"]`);
      (link ?? this.shadowRoot?.getElementById('results-title'))?.focus({ preventScroll: true });
      if (position) window.scrollTo({ top: position.scrollY, behavior: 'instant' });
    });
  }

  // ---------------------------------------------------------------------------------------------
  // The page's address

  private applyUrl(state: UrlState): void {
    const filters = { ...state.filters };
    for (const name of ['area', 'category'] as const) {
      if (this.locked(name) || (!filters[name] && this[name] && !location.search.includes('pd-'))) filters[name] = this[name];
    }
    this.query = state.query;
    this.filters = filters;
    this.page = state.page;
    if (state.id) this.pendingId = state.id;
  }

  private onPopState = (): void => {
    if (!this.syncUrl) return;
    const state = readUrlState(location.search);
    const wasOpen = this.selected;
    this.applyUrl(state);
    if (!state.id && wasOpen) this.closeDetails();
    else if (state.id && state.id !== wasOpen?.id) this.selected = undefined;
  };

  private writeUrl(details: boolean, replace = false): void {
    if (!this.syncUrl) return;
    const href = writeUrlState(location.href, { query: this.query, filters: this.filters, page: this.page, ...(details && this.selected && { id: this.selected.id }) });
    if (href === location.href) return;
    if (replace) history.replaceState(history.state, '', href);
    else history.pushState({ placeDirectory: details ? 'details' : 'search' }, '', href);
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected renderFeed(result: FeedResult): TemplateResult {
    const source = this.activeSource!;
    if (this.selected) {
      const near = this.near?.point;
      if (!details) {
        void loadDetails().then(() => this.requestUpdate());
        return html`<p>${msg('Loading…')}</p>`;
      }
      return details.renderDetails(this.selected, {
        at: new Date(),
        miles: near ? (location: Location) => (location.latitude !== undefined && location.longitude !== undefined ? distanceMiles(near, location as Point) : undefined) : undefined,
        back: this.back,
        print: () => window.print(),
      });
    }
    const response = this.response;
    return html`<div class="directory">
      <form class="search no-print" part="search" role="search" @submit=${(e: Event) => e.preventDefault()}>
        <label for="query">${msg('Search services and ways to get involved')}</label>
        <p class="hint" id="query-hint">${msg('For example, food bank, debt advice or football')}</p>
        <input id="query" type="search" autocomplete="off" spellcheck="false" aria-describedby="query-hint" .value=${live(this.query)} @input=${this.onInput} />
      </form>
      <div class="columns">
        ${this.renderFilters(result, source, response)}
        <section class="results" aria-labelledby="results-title">
          ${response ? this.renderResults(response) : html`<p>${msg('Searching…')}</p>`}
        </section>
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  private renderFilters(result: FeedResult, source: DirectorySource, response: SearchResponse | undefined): TemplateResult {
    const facets = response?.facets;
    const filters = this.requestFilters(source);
    const count = (n: number | undefined) => ` (${formatNumber(n ?? 0)})`;
    const areas = result.feed.areas ?? [];
    const describedBy = this.postcodeError ? 'postcode-hint postcode-error' : 'postcode-hint';
    const chosen = Object.entries(this.filters).filter(([key, value]) => value !== undefined && value !== false && !((key === 'area' || key === 'category') && this.locked(key))).length + (this.near ? 1 : 0);
    const active = chosen > 0;
    const select = <K extends keyof Filters>(name: K, label: string, any: string, options: Array<[string, string, number | undefined]>, parse: (v: string) => Filters[K]) => html`
      <div class="field">
        <label for="f-${name}">${label}</label>
        <select id="f-${name}" .value=${live(String(filters[name] ?? ''))} @change=${(e: Event) => this.setFilter(name, parse((e.target as HTMLSelectElement).value))}>
          <option value="" ?selected=${filters[name] === undefined}>${any}</option>
          ${options.map(([value, text, n]) => html`<option value=${value} ?selected=${String(filters[name]) === value}>${text}${n === undefined ? '' : count(n)}</option>`)}
        </select>
      </div>`;
    const fixed = (label: string, value: string) => html`<p class="field"><span class="label">${label}</span>${value}</p>`;
    const categoryName = source.categories.find((c) => c.key === filters.category)?.name ?? this.category ?? '';
    const areaName = areas.find((a) => a.id === this.area);
    const controls = html`
      <form class="field near ${this.postcodeError ? 'has-error' : ''}" novalidate @submit=${this.findPostcode}>
        <label for="postcode">${msg('Near a postcode')}</label>
        <p class="hint" id="postcode-hint">${msg('For example, G31 4XY. Results are sorted nearest first.')}</p>
        ${this.postcodeError ? html`<p class="error-message" id="postcode-error"><span class="visually-hidden">${msg('Error:')}</span> ${this.postcodeError}</p>` : nothing}
        <div class="inline">
          <input id="postcode" name="postcode" type="text" autocomplete="postal-code" spellcheck="false" size="9" aria-describedby=${describedBy} aria-invalid=${this.postcodeError ? 'true' : 'false'} .value=${live(this.postcode)} @input=${(e: Event) => (this.postcode = (e.target as HTMLInputElement).value)} />
          <button type="submit" class="button secondary" ?disabled=${this.busy}>${msg('Find')}</button>
        </div>
        ${'geolocation' in navigator ? html`<button type="button" class="link-button locate" ?disabled=${this.busy} @click=${this.locate}>${msg('Use my location')}</button>` : nothing}
      </form>
      ${this.near
        ? html`<p class="near-status">
              ${msg(str`Nearest to ${this.near.label} first.`)}
              ${this.near.area ? msg(str`We could not look up the exact postcode, so distances are from the centre of ${this.near.area.name}.`) : nothing}
              <button type="button" class="link-button" @click=${() => this.setNear(undefined)}>${msg('Stop sorting by distance')}</button>
            </p>
            ${select('miles', msg('Distance'), msg('Any distance'), MILES.map((m) => [String(m), msg(str`Within ${formatMiles(m)}`), facets?.miles[String(m)]]), (v) => (v ? Number(v) : undefined))}`
        : nothing}
      ${this.locked('category')
        ? fixed(msg('Category'), categoryName)
        : select('category', msg('Category'), msg('All categories'), source.categories.map((c) => [c.key, c.name, facets?.category[c.key]]), (v) => v || undefined)}
      ${areas.length === 0
        ? nothing
        : this.locked('area')
          ? fixed(msg('Neighbourhood'), areaName ? areaLabel(areaName) : (this.area ?? ''))
          : select('area', msg('Neighbourhood'), msg('All neighbourhoods'), areas.map((a) => [a.id, areaLabel(a), facets?.area[a.id]]), (v) => v || undefined)}
      ${select('kind', msg('Show'), msg('Services and ways to get involved'), [['service', msg('Services'), facets?.kind.service], ['opportunity', msg('Ways to get involved'), facets?.kind.opportunity]], (v) => (v || undefined) as EntryKind | undefined)}
      ${select('day', msg('Open on'), msg('Any day'), DAYS.map((d) => [d, formatWeekday(d), facets?.day[d]]), (v) => (v || undefined) as Day | undefined)}
      <div class="field ${this.ageError ? 'has-error' : ''}">
        <label for="f-age">${msg('Age')}</label>
        <p class="hint" id="age-hint">${msg('Only show what is open to someone of this age')}</p>
        ${this.ageError ? html`<p class="error-message" id="age-error"><span class="visually-hidden">${msg('Error:')}</span> ${msg('Enter an age in years, as a number, like 15')}</p>` : nothing}
        <input id="f-age" type="text" inputmode="numeric" size="4" aria-describedby=${this.ageError ? 'age-hint age-error' : 'age-hint'} aria-invalid=${this.ageError ? 'true' : 'false'} .value=${live(this.ageError ? this.ageText : this.filters.age === undefined ? '' : String(this.filters.age))} @change=${this.onAge} />
      </div>
      <fieldset>
        <legend class="visually-hidden">${msg('Other filters')}</legend>
        <div class="choice">
          <input id="f-free" type="checkbox" .checked=${live(Boolean(this.filters.free))} @change=${(e: Event) => this.setFilter('free', (e.target as HTMLInputElement).checked || undefined)} />
          <label for="f-free">${msg('Free of charge')}${count(facets?.free)}</label>
        </div>
        <div class="choice">
          <input id="f-open" type="checkbox" .checked=${live(Boolean(this.filters.open))} @change=${(e: Event) => this.setFilter('open', (e.target as HTMLInputElement).checked || undefined)} />
          <label for="f-open">${msg('Open now')}${count(facets?.open)}</label>
        </div>
      </fieldset>
      ${active ? html`<button type="button" class="button secondary" @click=${this.clearFilters}>${msg('Clear all filters')}</button>` : nothing}`;
    // On a narrow screen the filters fold away, so the results come first; they open for a resident who asks.
    return this.narrow
      ? html`<details class="filters no-print" part="filters" ?open=${this.filtersOpen} @toggle=${(e: Event) => (this.filtersOpen = (e.target as HTMLDetailsElement).open)}>
          <summary>${chosen ? msg(str`Filter results (${formatNumber(chosen)} chosen)`) : msg('Filter results')}</summary>
          ${controls}
        </details>`
      : html`<section class="filters no-print" part="filters" aria-labelledby="filters-title">
          <h2 id="filters-title">${msg('Filter results')}</h2>
          ${controls}
        </section>`;
  }

  private onAge = (event: Event): void => {
    // People type "15", " 15 " or "15 years": the number counts; anything else says how to write it.
    const value = (event.target as HTMLInputElement).value.trim();
    this.ageText = value;
    const match = /^(\d{1,3})(?:\s*(?:years?|yrs?)(?:\s*old)?)?$/i.exec(value);
    const age = match ? Number(match[1]) : undefined;
    this.ageError = value !== '' && (age === undefined || age > 130);
    this.setFilter('age', this.ageError ? undefined : age);
  };

  private renderResults(response: SearchResponse): TemplateResult {
    const pages = Math.max(1, Math.ceil(response.total / this.pageSize));
    const page = Math.min(this.page, pages);
    const at = new Date();
    return html`
      <h2 id="results-title" tabindex="-1">${this.countText(response.total)}</h2>
      ${response.total === 0
        ? this.renderNoResults()
        : html`<ul class="plain result-list" part="results" @pointerover=${loadDetails} @focusin=${loadDetails}>
            ${response.hits.map((hit) => this.renderHit(hit.entry, hit.miles, at))}
          </ul>`}
      ${pages > 1
        ? html`<nav class="pagination no-print" part="pagination" aria-label=${msg('Result pages')}>
            ${page > 1 ? html`<button type="button" class="button secondary" @click=${() => this.goToPage(page - 1)}>${msg('Previous page')}</button>` : nothing}
            <span>${msg(str`Page ${formatNumber(page)} of ${formatNumber(pages)}`)}</span>
            ${page < pages ? html`<button type="button" class="button secondary" @click=${() => this.goToPage(page + 1)}>${msg('Next page')}</button>` : nothing}
          </nav>`
        : nothing}
    `;
  }

  private renderHit(entry: Entry, miles: number | undefined, at: Date): TemplateResult {
    const { open, when } = timeLines(entry, at);
    const cost = costSummary(entry);
    const categories = this.activeSource!.categories.filter((c) => entry.categories.includes(c.key)).map((c) => c.name);
    const summary = entry.description.length > 180 ? `${entry.description.slice(0, 180).replace(/\s+\S*$/, '')}…` : entry.description;
    const status = (entry.record as { status?: string }).status === 'temporarily closed';
    const ages = agesText(entry);
    return html`<li class="result" part="result">
      <h3><button type="button" class="link-button" data-id=${entry.id} @click=${() => this.open(entry)}>${entry.name}</button></h3>
      <p class="secondary-text">${entry.kind === 'opportunity' ? html`${kindLabel(entry)}${entry.organisation ? ' · ' : ''}` : nothing}${entry.organisation}</p>
      ${summary ? html`<p>${summary}</p>` : nothing}
      <ul class="facts">
        ${miles !== undefined ? html`<li class="strong">${msg(str`${formatMiles(miles)} away`)}</li>` : nothing}
        ${status ? html`<li class="strong">${msg('Temporarily closed')}</li>` : nothing}
        ${open ? html`<li class=${open.open ? 'open' : ''}>${open.text}</li>` : nothing}
        ${when.map((line) => html`<li>${line}</li>`)}
        ${cost ? html`<li>${cost}</li>` : nothing}
        ${ages ? html`<li>${ages}</li>` : nothing}
        ${categories.length ? html`<li>${categories.join(', ')}</li>` : nothing}
      </ul>
    </li>`;
  }

  private renderNoResults(): TemplateResult {
    const f = this.filters;
    const remove = (name: keyof Filters, label: string) =>
      f[name] !== undefined && !((name === 'area' || name === 'category') && this.locked(name))
        ? html`<li><button type="button" class="link-button" @click=${() => this.setFilter(name, undefined)}>${label}</button></li>`
        : nothing;
    const wider = f.miles !== undefined ? MILES.find((m) => m > f.miles!) : undefined;
    if (!this.query.trim() && !Object.values(f).some((v) => v !== undefined)) {
      return html`<p class="notice no-results" part="no-results">${msg('Nothing is listed here yet. Please check again soon.')}</p>`;
    }
    return html`<div class="notice no-results" part="no-results">
      <p class="title">${msg('Nothing matches your search and filters.')}</p>
      <p>${msg('You could:')}</p>
      <ul>
        ${this.query.trim() ? html`<li>${msg('check the spelling, or use fewer or different words')}</li>` : nothing}
        ${f.miles !== undefined
          ? html`<li><button type="button" class="link-button" @click=${() => this.setFilter('miles', wider)}>${wider ? msg(str`search within ${formatMiles(wider)}`) : msg('search at any distance')}</button></li>`
          : nothing}
        ${remove('open', msg('remove the filter: open now'))} ${remove('day', msg('remove the filter: open on a day'))}
        ${remove('free', msg('remove the filter: free of charge'))} ${remove('age', msg('remove the filter: age'))}
        ${remove('kind', msg('show services and ways to get involved'))} ${remove('category', msg('search all categories'))}
        ${remove('area', msg('search all neighbourhoods'))}
        <li><button type="button" class="link-button" @click=${this.clearFilters}>${msg('clear all filters')}</button></li>
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'place-directory': PlaceDirectoryElement;
  }
  interface HTMLElementEventMap {
    'place-search': CustomEvent<DirectorySearchDetail>;
    'place-select': CustomEvent<DirectorySelectDetail>;
  }
}
