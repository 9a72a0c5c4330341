import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../dist/custom-elements.json';
import '../src/placekit.js';

setCustomElementsManifest(manifest);

/**
 * The snippet under every example is the code to paste: the script tag, then the element as the story's
 * controls set it, with the feed where "Getting started" tells people to put theirs.
 */
const SCRIPT_TAG = '<script type="module" src="placekit/placekit.js"></script>';

function pasteableSnippet(code: string): string {
  // Storybook may hand an already transformed snippet back: add the script tag once.
  if (code.startsWith(SCRIPT_TAG)) return code;
  const element = code.replaceAll('sample/feed.json', 'placekit/feed.json').replace(/=""/g, '').trim();
  return `${SCRIPT_TAG}\n\n${element}`;
}

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    docs: { source: { language: 'html', transform: pasteableSnippet }, canvas: { sourceState: 'shown' } },
  },
  tags: ['autodocs'],
};

export default preview;
