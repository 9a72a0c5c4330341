/**
 * The hostile-feed corpus (see directory.test.ts) in <place-feedback>, every record case in one feed: each case shows,
 * or its record is left out alone (the element then shows what it shows for a missing one), nothing runs,
 * no uncaught error, nothing unsafe reaches the shadow root. One file per element: each reads the 21 MB
 * feed within the test runner's time for one file.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/place-feedback/index.js';
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

describe('Hostile feed values in <place-feedback>', function () {
  this.timeout(240_000);

  it('<place-feedback>: every form case shows the form, or the form is left out alone', async () => {
    const loaded = nextFeedEvent();
    const el = await fixture<Chosen>(html`<place-feedback form="good-form" feed=${corpus.feedUrl}></place-feedback>`);
    await loaded;
    expect(await shown(el, 'the good form')).to.equal('content');
    for (const p of of('feedback_forms')) {
      el.form = p.id;
      await el.updateComplete;
      expect(await shown(el, p.hostile.name), p.hostile.name).to.equal('content');
      if (p.hostile.expect !== 'skipped') expect(el.shadowRoot!.querySelector('form'), p.hostile.name).not.to.equal(null);
      // Never more radios than a scale or a list may have.
      expect(el.shadowRoot!.querySelectorAll('input').length, p.hostile.name).to.be.below(250);
    }
    await clean(el);
  });
});
