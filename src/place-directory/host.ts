/**
 * What `<place-directory>`'s parts (the filters, the results, and the parts loaded on demand: details,
 * postcode lookup, the search in the address, the ways out of an empty search) may read of the element
 * and ask of it. Types only, and no import of the element: a part reads through these functions and asks
 * for changes through them; it never writes the element's fields (the way `ui/area-chooser.ts` works).
 */
import type { ReactiveElement, TemplateResult } from 'lit';
import type { Point } from '../feed/domain/areas.js';
import type { Area, LocalityPlan } from '../feed/domain/types.js';
import type { Entry, EntryKind } from './entries.js';
import type { JourneyHost } from './journeys/host.js';
import type { DirectorySource, Filters } from './source.js';

/** `place-search`'s detail. */
export interface DirectorySearchDetail {
  query: string;
  filters: Filters;
  /** How many results the search gives. */
  count: number;
}

/** `place-select`'s detail. */
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
  /** The postcode it was found from (a source that searches by postcode sends it). */
  postcode?: string;
  /** Set when placed at an area's centre because the postcode could not be looked up. */
  area?: Area;
}

/** A failure, in a resident's words. */
export interface Problem {
  title: string;
  message: string;
  /** The retry button's words. */
  action: string;
}

/** The search a resident has made: what the address keeps with `sync-url`. */
export interface SearchState {
  query: string;
  filters: Filters;
  /** 1-based. */
  page: number;
  /** An open result. */
  id?: string;
}

/** The presets a page may give (`area`, `category`), and lock. */
export type Preset = 'area' | 'category';

/** One option of a filter's select: its value, its text, and how many results it would give (when known). */
export type Option = [key: string, text: string, count: number | undefined];

export interface DirectoryHost {
  /** The element, for what lit asks of a host (updates, formatted text) and for its shadow root. */
  readonly element: ReactiveElement;
  /** The level of the directory's top headings. */
  level(): number;
  search(): Readonly<SearchState>;
  /** The filters as the source reads them: the area and category named turned into their keys (presets.ts). */
  resolved(): Filters;
  near(): Near | undefined;
  /** The result whose details are open. */
  selected(): Entry | undefined;
  /** The feed's areas (none without a feed). */
  areas(): readonly Area[];
  /** The feed's Locality Plans (none without a feed), and the page's `plan-href` pattern: an opportunity's or a service's details link to the priorities it serves. */
  plans(): readonly LocalityPlan[];
  planHref(): string | undefined;
  source(): DirectorySource | undefined;
  /** What is typed in the postcode field. */
  postcode(): string;
  postcodeEndpoint(): string;
  syncUrl(): boolean;
  /** The page's preset, as it wrote it. */
  preset(name: Preset): string | undefined;
  /** The page locked the preset: residents cannot change it. */
  locked(name: Preset): boolean;
  /** The filters the resident has chosen (not the page's locked presets). */
  chosen(): Array<keyof Filters>;
  /** The filters the source may be asked for (filters it cannot apply are not offered). */
  offered(name: keyof Filters): boolean;
  /** With a place to measure from, results come nearest first (a source may only narrow them to a postcode). */
  nearestFirst(): boolean;
  /** Places can be found from the resident's location, not only from a postcode. */
  locates(): boolean;

  /** Takes a search from the address (`popped`: the browser's Back or Forward). */
  restore(state: SearchState, popped: boolean): void;
  /**
   * Sets one filter; `focus` when the control that set it goes away (focus goes to the count); `instead`:
   * what the live region says rather than the count (an error the resident made).
   */
  setFilter<K extends keyof Filters>(name: K, value: Filters[K], focus?: boolean, instead?: string): void;
  clearFilters(): void;
  /** Measures from here (or from nowhere). */
  setNear(near: Near | undefined): void;
  /** Puts a postcode in the postcode field, empties the search box, and looks the postcode up. */
  searchNear(postcode: string): void;
  /** Opens a result's details (or closes them). */
  show(entry: Entry | undefined): void;
  /** What the directory's polite live region says. */
  announce(text: string): void;
  /** Moves focus to an element of the directory once it has rendered. */
  focusOn(id: string): void;
  /** Records the search in the address (`sync-url`), with the open result when `details`. */
  writeUrl(details: boolean, replace?: boolean): void;
  /** What the journeys (my list, the report, "Was this information right?") need of the directory (journeys/host.ts). */
  journey(): JourneyHost;
  /** One filter's select, each option with the count it would give. */
  filterSelect<K extends keyof Filters>(name: K, label: string, any: string, options: Option[], parse?: (value: string) => Filters[K]): TemplateResult;
}
