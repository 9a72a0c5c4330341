import { expect } from '@open-wc/testing';
import { quickCheck } from '../../../src/feed/validator/quick-check.js';
import { SECTIONS } from '../../../src/feed/validator/schema/feed.js';
import { Service } from '../../../src/feed/validator/schema/oruk.js';
import { parseFeedData } from '../../../src/feed/validator/parse.js';
import { SAMPLE_FEED_URL, fixture } from '../../support/fixtures.js';
import { mutate, random } from '../../support/mutate.js';

describe('quickCheck', () => {
  it('passes every record of the sample feed, so valid feeds take the fast path', async () => {
    const feed = await fixture<Record<string, unknown[]>>(SAMPLE_FEED_URL);
    for (const [name, schema] of Object.entries(SECTIONS)) {
      if (name === 'feedback_forms') continue; // cross-field rules: always checked by zod
      for (const record of feed[name] ?? []) expect(quickCheck(schema)(record), `${name} ${JSON.stringify(record).slice(0, 80)}`).to.equal(true);
    }
  });

  it('never says "valid" where zod would not: thousands of mutated records, every section', async () => {
    const feed = await fixture<Record<string, unknown[]>>(SAMPLE_FEED_URL);
    const oruk = await fixture('/tests/fixtures/openreferral-uk/service_full.json');
    const rand = random(20261122);
    let disagreements = 0;
    let checked = 0;
    for (const [name, schema] of Object.entries(SECTIONS)) {
      const records = [...(feed[name] ?? []), ...(name === 'services' ? [oruk] : [])];
      for (let i = 0; i < 600 && records.length > 0; i++) {
        const record = mutate(records[i % records.length], rand);
        const quick = quickCheck(schema)(record);
        const zod = schema.safeParse(record).success;
        checked++;
        if (quick && !zod) {
          disagreements++;
          console.error(`quickCheck passed what zod refuses, in ${name}: ${JSON.stringify(record).slice(0, 300)}`);
        }
      }
    }
    expect(checked).to.be.greaterThan(3000);
    expect(disagreements).to.equal(0);
  });

  it('sends broken records to zod, which names the problems', () => {
    const broken = { id: 'x', name: 'Hours', schedules: [{ byday: 'MO', opens_at: '9am' }] };
    expect(quickCheck(Service)(broken)).to.equal(false);
    expect(parseFeedData({ format_version: '1.0', publisher: { name: 'P' }, updated: '2026-01-01T00:00:00Z', services: [broken] }).warnings[0].path).to.equal(
      'services[0].schedules[0].opens_at',
    );
  });
});
