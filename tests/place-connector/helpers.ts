/** The connector's test harness: one on the page with its feed, its test feeds, and the shared DOM helpers (tests/support/dom.ts). */
import { fixture, waitUntil } from '@open-wc/testing';
import '../../src/place-connector/index.js';
import type { PlaceConnectorElement } from '../../src/place-connector/place-connector.js';
import { $$, text } from '../support/dom.js';
import { SAMPLE_FEED_URL, feedDataUrl, minimalFeed, nextFeedEvent } from '../support/fixtures.js';

export { $, $$, focused, text } from '../support/dom.js';

/** A connector element on the page with its feed loaded and rendered. */
export async function connectorElement(attributes = '', feed = SAMPLE_FEED_URL, now?: Date): Promise<PlaceConnectorElement> {
  const loaded = nextFeedEvent();
  const el = await fixture<PlaceConnectorElement>(`<place-connector feed="${feed}" ${attributes}><p>Fallback: call 0141 496 0504</p></place-connector>`);
  if (now) el.now = () => now;
  await loaded;
  el.requestUpdate();
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('.cards, .area-chooser, .notice'), 'connector rendered');
  return el;
}

export const names = (el: Element) => $$(el, '[part="name"]').map(text);

/** The accessible name of each link: its `aria-label`, else its text (links carry no hidden text). */
export const linkNames = (root: Element) => [...root.querySelectorAll('a')].map((a) => a.getAttribute('aria-label') ?? text(a));

/** A test area, and a feed with it and the given connectors. */
export const AREA = { id: 'riverside', name: 'Riverside', postcode_districts: ['G40'] };
export const OTHER = { id: 'hillside', name: 'Hillside', postcode_districts: ['G41'] };
export function connectorFeed(connectors: unknown[], areas: unknown[] = [AREA, OTHER]): string {
  return feedDataUrl(minimalFeed({ areas, connectors }));
}
export const TSI = {
  id: 'tsi',
  name: 'Morven Gillies',
  role: 'third_sector_interface',
  organization: { name: 'Example Voluntary Action' },
  phones: [{ number: '0141 496 0504', type: 'voice' }],
  email: 'morven@example.org',
};
