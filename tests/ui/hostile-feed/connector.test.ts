/**
 * The hostile-feed corpus (see directory.test.ts) in <place-connector>, every record case in one feed: each case shows,
 * or its record is left out alone (the element then shows what it shows for a missing one), nothing runs,
 * no uncaught error, nothing unsafe reaches the shadow root. One file per element: each reads the 21 MB
 * feed within the test runner's time for one file.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/place-connector/index.js';
import { nextFeedEvent } from '../../support/fixtures.js';
import { type Corpus, clean, setUp, shown, tearDown } from '../../support/hostile-feed-page.js';

let corpus: Corpus;
before(async function () {
  this.timeout(120_000);
  corpus = await setUp(true);
});
after(tearDown);

type Chosen = HTMLElement & { plan?: string; connector?: string; form?: string; updateComplete: Promise<boolean> };
const of = (section: string) => corpus.placed.filter((p) => p.section === section);

describe('Hostile feed values in <place-connector>', function () {
  this.timeout(240_000);

  it('<place-connector>: every connector case shows the card, or the card is left out alone', async () => {
    const loaded = nextFeedEvent();
    const el = await fixture<Chosen>(html`<place-connector connector="good-connector" feed=${corpus.feedUrl}></place-connector>`);
    await loaded;
    expect(await shown(el, 'the good card')).to.equal('content');
    for (const p of of('connectors')) {
      el.connector = p.id;
      await el.updateComplete;
      expect(await shown(el, p.hostile.name), p.hostile.name).to.equal('content');
      if (p.hostile.expect !== 'skipped') expect(el.shadowRoot!.querySelector('.card'), p.hostile.name).not.to.equal(null);
      // A megabyte of name is shortened (laying it out froze the page for 14 s, and the plan that embeds the card).
      for (const name of el.shadowRoot!.querySelectorAll('[part~="name"]')) expect(name.textContent!.trim().length, p.hostile.name).to.be.at.most(301);
    }
    await clean(el);
  });
});
