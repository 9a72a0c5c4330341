/**
 * The hostile-feed corpus (see directory.test.ts) in <place-plan>, every record case in one feed: each case shows,
 * or its record is left out alone (the element then shows what it shows for a missing one), nothing runs,
 * no uncaught error, nothing unsafe reaches the shadow root. One file per element: each reads the 21 MB
 * feed within the test runner's time for one file.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/place-plan/index.js';
import { nextFeedEvent } from '../../support/fixtures.js';
import { BOUND, type Corpus, clean, setUp, shown, tearDown } from '../../support/hostile-feed-page.js';

let corpus: Corpus;
before(async function () {
  this.timeout(120_000);
  corpus = await setUp(true);
});
after(tearDown);

type Chosen = HTMLElement & { plan?: string; connector?: string; form?: string; updateComplete: Promise<boolean> };
const of = (section: string) => corpus.placed.filter((p) => p.section === section);

describe('Hostile feed values in <place-plan>', function () {
  this.timeout(240_000);

  it('<place-plan>: every plan case shows the plan, or the plan is left out alone', async () => {
    const loaded = nextFeedEvent();
    const el = await fixture<Chosen>(html`<place-plan plan="good-plan" feed=${corpus.feedUrl}></place-plan>`);
    await loaded;
    expect(await shown(el, 'the good plan')).to.equal('content');
    const ids = new Set((el as Chosen & { feedResult: { feed: { locality_plans: Array<{ id: string }> } } }).feedResult.feed.locality_plans.map((x) => x.id));
    for (const p of of('locality_plans')) {
      // A skipped plan is left out of the feed alone (asking for it shows the list of every plan: see below).
      expect(ids.has(p.id!), p.hostile.name).to.equal(p.hostile.expect !== 'skipped');
      if (p.hostile.expect === 'skipped') continue;
      el.plan = p.id;
      await el.updateComplete;
      expect(await shown(el, p.hostile.name), p.hostile.name).to.equal('content');
      expect(el.shadowRoot!.getElementById('plan-title'), p.hostile.name).not.to.equal(null);
    }
    await clean(el);
  });

  it('<place-plan> without a plan lists every plan of the corpus, each title on its tile shortened, and opens the one chosen', async () => {
    const loaded = nextFeedEvent();
    const el = await fixture<Chosen>(html`<place-plan feed=${corpus.feedUrl}></place-plan>`);
    await loaded;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="tile"]'), 'the tiles', { timeout: BOUND });
    const kept = of('locality_plans').filter((p) => p.hostile.expect !== 'skipped');
    const buttons = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="tile"] button[data-plan]')];
    expect(buttons().map((b) => b.dataset.plan)).to.deep.equal(['good-plan', ...kept.map((p) => p.id)]);
    for (const b of buttons()) expect(b.textContent!.trim().length, b.dataset.plan).to.be.at.most(151);
    await waitUntil(() => !el.shadowRoot!.querySelector('.tiles')!.textContent!.includes('Counting progress'), 'every tile counted', { timeout: BOUND });
    const long = kept.find((p) => p.hostile.name === 'plan title of 200 KB')!;
    buttons()
      .find((b) => b.dataset.plan === long.id)!
      .click();
    await waitUntil(() => el.shadowRoot!.getElementById('plan-title'), 'the plan chosen', { timeout: BOUND });
    expect(el.shadowRoot!.getElementById('plan-title')!.textContent!.trim()).to.match(/^T{150,300}…$/);
    await clean(el);
  });
});
