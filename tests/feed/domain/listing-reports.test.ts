import { expect } from '@open-wc/testing';
import { quickParse } from '../../../src/feed/load/read.js';
import { parseFeedData } from '../../../src/feed/validator/parse.js';
import { minimalFeed } from '../../support/fixtures.js';

const service = (extra: Record<string, unknown> = {}) => ({ id: 'svc-1', name: 'Parkhead Food Bank', ...extra });

describe('feed: listing reports and confirmations (issue 19)', () => {
  it('reads a feed-level listing_reports endpoint and per-record confirmations as they are, in the quick check', () => {
    const feed = minimalFeed({
      services: [service({ confirmations: { count: 3, last: '2026-03-14' } })],
      opportunities: [{ id: 'opp-1', kind: 'meeting', name: 'Forum', confirmations: { count: 0 } }],
    });
    feed.listing_reports = { endpoint: 'https://reports.example.org/listings', privacy_notice: 'The council reads these.' };
    const result = quickParse(feed);
    expect(result, 'no repair needed').to.not.equal(undefined);
    expect(result!.feed.listing_reports).to.deep.equal({ endpoint: 'https://reports.example.org/listings', privacy_notice: 'The council reads these.' });
    expect(result!.feed.services[0].confirmations).to.deep.equal({ count: 3, last: '2026-03-14' });
    expect(result!.feed.opportunities[0].confirmations).to.deep.equal({ count: 0 });
    // The validator's full parse (a feed that needs repair elsewhere) keeps them too.
    feed.services = [...(feed.services as object[]), { id: 'svc-2' }];
    const repaired = parseFeedData(feed);
    expect(repaired.feed.listing_reports?.endpoint).to.equal('https://reports.example.org/listings');
    expect(repaired.feed.services[0].confirmations).to.deep.equal({ count: 3, last: '2026-03-14' });
  });

  it('drops confirmations that cannot be counts, keeping the record', () => {
    for (const confirmations of [{ count: -1 }, { count: 2.5 }, { count: '3' }]) {
      const { feed, warnings } = parseFeedData(minimalFeed({ services: [service({ confirmations })] }));
      expect(feed.services, JSON.stringify(confirmations)).to.have.length(1);
      expect(feed.services[0].confirmations, JSON.stringify(confirmations)).to.equal(undefined);
      expect(warnings.some((w) => w.path.includes('confirmations'))).to.equal(true);
    }
    // A date that is not one is dropped alone: the count still stands.
    const { feed } = parseFeedData(minimalFeed({ services: [service({ confirmations: { count: 3, last: 'March' } })] }));
    expect(feed.services[0].confirmations).to.deep.equal({ count: 3 });
  });

  it('never sends reports to a plain-http address that is not this computer', () => {
    const feed = minimalFeed({ services: [service()] });
    feed.listing_reports = { endpoint: 'http://reports.example.org/listings' };
    expect(quickParse(feed), 'the quick check does not pass it').to.equal(undefined);
    let result: ReturnType<typeof parseFeedData> | undefined;
    try {
      result = parseFeedData(feed);
    } catch {
      // Refusing the feed is also safe; dropping the setting is what the tolerant reader does.
    }
    expect(result?.feed.listing_reports).to.equal(undefined);
    const local = minimalFeed({ services: [service()] });
    local.listing_reports = { endpoint: 'http://localhost:8787/submit' };
    expect(quickParse(local)!.feed.listing_reports?.endpoint).to.equal('http://localhost:8787/submit');
  });
});
