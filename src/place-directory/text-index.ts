/**
 * What a full-text index for the directory is: the fields it weighs and the interface the local source
 * searches through (placekit's own, search-index.ts, loaded when first needed; the bench plugs in others).
 */
import type { Area } from '../feed/domain/types.js';
import type { Category, Entry } from './entries.js';

/** Field bits of a TextIndex: the name weighs more than the category (and the kind of opportunity), the category more than the organisation, then the description, and the areas a service covers least of all. */
export const FIELD = { name: 1, category: 2, organisation: 4, description: 8, area: 16 } as const;

export interface Matches {
  /** The documents that match every word, in no particular order. */
  docs: number[];
  /** Score per document (indexed by document number). */
  scores: Float64Array;
}

/** A full-text index the local source can use: placekit's own by default (the bench plugs in others to compare). */
export interface TextIndex {
  /** Adds one field's text of document `doc` (documents are added in order, from 0; `field` is a FIELD bit). */
  add(doc: number, field: number, text: string): void;
  /** Called once after the last `add`. */
  seal(): void;
  /** Documents matching the query, with scores (higher is better); `undefined` when the query has no words. */
  search(query: string): Matches | undefined;
}

/** What an index is built from: the directory's entries, its categories and its areas (for their names). */
export interface IndexedDirectory {
  readonly entries: readonly Entry[];
  readonly categories: readonly Category[];
  readonly areas: readonly Area[];
}
