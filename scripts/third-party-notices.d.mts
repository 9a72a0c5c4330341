import type { Plugin } from 'vite';

type Found = { folder: string; pkg: { name: string; version: string; license?: string | { type: string }; repository?: string | { url: string } } };

export function packageOf(file: string): Found | undefined;
export function notice(folder: string, pkg: Found['pkg']): { text?: string; problem?: string };
export function noticesText(packages: Map<string, Found>, title: string): { problems: string[]; text: string };
export function thirdPartyNotices(options: { fileName: string; title: string }): Plugin;
