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

/** Something that looks like a tag or a comment: the text is HTML. */
const MARKUP = /<\/?[a-z][^>]*>|<!--/i;
/** Tags that break a text into blocks; their presence means newlines in the source are only spaces. */
const BLOCK = /<\/?(?:p|div|br|h[1-6]|ul|ol|li|table|tr|td|th|caption|blockquote|pre|section|article|header|footer|main|aside|nav|address|figure|figcaption|dl|dt|dd|hr|center|details|summary|form|fieldset|legend)\b[^>]*>/gi;
/** Elements whose content is not text a resident should read (code, styles, controls' options...). */
const HIDDEN = /<(script|style|template|noscript|noembed|noframes|iframe|object|textarea|select|svg|math|title|head)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;

/** HTML's named references that CMS editors write, beyond the accented letters (below). */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', shy: '',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', hellip: '…', laquo: '«', raquo: '»',
  pound: '£', euro: '€', cent: '¢', yen: '¥', copy: '©', reg: '®', trade: '™', bull: '•', middot: '·', deg: '°', plusmn: '±',
  times: '×', divide: '÷', frac12: '½', frac14: '¼', frac34: '¾', sup2: '²', sup3: '³', para: '¶', sect: '§', iexcl: '¡', iquest: '¿',
  szlig: 'ß', aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø', oelig: 'œ', OElig: 'Œ', eth: 'ð', thorn: 'þ', rarr: '→', larr: '←',
};
/** `&eacute;`, `&Agrave;`, `&ccedil;`...: a letter and a combining accent, composed. */
const ACCENTS: Record<string, string> = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', cedil: '\u0327', ring: '\u030a' };
/** What HTML reads numeric references 128 to 159 as (Windows-1252: text pasted from Word). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes character references (`&amp;`, `&#8217;`, `&#x2019;`, `&eacute;`); unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][a-z\d]{1,31}));/gi, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name) {
      const accent = /^([a-z])(acute|grave|circ|uml|tilde|cedil|ring)$/i.exec(name);
      return NAMED[name] ?? (accent ? (accent[1] + ACCENTS[accent[2]]).normalize() : whole);
    }
    const code = decimal ? Number(decimal) : parseInt(hex!, 16);
    if (code >= 128 && code < 160) return CP1252[code - 128];
    return code > 0 && code < 0x110000 && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** True when a text holds HTML tags (entities alone are decoded as plain text). */
export const hasMarkup = (text: string): boolean => MARKUP.test(text);

/**
 * The text with markup removed and entities decoded: blocks (paragraphs, list items, headings) separated
 * by a blank line, line breaks kept, spaces tidied. A text with no `<` or `&` is returned as it is.
 */
export function plainText(text: string | undefined): string {
  if (!text) return '';
  if (!/[<&]/.test(text)) return text;
  let plain = text;
  if (MARKUP.test(plain)) {
    plain = plain.replace(/<!--[\s\S]*?(?:-->|$)/g, '').replace(HIDDEN, ' ');
    BLOCK.lastIndex = 0;
    // With block tags the source's own newlines are only spaces; with inline tags alone, they are kept.
    if (BLOCK.test(plain)) plain = plain.replace(/\s+/g, ' ');
    plain = plain
      .replace(/<br\b[^>]*>/gi, '\n')
      .replace(/<\/?t[dh]\b[^>]*>/gi, ' ')
      .replace(BLOCK, '\n\n')
      .replace(/<\/?[a-z][^>]*>/gi, '');
  }
  return decodeEntities(plain)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The plain text on one line, for a snippet or a label. */
export const oneLine = (text: string | undefined): string => plainText(text).replace(/\s+/g, ' ');

/** True when a text has something to read once its markup is removed. */
export const hasText = (text: string | undefined): boolean => plainText(text) !== '';

/** Plain text as paragraphs: a blank line or a line break starts a new one. `lead` starts the first. */
export function paragraphs(text: string, lead?: unknown): TemplateResult[] {
  const parts = text.split(/\r?\n/).filter((p) => p.trim());
  if (lead !== undefined && !parts.length) parts.push('');
  return parts.map((p, i) => html`<p>${i === 0 && lead !== undefined ? html`${lead} ` : nothing}${p}</p>`);
}

type Formatter = typeof import('./sanitize.js');

/** @internal How the formatter loads (tests replace it), and the formatter once loaded. */
export const formatter: { load: () => Promise<Formatter>; loaded?: Formatter } = {
  load: () => import('./sanitize.js'),
};

let loading: Promise<unknown> | undefined;
const waiting = new Set<ReactiveElement>();

function requestFormatter(host: ReactiveElement): void {
  waiting.add(host);
  loading ??= formatter.load().then(
    (module) => {
      formatter.loaded = module;
      for (const element of waiting) element.requestUpdate();
      waiting.clear();
      loading = undefined;
    },
    () => {
      // Offline, or the file is missing: the plain text stays; the next draw asks again.
      waiting.clear();
      loading = undefined;
    },
  );
}

/**
 * A long feed text as formatted text, for `host` to draw. Headings in the text start at `level` (the
 * level right under the heading the text sits under; never above it, never below h6). `lead` (a label
 * such as "Why it matters:") starts the first paragraph. Empty or blank: `nothing`.
 */
export function richText(host: ReactiveElement, text: string | undefined, level: number, lead?: unknown): TemplateResult | TemplateResult[] | typeof nothing {
  if (!text?.trim()) return nothing;
  if (!hasMarkup(text)) return paragraphs(/&/.test(text) ? plainText(text) : text, lead);
  if (formatter.loaded) return formatter.loaded.formatted(text, level, lead);
  requestFormatter(host);
  return paragraphs(plainText(text), lead);
}
