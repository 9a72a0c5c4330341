/**
 * What the formatter (sanitize.ts, loaded on demand) gives `rich-text.ts`: declared here, types only, so
 * that rich-text.ts names it without importing sanitize.ts (which would make an import cycle).
 */
import type { nothing, TemplateResult } from 'lit';

export interface Formatter {
  /** A text with markup as formatted text, its headings from `level`, `lead` starting the first paragraph. */
  formatted(text: string, level: number, lead?: unknown): TemplateResult[] | typeof nothing;
}
