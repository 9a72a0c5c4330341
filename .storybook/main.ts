/**
 * Storybook: the catalogue council web teams use. Stories live in stories/, one folder per element;
 * docs pages are generated from the custom-elements manifest (npm run manifest writes it first).
 * Works offline: telemetry off, no network at build time.
 *
 * The catalogue also hands out the files "Getting started" tells people to download, at /downloads/:
 * placekit.zip (the files for a page: placekit.js, its chunks/, placekit-validator.js, the iframe page and
 * the licences), the sample feed and the feed's JSON Schema. They come from dist/, so run `npm run build` before `npm run build-storybook`; a
 * missing file is named in the build's output (and the story check fails on its broken link).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StorybookConfig } from '@storybook/web-components-vite';

const root = resolve(import.meta.dirname, '..');

/** What /downloads/ holds: the name a site saves it under, and where it comes from. */
const DOWNLOADS: Record<string, string> = {
  'placekit.zip': 'dist/placekit.zip',
  'feed.json': 'sample/feed.json',
  'feed.schema.json': 'dist/feed.schema.json',
};

function downloads(): { from: string; to: string }[] {
  const found = Object.entries(DOWNLOADS).filter(([, from]) => existsSync(resolve(root, from)));
  const missing = Object.entries(DOWNLOADS).filter(([, from]) => !existsSync(resolve(root, from)));
  if (missing.length > 0) {
    console.warn(
      `placekit: ${missing.map(([, from]) => from).join(', ')} missing: run npm run build first, or Getting started's download links will not work.`,
    );
  }
  return found.map(([name, from]) => ({ from: `../${from}`, to: `/downloads/${name}` }));
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  // The connector stories' own small feeds, so their snippets name a short file rather than a data: URL.
  staticDirs: [{ from: '../sample', to: '/sample' }, { from: '../stories/place-connector/feeds', to: '/feeds/place-connector' }, ...downloads()],
  docs: { defaultName: 'Docs' },
  // Storybook's own UI bundles are large by nature; the warning says nothing about placekit.
  viteFinal: (config) => ({ ...config, build: { ...config.build, chunkSizeWarningLimit: 2000 } }),
};

export default config;
