import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parsePostcode, type Point } from '../feed/domain/areas.js';
import { DAYS } from '../feed/domain/schedule.js';
import type { Area, PlaceFeed } from '../feed/domain/types.js';
import { areaLabel } from '../ui/area-label.js';
import { emit } from '../ui/events.js';
import { heading } from '../ui/heading.js';
import { LazyPart, onDemand } from '../ui/lazy-part.js';
import { formatMiles, formatNumber, formatWeekday, msg, plural, str } from '../ui/localize.js';
import { renderFallback } from '../ui/feed-status.js';
import { PlaceElement } from '../ui/place-element.js';
import { retryPanel } from '../ui/retry-panel.js';
import { warnOnce } from '../ui/warn.js';
import { baseStyles, formStyles } from '../ui/styles.js';
import { agesText, costSummary, kindLabel, timeLines } from './describe.js';
import { isClosed, type Entry, type EntryKind } from './entries.js';
import { LocalDirectorySource, findArea, findCategory, type DirectorySource, type Facets, type Filters, type SearchResponse } from './source.js';
import { styles } from './styles.js';

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

/** Where results are measured from. */
export interface Near {
  point: Point;
  /** A postcode, or "your location". */
  label: string;
  /** Set when placed at an area's centre because the postcode could not be looked up. */
  area?: Area;
}

const sources = new WeakMap<PlaceFeed, LocalDirectorySource>();

/** The feed's directory, indexed once per feed however many elements show it. */
export function localSource(feed: PlaceFeed): LocalDirectorySource {
  let source = sources.get(feed);
  if (!source) sources.set(feed, (source = new LocalDirectorySource(feed)));
  return source;
}

/** How long typing must pause before the count is announced and the search reported. */
const SETTLE_MS = 800;

type Preset = 'area' | 'category';
const PRESETS: Preset[] = ['area', 'category'];

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

  /**
   * Where the page shows a Locality Plan priority: an address with `{plan}`, `{priority}` and `{area}` in it
   * (e.g. `/plans?pp-plan={plan}&pp-open={priority}`, for a `<place-plan sync-url>` on that page). An
   * opportunity's details name the plan priorities it serves, linked there when this is set.
   */
  @property({ attribute: 'plan-href' }) planHref?: string;

  /** Where postcodes are looked up: any service answering in the [postcodes.io](https://postcodes.io/) format. */
  @property({ attribute: 'postcode-endpoint' }) postcodeEndpoint = 'https://api.postcodes.io/postcodes/';

  /**
   * Where results come from: by default the feed, searched in the browser. Set a `DirectorySource` to
   * search elsewhere (for example a remote Open Referral UK API).
   */
  @property({ attribute: false }) source?: DirectorySource;

  /** @internal */ @state() query = '';
  /** @internal */ @state() filters: Filters = {};
  /** @internal */ @state() page = 1;
  /** @internal */ @state() selected?: Entry;
  /** @internal */ @state() near?: Near;
  /** @internal */ @state() postcode = '';
  /** @internal */ @state() postcodeError?: string;
  /** @internal What is being looked up ("Looking up G31 4QZ…"), shown beside the field and announced; empty when nothing is. */ @state() busy = '';
  /** @internal What the resident typed as an age while it cannot be read as one (then it is kept, and said how to write). */ @state() private badAge?: string;
  /** @internal What the polite live region says (the count once a search settles). */ @state() announcement = '';
  /** @internal */ @state() private response?: SearchResponse;
  /** @internal Narrow enough to fold the filters away. */ @state() private narrow = false;
  /** @internal */ @state() private filtersOpen = false;
  /** @internal What to try again when a part could not be loaded (the resident is told). */ @state() private failed?: () => unknown;

  // Changed in the next frame, not inside the observer's callback: the change itself resizes the element.
  private readonly resize = new ResizeObserver(([entry]) => {
    const narrow = entry.contentRect.width < 640;
    if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
  });

  private requestKey = '';
  /** A search a source is still answering. */
  private pending?: Promise<void>;
  private settleTimer?: ReturnType<typeof setTimeout>;
  /** @internal A result to open once the directory is ready (from the address). */ pendingId?: string;
  /** @internal The address has been read (`sync-url`). */ urlRead = false;
  /** @internal Where the list was when a result was opened. */ listPosition?: { scrollY: number; id: string };
  private announced = 0;
  /** This directory's use of its parts: each loaded once per page, its styles taken on when it arrives. */
  private readonly lazy = {
    details: new LazyPart(this, PlaceDirectoryElement.parts.details, { styles: (part) => part.styles }),
    near: new LazyPart(this, PlaceDirectoryElement.parts.near, { styles: (part) => part.styles }),
    none: new LazyPart(this, PlaceDirectoryElement.parts.none, { styles: (part) => part.styles }),
    url: new LazyPart(this, PlaceDirectoryElement.parts.url),
  };

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

  /** @internal The feed's areas. */
  get areas(): Area[] {
    return this.feedResult?.feed.areas ?? [];
  }

  /** @internal Results per page, as read: 1 to 100, 10 when `page-size` is not a number. */
  get size(): number {
    const n = Math.round(this.pageSize ?? NaN);
    return n > 100 ? 100 : n >= 1 ? n : n < 1 ? 1 : 10;
  }

  /** @internal */
  locked(name: Preset): boolean {
    return this.lock.split(/\s+/).includes(name) && Boolean(this[name]);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.resize.disconnect();
    clearTimeout(this.settleTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    for (const name of PRESETS) {
      if (
        changed.has(name) &&
        (this[name] || changed.get(name) !== undefined) &&
        !(this.syncUrl && !changed.get(name) && this.filters[name] && !this.locked(name))
      ) {
        this.filters = { ...this.filters, [name]: this[name] || undefined };
      }
    }
    if (changed.has('source')) {
      // Another source: its own answers, never the old source's.
      this.requestKey = '';
      this.response = undefined;
    }
    if (this.size !== this.pageSize) warnOnce(this, `page-size="${this.getAttribute('page-size')}" is not 1 to 100: ${this.size} a page.`);
    if (this.syncUrl && !this.urlRead) this.lazy.url.use()?.readUrl(this);
    const source = this.activeSource;
    if (!source) return;
    for (const name of PRESETS) {
      const value = this[name];
      if (value && !this.key(name, value, source)) warnOnce(this, `${name}="${value}" is not in the feed${this.locked(name) ? '' : ', so it is ignored'}.`);
    }
    if (this.pendingId) {
      const entry = source.get(this.pendingId);
      this.pendingId = undefined;
      if (entry && !(entry instanceof Promise)) this.selected = entry;
    }
    if (!this.selected) this.search(source);
  }

  /** The area id or category key a page or resident names, if the feed has it. */
  private key(name: Preset, value: string, source: DirectorySource): string | undefined {
    return name === 'area' ? findArea(this.areas, value) : findCategory(source.categories, value);
  }

  /**
   * The filters as the source reads them: the area and category named turned into their keys. One the
   * feed does not have is ignored, unless the page locked it (a neighbourhood page shows only its own).
   */
  private requestFilters(source: DirectorySource): Filters {
    const filters = { ...this.filters };
    for (const name of PRESETS) {
      const value = filters[name];
      if (value) filters[name] = this.key(name, value, source) ?? (this.locked(name) ? value : undefined);
    }
    for (const key of Object.keys(filters) as Array<keyof Filters>) if (filters[key] === undefined || filters[key] === false) delete filters[key];
    return filters;
  }

  /** @internal The filters the resident has chosen (the page's locked presets are not theirs to clear). */
  chosen(): Array<keyof Filters> {
    const source = this.activeSource;
    return source
      ? (Object.keys(this.requestFilters(source)) as Array<keyof Filters>).filter((key) => !((key === 'area' || key === 'category') && this.locked(key)))
      : [];
  }

  private search(source: DirectorySource): void {
    const request = { query: this.query, filters: this.requestFilters(source), page: this.page, pageSize: this.size, near: this.near?.point };
    // The minute is part of the key: "open now" moves on with the clock.
    const key = JSON.stringify([request, Math.floor(Date.now() / 60000)]);
    if (key === this.requestKey && this.response) return;
    this.requestKey = key;
    const answer = source.search(request);
    if (answer instanceof Promise) {
      this.pending = answer.then(
        async (response) => {
          if (this.requestKey === key) this.response = response;
          await this.updateComplete;
        },
        () => {
          // The source could not answer (offline, or the text index could not load): say so, offer to ask again.
          if (this.requestKey === key) this.failed = () => ((this.failed = undefined), (this.requestKey = ''), this.requestUpdate());
        },
      );
    } else {
      this.pending = undefined;
      this.response = answer;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Parts loaded on demand

  /** @internal Loads a part for what the resident asked for; if it cannot load, they are told and offered `again` (none: quietly). */
  async need<T>(part: LazyPart<T>, again?: () => unknown): Promise<T | undefined> {
    const loaded = await part.load();
    if (again) this.failed = loaded ? undefined : again;
    return loaded;
  }

  /** A part the list needed could not be loaded, or what the resident asked for could not be done. */
  private get broken(): boolean {
    return !!this.failed || Object.values(this.lazy).some((part) => part.failed);
  }

  private prefetch = (): void => void this.lazy.details.load();

  /** The source gets ready for words (placekit's own loads its text index) as a resident reaches for the search box. */
  private ready = (): void => void this.activeSource?.ready?.().catch(() => undefined);

  private tryAgain = async (): Promise<void> => {
    const again = this.failed;
    await (again ? again() : Promise.all(Object.values(this.lazy).map((part) => part.failed && part.retry())));
    await this.updateComplete;
    if (!this.shadowRoot!.activeElement) this.focusOn(this.selected ? 'details-title' : 'results-title');
  };

  // ---------------------------------------------------------------------------------------------
  // What the resident does

  /** @internal Moves focus to an element of the directory once it has rendered. */
  focusOn(id: string): void {
    void this.updateComplete.then(() => this.shadowRoot?.getElementById(id)?.focus());
  }

  private onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.page = 1;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.settled(), SETTLE_MS);
  };

  /** @internal Sets one filter; `focus` when the control that set it goes away (focus goes to the count). */
  setFilter<K extends keyof Filters>(name: K, value: Filters[K], focus?: boolean): void {
    this.filters = { ...this.filters, [name]: value };
    this.page = 1;
    this.settled();
    if (focus) this.focusOn('results-title');
  }

  /** @internal */
  clearFilters = (): void => {
    this.filters = { area: this.locked('area') ? this.area : undefined, category: this.locked('category') ? this.category : undefined };
    this.near = undefined;
    this.postcodeError = undefined;
    this.badAge = undefined;
    this.page = 1;
    this.settled();
    // The button goes with the filters: the count says what came of it.
    this.focusOn('results-title');
  };

  private goToPage(page: number): void {
    this.page = page;
    this.settled();
    this.focusOn('results-title');
  }

  /** After typing pauses (or Enter) or a filter changes: say the count, report the search, record it in the address. */
  private settled(push = true): void {
    clearTimeout(this.settleTimer);
    void this.updateComplete.then(async () => {
      await this.pending?.catch(() => undefined);
      const response = this.response;
      const source = this.activeSource;
      if (!response || !source || this.selected) return;
      const count = response.total;
      const postcode = this.typedPostcode();
      const hint = postcode && (await this.lazy.near.load())?.hint(postcode);
      // Alternate a trailing space so that the same count is announced again.
      this.announcement = `${this.countText(count)}${this.near ? `, ${msg('nearest first')}` : ''}.${hint ? ` ${hint}` : ''}${++this.announced % 2 ? '' : '\u00a0'}`;
      if (push) this.writeUrl(false);
      emit(this, 'place-search', { query: this.query.trim(), filters: this.requestFilters(source), count });
    });
  }

  /** "80 results", and on a later page "80 results, page 2 of 8". */
  private countText(count: number): string {
    const n = formatNumber(count);
    const results = plural(count, { one: msg(str`${n} result`), other: msg(str`${n} results`) });
    const pages = Math.ceil(count / this.size);
    const page = formatNumber(Math.min(this.page, pages));
    return this.page > 1 && pages > 1 ? msg(str`${results}, page ${page} of ${formatNumber(pages)}`) : results;
  }

  /** A postcode (or district) typed into the search box, which finds no words: the postcode field can use it. */
  private typedPostcode(): string | undefined {
    return parsePostcode(this.query, true)?.normalised;
  }

  /** @internal Looks up the postcode field's postcode (from a button that stays, or from one that goes: `from`). */
  find = (event?: Event, from?: string): void => {
    event?.preventDefault();
    if (!this.busy) void this.need(this.lazy.near, () => this.find(undefined, from)).then((near) => near?.find(this, from));
  };

  private locate = (): void => {
    if (!this.busy) void this.need(this.lazy.near, this.locate).then((near) => near?.locate(this));
  };

  /** @internal */
  setNear(near: Near | undefined): void {
    this.near = near;
    const miles = this.filters.miles;
    if (!near) this.filters = { ...this.filters, miles: undefined };
    this.page = 1;
    // Where the resident is never goes into the address; the distance filter it drops does.
    this.settled(!near && miles !== undefined);
  }

  /**
   * Opens the details of a service or opportunity by its id (for a link to one service). Unlike a
   * resident's choice it neither moves focus nor fires `place-select`. Resolves to false when there is no
   * such entry.
   */
  async showEntry(id: string): Promise<boolean> {
    const entry = await this.activeSource?.get(id);
    if (!entry) return false;
    await this.open(entry, false);
    return true;
  }

  /** Shows an entry's details (see details.ts). */
  private open(entry: Entry, byResident = true): Promise<void> {
    return this.need(this.lazy.details, () => this.open(entry, byResident)).then((details) => details?.open(this, entry, byResident));
  }

  /** @internal */
  closeDetails(): void {
    this.lazy.details.value?.close(this);
  }

  private onPopState = (): void => {
    if (this.syncUrl) this.lazy.url.value?.popState(this);
  };

  /** @internal */
  writeUrl(details: boolean, replace?: boolean): void {
    if (this.syncUrl) this.lazy.url.value?.writeUrl(this, details, replace);
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
    if (this.syncUrl && !this.urlRead && !this.broken) return renderFallback(this.loadingLabel);
    // A result opened from the address: its details may still be on their way (or unable to come).
    if (this.selected) return this.lazy.details.use()?.renderDetails(this) ?? (this.broken ? this.renderFailed() : html`<p>${msg('Loading…')}</p>`);
    const response = this.response;
    const postcode = this.typedPostcode();
    return html`<div class="directory">
      <form class="search no-print" part="search" role="search" @submit=${(e: Event) => (e.preventDefault(), this.settled())} @focusin=${this.ready}>
        <label for="query">${msg('Search services and ways to get involved')}</label>
        <p class="hint" id="query-hint">${msg('For example, food bank, debt advice or football')}</p>
        <input id="query" type="search" autocomplete="off" spellcheck="false" aria-describedby="query-hint" .value=${this.query} @input=${this.onInput} />
        ${postcode ? this.lazy.near.use()?.renderHint(this, postcode) : nothing}
      </form>
      <div class="columns">
        ${this.renderFilters(source, response?.facets)}
        <section class="results" aria-labelledby="results-title">
          ${this.renderFailed()} ${response ? this.renderResults(response) : html`<p>${msg('Loading…')}</p>`}
        </section>
      </div>
      <p class="visually-hidden" role="status">${this.busy || this.announcement}</p>
    </div>`;
  }

  /** @internal One filter's select, each option with the count it would give. */
  select<K extends keyof Filters>(
    name: K,
    label: string,
    any: string,
    options: Array<[string, string, number | undefined]>,
    parse = (v: string) => (v || undefined) as Filters[K],
  ): TemplateResult {
    const value = this.requestFilters(this.activeSource!)[name];
    return html`<div class="field">
      <label for="f-${name}">${label}</label>
      <select id="f-${name}" .value=${String(value ?? '')} @change=${(e: Event) => this.setFilter(name, parse((e.target as HTMLSelectElement).value))}>
        <option value="" ?selected=${value === undefined}>${any}</option>
        ${options.map(([key, text, n]) => html`<option value=${key} ?selected=${String(value) === key}>${text}${count(n)}</option>`)}
      </select>
    </div>`;
  }

  private renderFilters(source: DirectorySource, facets: Facets | undefined): TemplateResult {
    const chosen = this.chosen().length + (this.near ? 1 : 0);
    const areas = this.areas;
    const filters = this.requestFilters(source);
    const fixed = (label: string, value: string) => html`<p class="field"><span class="label">${label}</span>${value}</p>`;
    const check = (name: 'free' | 'open', label: string) => html`<div class="choice">
      <input id="f-${name}" type="checkbox" .checked=${Boolean(this.filters[name])} @change=${(e: Event) => this.setFilter(name, (e.target as HTMLInputElement).checked || undefined)} />
      <label for="f-${name}">${label}${count(facets?.[name])}</label>
    </div>`;
    const area = areas.find((a) => a.id === filters.area);
    const busy = this.busy ? 'true' : 'false';
    const bad = this.badAge !== undefined;
    const controls = html`
      <form class="field near ${this.postcodeError ? 'has-error' : ''}" novalidate @submit=${this.find} @focusin=${() => void this.lazy.near.load()}>
        <label for="postcode">${msg('Near a postcode')}</label>
        <p class="hint" id="postcode-hint">${msg('For example, G31 4XY. Results are sorted nearest first.')}</p>
        ${errorText('postcode', this.postcodeError)}
        <div class="inline">
          <input id="postcode" name="postcode" type="text" autocomplete="postal-code" spellcheck="false" size="9" aria-describedby=${this.postcodeError ? 'postcode-hint postcode-error' : 'postcode-hint'} aria-invalid=${this.postcodeError ? 'true' : 'false'} .value=${this.postcode} @input=${(e: Event) => (this.postcode = (e.target as HTMLInputElement).value)} />
          <button type="submit" class="button secondary" aria-disabled=${busy}>${msg('Find')}</button>
        </div>
        ${'geolocation' in navigator ? html`<button type="button" class="link-button locate" aria-disabled=${busy} @click=${this.locate}>${msg('Use my location')}</button>` : nothing}
        <p class="busy">${this.busy}</p>
      </form>
      ${this.near ? this.lazy.near.use()?.renderNear(this, facets) : nothing}
      ${
        this.locked('category')
          ? fixed(msg('Category'), source.categories.find((c) => c.key === filters.category)?.name ?? this.category ?? '')
          : this.select(
              'category',
              msg('Category'),
              msg('All categories'),
              source.categories.map((c) => [c.key, c.name, facets?.category[c.key]]),
            )
      }
      ${
        areas.length === 0
          ? nothing
          : this.locked('area')
            ? fixed(msg('Neighbourhood'), area ? areaLabel(area) : (this.area ?? ''))
            : this.select(
                'area',
                msg('Neighbourhood'),
                msg('All neighbourhoods'),
                areas.map((a) => [a.id, areaLabel(a), facets?.area[a.id]]),
              )
      }
      ${this.select('kind', msg('Show'), msg('Services and ways to get involved'), [
        ['service', msg('Services'), facets?.kind.service],
        ['opportunity', msg('Ways to get involved'), facets?.kind.opportunity],
      ])}
      ${this.select(
        'day',
        msg('Open on'),
        msg('Any day'),
        DAYS.map((d) => [d, formatWeekday(d), facets?.day[d]]),
      )}
      <div class="field ${bad ? 'has-error' : ''}">
        <label for="f-age">${msg('Age')}</label>
        <p class="hint" id="age-hint">${msg('Only show what is open to someone of this age')}</p>
        ${errorText('age', bad && msg('Enter an age in years, as a number, like 15'))}
        <input id="f-age" type="text" inputmode="numeric" size="4" aria-describedby=${bad ? 'age-hint age-error' : 'age-hint'} aria-invalid=${bad ? 'true' : 'false'} .value=${this.badAge ?? String(this.filters.age ?? '')} @change=${this.onAge} />
      </div>
      <fieldset>
        <legend class="visually-hidden">${msg('Other filters')}</legend>
        ${check('free', msg('Free of charge'))} ${check('open', msg('Open now'))}
      </fieldset>
      ${chosen ? html`<button type="button" class="button secondary" @click=${this.clearFilters}>${msg('Clear all filters')}</button>` : nothing}`;
    // On a narrow screen the filters fold away, so the results come first; they open for a resident who asks.
    return this.narrow
      ? html`<details class="filters no-print" part="filters" ?open=${this.filtersOpen} @toggle=${(e: Event) => (this.filtersOpen = (e.target as HTMLDetailsElement).open)}>
          <summary>${chosen ? msg(str`Filter results (${formatNumber(chosen)} chosen)`) : msg('Filter results')}</summary>
          ${controls}
        </details>`
      : html`<section class="filters no-print" part="filters" aria-labelledby="filters-title">
          ${heading(this.level, 0, msg('Filter results'), { id: 'filters-title' })}
          ${controls}
        </section>`;
  }

  private onAge = (event: Event): void => {
    // People type "15", " 15 " or "15 years": the number counts; anything else says how to write it.
    const value = (event.target as HTMLInputElement).value.trim();
    const match = /^(\d{1,3})(?:\s*(?:years?|yrs?)(?:\s*old)?)?$/i.exec(value);
    const age = match && Number(match[1]) <= 130 ? Number(match[1]) : undefined;
    this.badAge = value && age === undefined ? value : undefined;
    this.setFilter('age', age);
  };

  private renderResults(response: SearchResponse): TemplateResult {
    const pages = Math.max(1, Math.ceil(response.total / this.size));
    const page = Math.min(this.page, pages);
    const at = new Date();
    const button = (to: number, label: string) => html`<button type="button" class="button secondary" @click=${() => this.goToPage(to)}>${label}</button>`;
    return html`
      ${heading(this.level, 0, this.countText(response.total), { id: 'results-title', focusable: true })}
      ${
        response.total === 0
          ? this.lazy.none.use()?.renderNoResults(this)
          : html`<ul class="plain result-list" part="results" @pointerover=${this.prefetch} @focusin=${this.prefetch}>
            ${response.hits.map((hit) => this.renderHit(hit.entry, hit.miles, at))}
          </ul>`
      }
      ${
        pages > 1
          ? html`<nav class="pagination no-print" part="pagination" aria-label=${msg('Result pages')}>
            ${page > 1 ? button(page - 1, msg('Previous page')) : nothing}
            <span>${msg(str`Page ${formatNumber(page)} of ${formatNumber(pages)}`)}</span>
            ${page < pages ? button(page + 1, msg('Next page')) : nothing}
          </nav>`
          : nothing
      }
    `;
  }

  private renderHit(entry: Entry, miles: number | undefined, at: Date): TemplateResult {
    const { open, when } = timeLines(entry, at);
    const categories = this.activeSource!.categories.filter((c) => entry.categories.includes(c.key)).map((c) => c.name);
    const summary = entry.description.length > 180 ? `${entry.description.slice(0, 180).replace(/\s+\S*$/, '')}…` : entry.description;
    const facts = [
      miles !== undefined && html`<li class="strong">${msg(str`${formatMiles(miles)} away`)}</li>`,
      isClosed(entry) && html`<li class="strong">${msg('Temporarily closed')}</li>`,
      open && html`<li class=${open.open ? 'open' : ''}>${open.text}</li>`,
      ...when,
      costSummary(entry, at),
      agesText(entry),
      categories.join(', '),
    ];
    return html`<li class="result" part="result">
      ${heading(this.level, 1, html`<button type="button" class="link-button" data-id=${entry.id} @click=${() => this.open(entry)}>${entry.name}</button>`)}
      <p class="secondary-text">${entry.kind === 'opportunity' ? html`${kindLabel(entry)}${entry.organisation ? ' · ' : ''}` : nothing}${entry.organisation}</p>
      ${summary ? html`<p>${summary}</p>` : nothing}
      <ul class="facts">
        ${facts.map((fact) => (!fact ? nothing : typeof fact === 'string' ? html`<li>${fact}</li>` : fact))}
      </ul>
    </li>`;
  }
}

/** " (12)": how many results an option would give; nothing when the source cannot count. */
const count = (n: number | undefined) => (n === undefined ? '' : ` (${formatNumber(n)})`);

/** A field's error message, GOV.UK style, linked to it by `${id}-error`. */
const errorText = (id: string, text: string | false | undefined) =>
  text ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${msg('Error:')}</span> ${text}</p>` : nothing;

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
