import type { Decorator, Preview, StoryContext } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { render } from 'lit';
import { useEffect } from 'storybook/preview-api';
import manifest from '../dist/custom-elements.json';
import { attributeNames, extractArgTypes, extractComponentDescription, publicManifest, useManifest } from './manifest.js';
import { setPlacekitLocale } from '../src/placekit.js';

// Docs pages show only the public API (see manifest.ts).
const shown = publicManifest(manifest);
setCustomElementsManifest(shown);
useManifest(shown);

/**
 * The snippet under every example is the code to paste: the script tag, then the element as the story's
 * controls set it, with the files where "Getting started" tells people to put them (a folder called
 * `placekit` beside the page).
 */
const SCRIPT_TAG = '<script type="module" src="placekit/placekit.js"></script>';

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || value === false;
const sameValue = (a: unknown, b: unknown) => Object.is(a, b) || (isEmpty(a) && isEmpty(b));
const attributeValue = (value: unknown): string | null => (isEmpty(value) ? null : value === true ? '' : String(value));

function setAttribute(el: Element, name: string, value: string | null): void {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/**
 * The element's documented attributes whose control has been changed from the story's own value, with
 * the value each should now have. A story's render function need not know every attribute: this is how
 * every control works, including an attribute added to the element later.
 */
function changedAttributes(context: Pick<StoryContext, 'component' | 'args' | 'initialArgs'>): Map<string, string | null> {
  const changed = new Map<string, string | null>();
  if (typeof context.component !== 'string') return changed;
  for (const name of attributeNames(context.component)) {
    if (name in context.args && !sameValue(context.args[name], context.initialArgs[name])) changed.set(name, attributeValue(context.args[name]));
  }
  return changed;
}

/** Attributes this decorator set on a live element, to hand back to the story's template when the control is reset. */
const touched = new WeakMap<Element, Set<string>>();

/** Applies changed controls to the story's elements once they are on the page (see changedAttributes). */
const attributesFollowControls: Decorator = (storyFn, context) => {
  const story = storyFn();
  useEffect(() => {
    const tag = context.component;
    if (typeof tag !== 'string') return;
    const live = [...context.canvasElement.querySelectorAll(tag)];
    if (live.length === 0) return;
    const changed = changedAttributes(context);
    // What the story's own template gives each attribute, for a control set back to the story's value.
    let template: Element[] | undefined;
    const templateValue = (index: number, name: string) => {
      if (!template) {
        const container = document.createElement('div');
        if (typeof story === 'string') container.innerHTML = story;
        else if (story instanceof Node) container.append(story.cloneNode(true));
        else render(story, container);
        template = [...container.querySelectorAll(tag)];
      }
      return template[index]?.getAttribute(name) ?? null;
    };
    live.forEach((el, index) => {
      const names = touched.get(el) ?? new Set<string>();
      touched.set(el, names);
      for (const [name, value] of changed) {
        setAttribute(el, name, value);
        names.add(name);
      }
      for (const name of [...names]) {
        if (changed.has(name)) continue;
        setAttribute(el, name, templateValue(index, name));
        names.delete(name);
      }
    });
  });
  return story;
};

/** The snippet to paste: the script tag once, then the story's HTML with the changed controls applied. */
function pasteableSnippet(code: string, context: StoryContext): string {
  // Storybook may hand an already transformed snippet back: add the script tag once.
  if (code.startsWith(SCRIPT_TAG)) return code;
  let html = code;
  const changed = changedAttributes(context);
  if (changed.size > 0 && typeof context.component === 'string') {
    const template = document.createElement('template');
    template.innerHTML = html;
    for (const el of template.content.querySelectorAll(context.component)) {
      for (const [name, value] of changed) setAttribute(el, name, value);
    }
    html = template.innerHTML;
  }
  const element = html.replaceAll('sample/feed.json', 'placekit/feed.json').replace(/=""/g, '').trim();
  return `${SCRIPT_TAG}\n\n${element}`;
}

/**
 * The toolbar's language switch: every story in English, Welsh or Gaelic, as on a page with that
 * `<html lang>` (placekit has one language per page: docs/localization.md).
 */
const languageFollowsToolbar: Decorator = (storyFn, context) => {
  const language = String(context.globals.locale ?? 'en');
  useEffect(() => {
    document.documentElement.lang = language === 'en' ? 'en-GB' : language;
    void setPlacekitLocale(language);
  }, [language]);
  return storyFn();
};

const preview: Preview = {
  decorators: [attributesFollowControls, languageFollowsToolbar],
  globalTypes: {
    locale: {
      description: 'The language placekit shows in',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'cy', title: 'Cymraeg (Welsh)' },
          { value: 'gd', title: 'Gàidhlig (Gaelic)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  parameters: {
    controls: { expanded: true },
    docs: {
      extractArgTypes,
      extractComponentDescription,
      source: { language: 'html', transform: pasteableSnippet },
      canvas: { sourceState: 'shown' },
    },
  },
  tags: ['autodocs'],
};

export default preview;
