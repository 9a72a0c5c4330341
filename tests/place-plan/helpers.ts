/** Shared helpers for the plan's element tests. */
import { fixture, waitUntil } from '@open-wc/testing';
import '../../src/place-plan/index.js';
import type { PlacePlanElement } from '../../src/place-plan/place-plan.js';
import { SAMPLE_FEED_URL, nextFeedEvent } from '../support/fixtures.js';

/** A plan element on the page, its feed loaded and rendered; resolves with the load event too. */
export async function planElement(attributes = '', feed = SAMPLE_FEED_URL): Promise<PlacePlanElement> {
  return (await planWithEvent(attributes, feed)).el;
}

export async function planWithEvent(attributes = '', feed = SAMPLE_FEED_URL): Promise<{ el: PlacePlanElement; event: CustomEvent }> {
  const loaded = nextFeedEvent();
  const el = await fixture<PlacePlanElement>(`<place-plan feed="${feed}" ${attributes}></place-plan>`);
  const event = await loaded;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('h2, h3, h4, h5, h6'), 'plan rendered');
  return { el, event };
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Chooses an option of a select, as a resident would. */
export async function choose(el: PlacePlanElement, id: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** The toggle button of the priority with this title. */
export function toggleFor(el: Element, title: string): HTMLButtonElement {
  const button = $$<HTMLButtonElement>(el, '[part="priority-toggle"]').find((b) => text(b) === title);
  if (!button) throw new Error(`no priority "${title}"`);
  return button;
}

/** The region a toggle controls. */
export const regionOf = (el: Element, button: Element) => el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;

export const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

/** A description list's terms and details as "term: detail" lines. */
export const facts = (node: Element | null | undefined) =>
  [...(node?.querySelectorAll('dl > div') ?? [])].map((d) => `${text(d.querySelector('dt'))}: ${text(d.querySelector('dd'))}`);
