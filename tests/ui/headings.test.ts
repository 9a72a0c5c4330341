/**
 * One heading mechanism (src/ui/heading.ts): every element takes `heading-level` and draws real `h2`–`h6`
 * elements from that level down, one level at a time, in the DOM and in the accessibility tree. Each
 * element at heading-level 2 and 4, in the states that hold headings (lists, details, notices, forms).
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/place-connector/index.js';
import '../../src/place-directory/index.js';
import '../../src/place-feedback/index.js';
// The plan, with its priorities' insides fetched before a test opens one (tests/place-plan/helpers.ts).
import '../place-plan/helpers.js';
import type { PlaceElement } from '../../src/ui/place-element.js';
import { SAMPLE_FEED_URL, nextFeedEvent } from '../support/fixtures.js';

/** The visible headings in a shadow root and the shadow roots inside it, in order, as [level, text]. */
function outline(root: ShadowRoot): Array<[number, string]> {
  const found: Array<[number, string]> = [];
  const visit = (node: ShadowRoot) => {
    for (const el of node.querySelectorAll<HTMLElement>('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      if (/^h[1-6]$/.test(el.localName) && el.getClientRects().length) found.push([Number(el.localName[1]), el.textContent!.replace(/\s+/g, ' ').trim()]);
    }
  };
  visit(root);
  return found;
}

/** The headings the accessibility tree has, as [level, name] (tests/support/server/commands.js). */
const treeHeadings = () => executeServerCommand<Array<[number, string]>, undefined>('accessibility-headings');

/** Starts at `level`, never above it, never skips one on the way down; no ARIA stand-ins; the accessibility tree agrees. */
async function expectOutline(el: HTMLElement, level: number, state: string): Promise<Array<[number, string]>> {
  const headings = outline(el.shadowRoot!);
  expect(headings.length, `${state}: has headings`).to.be.greaterThan(0);
  expect(headings[0][0], `${state}: "${headings[0][1]}" is the first heading`).to.equal(level);
  headings.forEach(([at, text], i) => {
    expect(at, `${state}: "${text}" is not above the element's level`).to.be.at.least(level);
    if (i > 0) expect(at, `${state}: "${text}" after "${headings[i - 1][1]}"`).to.be.at.most(headings[i - 1][0] + 1);
  });
  expect(el.shadowRoot!.querySelector('[role="heading"], [aria-level]'), `${state}: real headings only`).to.equal(null);
  expect(await treeHeadings(), `${state}: the accessibility tree has the same headings`).to.deep.equal(headings);
  return headings;
}

async function load<T extends PlaceElement>(markup: string): Promise<T> {
  const loaded = nextFeedEvent();
  const el = await fixture<T>(markup);
  await loaded;
  await el.updateComplete;
  return el;
}

const inside = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

describe('heading-level, the same way in every element', () => {
  before(() => setViewport({ width: 1200, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const level of [2, 4]) {
    it(`<place-directory heading-level="${level}">: the filters, the count and each result, then a result's details and an empty search`, async () => {
      const el = await load<PlaceElement>(`<place-directory feed="${SAMPLE_FEED_URL}" heading-level="${level}"></place-directory>`);
      await waitUntil(() => inside(el, '#results-title'), 'results');
      const list = await expectOutline(el, level, 'list');
      expect(list.slice(0, 3).map(([at]) => at)).to.deep.equal([level, level, level + 1]);
      inside(el, '[data-id]')!.click();
      await waitUntil(() => inside(el, '#details-title'), 'details');
      const details = await expectOutline(el, level, 'details');
      expect(details.filter(([at]) => at === level + 1).length, 'sections under the name').to.be.greaterThan(2);
      inside(el, '.back')!.click();
      await waitUntil(() => inside(el, '#query'), 'the list again');
      const query = inside(el, '#query') as HTMLInputElement;
      query.value = 'xqzzyv';
      query.dispatchEvent(new Event('input'));
      inside(el, 'form.search')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await waitUntil(() => inside(el, '.no-results .title'), 'nothing matches');
      const none = await expectOutline(el, level, 'nothing matches');
      expect(none).to.deep.include([level + 1, 'Nothing matches your search and filters.']);
    });

    it(`<place-plan heading-level="${level}">: the list of plans, then a plan with every priority open, its actions and indicators`, async () => {
      const list = await load<PlaceElement>(`<place-plan feed="${SAMPLE_FEED_URL}" heading-level="${level}"></place-plan>`);
      await waitUntil(() => inside(list, '#plans-heading'), 'the list');
      await expectOutline(list, level, 'list');
      list.remove();
      const el = await load<PlaceElement>(`<place-plan feed="${SAMPLE_FEED_URL}" area="parkhead" heading-level="${level}"></place-plan>`);
      // Closing the loop (you said we did, how to help, the compass) is a part loaded on demand: its headings too.
      await waitUntil(() => inside(el, '[part="you-said"]'), 'closing the loop');
      inside(el, '.expand-all')!.click();
      await el.updateComplete;
      const plan = await expectOutline(el, level, 'plan');
      const action = inside(el, '.action-title')!;
      expect(action.localName, 'an action title is a heading, under "What partners will do"').to.equal(`h${Math.min(6, level + 3)}`);
      expect(plan.some(([, text]) => text === action.textContent!.trim())).to.be.true;
    });

    it(`<place-connector heading-level="${level}">: a card's name and its sections`, async () => {
      const el = await load<PlaceElement>(`<place-connector feed="${SAMPLE_FEED_URL}" area="parkhead" heading-level="${level}"></place-connector>`);
      await waitUntil(() => inside(el, '[part="name"]'), 'a card');
      const card = await expectOutline(el, level, 'card');
      expect(card.map(([at]) => at)).to.deep.equal([level, level + 1, level + 1, level + 1, level + 1]);
    });

    it(`<place-feedback heading-level="${level}">: the form's title and "How we use your answers", then "There is a problem"`, async () => {
      const el = await load<PlaceElement>(`<place-feedback feed="${SAMPLE_FEED_URL}" form="plan-feedback" heading-level="${level}"></place-feedback>`);
      await waitUntil(() => inside(el, 'form'), 'the form');
      const form = await expectOutline(el, level, 'form');
      expect(form.slice(0, 2)).to.deep.equal([
        [level, 'Have your say on the Locality Plan'],
        [level + 1, 'How we use your answers'],
      ]);
      inside(el, 'button.submit')!.click();
      await waitUntil(() => inside(el, '.error-summary'), 'the errors');
      const errors = await expectOutline(el, level, 'errors');
      expect(errors[0]).to.deep.equal([level, 'There is a problem']);
    });
  }
});
