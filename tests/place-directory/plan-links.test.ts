/**
 * From an opportunity in the directory to the plan priority it serves, and from the plan back to the
 * opportunity: the directory's `plan-href` pattern links an opportunity's details to the page's
 * `<place-plan sync-url>`, which opens that priority, where "How you can help" lists the opportunity.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
// The plan, with its priorities' insides fetched before a test opens one (tests/place-plan/helpers.ts).
import '../place-plan/helpers.js';
import type { PlacePlanElement } from '../../src/place-plan/place-plan.js';
import { expectAccessible } from '../support/axe.js';
import { feedDataUrl, minimalFeed, nextFeedEvent } from '../support/fixtures.js';
import { $, $$, directory } from './helpers.js';

const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const FEED = feedDataUrl(
  minimalFeed({
    areas: [{ id: 'parkhead', name: 'Parkhead', postcode_districts: ['G31'] }],
    opportunities: [
      { id: 'forum', kind: 'meeting', name: 'Parkhead community forum', area_ids: ['parkhead'], online: true },
      { id: 'gala', kind: 'event', name: 'Gala day', area_ids: ['parkhead'], priority_ids: ['say', 'streets'] },
      { id: 'other', kind: 'volunteering', name: 'Litter picking', area_ids: ['parkhead'] },
    ],
    locality_plans: [
      {
        id: 'parkhead-plan',
        area_id: 'parkhead',
        title: 'Parkhead Locality Plan',
        priorities: [
          { id: 'streets', title: 'Safer streets' },
          { id: 'say', title: 'A real say in decisions', opportunity_ids: ['forum'] },
        ],
      },
    ],
  }),
);

async function openDetails(el: HTMLElement & { updateComplete: Promise<boolean> }, name: string): Promise<HTMLElement> {
  const link = $$(el, '[data-id]').find((a) => words(a).includes(name));
  if (!link) throw new Error(`no result ${name}`);
  link.click();
  await waitUntil(() => $(el, '#details-title'), 'details');
  return $(el, '.details') ?? el.shadowRoot!.firstElementChild!;
}

describe('<place-directory>: the plan priority an opportunity serves', function () {
  // axe over these states takes seconds on a busy machine.
  this.timeout(30_000);
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('names it in the details, linked by the page’s pattern, whichever side of the feed names the link', async () => {
    const el = await directory('plan-href="/plans?pp-plan={plan}&amp;pp-open={priority}"', FEED);
    await openDetails(el, 'Parkhead community forum');
    const section = $(el, '[part="serves-plan"]');
    expect(words(section.querySelector('h3'))).to.equal('Part of the Locality Plan');
    const links = [...section.querySelectorAll('a')];
    expect(links.map((a) => [words(a), a.getAttribute('href')])).to.deep.equal([['A real say in decisions', '/plans?pp-plan=parkhead-plan&pp-open=say']]);
    expect(words(section.querySelector('li'))).to.equal('A real say in decisions (Parkhead Locality Plan)');
    await expectAccessible(el);

    $<HTMLButtonElement>(el, '.back').click();
    await waitUntil(() => $(el, '[data-id]'));
    await openDetails(el, 'Gala day');
    expect([...$(el, '[part="serves-plan"]').querySelectorAll('li')].map((li) => words(li))).to.deep.equal([
      'Safer streets (Parkhead Locality Plan)',
      'A real say in decisions (Parkhead Locality Plan)',
    ]);
  });

  it('names it without a link when the page gives no pattern (or one with another scheme), and says nothing for an opportunity that serves none', async () => {
    const el = await directory('', FEED);
    await openDetails(el, 'Parkhead community forum');
    expect($(el, '[part="serves-plan"] a')).to.equal(null);
    expect(words($(el, '[part="serves-plan"] li'))).to.equal('A real say in decisions (Parkhead Locality Plan)');
    const hostile = await directory('plan-href="javascript:alert({plan})"', FEED);
    await openDetails(hostile, 'Parkhead community forum');
    expect($(hostile, '[part="serves-plan"] a')).to.equal(null);
    const none = await directory('plan-href="/plans?pp-open={priority}"', FEED);
    await openDetails(none, 'Litter picking');
    expect($(none, '[part="serves-plan"]')).to.equal(null);
  });

  it('leads to the plan, which opens the priority and lists the opportunity under "How you can help"', async () => {
    const el = await directory('plan-href="?pp-plan={plan}&amp;pp-open={priority}"', FEED);
    await openDetails(el, 'Parkhead community forum');
    const href = $<HTMLAnchorElement>(el, '[part="serves-plan"] a').getAttribute('href')!;
    // The page the link leads to: here, the same test page with the plan's address.
    history.replaceState(null, '', href);
    const loaded = nextFeedEvent();
    const plan = await fixture<PlacePlanElement>(`<place-plan feed="${FEED}" sync-url></place-plan>`);
    await loaded;
    await waitUntil(() => plan.shadowRoot!.querySelector('[part="how-to-help"]'), 'the priority is open, with how to help');
    const toggle = [...plan.shadowRoot!.querySelectorAll('[part="priority-toggle"]')].find((b) => words(b) === 'A real say in decisions')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const help = plan.shadowRoot!.querySelector('[part="how-to-help"]')!;
    expect([...help.querySelectorAll('.opportunity-title')].map((n) => words(n))).to.deep.equal(['Parkhead community forum', 'Gala day']);
    await expectAccessible(plan);
  });

  it('names in a service’s details the priorities it delivers, named by a priority or by one of its actions', async () => {
    const feed = feedDataUrl(
      minimalFeed({
        areas: [{ id: 'parkhead', name: 'Parkhead', postcode_districts: ['G31'] }],
        services: [
          { id: 'advice', name: 'Money advice desk', description: 'Free advice.' },
          { id: 'pantry', name: 'Food pantry', description: 'Food at low cost.' },
        ],
        locality_plans: [
          {
            id: 'parkhead-plan',
            area_id: 'parkhead',
            title: 'Parkhead Locality Plan',
            priorities: [
              { id: 'money', title: 'Money in people’s pockets', service_ids: ['advice'] },
              { id: 'food', title: 'Nobody goes hungry', actions: [{ id: 'a1', title: 'Open a pantry', service_ids: ['advice'] }] },
            ],
          },
        ],
      }),
    );
    const el = await directory('plan-href="/plans?pp-plan={plan}&amp;pp-open={priority}"', feed);
    await openDetails(el, 'Money advice desk');
    const section = $(el, '[part="serves-plan"]');
    expect(words(section.querySelector('h3'))).to.equal('Part of the Locality Plan');
    expect([...section.querySelectorAll('a')].map((a) => [words(a), a.getAttribute('href')])).to.deep.equal([
      ['Money in people’s pockets', '/plans?pp-plan=parkhead-plan&pp-open=money'],
      ['Nobody goes hungry', '/plans?pp-plan=parkhead-plan&pp-open=food'],
    ]);
    await expectAccessible(el);
    $<HTMLButtonElement>(el, '.back').click();
    await waitUntil(() => $(el, '[data-id]'));
    await openDetails(el, 'Food pantry');
    expect($(el, '[part="serves-plan"]')).to.equal(null);
  });
});
