/**
 * Feed text without its markup: what the page shows at once, what the search index, labels, snippets and
 * the vCard read, and what `sanitize.ts` needs to know about block tags. No lit, no parser beyond the
 * browser's own for rare character references: cheap enough for every record. `rich-text.ts` draws it;
 * `sanitize.ts` (loaded on demand) formats markup. Both import this module; sanitize.ts never imports
 * rich-text.ts (which loads it), so the two form no import cycle.
 */

/** Something that looks like a tag or a comment: the text is HTML. */
export const MARKUP = /<\/?[a-z][^>]*>|<!--/i;
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

/**
 * A text cut to about `max` characters at a word's end, with "…", for a label that sits beside others (a
 * tile's title): a 200 KB title would otherwise take the page minutes to lay out. The whole text is shown
 * where it is the subject (the plan's own heading). A surrogate pair is never cut in half.
 */
export function shortened(text: string, max = 150): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > max / 2 ? atWord : cut}…`;
}
