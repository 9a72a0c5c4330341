import type { Plugin } from 'vite';

export const BLOCK_TAGS: Set<string>;
export function minifyHtmlParts(parts: string[]): string[];
export function minifyCssText(css: string): string;
export function templateEdits(code: string, options?: { lang?: 'ts' | 'js' }): Array<{ start: number; end: number; text: string }>;
export function applyEdits(code: string, edits: Array<{ start: number; end: number; text: string }>, source: string): { code: string; map: object };
export function minifyTemplates(options?: { include?: RegExp }): Plugin;
