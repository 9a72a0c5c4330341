/**
 * Feed HTML as formatted text, safely: loaded by `rich-text.ts` only for a text with markup.
 *
 * The browser's own HTML parser reads the text into an inert document (`DOMParser`: no scripts run,
 * nothing loads, no event fires), and a strict allow-list walks it into a small tree of what a resident
 * reads: paragraphs, line breaks, lists, bold, italic, headings and links. lit draws that tree with its
 * own templates, so nothing the publisher wrote reaches the page as markup: no element, attribute, class
 * or style is copied, only text (as text) and a link's address once `safeUrl()` accepts it. Because the
 * parsed tree is never serialized and parsed again, mutation-XSS (markup that changes meaning when
 * re-parsed) has nothing to work on. Everything else is dropped: scripts, styles, templates, SVG and
 * MathML, images, frames, objects, form controls whole; other elements (`span`, `font`, `div`, tables,
 * unknown tags) are unwrapped, their text kept where it stands, block-level ones still starting a new
 * paragraph. See docs/decisions.md for why not DOMPurify.
 *
 * The walk reads nodes through the DOM prototypes' own getters, so a `<form>` whose controls are named
 * `childNodes` or `localName` (DOM clobbering) cannot mislead it, and stops descending after 100
 * levels (the rest of such a subtree is kept as text).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../feed/domain/safe-url.js';
import { heading } from './heading.js';
import { BLOCK } from './plain-text.js';

type Inline = string | Br | Mark;
interface Br {
  t: 'br';
}
interface Mark {
  t: 'b' | 'i' | 'a';
  href?: string;
  k: Inline[];
}
type Block = { t: 'p'; k: Inline[] } | { t: 'h'; level: number; k: Inline[] } | { t: 'ul' | 'ol'; items: Block[][] };

/** A text read: its blocks, and the highest heading level it uses (1 for `<h1>`). */
export interface Formatted {
  blocks: Block[];
  top: number;
}

const BR: Br = { t: 'br' };

/** Dropped with everything inside them: not text a resident reads, or not text at all. */
const DROP = new Set(
  'script style template noscript noembed noframes iframe frame frameset object embed applet svg math head title img image picture video audio canvas map area input button select textarea option optgroup datalist output progress meter link meta base param source track dialog slot portal'.split(
    ' ',
  ),
);
/** Unwrapped, but they start and end a paragraph. */
const BLOCKS = new Set(
  'p div section article aside header footer main nav blockquote pre address center figure figcaption table caption thead tbody tfoot tr dl dt dd form fieldset legend details summary hgroup hr listing xmp plaintext search'.split(
    ' ',
  ),
);
const HEADING = /^h([1-6])$/;
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const MAX_DEPTH = 100;

// The DOM's own getters: a clobbered property (`<input name="childNodes">` inside a form) cannot answer for them.
const getter = (proto: object, key: string) => Object.getOwnPropertyDescriptor(proto, key)!.get! as (this: Node) => unknown;
const childNodes = getter(Node.prototype, 'childNodes') as (this: Node) => NodeListOf<ChildNode>;
const nodeType = getter(Node.prototype, 'nodeType') as (this: Node) => number;
const textContent = getter(Node.prototype, 'textContent') as (this: Node) => string | null;
const localName = getter(Element.prototype, 'localName') as (this: Node) => string;
const namespaceURI = getter(Element.prototype, 'namespaceURI') as (this: Node) => string | null;
const bodyOf = getter(Document.prototype, 'body') as (this: Node) => HTMLElement | null;
const getAttribute = Element.prototype.getAttribute;

/** Formatting in force where a text sits: bold, italic, the link around it. */
interface Marks {
  b?: boolean;
  i?: boolean;
  href?: string;
}

const isBlank = (items: readonly Inline[]): boolean => items.every((item) => (typeof item === 'string' ? !item.trim() : item.t === 'br' || isBlank(item.k)));

/** Adds `item` to `list`, merged into the last item when both are the same mark (one link, not two). */
function append(list: Inline[], item: Inline): void {
  const last = list[list.length - 1];
  if (typeof item !== 'string' && item.t !== 'br' && typeof last === 'object' && last.t === item.t && last.href === item.href) {
    for (const child of item.k) append(last.k, child);
  } else if (typeof item === 'string' && typeof last === 'string') {
    list[list.length - 1] = last + item;
  } else {
    list.push(item);
  }
}

function marked(text: string, marks: Marks): Inline {
  let item: Inline = text;
  if (marks.i) item = { t: 'i', k: [item] };
  if (marks.b) item = { t: 'b', k: [item] };
  if (marks.href) item = { t: 'a', href: marks.href, k: [item] };
  return item;
}

/** Collects blocks: the paragraph (or heading) being written, and those finished. */
class Flow {
  readonly blocks: Block[] = [];
  private line: Inline[] = [];
  /** Set inside a heading: what is written becomes one (inside a list item, bold text instead). */
  level?: number;
  top = 7;

  constructor(
    /** The source's newlines are line breaks and blank lines new paragraphs (a text with inline tags only). */
    readonly newlines: boolean,
    /** Inside a list item. */
    readonly inItem = false,
  ) {}

  text(text: string, marks: Marks): void {
    if (!this.newlines || !text.includes('\n')) return append(this.line, marked(text, marks));
    text.split(/(\n[^\S\n]*\n\s*|\n)/).forEach((part, i) => {
      if (i % 2 === 0) {
        if (part) append(this.line, marked(part, marks));
      } else if (part === '\n') this.line.push(BR);
      else this.end();
    });
  }

  br(): void {
    this.line.push(BR);
  }

  /** Ends the paragraph being written, if it has anything in it. */
  end(): void {
    const line = this.line;
    this.line = [];
    while (line.length && (line[0] === BR || (typeof line[0] === 'string' && !line[0].trim()))) line.shift();
    while (line.length && (line[line.length - 1] === BR || (typeof line[line.length - 1] === 'string' && !(line[line.length - 1] as string).trim())))
      line.pop();
    if (!line.length || isBlank(line)) return;
    if (this.level === undefined) this.blocks.push({ t: 'p', k: line });
    else if (this.inItem) this.blocks.push({ t: 'p', k: [{ t: 'b', k: line }] });
    else {
      this.blocks.push({ t: 'h', level: this.level, k: line });
      this.top = Math.min(this.top, this.level);
    }
  }

  list(block: Block): void {
    this.end();
    this.blocks.push(block);
  }
}

function walk(nodes: Iterable<Node>, flow: Flow, marks: Marks, depth: number): void {
  for (const node of nodes) {
    const type = nodeType.call(node);
    if (type === Node.TEXT_NODE || type === Node.CDATA_SECTION_NODE) {
      flow.text((node as Text).data, marks);
      continue;
    }
    if (type !== Node.ELEMENT_NODE) continue;
    const name = localName.call(node);
    if (namespaceURI.call(node) !== HTML_NS || DROP.has(name)) continue;
    if (depth >= MAX_DEPTH) {
      flow.text(` ${textContent.call(node) ?? ''} `, marks);
      continue;
    }
    const heading = HEADING.exec(name);
    if (name === 'br') flow.br();
    else if (name === 'ul' || name === 'ol') {
      const items: Block[][] = [];
      list(node, items, marks, depth + 1, flow.newlines);
      if (items.length) flow.list({ t: name, items });
    } else if (name === 'li') {
      // A list item outside a list: a list of its own.
      const items: Block[][] = [];
      item(node, items, marks, depth + 1, flow.newlines);
      if (items.length) flow.list({ t: 'ul', items });
    } else if (heading) {
      flow.end();
      const outer = flow.level;
      flow.level = Number(heading[1]);
      walk(childNodes.call(node), flow, marks, depth + 1);
      flow.end();
      flow.level = outer;
    } else if (BLOCKS.has(name)) {
      flow.end();
      walk(childNodes.call(node), flow, marks, depth + 1);
      flow.end();
    } else if (name === 'td' || name === 'th') {
      flow.text(' ', marks);
      walk(childNodes.call(node), flow, marks, depth + 1);
      flow.text(' ', marks);
    } else {
      let inner = marks;
      if (name === 'b' || name === 'strong') inner = { ...marks, b: true };
      else if (name === 'i' || name === 'em') inner = { ...marks, i: true };
      else if (name === 'a') {
        // Only a link that passes the one safe-URL check is a link; any other keeps its text.
        const href = safeUrl(getAttribute.call(node as Element, 'href')?.trim());
        inner = { ...marks, href };
      }
      walk(childNodes.call(node), flow, inner, depth + 1);
    }
  }
}

function item(node: Node, items: Block[][], marks: Marks, depth: number, newlines: boolean): void {
  const flow = new Flow(newlines, true);
  walk(childNodes.call(node), flow, marks, depth);
  flow.end();
  if (flow.blocks.length) items.push(flow.blocks);
}

function list(node: Node, items: Block[][], marks: Marks, depth: number, newlines: boolean): void {
  for (const child of childNodes.call(node)) {
    const type = nodeType.call(child);
    if (type === Node.ELEMENT_NODE && namespaceURI.call(child) === HTML_NS && localName.call(child) === 'li') {
      item(child, items, marks, depth, newlines);
    } else if (type === Node.ELEMENT_NODE || ((type === Node.TEXT_NODE || type === Node.CDATA_SECTION_NODE) && (child as Text).data.trim())) {
      // Text or other elements straight inside a list: an item of their own.
      const holder = new Flow(newlines, true);
      walk([child], holder, marks, depth);
      holder.end();
      if (holder.blocks.length) items.push(holder.blocks);
    }
  }
}

const cache = new Map<string, Formatted>();

/** Reads an HTML text into the blocks a resident reads (cached: a list redraws often). */
export function parse(text: string): Formatted {
  let result = cache.get(text);
  if (result) return result;
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const body = bodyOf.call(doc);
  const flow = new Flow(text.search(BLOCK) < 0);
  if (body) walk(childNodes.call(body), flow, {}, 0);
  flow.end();
  result = { blocks: flow.blocks, top: flow.top };
  if (cache.size >= 1000) cache.clear();
  cache.set(text, result);
  return result;
}

function inline(item: Inline): unknown {
  if (typeof item === 'string') return item;
  if (item.t === 'br') return html`<br />`;
  const content = item.k.map(inline);
  if (item.t === 'b') return html`<strong>${content}</strong>`;
  if (item.t === 'i') return html`<em>${content}</em>`;
  return html`<a href=${item.href!} rel="noopener noreferrer">${content}</a>`;
}

function block(b: Block, base: number, top: number): TemplateResult {
  if (b.t === 'p') return html`<p>${b.k.map(inline)}</p>`;
  if (b.t === 'h') return heading(base, b.level - top, b.k.map(inline), { class: 'text-heading', rank: false });
  const items = b.items.map(
    (blocks) => html`<li>${blocks.length === 1 && blocks[0].t === 'p' ? blocks[0].k.map(inline) : blocks.map((x) => block(x, base, top))}</li>`,
  );
  return b.t === 'ol' ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
}

/**
 * An HTML text as lit templates: its highest heading at `level` (2 to 6), the others below it in step;
 * `lead` starts the first paragraph (or a paragraph of its own before a list or heading).
 */
export function formatted(text: string, level: number, lead?: unknown): TemplateResult[] | typeof nothing {
  const { blocks, top } = parse(text);
  const out = blocks.map((b, i) => (i === 0 && lead !== undefined && b.t === 'p' ? html`<p>${lead} ${b.k.map(inline)}</p>` : block(b, level, top)));
  if (lead !== undefined && blocks[0]?.t !== 'p') out.unshift(html`<p>${lead}</p>`);
  return out.length ? out : nothing;
}
