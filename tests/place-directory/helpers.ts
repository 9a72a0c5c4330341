/** Shared helpers for the directory's element tests. */
import { fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/place-directory/index.js';
import type { PlaceDirectoryElement } from '../../src/place-directory/place-directory.js';
import { $, $$ } from '../support/dom.js';
import { SAMPLE_FEED_URL, nextFeedEvent } from '../support/fixtures.js';

/** A directory on the page, its feed loaded and its first results shown. */
export async function directory(attributes = '', feed = SAMPLE_FEED_URL): Promise<PlaceDirectoryElement> {
  const loaded = nextFeedEvent();
  const el = await fixture<PlaceDirectoryElement>(`<place-directory feed="${feed}" ${attributes}></place-directory>`);
  await loaded;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('#results-title, .details'), 'results shown');
  return el;
}

export { $, $$, focused } from '../support/dom.js';
export const resultNames = (el: Element) => $$(el, '.result h3').map((h) => h.textContent!.trim());
export const heading = (el: Element) => $(el, '#results-title').textContent!.trim();

/** Waits for the search the directory has asked its source for (the first search with words waits for the text index). */
export async function answered(el: PlaceDirectoryElement): Promise<void> {
  await el.updateComplete;
  await (el as unknown as { pending?: Promise<void> }).pending;
  await el.updateComplete;
}

/** Types into the search box, as a resident would, and waits for the list. */
export async function type(el: PlaceDirectoryElement, text: string): Promise<void> {
  $(el, '#query').focus();
  await sendKeys({ type: text });
  await answered(el);
}

/** Chooses an option of a filter's select, as a resident would. */
export async function choose(el: PlaceDirectoryElement, id: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}
