import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../dist/custom-elements.json';
import '../src/placekit.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    docs: { source: { language: 'html' } },
  },
  tags: ['autodocs'],
};

export default preview;
