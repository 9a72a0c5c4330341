/**
 * placekit's own full-text index for the directory: small (no library to download) and quick to build.
 *
 * Words are folded (lower case, accents removed: "Gàidhlig" is "gaidhlig") and indexed per field.
 * A query matches when every word in it matches, in any order; each word matches a word in the entry
 * exactly, as the start of a word (prefix: "bene" finds "benefits") or with a typo (one edit for words
 * of 3 to 6 letters, two for longer ones: "fod" finds "food"). Matches score by field (name, then
 * category, then organisation, then description) times the kind of match (exact, prefix, typo). A
 * one-letter word matches names and categories only.
 */

/** Field bits and weights: the name weighs more than the category, the category more than the description. */
export const FIELD = { name: 1, category: 2, organisation: 4, description: 8 } as const;
const WEIGHTS = [4, 2.5, 1.5, 1];

/** The score of a word found in the fields of `mask`: the best field, plus a little for each other one. */
const MASK_SCORE = Array.from({ length: 16 }, (_, mask) => {
  const found = WEIGHTS.filter((_, bit) => mask & (1 << bit));
  return found.length ? Math.max(...found) + 0.1 * (found.length - 1) : 0;
});

const EXACT = 1;
const PREFIX = 0.75;
const TYPO = [1, 0.5, 0.3];

/** Lower case, accents and apostrophes removed. */
export function fold(text: string): string {
  let lower = text.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007f]/.test(lower)) lower = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return lower.replace(/['’‘]/g, '');
}

/** The words of a text, folded. */
export function words(text: string): string[] {
  // Letters and digits, Latin or not; ASCII and general punctuation, symbols and spaces separate words.
  return fold(text).split(/[^a-z0-9\u00c0-\u1fff\u2070-\u2bff\u2e80-\uffef]+/).filter(Boolean);
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

export interface Matches {
  /** The documents that match every word, in no particular order. */
  docs: number[];
  /** Score per document (indexed by document number). */
  scores: Float64Array;
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
      // Postings are (doc << 4 | fields): documents in order, one posting per document.
      const list = this.postings[id];
      const last = list.length - 1;
      if (last >= 0 && list[last] >> 4 === doc) list[last] |= field;
      else list.push((doc << 4) | field);
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
      const fields = queryWords[w].length > 1 ? 15 : FIELD.name | FIELD.category;
      for (const [id, quality] of this.expand(queryWords[w])) {
        for (const posting of this.postings[id]) {
          const doc = posting >> 4;
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
