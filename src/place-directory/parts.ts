/**
 * One directory's parts loaded on demand (ui/lazy-part.ts): the details view, the postcode lookup, the
 * ways out of an empty search, the search in the address, and a council's API as the source. Each is fetched when a resident first needs
 * it, its styles taken on and its state made for this directory when it arrives; when one cannot be
 * fetched for what the resident asked, `broken` says so (the element shows the retry panel) and `retry`
 * asks again.
 */
import type { ReactiveElement } from 'lit';
import { LazyPart, type OnDemand } from '../ui/lazy-part.js';
import type { ApiMode } from './api-mode.js';
import type { DetailsView } from './details.js';
import type { Entry } from './entries.js';
import type { FilterControls, NearControls } from './filters.js';
import type { DirectoryHost } from './host.js';
import type { NearLookup } from './near.js';
import type { UrlSync } from './url-state.js';

/** The loaders, one per page (the element's static `parts`; tests replace one to see it fail). */
export interface PartLoaders {
  details: OnDemand<typeof import('./details.js')>;
  near: OnDemand<typeof import('./near.js')>;
  none: OnDemand<typeof import('./no-results.js')>;
  url: OnDemand<typeof import('./url-state.js')>;
  api: OnDemand<typeof import('./api-mode.js')>;
  filters: OnDemand<typeof import('./filters.js')>;
  results: OnDemand<typeof import('./result-list.js')>;
}

type Module<K extends keyof PartLoaders> = PartLoaders[K] extends OnDemand<infer T> ? T : never;
type Lazy = { [K in keyof PartLoaders]: LazyPart<Module<K>> };

export class DirectoryParts {
  readonly lazy: Lazy;
  details?: DetailsView;
  lookup?: NearLookup;
  url?: UrlSync;
  api?: ApiMode;
  filters?: FilterControls;
  /** What to do again when a part the resident asked for could not be fetched. */
  private again?: () => unknown;
  private readonly element: ReactiveElement;

  constructor(
    private readonly host: DirectoryHost,
    loaders: PartLoaders,
  ) {
    const element = (this.element = host.element);
    this.lazy = {
      details: new LazyPart(element, loaders.details, { styles: (part) => part.styles, ready: (part) => (this.details = new part.DetailsView(host)) }),
      near: new LazyPart(element, loaders.near, { styles: (part) => part.styles, ready: (part) => (this.lookup = new part.NearLookup(host)) }),
      none: new LazyPart(element, loaders.none, { styles: (part) => part.styles }),
      results: new LazyPart(element, loaders.results),
      url: new LazyPart(element, loaders.url, { ready: (part) => (this.url = new part.UrlSync(host)) }),
      api: new LazyPart(element, loaders.api, { ready: (part) => (this.api = new part.ApiMode(host)) }),
      filters: new LazyPart(element, loaders.filters, {
        styles: (part) => part.styles,
        ready: (part) => (this.filters = new part.FilterControls(host, this.nearControls)),
      }),
    };
  }

  /** A part could not be fetched: the list needed it, or the resident asked for what it does. */
  get broken(): boolean {
    return !!this.again || Object.values(this.lazy).some((part) => part.failed);
  }

  /** Fetches a part for what the resident asked for; if it cannot come, they are told and offered `again`. */
  private async need<T>(part: LazyPart<T>, again: () => unknown): Promise<T | undefined> {
    const loaded = await part.load();
    this.again = loaded ? undefined : again;
    this.element.requestUpdate();
    return loaded;
  }

  /** The retry panel's action: what the resident asked for, or the parts the list needed. */
  async retry(): Promise<void> {
    const again = this.again;
    this.again = undefined;
    await (again ? again() : Promise.all(Object.values(this.lazy).map((part) => part.failed && part.retry())));
  }

  /** A resident is about to open a result. */
  prefetch = (): void => void this.lazy.details.load();

  /** Shows an entry's details (details.ts). */
  open = (entry: Entry, byResident = true): Promise<void> =>
    this.need(this.lazy.details, () => this.open(entry, byResident)).then(() => this.details?.open(entry, byResident));

  /** Looks up the postcode field's postcode (focus then goes to `from`, when the button pressed goes away). */
  find = (from?: string): void => {
    if (!this.lookup?.busy) void this.need(this.lazy.near, () => this.find(from)).then(() => this.lookup?.find(from));
  };

  private locate = (): void => {
    if (!this.lookup?.busy) void this.need(this.lazy.near, this.locate).then(() => this.lookup?.locate());
  };

  /** What the filters panel asks of the postcode lookup. */
  readonly nearControls: NearControls = {
    busy: () => this.lookup?.busy ?? '',
    error: () => this.lookup?.error,
    find: () => this.find(),
    locate: () => this.locate(),
    prepare: () => void this.lazy.near.load(),
    renderNear: (facets) => this.lazy.near.use()?.renderNear(this.host, facets),
  };
}
