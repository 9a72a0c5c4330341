/**
 * A long text in parts, so that no feed text can freeze a page (a description of 500,000 lines, a 1 MB
 * "about us"): the first `LONG_TEXT` characters or so, then a "Show more" button that shows the next part,
 * each part at most `STEP` characters, until the whole text is shown. Loaded with the formatter
 * (sanitize.ts), only for a text that long.
 *
 * - Parts end at a paragraph when one is near, else at a word: a paragraph, list or link can run on into
 *   the next part, never a word.
 * - The button says what it shows: "Show the rest (230 more words)", or for a text longer still
 *   "Show the next 2,000 words (of 150,000 left)".
 * - After a press, focus moves to the start of the part just shown (a resident reads on from there; the
 *   button, if more is left, follows it), so neither a screen reader nor a keyboard loses its place.
 * - What has been shown stays shown while the element redraws: the part count lives in the directive,
 *   which lit keeps for as long as the text sits at the same place in the template.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { Directive, directive, type PartInfo } from 'lit/directive.js';
import { LONG_TEXT } from '../feed/domain/limits.js';
import { currentLocale, formatNumber, msg, plural, str } from './localize.js';

/** The tree a text is read into (sanitize.ts; plain text as paragraphs): what a resident reads, nothing else. */
export type Inline = string | Br | Mark;
export interface Br {
  t: 'br';
}
export interface Mark {
  t: 'b' | 'i' | 'a';
  href?: string;
  k: Inline[];
}
export type Block = { t: 'p'; k: Inline[] } | { t: 'h'; level: number; k: Inline[] } | { t: 'ul' | 'ol'; items: Block[][] };

/** The most characters one press of "Show more" adds. */
export const STEP = 10 * LONG_TEXT;

/** The characters of text in an inline item or a block. */
function sizeOf(item: Inline | Block): number {
  if (typeof item === 'string') return item.length;
  if (item.t === 'br') return 1;
  if ('items' in item) return item.items.reduce((n, blocks) => n + blocks.reduce((m, b) => m + sizeOf(b), 0), 0);
  return item.k.reduce((n, k) => n + sizeOf(k), 0);
}

/** Where to cut `text` to keep at most `budget` characters: after the last space in it, unless that is too early. */
function wordEnd(text: string, budget: number): number {
  const space = text.lastIndexOf(' ', budget);
  return space > budget / 2 ? space + 1 : budget;
}

/** Inline items split after about `budget` characters: those before, and those after (a mark split in two). */
function splitInline(items: readonly Inline[], budget: number): [Inline[], Inline[]] {
  const head: Inline[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const size = sizeOf(item);
    if (size <= budget) {
      head.push(item);
      budget -= size;
      continue;
    }
    if (typeof item === 'string') {
      const at = wordEnd(item, budget);
      return [
        [...head, item.slice(0, at)],
        [item.slice(at), ...items.slice(i + 1)],
      ];
    }
    const [inside, after] = splitInline((item as Mark).k, budget);
    return [
      [...head, { ...item, k: inside } as Inline],
      [{ ...item, k: after } as Inline, ...items.slice(i + 1)],
    ];
  }
  return [head, []];
}

/** A block split after about `budget` characters, or `undefined` when it cannot be (it goes whole). */
function splitBlock(b: Block, budget: number): [Block, Block] | undefined {
  if (b.t === 'p' || b.t === 'h') {
    const [head, rest] = splitInline(b.k, budget);
    return head.length && rest.length
      ? [
          { ...b, k: head },
          { ...b, k: rest },
        ]
      : undefined;
  }
  const [head, rest] = take(b.items.flat(), budget);
  // A list is split between its items (an item too long for one part is split as blocks are).
  const items = (blocks: Block[]) => blocks.map((x) => [x]);
  return head.length && rest.length
    ? [
        { ...b, items: items(head) },
        { ...b, items: items(rest) },
      ]
    : undefined;
}

/**
 * The blocks of about `budget` characters from the start of `blocks`, and the rest. Whole blocks while
 * they fit; the block that does not is split, unless the part is nearly full and a paragraph ends here.
 */
export function take(blocks: readonly Block[], budget: number): [Block[], Block[]] {
  const head: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const size = sizeOf(blocks[i]);
    if (size <= budget) {
      head.push(blocks[i]);
      budget -= size;
      continue;
    }
    if (head.length && budget < STEP / 20) return [head, blocks.slice(i)];
    const split = splitBlock(blocks[i], budget);
    if (!split) return head.length ? [head, blocks.slice(i)] : [[blocks[i]], blocks.slice(i + 1)];
    return [
      [...head, split[0]],
      [split[1], ...blocks.slice(i + 1)],
    ];
  }
  return [head, []];
}

/** The words in blocks: what the button counts. */
function words(blocks: readonly Block[]): number {
  let count = 0;
  const visit = (item: Inline | Block): void => {
    if (typeof item === 'string') count += item.split(/\s+/).filter(Boolean).length;
    else if ('items' in item) item.items.forEach((list) => list.forEach(visit));
    else if ('k' in item) item.k.forEach(visit);
  };
  blocks.forEach(visit);
  return count;
}

/** Draws blocks; `first` for the text's first part (the one a `lead` label starts). */
export type Draw = (blocks: Block[], first: boolean) => unknown;

class LongText extends Directive {
  private blocks?: readonly Block[];
  /** The parts worked out so far (the text's first, then each press's), and the blocks not in any yet. */
  private parts: Block[][] = [];
  private rest: Block[] = [];
  private shown = 1;
  private host?: ReactiveElement;
  /** The button's words, for `counted` (parts shown and language: counting a long rest's words is worth doing once). */
  private label?: string;
  private counted = '';

  constructor(part: PartInfo) {
    super(part);
  }

  render(host: ReactiveElement, blocks: readonly Block[], draw: Draw): TemplateResult {
    if (blocks !== this.blocks) {
      // Another text here: start again from its first part.
      this.blocks = blocks;
      const [first, rest] = take(blocks, LONG_TEXT);
      this.parts = [first];
      this.rest = rest;
      this.shown = 1;
      this.counted = '';
    }
    this.host = host;
    while (this.parts.length <= this.shown && this.rest.length) {
      const [next, rest] = take(this.rest, STEP);
      this.parts.push(next);
      this.rest = rest;
    }
    const more = this.parts.length > this.shown ? this.parts[this.shown] : undefined;
    const key = `${this.shown} ${currentLocale()}`;
    if (this.counted !== key) {
      this.counted = key;
      this.label = undefined;
      if (more) {
        const next = words(more);
        const n = formatNumber(next);
        this.label = this.rest.length
          ? msg(str`Show the next ${n} words (of ${formatNumber(next + words(this.rest))} left)`)
          : plural(next, {
              zero: msg(str`Show the rest (${n} more words)`, { id: 'long-text.rest.zero' }),
              one: msg(str`Show the rest (${n} more word)`, { id: 'long-text.rest.one' }),
              two: msg(str`Show the rest (${n} more words)`, { id: 'long-text.rest.two' }),
              few: msg(str`Show the rest (${n} more words)`, { id: 'long-text.rest.few' }),
              many: msg(str`Show the rest (${n} more words)`, { id: 'long-text.rest.many' }),
              other: msg(str`Show the rest (${n} more words)`, { id: 'long-text.rest.other' }),
            });
      }
    }
    const label = this.label;
    return html`${this.parts.slice(0, this.shown).map((part, i) => html`<div class="text-part" tabindex="-1">${draw(part, i === 0)}</div>`)}${
      label ? html`<p><button type="button" class="button secondary show-more" @click=${this.more}>${label}</button></p>` : nothing
    }`;
  }

  /** Shows the next part, then moves focus to its start. */
  private more = (event: Event): void => {
    const button = (event.currentTarget as HTMLElement).parentElement!;
    const before = button.previousElementSibling;
    this.shown++;
    const host = this.host!;
    host.requestUpdate();
    void host.updateComplete.then(() => (before?.nextElementSibling as HTMLElement | null)?.focus());
  };
}

/** A long text's blocks in parts with "Show more" (see the module comment); `host` redraws when one is pressed. */
export const longText = directive(LongText);
