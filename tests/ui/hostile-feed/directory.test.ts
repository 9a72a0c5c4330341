/**
 * The hostile-feed corpus (tests/fixtures/hostile-feed.json: non-ISO currencies, values nested 100,000 deep,
 * megabyte strings, 10,000-item lists, prototype keys, markup, schemes, bidi overrides, control
 * characters...) in <place-directory>, every record case in one feed: the list shows, every service and
 * opportunity opens its details (or, when the reader skipped it, is left out alone), nothing runs, no
 * uncaught error, nothing unsafe reaches the shadow root. plan, connector and feedback.test.ts do the same for the other
 * elements, whole-feed.test.ts for hostile publishers and feeds; tests/cli/hostile-feed.test.js runs the
 * corpus through placekit validate.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/place-directory/index.js';
import type { PlaceDirectoryElement } from '../../../src/place-directory/place-directory.js';
import { nextFeedEvent } from '../../support/fixtures.js';
import { BOUND, type Corpus, clean, setUp, shown, tearDown } from '../../support/hostile-feed-page.js';

let corpus: Corpus;
before(async function () {
  this.timeout(120_000);
  corpus = await setUp(true);
});
after(tearDown);

describe('Hostile feed values in <place-directory>', function () {
  this.timeout(240_000);

  it('every service and opportunity case shows its details, or is left out alone', async () => {
    const loaded = nextFeedEvent();
    const el = await fixture<PlaceDirectoryElement>(html`<place-directory page-size="100" feed=${corpus.feedUrl}></place-directory>`);
    await loaded;
    expect(await shown(el, 'the directory')).to.equal('content');
    await waitUntil(() => el.shadowRoot!.querySelector('.result'), 'the list', { timeout: BOUND });
    expect(await el.showEntry('good-service')).to.equal(true);
    for (const p of corpus.placed.filter((x) => x.section === 'services' || x.section === 'opportunities')) {
      const open = await el.showEntry(p.id!);
      if (p.hostile.expect === 'skipped') {
        expect(open, p.hostile.name).to.equal(false);
        continue;
      }
      expect(open, p.hostile.name).to.equal(true);
      await el.updateComplete;
      const title = el.shadowRoot!.getElementById('details-title');
      expect(title?.textContent?.trim(), p.hostile.name).to.not.equal('');
    }
    await clean(el);
  });
});
