/**
 * Long feed text (descriptions, how to apply, eligibility, notes...) as residents should read it.
 *
 * Publishers fill these fields from a CMS, so a text may be HTML (`<p>Food bank&nbsp;</p>`). One
 * mechanism for every element:
 * - `richText()` shows a text as formatted text. Plain text is paragraphs at once (a blank line or a line
 *   break starts a new one), at no cost. A text with markup is shown at once as its plain text
 *   (`plainText()`, so never blank and never tags), and the formatter (`sanitize.ts`: the browser's own
 *   inert parser and a strict allow-list, see docs/decisions.md) is loaded then, once per page, in a chunk
 *   of its own; the elements showing such texts are asked to draw again when it arrives.
 * - `plainText()` is the text with tags removed and entities decoded, for where text is wanted: the
 *   search index, list snippets, names, labels, the vCard. Cheap (no parser, no sanitizer): it runs on every
 *   record, and returns a text without `<` or `&` as it is.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { LONG_TEXT } from '../feed/domain/limits.js';
import { onDemand } from './lazy-part.js';
import { MARKUP, plainText } from './plain-text.js';
import type { Formatter } from './formatter.js';
import { hostTextLang } from './feed-lang.js';
import { currentLocale } from './localize.js';

export { decodeEntities, hasMarkup, hasText, oneLine, plainText } from './plain-text.js';

/** Plain text as paragraphs: a line break starts a new one; `lead` (a label) starts the first. */
export const paragraphs = (text: string, lead?: unknown): TemplateResult[] =>
  text
    .split('\n')
    .filter((p) => p.trim())
    .map((p, i) => html`<p>${i || lead === undefined ? '' : html`${lead} `}${p}</p>`);

/**
 * @internal The formatter (sanitize.ts), a part loaded on demand (lazy-part.ts): once per page, afresh after a
 * failure. Tests replace `load` to see it fail or arrive late.
 */
export const formatter = onDemand<Formatter>(() => import('./sanitize.js'));

/** The elements waiting for the formatter: each is asked to draw again when it arrives. */
const waiting = new Set<ReactiveElement>();

/** Asks for the formatter for `host` once its render is over (never during it), and for `host` to draw again when it is there. */
function request(host: ReactiveElement): void {
  if (waiting.has(host)) return;
  waiting.add(host);
  queueMicrotask(() =>
    formatter.get().then(
      () => {
        waiting.delete(host);
        host.requestUpdate();
      },
      // Offline, or the file is missing: the plain text stays; the next draw asks again.
      () => waiting.delete(host),
    ),
  );
}

/**
 * A long feed text as formatted text, for `host` to draw. Headings in the text start at `level` (the
 * level right under the heading the text sits under; never above it, never below h6). `lead` (a label
 * such as "Why it matters:") starts the first paragraph. Empty or blank: `nothing`.
 */
export function richText(host: ReactiveElement, text: string | undefined, level: number, lead?: unknown): unknown {
  if (!text?.trim()) return nothing;
  // Feed text in another language than the interface's is marked so (its label, `lead`, is not).
  const lang = hostTextLang(host);
  const label = lead === undefined || !lang ? lead : html`<span lang=${currentLocale()}>${lead}</span>`;
  // A text longer than LONG_TEXT is drawn in parts with "Show more", by the formatter too; until it
  // arrives, its start.
  let body: unknown = paragraphs(plainText(text).slice(0, LONG_TEXT), label);
  if (text.length > LONG_TEXT || MARKUP.test(text)) {
    if (formatter.loaded) body = formatter.loaded.formatted(text, level, label, host);
    else request(host);
  }
  return lang && body !== nothing ? html`<div class="feed-text" lang=${lang}>${body}</div>` : body;
}

/*
 * Text for a box that is sized from its content (a cell of a table of class `words`): ordinary words stay
 * whole, and only a string too long to be a word (a web or email address, a 2,000-letter run) may break
 * anywhere. Such a table's `overflow-wrap: break-word` (styles.ts) keeps words whole but lets the longest
 * set the column's width; so each such string sits in a span that may break anywhere, and never widens
 * the page.
 */
/** Longer than this, a run of characters without a space is not an ordinary word (the longest English ones are about 20 letters; 'Wednesday' is 9). */
const WORD = 24;

const LONG = new RegExp(`(\\S{${WORD + 1},})`, 'u');

/** `text` with each string longer than a word in a `span.breakable`; the text itself when it has none. */
export function breakable(text: string): unknown {
  if (!LONG.test(text)) return text;
  return text.split(LONG).map((part, i) => (i % 2 ? html`<span class="breakable">${part}</span>` : part));
}
