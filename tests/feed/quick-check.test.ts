import { expect } from '@open-wc/testing';
import { quickCheck } from '../../src/feed/quick-check.js';
import { SECTIONS, Service } from '../../src/feed/schema.js';
import { parseFeedData } from '../../src/feed/parse.js';
import { SAMPLE_FEED_URL, fixture } from '../support/fixtures.js';

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_VALUES: unknown[] = [null, undefined, '', ' ', 'x', '9am', '24:00', '25:00', '2026-02-30', '2026-11-22', 'javascript:alert(1)', 'https://example.org', 'a@b', 'MO,XX', -1, 0, 1.5, 100, 1e9, NaN, Infinity, true, [], {}, [null], [{}], 'active', 'open'];

/** Every path to a value inside a record. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}

function mutate(record: unknown, rand: () => number): unknown {
  const copy = structuredClone(record) as Record<string, unknown>;
  const all = paths(copy).filter((p) => p.length > 0);
  for (let n = 1 + Math.floor(rand() * 3); n > 0; n--) {
    const path = all[Math.floor(rand() * all.length)];
    let parent: any = copy;
    for (const key of path.slice(0, -1)) parent = parent?.[key];
    if (parent && typeof parent === 'object') parent[path[path.length - 1]] = ODD_VALUES[Math.floor(rand() * ODD_VALUES.length)];
  }
  return copy;
}

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
    expect(parseFeedData({ format_version: '1.0', publisher: { name: 'P' }, updated: '2026-01-01T00:00:00Z', services: [broken] }).warnings[0].path).to.equal('services[0].schedules[0].opens_at');
  });
});
