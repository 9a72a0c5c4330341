import { expect } from '@open-wc/testing';
import { parseFeedData } from '../../src/feed/validator/parse.js';

/**
 * The complete example feed (docs/examples/complete-feed.json): docs/feed-format.md shows it (npm run docs
 * copies it in; tests/docs/generated-docs.test.js keeps the copy in step) and the catalogue's "Publishing
 * a feed" guide shows the same file.
 */
describe('the complete example feed in the docs', () => {
  it('loads with no warnings and fills every section', async () => {
    const response = await fetch('/docs/examples/complete-feed.json');
    expect(response.ok, 'docs/examples/complete-feed.json').to.equal(true);
    const { feed, warnings } = parseFeedData(await response.json());
    expect(warnings.map((w) => `${w.path}: ${w.message}`)).to.deep.equal([]);
    for (const name of [
      'areas',
      'taxonomy_terms',
      'services',
      'opportunities',
      'locality_plans',
      'connectors',
      'feedback_forms',
      'place_standard_results',
    ] as const) {
      expect(feed[name].length, name).to.be.greaterThan(0);
    }
  });
});
