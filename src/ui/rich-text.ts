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
import { hostTextLang } from './feed-lang.js';
import { currentLocale } from './localize.js';

/** Something that looks like a tag or a comment: the text is HTML. */
const MARKUP = /<\/?[a-z][^>]*>|<!--/i;
/** Tags that end a block (paragraph, heading, list item, row...): with any of them, the source's newlines are only spaces. */
export const BLOCK = /<\/?(?:p|div|h[1-6]|[ou]l|li|tr|table|blockquote|d[dlt])\b[^>]*>/gi;

/**
 * Decodes character references (`&amp;`, `&#8217;`, `&eacute;`...) as HTML does. The two commonest
 * here; a text with any other goes whole to the browser's parser as the text of a `<title>`, which
 * decodes every reference and makes no elements (to the parser its content is text, tags included).
 */
export function decodeEntities(text: string): string {
  return /&(?!amp;|nbsp;)#?\w+;/.test(text)
    ? (new DOMParser().parseFromString(`<title>${text.replace(/<\//g, '&lt;/')}`, 'text/html').head.firstChild as HTMLTitleElement).text
    : text.replace(/&amp;/g, '&').replace(/&nbsp;/g, '\u00a0');
}

/** True when a text holds HTML tags (entities alone are decoded as plain text). */
export const hasMarkup = (text: string): boolean => MARKUP.test(text);

/**
 * The text with markup removed and entities decoded: blocks (paragraphs, list items, headings) separated
 * by a blank line, line breaks kept, spaces tidied. A text with no `<` or `&` is returned as it is.
 */
export function plainText(text = ''): string {
  if (!/[<&]/.test(text)) return text;
  if (MARKUP.test(text)) {
    // With block tags the source's own newlines are only spaces; with inline tags alone, they are kept.
    if (text.search(BLOCK) >= 0) text = text.replace(/\s+/g, ' ');
    text = text
      .replace(/<(script|style|svg|math|template|noscript|iframe|textarea|select)\b[^]*?(<\/\1[^>]*>|$)|<!--[^]*?(-->|$)/gi, '')
      .replace(/<br\b[^>]*>/gi, '\n')
      .replace(BLOCK, '\n\n')
      .replace(/<\/?[a-z][^>]*>/gi, '');
  }
  return decodeEntities(text)
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The plain text on one line, for a snippet or a label. */
export const oneLine = (text?: string): string => plainText(text).replace(/\s+/g, ' ');

/** True when a text has something to read once its markup is removed. */
export const hasText = (text?: string): boolean => plainText(text) !== '';

/** Plain text as paragraphs: a line break starts a new one; `lead` (a label) starts the first. */
export const paragraphs = (text: string, lead?: unknown): TemplateResult[] =>
  text
    .split('\n')
    .filter((p) => p.trim())
    .map((p, i) => html`<p>${i || lead === undefined ? '' : html`${lead} `}${p}</p>`);

type Formatter = typeof import('./sanitize.js');

/** @internal How the formatter loads (tests replace it), and the formatter once loaded. */
export const formatter: { load: () => Promise<Formatter>; loaded?: Formatter } = {
  load: () => import('./sanitize.js'),
};

/** The elements waiting for the formatter, while it loads. */
let waiting: Set<ReactiveElement> | undefined;

function request(host: ReactiveElement): void {
  if (!waiting) {
    const hosts = (waiting = new Set());
    formatter.load().then(
      (module) => {
        formatter.loaded = module;
        waiting = undefined;
        for (const element of hosts) element.requestUpdate();
      },
      // Offline, or the file is missing: the plain text stays; the next draw asks again.
      () => (waiting = undefined),
    );
  }
  waiting.add(host);
}

/**
 * A long feed text as formatted text, for `host` to draw. Headings in the text start at `level` (the
 * level right under the heading the text sits under; never above it, never below h6). `lead` (a label
 * such as "Why it matters:") starts the first paragraph. Empty or blank: `nothing`.
 */
export function richText(host: ReactiveElement, text: string | undefined, level: number, lead?: unknown): TemplateResult | TemplateResult[] | typeof nothing {
  if (!text?.trim()) return nothing;
  // Feed text in another language than the interface's is marked so (its label, `lead`, is not).
  const lang = hostTextLang(host);
  const label = lead === undefined || !lang ? lead : html`<span lang=${currentLocale()}>${lead}</span>`;
  let body: TemplateResult | TemplateResult[] | typeof nothing = paragraphs(plainText(text), label);
  if (MARKUP.test(text)) {
    if (formatter.loaded) body = formatter.loaded.formatted(text, level, label);
    else request(host);
  }
  return lang && body !== nothing ? html`<div class="feed-text" lang=${lang}>${body}</div>` : body;
}
