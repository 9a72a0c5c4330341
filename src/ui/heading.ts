/**
 * One heading mechanism for every element: real `h2`–`h6` elements at the level the page asks for
 * (`heading-level`, declared once on `PlaceElement`), so each element fits the page's outline. An
 * element's top headings are at its level (`depth` 0), the sections under them one lower (`depth` 1), and
 * so on, never deeper than `h6`; formatted feed text (rich-text.ts) starts below the heading it sits under.
 *
 * Headings are drawn by their place in the element, not their tag (class `rank-0` 1.5em for the top,
 * `rank-1` 1.2em for its sections, `rank-2` 1em for anything deeper, all bold; styles.ts), so they look
 * the same at any level and a heading is never drawn larger than the one it sits under. `rank` picks
 * another look where a heading must look like the text around it (a notice's title); elements refine
 * the look with their own classes.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface HeadingOptions {
  id?: string;
  class?: string;
  /** A CSS part name, for a heading that is one of the element's parts. */
  part?: string;
  /** Focus can be moved to it from script (`tabindex="-1"`). */
  focusable?: boolean;
  /** Its look (`rank-N`), when not the one its depth gives; `false` for none (formatted text has its own). */
  rank?: 0 | 1 | 2 | false;
}

/** The level from the attribute: a whole number from 2 to 6 (2 when missing or not a number). */
export function levelOf(value: unknown): number {
  return Math.min(6, Math.max(2, Math.round(Number(value)) || 2));
}

/** A heading `depth` levels under `base` (the level is kept within 2–6; the look follows `depth`). */
export function heading(base: number, depth: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const rank = options.rank ?? Math.min(depth, 2);
  const id = ifDefined(options.id);
  const cls = [options.class, rank === false ? '' : `rank-${rank}`].filter(Boolean).join(' ');
  const part = ifDefined(options.part);
  const tabindex = ifDefined(options.focusable ? '-1' : undefined);
  switch (levelOf(base + depth)) {
    case 2:
      return html`<h2 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h6>`;
  }
}
