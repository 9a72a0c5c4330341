/**
 * Text for a box that is sized from its content (a cell of a table of class `words`): ordinary words stay
 * whole, and only a string too long to be a word (a web or email address, a 2,000-letter run) may break
 * anywhere. Such a table's `overflow-wrap: break-word` (styles.ts) keeps words whole but lets the longest
 * set the column's width; so each such string sits in a span that may break anywhere, and never widens
 * the page.
 */
import { html } from 'lit';

/** Longer than this, a run of characters without a space is not an ordinary word (the longest English ones are about 20 letters; 'Wednesday' is 9). */
const WORD = 24;

const LONG = new RegExp(`(\\S{${WORD + 1},})`, 'u');

/** `text` with each string longer than a word in a `span.breakable`; the text itself when it has none. */
export function breakable(text: string): unknown {
  if (!LONG.test(text)) return text;
  return text.split(LONG).map((part, i) => (i % 2 ? html`<span class="breakable">${part}</span>` : part));
}
