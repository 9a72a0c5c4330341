import type { Plugin } from 'vite';

export function partDependencies(options: { waitedFor: RegExp }): Plugin;
