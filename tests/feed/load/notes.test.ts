/**
 * The words of the notes a valid feed can still get (an area no plan names, a plan without priorities...):
 * a page loads them with the console's report (validator/report.ts) only for a feed that has a note, so a
 * feed with nothing to note downloads none of them. Its own test file: its own page, where nothing has
 * loaded the validator (which brings the words with it) before it.
 */
import { expect } from '@open-wc/testing';
import { loadFeed } from '../../../src/feed/load/load.js';
import { notes } from '../../../src/feed/load/read.js';
import { feedDataUrl, minimalFeed } from '../../support/fixtures.js';

describe('the notes of a feed without repairs', () => {
  it('are worded only once a feed has one, then fully, with no key left behind', async () => {
    await loadFeed(feedDataUrl(minimalFeed({ areas: [{ id: 'a', name: 'A', postcode_districts: ['G31'] }] })));
    expect(notes.words === undefined, 'no words for a feed with nothing to note').to.equal(true);
    const feed = minimalFeed({ areas: [{ id: 'a', name: 'A' }], locality_plans: [{ id: 'p', area_id: 'nowhere', title: 'Plan' }] });
    const { warnings } = await loadFeed(feedDataUrl(feed));
    expect(warnings.map((w) => `${w.path}: ${w.message}`).sort()).to.deep.equal([
      'areas[0]: area "A" has no postcode districts, sectors or centre, so residents cannot be matched to it by postcode',
      'locality_plans[0].area_id: no area has the id "nowhere"',
      'locality_plans[0].priorities: none given: the plan says no priorities have been published yet',
    ]);
    expect(warnings.every((w) => !('note' in w))).to.equal(true);
  });
});
