/**
 * What the formatter (sanitize.ts, loaded on demand) gives `rich-text.ts`: declared here, types only, so
 * that rich-text.ts names it without importing sanitize.ts (which would make an import cycle).
 */
import type { ReactiveElement } from 'lit';

export interface Formatter {
  /**
   * A text with markup, or a long one, as formatted text, its headings from `level`, `lead` starting the
   * first paragraph; a text longer than `LONG_TEXT` in parts with "Show more" (`host` draws again at each).
   */
  formatted(text: string, level: number, lead?: unknown, host?: ReactiveElement): unknown;
}
