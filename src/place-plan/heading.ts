/**
 * Headings at the level the page asks for (`heading-level`, 2 to 6): the plan's title at that level,
 * the sections under it one lower, and so on, never deeper than `h6`. Real `h2`–`h6` elements, drawn
 * by their place in the plan (class `rank-0` for the title 1.5em, `rank-1` for its sections 1.2em,
 * `rank-2` and deeper 1em, all bold), so they look the same whatever level the page asks for and a
 * heading is never drawn larger than the one it sits under.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface HeadingOptions {
  id?: string;
  class?: string;
  /** Focus can be moved to it from script (`tabindex="-1"`). */
  focusable?: boolean;
}

/** The level from the attribute: a whole number from 2 to 6 (2 when missing or not a number). */
export function levelOf(value: unknown): number {
  return Math.min(6, Math.max(2, Math.round(Number(value)) || 2));
}

/** A heading `depth` levels under `base` (the level is clamped to 2–6; the look follows `depth`). */
export function heading(base: number, depth: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const level = base + depth;
  const id = ifDefined(options.id);
  const cls = [`rank-${Math.min(depth, 2)}`, options.class].filter(Boolean).join(' ');
  const tabindex = ifDefined(options.focusable ? '-1' : undefined);
  switch (Math.min(6, Math.max(2, level))) {
    case 2:
      return html`<h2 id=${id} class=${cls} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${cls} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${cls} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${cls} tabindex=${tabindex}>${content}</h6>`;
  }
}
