import type { Plugin } from 'vite';

export function staticPropertyEdits(code: string): Array<{ start: number; end: number; text: string }>;
export function litStaticProperties(options?: { include?: RegExp }): Plugin;
