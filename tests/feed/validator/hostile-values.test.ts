/**
 * One bad value never takes a feed down (issue 22), in the reader both paths share: a currency that is not
 * an ISO code, a bad optional publisher value, a value nested thousands deep, checks that grow with the
 * data, lists and scales beyond what an element can draw, and keys named like JavaScript's built-ins.
 * The widgets' path (parseFeed: the compiled check, the validator only when needed) and the validator's
 * (parseFeedData) read each the same. tests/ui/hostile-feed/*.test.ts and tests/cli/hostile-feed.test.js run
 * the whole corpus through every element and placekit validate.
 */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../../src/feed/load/load.js';
import { quickParse } from '../../../src/feed/load/read.js';
import { isAbsent } from '../../../src/feed/load/rules.js';
import { parseFeedData } from '../../../src/feed/validator/parse.js';
import type { FeedError, FeedWarning } from '../../../src/feed/load/problems.js';
import { feedDataUrl, minimalFeed } from '../../support/fixtures.js';
import { toJson } from '../../support/hostile-feed.js';

const lines = (warnings: FeedWarning[]) => warnings.map((w) => `${w.action} ${w.path}: ${w.message}`);
const json = (value: unknown) => JSON.parse(JSON.stringify(value));

/** The feed both ways: the widgets' (from text, as fetched) and the validator's, which must agree. */
async function bothWays(feed: unknown) {
  const text = toJson(feed);
  const page = await parseFeed(text);
  const full = parseFeedData(JSON.parse(text));
  expect(json(page)).to.deep.equal(json(full));
  return full;
}

const service = (extra: Record<string, unknown>) => ({ id: 's1', name: 'Lunch club', ...extra });
const deep = (n: number, inner: unknown = 'bottom', kind: 'array' | 'object' = 'array') => {
  let value = inner;
  for (let i = 0; i < n; i++) value = kind === 'array' ? [value] : { inner: value };
  return value;
};

describe('A currency that is not an ISO code', () => {
  it('reads £, "GBP ", Pounds and pounds sterling as GBP, with a repair each', async () => {
    const costs = ['£', 'GBP ', 'Pounds', 'pounds sterling', 'gbp', '€'].map((currency) => ({ amount: 5, currency }));
    const { feed, warnings } = await bothWays(minimalFeed({ services: [service({ cost_options: costs })] }));
    expect(feed.services[0].cost_options!.map((c) => c.currency)).to.deep.equal(['GBP', 'GBP', 'GBP', 'GBP', 'GBP', 'EUR']);
    expect(lines(warnings)).to.include('repaired services[0].cost_options[0].currency: not a currency code (is "£"): read as GBP');
    expect(warnings.filter((w) => w.action === 'repaired')).to.have.length(6);
  });

  it('drops a currency it cannot read, with a note that the amount is then in pounds, and keeps the cost', async () => {
    const { feed, warnings } = await bothWays(minimalFeed({ services: [service({ cost_options: [{ amount: 5, currency: '$' }] })] }));
    expect(feed.services[0].cost_options).to.deep.equal([{ amount: 5 }]);
    expect(lines(warnings)).to.deep.equal([
      'dropped services[0].cost_options[0].currency: must be a currency code such as GBP; without one, the amount is shown in pounds (is "$"); dropped',
    ]);
  });

  it('keeps an ISO code as it is, without the validator', () => {
    expect(quickParse(minimalFeed({ services: [service({ cost_options: [{ amount: 5, currency: 'GBP' }] })] }))).to.not.equal(undefined);
    expect(quickParse(minimalFeed({ services: [service({ cost_options: [{ amount: 5, currency: '£' }] })] }))).to.equal(undefined);
  });
});

describe('One bad optional publisher value', () => {
  it('repairs a website without https:// and drops a malformed email or licence link, keeping the feed', async () => {
    const publisher = { name: 'Partnership', website: 'www.example.org', email: 'not an email', licence: { name: 'OGL', url: 'ogl' } };
    const { feed, warnings } = await bothWays(minimalFeed({ publisher, services: [service({})] }));
    expect(feed.publisher).to.deep.equal({ name: 'Partnership', website: 'https://www.example.org', licence: { name: 'OGL' } });
    expect(feed.services).to.have.length(1);
    expect(lines(warnings)).to.deep.equal([
      'repaired publisher.website: not a web link (is "www.example.org"): https:// added',
      'dropped publisher.email: must be an email address (is "not an email"); dropped',
      'dropped publisher.licence.url: must be an absolute http, https, mailto, tel or sms link (is "ogl"); dropped',
    ]);
  });

  it('still refuses a feed without what it must have, naming every problem', () => {
    try {
      parseFeedData({ format_version: '1.0', publisher: { email: 'x' }, updated: '2026-11-01T09:00:00Z' });
    } catch (error) {
      expect((error as { problems: string[] }).problems).to.deep.equal(['publisher.name: is required', 'publisher.email: must be an email address (is "x")']);
      return;
    }
    throw new Error('expected the feed to be refused');
  });
});

describe('A value nested thousands deep', () => {
  it('skips the record and says why, keeping the rest of the feed, both ways', async () => {
    for (const value of [deep(5000), deep(5000, 'x', 'object'), deep(100_000)]) {
      const { feed, warnings } = await bothWays(minimalFeed({ services: [service({ description: value }), service({ id: 's2' })] }));
      expect(feed.services.map((s) => s.id)).to.deep.equal(['s2']);
      expect(warnings[0].action).to.equal('skipped');
      expect(warnings[0].path).to.equal('services[0].description');
      expect(warnings[0].message).to.match(
        /^nests more than 64 levels deep \(description(\[0\]|\.inner){7}…\), deeper than anything in a feed; record skipped$/,
      );
    }
  });

  it('keeps a record whose deep value is in a field placekit does not read, both ways', async () => {
    const feed = minimalFeed({ services: [service({ extension: deep(20_000, 'x', 'object') })] });
    const text = toJson(feed);
    // (Compared by hand: chai's deep equal and JSON.stringify would overflow on the value themselves.)
    for (const result of [await parseFeed(text), parseFeedData(JSON.parse(text))]) {
      expect(result.feed.services.map((s) => s.id)).to.deep.equal(['s1']);
      expect(result.warnings).to.deep.equal([]);
    }
  });

  it('never walks more than ten levels to decide a value is empty', () => {
    expect(isAbsent(deep(20_000, null, 'object'))).to.equal(false);
    expect(isAbsent(deep(5, null, 'object'))).to.equal(true);
  });

  it('loads a feed with a value 5,000 deep in a known field: the record is skipped, the load never fails', async () => {
    const { loadFeed, resetFeedCache } = await import('../../../src/feed/load/load.js');
    resetFeedCache();
    const result = await loadFeed(feedDataUrl(minimalFeed({ services: [service({ description: deep(5000) }), service({ id: 's2' })] })));
    expect(result.counts.services).to.deep.equal({ kept: 1, skipped: 1 });
  });

  it('reports a feed placekit fails on as a problem with the feed (schema), never "check your connection"', async () => {
    const { loadFeed, resetFeedCache } = await import('../../../src/feed/load/load.js');
    resetFeedCache();
    // Any failure inside the reader stands for the unforeseen: here Intl, which reads a date-only "updated".
    const real = Intl.DateTimeFormat;
    (Intl as { DateTimeFormat: unknown }).DateTimeFormat = function () {
      throw new RangeError('Maximum call stack size exceeded');
    };
    const errors = console.error;
    console.error = () => undefined;
    let error: unknown;
    try {
      await loadFeed(feedDataUrl({ ...minimalFeed(), updated: '2026-11-01' })).catch((e) => (error = e));
    } finally {
      (Intl as { DateTimeFormat: unknown }).DateTimeFormat = real;
      console.error = errors;
    }
    expect((error as FeedError).kind).to.equal('schema');
    expect((error as FeedError).message).to.match(/could not be read: RangeError: Maximum call stack size exceeded/);
  });
});

describe('Checks that grow with the data', () => {
  it('notes 20,000 values on one date of a plan with a 200 KB title, naming the plan in 60 characters', async () => {
    const plan = {
      id: 'p',
      area_id: 'a',
      title: 'T'.repeat(200_000),
      priorities: [
        { id: 'x', title: 'X', indicators: [{ id: 'i', title: 'I', values: Array.from({ length: 20_000 }, (_, v) => ({ date: '2025', value: v })) }] },
      ],
    };
    const { warnings } = await bothWays(minimalFeed({ areas: [{ id: 'a', name: 'A', postcode_districts: ['G31'] }], locality_plans: [plan] }));
    const twice = warnings.filter((w) => /a second value for 2025/.test(w.message));
    expect(twice).to.have.length(499);
    for (const w of warnings) expect((w.record ?? '').length + w.message.length, w.path).to.be.below(300);
  });

  it('drops 100,000 empty list items in one pass, both ways', async () => {
    const { feed } = await bothWays(minimalFeed({ services: [service({ phones: [...Array(100_000).fill(null), { number: '0141 496 0000' }] })] }));
    expect(feed.services[0].phones).to.deep.equal([{ number: '0141 496 0000' }]);
  });
});

describe('Bounds on what a feed can make an element draw', () => {
  it('keeps the first 100 items of a longer list, and says the rest were dropped', async () => {
    const phones = Array.from({ length: 5000 }, (_, i) => ({ number: `0141 496 ${String(i).padStart(4, '0')}` }));
    const { feed, warnings } = await bothWays(minimalFeed({ services: [service({ phones })] }));
    expect(feed.services[0].phones).to.have.length(100);
    expect(lines(warnings)).to.deep.equal([
      'dropped services[0].phones: has 5,000 items, more than the 100 placekit reads: the first 100 kept, the rest dropped',
    ]);
  });

  it('refuses a form whose rating scale would draw more than 11 buttons, or whose choice has more than 100 options', async () => {
    const form = (question: Record<string, unknown>) => ({
      id: 'f',
      title: 'F',
      privacy_notice: 'P',
      endpoint: 'https://example.org/f',
      questions: [{ id: 'q', label: 'Q', ...question }],
    });
    for (const question of [
      { kind: 'rating', scale: { min: 1, max: 1_000_000 } },
      { kind: 'rating', scale: { min: -1_000_000, max: 0 } },
      { kind: 'single_choice', options: Array.from({ length: 1000 }, (_, i) => ({ value: `v${i}`, label: 'O' })) },
    ]) {
      const { feed, warnings } = await bothWays(minimalFeed({ feedback_forms: [form(question)] }));
      expect(feed.feedback_forms).to.deep.equal([]);
      expect(warnings[0].action).to.equal('skipped');
    }
    expect((await bothWays(minimalFeed({ feedback_forms: [form({ kind: 'rating', scale: { min: 0, max: 10 } })] }))).feed.feedback_forms).to.have.length(1);
  });
});

describe('Keys named like JavaScript built-ins', () => {
  it('reads constructor, __proto__ and toString as fields, ids and answer ids like any other', async () => {
    const text = `{"format_version":"1.0","publisher":{"name":"P"},"updated":"2026-11-01T09:00:00Z","services":[{"id":"constructor","name":"S","__proto__":{"x":1},"toString":"y"},{"id":"__proto__","name":"T","organization":{"constructor":""}}],"feedback_forms":[{"id":"toString","title":"F","privacy_notice":"P","endpoint":"https://example.org/f","questions":[{"id":"constructor","kind":"short_text","label":"Q"},{"id":"hasOwnProperty","kind":"yes_no","label":"R"}]}]}`;
    const page = await parseFeed(text);
    const full = parseFeedData(JSON.parse(text));
    expect(json(page)).to.deep.equal(json(full));
    expect(full.feed.services.map((s) => s.id)).to.deep.equal(['constructor', '__proto__']);
    expect(full.feed.feedback_forms[0].questions.map((q) => q.id)).to.deep.equal(['constructor', 'hasOwnProperty']);
    expect(({} as Record<string, unknown>).x).to.equal(undefined);
    // Two records whose only difference hides behind a prototype key are compared by their own fields.
    const twice = parseFeedData(
      JSON.parse(
        `{"format_version":"1.0","publisher":{"name":"P"},"updated":"2026-11-01T09:00:00Z","services":[{"id":"a","name":"S"},{"id":"a","name":"S","constructor":"x"}]}`,
      ),
    );
    expect(twice.counts.services).to.deep.equal({ kept: 1, skipped: 0, merged: 1 });
  });
});
