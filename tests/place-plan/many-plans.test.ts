/**
 * A feed with thousands of plans (issue 22): the list draws a page of tiles at a time with "Show more",
 * still finds any plan by its area, opens it, and comes back to its tile; a title of any length is
 * shortened on its tile (150 characters) and on the plan's heading (300). How long the list's tasks take is the bench's
 * (bench/suites/long-tasks.mjs), not these tests'.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PAGE } from '../../src/place-plan/plan-list.js';
import { expectAccessible } from '../support/axe.js';
import { blobUrl } from '../support/hostile-feed-page.js';
import { minimalFeed } from '../support/fixtures.js';
import { $, $$, choose, focused, planElement, text } from './helpers.js';

const PLANS = 2000;
const AREAS = 500;

/** Plan n: in area n % AREAS, running later for a higher n, with n + 1 actions of which one is complete. */
function manyPlans(longTitle = 'T'.repeat(200_000)) {
  return minimalFeed({
    areas: Array.from({ length: AREAS }, (_, a) => ({ id: `area-${a}`, name: `Area ${a}` })),
    locality_plans: Array.from({ length: PLANS }, (_, n) => ({
      id: `plan-${n}`,
      area_id: `area-${n % AREAS}`,
      title: n === 1 ? longTitle : `Plan ${n}`,
      period_start: `${2000 + Math.floor(n / AREAS)}`,
      period_end: `${2004 + Math.floor(n / AREAS)}`,
      priorities: [
        {
          id: 'p',
          title: 'Warm homes',
          actions: Array.from({ length: (n % 5) + 1 }, (_, a) => ({ id: `a${a}`, title: `Action ${a}`, status: a === 0 ? 'complete' : 'on_track' })),
        },
      ],
    })),
  });
}

let feedUrl: string;
before(() => {
  feedUrl = blobUrl(manyPlans());
});

const tiles = (el: HTMLElement) => $$(el, '[part="tile"]');

describe('<place-plan> with thousands of plans', function () {
  this.timeout(60_000);

  it('draws a page of tiles with their counts, and shows more on request with focus on the first new tile', async () => {
    const el = await planElement('', feedUrl);
    await waitUntil(() => tiles(el).length > 0, 'tiles');
    expect(tiles(el)).to.have.length(PAGE);
    expect(text($(el, '.more-plans'))).to.contain(`Showing ${PAGE} of 2,000 Locality Plans.`);
    await waitUntil(() => !text($(el, '.tiles')).includes('Counting progress'), 'every tile counted');
    expect(text(tiles(el)[3])).to.contain('1 of 4 actions complete');
    const more = $<HTMLButtonElement>(el, '.more-plans button');
    expect(text(more)).to.equal(`Show ${PAGE} more`);
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(tiles(el)).to.have.length(2 * PAGE);
    await waitUntil(() => focused(el)?.dataset.plan === `plan-${PAGE}`, 'focus on the first new tile');
    await expectAccessible(el);
  });

  it('shortens a 200,000-character title on its tile and at most 300 on the plan’s heading', async () => {
    const el = await planElement('', feedUrl);
    await waitUntil(() => tiles(el).length > 0, 'tiles');
    const title = text(tiles(el)[1].querySelector('button'));
    expect(title.length).to.be.within(2, 151);
    expect(title.endsWith('…')).to.be.true;
    tiles(el)[1].querySelector('button')!.click();
    await waitUntil(() => $(el, '#plan-title'), 'the plan');
    expect(text($(el, '#plan-title')).length).to.be.within(150, 301);
  });

  it("finds the last area's latest plan with the chooser, and Back to the list focuses its tile far down the list", async () => {
    const el = await planElement('', feedUrl);
    await waitUntil(() => $(el, '.area-chooser select'), 'the chooser');
    await choose(el, $<HTMLSelectElement>(el, '.area-chooser select').id, `area-${AREAS - 1}`);
    $<HTMLButtonElement>(el, '.area-chooser .confirm').click();
    // The latest of area-499's four plans (499, 999, 1499, 1999) is the last one.
    await waitUntil(() => text($(el, '#plan-title')) === `Plan ${PLANS - 1}`, 'the latest plan of the area');
    $<HTMLButtonElement>(el, '.back button').click();
    await waitUntil(() => focused(el)?.dataset.plan === `plan-${PLANS - 1}`, 'focus on its tile, drawn though past the first page');
    expect(tiles(el)).to.have.length(PLANS);
  });
});
