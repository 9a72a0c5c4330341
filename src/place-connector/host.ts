/**
 * What the contact card's drawing modules (contacts.ts, card.ts, nobody.ts) read of `<place-connector>`
 * and ask of it, types only: the element and its save controller own the state; they draw from it.
 */
import type { ReactiveElement, TemplateResult } from 'lit';
import type { Connector, PlaceFeed } from '../feed/domain/types.js';
import type { AreaChooser } from '../ui/area-chooser.js';
import type { HoursLine } from './availability.js';

export interface ConnectorView {
  /** The element: feed text formatted later (rich-text.ts) asks it to draw again. */
  readonly element: ReactiveElement;
  /** The level of the element's top headings (a card's name). */
  readonly level: number;
  /** The element's attributes: what to show. */
  readonly area?: string;
  readonly connector?: string;
  readonly contactRole?: string;
  readonly layout: 'card' | 'compact';
  /** The neighbourhood the resident chose, if any. */
  readonly chosenArea?: string;
  /** The clock (tests set it). */
  now(): Date;
  /** Cards for these contacts; `compact`: the one-line layout. */
  cards(contacts: Connector[], feed: PlaceFeed, compact?: boolean): TemplateResult;
  /** The contact's photo failed to load: its initials stand in (and the vCard goes without it). */
  photoBroken(id: string): boolean;
  photoFailed(id: string): void;
  /** The "Save contact" button for a card, and what is said beside it. */
  saveButton(contact: Connector, hours: HoursLine[]): TemplateResult;
  /** The neighbourhood chooser, once its part is there (asked for when it is not). */
  chooser(): AreaChooser | undefined;
  /** The chooser's retry panel when its part could not be fetched, else nothing. */
  chooserFailed(): unknown;
  /** After the chooser has handled a postcode (its form's submit). */
  afterLookUp(event: Event): void;
}
