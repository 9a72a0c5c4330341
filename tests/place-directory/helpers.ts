/** Shared helpers for the directory's element tests. */
import { fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/place-directory/index.js';
import type { PlaceDirectoryElement } from '../../src/place-directory/place-directory.js';
import { $, $$ } from '../support/dom.js';
import { SAMPLE_FEED_URL, nextFeedEvent } from '../support/fixtures.js';

/** A directory on the page, its feed loaded and its first results shown (with the filter controls, a part that comes beside them). */
export async function directory(attributes = '', feed = SAMPLE_FEED_URL): Promise<PlaceDirectoryElement> {
  const loaded = nextFeedEvent();
  const el = await fixture<PlaceDirectoryElement>(`<place-directory feed="${feed}" ${attributes}></place-directory>`);
  await loaded;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('#results-title, .details') && filtersReady(el), 'results shown', { timeout: 5000 });
  return el;
}

/** The filter controls are drawn (or there is no list to filter: a result's details, or a failure). */
export const filtersReady = (el: Element) => !el.shadowRoot!.querySelector('.filters') || el.shadowRoot!.querySelector('.filters :is(select, input, .field)');

export { $, $$, focused } from '../support/dom.js';
export const resultNames = (el: Element) => $$(el, '.result h3').map((h) => h.textContent!.trim());
export const heading = (el: Element) => $(el, '#results-title').textContent!.trim();

/** Waits for the search the directory has asked its source for (the first search with words waits for the text index). */
export async function answered(el: PlaceDirectoryElement): Promise<void> {
  await el.updateComplete;
  await (el as unknown as { searches: { pending?: Promise<void> } }).searches.pending;
  await el.updateComplete;
}

/** Types into the search box, as a resident would, and waits for the list. */
export async function type(el: PlaceDirectoryElement, text: string): Promise<void> {
  $(el, '#query').focus();
  await sendKeys({ type: text });
  await answered(el);
}

/** Chooses an option of a filter (a select, or a group of radios), as a resident would. */
export async function choose(el: PlaceDirectoryElement, id: string, value: string): Promise<void> {
  const control = $<HTMLSelectElement | HTMLFieldSetElement>(el, `#${id}`);
  if (control instanceof HTMLFieldSetElement) {
    control.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
  } else {
    control.value = value;
    control.dispatchEvent(new Event('change'));
  }
  await el.updateComplete;
}

/** The value a filter has: its select's, or its checked radio's. */
export const chosen = (el: PlaceDirectoryElement, id: string) =>
  $<HTMLSelectElement>(el, `select#${id}`)?.value ?? $<HTMLInputElement>(el, `#${id} input:checked`)?.value;
