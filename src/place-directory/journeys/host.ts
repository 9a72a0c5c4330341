/**
 * What the directory's journeys (my list, add to calendar, "Was this information right?", the listing
 * report, quick exit) need of the directory: a small typed interface, type-only, that never imports the
 * element. The parts own their own state; the directory owns what it draws from (the list's ids, which
 * view is open).
 */
import type { FeedResult } from '../../feed/load/read.js';
import type { Entry } from '../entries.js';
import type { MyList } from './list-store.js';

export interface JourneyHost extends HTMLElement {
  /** The level of the directory's top headings. */
  readonly level: number;
  /** The feed's address as written on the directory (for the report form, which loads the same feed). */
  readonly feed?: string;
  readonly feedResult?: FeedResult;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  /** The resident's list (ids in this tab's session). */
  readonly myList: MyList;
  /** A listing by id, when the directory has it at hand. */
  entryById(id: string): Entry | undefined;
  /** Opens a listing's details, as choosing it in the results does. */
  openEntry(entry: Entry): void;
  /** Shows the list (true) or goes back to where the resident was (false). */
  showList(open: boolean): void | Promise<void>;
  /** Says something in the directory's polite live region. */
  announce(text: string): void;
  /** Adds a listing to the list, or takes it off (saying so). */
  toggleListed(entry: Entry): void;
  /** The accessibility filters, with these counts (nothing until their part is here). */
  renderAccess(counts: Record<string, number>): unknown;
}
