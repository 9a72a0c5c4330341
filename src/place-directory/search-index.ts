/**
 * placekit's own full-text index for the directory: small (no library to download) and quick to build.
 *
 * Words are folded (lower case, accents removed: "Gàidhlig" is "gaidhlig") and indexed per field.
 * A query matches when every word in it matches, in any order; each word matches a word in the entry
 * exactly, as the start of a word (prefix: "bene" finds "benefits") or with a typo (one edit for words
 * of 3 to 6 letters, two for longer ones: "fod" finds "food"). Matches score by field (name, then
 * category, then organisation, then description, then the areas served) times the kind of match (exact,
 * prefix, typo). A one-letter word matches names and categories only. Symbols and emoji are not words.
 */

import { kindLabel } from './describe.js';
import { fold } from './fold.js';
import { FIELD, type IndexedDirectory, type Matches, type TextIndex } from './text-index.js';

export { fold };

/** Weights of the fields (FIELD in source.ts): name, category, organisation, description, areas. */
const WEIGHTS = [4, 2.5, 1.5, 1, 0.5];
const BITS = 5;

/** The score of a word found in the fields of `mask`: the best field, plus a little for each other one. */
const MASK_SCORE = Array.from({ length: 1 << BITS }, (_, mask) => {
  const found = WEIGHTS.filter((_, bit) => mask & (1 << bit));
  return found.length ? Math.max(...found) + 0.1 * (found.length - 1) : 0;
});

const EXACT = 1;
const PREFIX = 0.75;
const TYPO = [1, 0.5, 0.3];

/** The words of a text, folded. */
export function words(text: string): string[] {
  // A letter or number, in any script, and the letters, marks and numbers after it: punctuation, symbols,
  // emoji (and the marks that dress them) and spaces are not words.
  return fold(text).match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? [];
}

/** The edit distance between a and b (insertions, deletions, substitutions, swaps), or max + 1 once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let lowest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current.push(value);
      if (value < lowest) lowest = value;
    }
    if (lowest > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

export class SearchIndex {
  private readonly ids = new Map<string, number>();
  private readonly postings: number[][] = [];
  private sorted: string[] = [];
  private order: number[] = [];
  private scores: Float64Array = new Float64Array(0);
  private best: Float64Array = new Float64Array(0);
  private hits: Int32Array = new Int32Array(0);
  private count = 0;

  /** Adds the text of one field of document `doc` (documents are added in order, from 0). */
  add(doc: number, field: number, text: string): void {
    if (doc >= this.count) this.count = doc + 1;
    for (const word of words(text)) {
      let id = this.ids.get(word);
      if (id === undefined) {
        id = this.postings.length;
        this.ids.set(word, id);
        this.postings.push([]);
      }
      // Postings are (doc << BITS | fields): documents in order, one posting per document.
      const list = this.postings[id];
      const last = list.length - 1;
      if (last >= 0 && list[last] >> BITS === doc) list[last] |= field;
      else list.push((doc << BITS) | field);
    }
  }

  /** Finishes the index after the last `add`. */
  seal(): void {
    this.sorted = [...this.ids.keys()].sort();
    this.order = this.sorted.map((word) => this.ids.get(word)!);
    this.scores = new Float64Array(this.count);
    this.best = new Float64Array(this.count);
    this.hits = new Int32Array(this.count);
  }

  /** The words of the index a query word matches, with the quality of each match. */
  private expand(word: string): Array<[number, number]> {
    const found: Array<[number, number]> = [];
    const sorted = this.sorted;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid] < word) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < sorted.length && sorted[i].startsWith(word); i++) {
      found.push([this.order[i], sorted[i] === word ? EXACT : PREFIX]);
    }
    if (word.length >= 3) {
      const max = word.length >= 7 ? 2 : 1;
      for (let i = 0; i < sorted.length; i++) {
        const term = sorted[i];
        if (Math.abs(term.length - word.length) > max || term.startsWith(word)) continue;
        const distance = editDistance(word, term, max);
        if (distance <= max) found.push([this.order[i], TYPO[distance]]);
      }
    }
    return found;
  }

  /** Documents matching every word of the query, with their scores; `undefined` when the query has no words. */
  search(query: string): Matches | undefined {
    const queryWords = [...new Set(words(query))];
    if (queryWords.length === 0) return undefined;
    const { scores, best, hits } = this;
    let docs: number[] = [];
    for (let w = 0; w < queryWords.length; w++) {
      const touched: number[] = [];
      // A single letter, as typing starts, finds names and categories only: every description has words
      // starting with it.
      const fields = queryWords[w].length > 1 ? (1 << BITS) - 1 : FIELD.name | FIELD.category;
      for (const [id, quality] of this.expand(queryWords[w])) {
        for (const posting of this.postings[id]) {
          const doc = posting >> BITS;
          if (hits[doc] !== w || !(posting & fields)) continue;
          const score = quality * MASK_SCORE[posting & fields];
          if (best[doc] === 0) touched.push(doc);
          if (score > best[doc]) best[doc] = score;
        }
      }
      for (const doc of touched) {
        scores[doc] = (w === 0 ? 0 : scores[doc]) + best[doc];
        hits[doc] = w + 1;
        best[doc] = 0;
      }
      if (w === 0) docs = touched;
    }
    const matched = docs.filter((doc) => hits[doc] === queryWords.length);
    for (const doc of docs) hits[doc] = 0;
    return { docs: matched, scores };
  }
}

/** Fills a text index with the directory's entries: what the list shows of each is what finds it. */
export function build(source: IndexedDirectory, index: TextIndex): TextIndex {
  const names = new Map(source.categories.map((c) => [c.key, c.name]));
  const areas = new Map(source.areas.map((a) => [a.id, `${a.name} ${a.alternate_name ?? ''}`]));
  for (const entry of source.entries) {
    const { n } = entry;
    index.add(n, FIELD.name, entry.name);
    for (const key of entry.categories) index.add(n, FIELD.category, names.get(key) ?? key);
    // The kind of opportunity the list shows ("Consultation", "Volunteering") finds it too.
    if (entry.kind === 'opportunity') index.add(n, FIELD.category, kindLabel(entry));
    index.add(n, FIELD.organisation, entry.organisation);
    index.add(n, FIELD.description, entry.description);
    // A neighbourhood's name finds what serves it, below anything that says the name itself.
    for (const id of entry.areaIds) index.add(n, FIELD.area, areas.get(id) ?? '');
  }
  index.seal();
  return index;
}
