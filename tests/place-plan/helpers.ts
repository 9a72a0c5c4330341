/** The plan's test harness: one on the page with its feed, and the shared DOM helpers (tests/support/dom.ts). */
import { fixture, waitUntil } from '@open-wc/testing';
import '../../src/place-plan/index.js';
import { PlacePlanElement } from '../../src/place-plan/place-plan.js';
import { $, $$, text } from '../support/dom.js';
import { SAMPLE_FEED_URL, nextFeedEvent } from '../support/fixtures.js';

export { $, $$, focused, text } from '../support/dom.js';

// A priority's inside (priority-body.ts) comes after the plan's first screen; a resident's plan fetches it
// once it has drawn. Here it is fetched before any test opens a priority (tests/place-plan/body.test.ts
// opens one before it is there, and when it cannot come).
before(() => PlacePlanElement.parts.body.get());

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

/** A description list's terms and details as "term: detail" lines. */
export const facts = (node: Element | null | undefined) =>
  [...(node?.querySelectorAll('dl > div') ?? [])].map((d) => `${text(d.querySelector('dt'))}: ${text(d.querySelector('dd'))}`);
