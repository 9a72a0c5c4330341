import { expect } from '@open-wc/testing';
import { parseFeedData } from '../../src/feed/validator/parse.js';

describe('README', () => {
  it('has a complete example feed that loads with no warnings and fills every section', async () => {
    const readme = await (await fetch('/README.md')).text();
    const section = readme.slice(readme.indexOf('### A complete example'));
    const json = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
    expect(json, 'the example JSON block').to.be.a('string');
    const { feed, warnings } = parseFeedData(JSON.parse(json!));
    expect(warnings.map((w) => `${w.path}: ${w.message}`)).to.deep.equal([]);
    for (const name of ['areas', 'taxonomy_terms', 'services', 'opportunities', 'locality_plans', 'connectors', 'feedback_forms'] as const) {
      expect(feed[name].length, name).to.be.greaterThan(0);
    }
  });
});
