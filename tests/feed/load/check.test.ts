import { expect } from '@open-wc/testing';
import { compileSpec } from '../../../src/feed/load/check.js';
import { SPEC } from '../../../src/feed/load/spec.generated.js';
import { specOf } from '../../../src/feed/validator/schema-spec.js';
import { parseFeed } from '../../../src/feed/load/load.js';
import { parseFeedData } from '../../../src/feed/validator/parse.js';
import { quickParse } from '../../../src/feed/load/read.js';
import { FeedHeader, SECTIONS } from '../../../src/feed/validator/schema/feed.js';
import { SAMPLE_FEED_URL, fixture, minimalFeed } from '../../support/fixtures.js';
import { mutate, random } from '../../support/mutate.js';

const json = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('the feed check without zod', () => {
  it('has a generated spec that matches the schemas (else run: node scripts/generate-spec.mjs)', () => {
    expect(json(specOf({ header: FeedHeader, ...SECTIONS }))).to.deep.equal(json(SPEC));
  });

  it('understands every part of the schema: nothing is left "unsure"', () => {
    expect(SPEC.nodes.filter((node) => node[0] === 'unsure')).to.deep.equal([]);
  });

  it('never says "valid" where zod would not: thousands of damaged records, every section', async () => {
    const feed = await fixture<Record<string, unknown[]>>(SAMPLE_FEED_URL);
    const oruk = await fixture('/tests/fixtures/openreferral-uk/service_full.json');
    const checks = compileSpec(SPEC);
    const rand = random(20261123);
    let checked = 0;
    let passed = 0;
    const disagreements: string[] = [];
    for (const [name, schema] of Object.entries(SECTIONS)) {
      const records = [...(feed[name] ?? []), ...(name === 'services' ? [oruk] : [])];
      for (let i = 0; i < 600 && records.length > 0; i++) {
        const record = mutate(records[i % records.length], rand);
        // The check removes optional nulls, as the full parse treats them: zod judges what it leaves.
        const quick = checks[name](record);
        const zod = schema.safeParse(record).success;
        checked++;
        if (quick) passed++;
        if (quick && !zod) disagreements.push(`${name}: ${JSON.stringify(record).slice(0, 300)}`);
      }
    }
    expect(checked).to.be.greaterThan(3000);
    expect(passed, 'some damaged records are still valid').to.be.greaterThan(100);
    expect(disagreements).to.deep.equal([]);
  });

  it('reads absent values ("", null, -1 ages, empty objects) as the full parse does: thousands of damaged records', async () => {
    const feed = await fixture<Record<string, unknown[]>>(SAMPLE_FEED_URL);
    const rand = random(20261207);
    let same = 0;
    for (const [name, schema] of Object.entries(SECTIONS)) {
      const records = feed[name] ?? [];
      for (let i = 0; i < 400 && records.length > 0; i++) {
        const record = mutate(records[i % records.length], rand);
        const data = minimalFeed({ [name]: [record] });
        const quick = quickParse(structuredClone(data));
        if (!quick) continue;
        // What the compiled check keeps, the validator reads the same, with the same notes.
        const full = parseFeedData(structuredClone(data));
        expect(json(full), `${name}: ${JSON.stringify(record).slice(0, 300)}`).to.deep.equal(json(quick));
        expect(schema.safeParse(quick.feed[name as 'services'][0]).success).to.equal(true);
        same++;
      }
    }
    expect(same, 'damaged records the compiled check still takes').to.be.greaterThan(300);
  });

  it('takes the sample feed as it is, with the same result as the full parse', async () => {
    const data = await fixture<Record<string, unknown>>(SAMPLE_FEED_URL);
    const quick = quickParse(structuredClone(data));
    expect(quick, 'the sample feed needs no repair').to.not.equal(undefined);
    expect(json(quick)).to.deep.equal(json(parseFeedData(structuredClone(data))));
  });

  it('treats an optional null as absent, as the full parse does', () => {
    const data = minimalFeed({ services: [{ id: 's1', name: 'Lunch club', email: null, url: null, status: 'active' }] });
    const quick = quickParse(structuredClone(data));
    expect(quick).to.not.equal(undefined);
    expect(quick!.feed.services[0]).to.deep.equal({ id: 's1', name: 'Lunch club', status: 'active' });
    expect(json(quick)).to.deep.equal(json(parseFeedData(structuredClone(data))));
  });

  it('leaves a feed with anything to repair to the full parse, which names the problems', async () => {
    const oruk = await fixture<Record<string, unknown>>('/tests/fixtures/openreferral-uk/service_full.json');
    const data = minimalFeed({ services: [oruk] });
    expect(quickParse(structuredClone(data))).to.equal(undefined);
    const result = await parseFeed(JSON.stringify(data));
    expect(result.feed.services).to.have.length(1);
    expect(result.warnings.some((w) => w.path.endsWith('.latitude') && w.action === 'dropped')).to.equal(true);
  });

  it('leaves duplicate ids and broken form rules to the full parse', () => {
    const twice = minimalFeed({
      services: [
        { id: 'a', name: 'One' },
        { id: 'a', name: 'Two' },
      ],
    });
    expect(quickParse(twice)).to.equal(undefined);
    const form = {
      id: 'f',
      title: 'T',
      privacy_notice: 'P',
      endpoint: 'https://x.example/',
      questions: [{ id: 'q', label: 'Q', kind: 'single_choice', options: [{ value: 'a', label: 'A' }] }],
    };
    expect(quickParse(minimalFeed({ feedback_forms: [form] }))).to.equal(undefined);
  });
});
