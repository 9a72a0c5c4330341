/**
 * The hostile-feed corpus (see directory.test.ts): its size and kinds, and each case about the publisher or
 * the feed itself, in a feed of its own, in every element: a feed placekit can use shows its content
 * (a bad optional publisher value never refuses it), one it cannot shows the error panel with "Try again";
 * never blank or stuck, nothing runs, nothing unsafe reaches the shadow root.
 */
import { expect } from '@open-wc/testing';
import '../../../src/place-connector/index.js';
import '../../../src/place-directory/index.js';
import '../../../src/place-feedback/index.js';
import '../../../src/place-plan/index.js';
import { type Corpus, blobUrl, clean, setUp, shown, tearDown } from '../../support/hostile-feed-page.js';

let corpus: Corpus;
before(async () => {
  corpus = await setUp(false);
});
after(tearDown);

describe('Hostile publishers and feeds in every element', function () {
  this.timeout(240_000);

  it("has the corpus: the issue's cases and at least 60 more, each named once, of every kind", () => {
    const { cases } = corpus;
    expect(cases.length).to.be.at.least(100);
    expect(new Set(cases.map((c) => c.name)).size).to.equal(cases.length);
    for (const kind of ['service', 'opportunity', 'area', 'plan', 'connector', 'form', 'publisher', 'feed']) {
      expect(
        cases.some((c) => c.kind === kind),
        kind,
      ).to.equal(true);
    }
  });

  it('each element shows its content, or its error panel with "Try again"', async () => {
    for (const p of corpus.placed) {
      const url = blobUrl(p.alone);
      for (const tag of ['place-directory', 'place-plan', 'place-connector', 'place-feedback']) {
        const el = document.createElement(tag);
        el.setAttribute('feed', url);
        if (tag === 'place-plan') el.setAttribute('plan', 'good-plan');
        if (tag === 'place-connector') el.setAttribute('connector', 'good-connector');
        if (tag === 'place-feedback') el.setAttribute('form', 'good-form');
        document.body.append(el);
        try {
          const outcome = await shown(el, `${p.hostile.name} in <${tag}>`);
          expect(outcome, `${p.hostile.name} in <${tag}>`).to.equal(p.hostile.expect === 'refused' ? 'error' : 'content');
          await clean(el);
        } finally {
          el.remove();
        }
      }
      URL.revokeObjectURL(url);
    }
  });
});
