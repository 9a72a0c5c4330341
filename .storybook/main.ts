/**
 * Storybook: the catalogue council web teams use. Stories live in stories/, one folder per element;
 * docs pages are generated from the custom-elements manifest (npm run manifest writes it first).
 * Works offline: telemetry off, no network at build time.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  staticDirs: [{ from: '../sample', to: '/sample' }],
  docs: { defaultName: 'Docs' },
  // Storybook's own UI bundles are large by nature; the warning says nothing about placekit.
  viteFinal: (config) => ({ ...config, build: { ...config.build, chunkSizeWarningLimit: 2000 } }),
};

export default config;
