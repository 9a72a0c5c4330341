import { expect } from '@open-wc/testing';
import { parseFeedText } from '../../src/feed/validator/parse.js';
import type { PlaceFeed } from '../../src/feed/domain/types.js';
import { LocalDirectorySource, type Filters, type SearchResponse } from '../../src/place-directory/source.js';
import { isCurrent, isFree } from '../../src/place-directory/entries.js';
import { SAMPLE_FEED_URL, minimalFeed } from '../support/fixtures.js';

let feed: PlaceFeed;
let sample: LocalDirectorySource;
// Monday 23 November 2026, 12:00 in the UK (GMT).
const at = new Date('2026-11-23T12:00:00Z');

before(async () => {
  feed = parseFeedText(await (await fetch(SAMPLE_FEED_URL)).text()).feed as PlaceFeed;
  sample = new LocalDirectorySource(feed, at);
  await sample.ready();
});

const run = (filters: Filters, query = '', extra: object = {}) => sample.search({ query, filters, page: 1, pageSize: 200, at, ...extra }) as SearchResponse;
const names = (filters: Filters, query = '') => run(filters, query).hits.map((h) => h.entry.name);
const foodKey = () => sample.categories.find((c) => c.name === 'Food and essentials')!.key;

describe('directory source: entries', () => {
  it('lists active services and current opportunities, never past ones', () => {
    expect(sample.entries.filter((e) => e.kind === 'service')).to.have.length(67);
    const opportunities = sample.entries.filter((e) => e.kind === 'opportunity').map((e) => e.name);
    expect(opportunities).to.have.length(16);
    expect(opportunities).not.to.include('Locality Plan refresh survey 2026');
  });

  it('leaves out inactive and defunct services and keeps temporarily closed ones', () => {
    const source = new LocalDirectorySource(
      parseFeedText(
        JSON.stringify(
          minimalFeed({
            services: [
              { id: 'a', name: 'Active' },
              { id: 'b', name: 'Gone', status: 'defunct' },
              { id: 'c', name: 'Paused', status: 'inactive' },
              { id: 'd', name: 'Shut for now', status: 'temporarily closed' },
            ],
          }),
        ),
      ).feed as PlaceFeed,
    );
    expect(source.entries.map((e) => e.name)).to.deep.equal(['Active', 'Shut for now']);
  });

  it('hides opportunities whose closing date or every one-off date has passed, unless they repeat', () => {
    const now = new Date('2027-01-10T12:00:00Z');
    expect(isCurrent({ id: 'a', kind: 'consultation', name: 'x', closing_date: '2027-01-09' }, now)).to.equal(false);
    expect(isCurrent({ id: 'a', kind: 'consultation', name: 'x', closing_date: '2027-01-10' }, now)).to.equal(true);
    expect(isCurrent({ id: 'a', kind: 'event', name: 'x', dates: [{ starts_at: '2027-01-09T10:00:00Z' }] }, now)).to.equal(false);
    expect(
      isCurrent({ id: 'a', kind: 'event', name: 'x', dates: [{ starts_at: '2027-01-09T10:00:00Z' }, { starts_at: '2027-02-09T10:00:00Z' }] }, now),
    ).to.equal(true);
    expect(
      isCurrent(
        {
          id: 'a',
          kind: 'meeting',
          name: 'x',
          dates: [{ starts_at: '2027-01-09T10:00:00Z' }],
          schedules: [{ freq: 'WEEKLY', byday: 'MO', opens_at: '10:00', closes_at: '11:00' }],
        },
        now,
      ),
    ).to.equal(true);
    expect(isCurrent({ id: 'a', kind: 'volunteering', name: 'x' }, now)).to.equal(true);
  });

  it('reads "free of charge" as the README defines it', () => {
    const s = (extra: object) => ({ id: 'a', name: 'x', ...extra });
    expect(isFree(s({ cost_options: [{ amount: 0 }] }))).to.equal(true);
    expect(isFree(s({ cost_options: [{ amount: 0 }, { amount: 2 }] }))).to.equal(false);
    expect(isFree(s({ fees_description: 'Free for under-16s' }))).to.equal(true);
    expect(isFree(s({ fees: 'free' }))).to.equal(true);
    expect(isFree(s({ fees_description: 'Not free' }))).to.equal(false);
    expect(isFree(s({}))).to.equal(false);
  });
});

describe('directory source: filters', () => {
  it('filters by category and counts each category with the other filters applied', () => {
    const all = run({});
    expect(all.total).to.equal(83);
    const food = run({ category: foodKey() });
    expect(food.total).to.equal(all.facets.category[foodKey()]);
    expect(food.hits.every((h) => h.entry.categories.includes(foodKey()))).to.equal(true);
    // A category's own count ignores the category chosen, so the resident can see the alternatives.
    expect(food.facets.category).to.deep.equal(all.facets.category);
  });

  it('filters by neighbourhood, kind, free and age, and the filters combine', () => {
    const parkhead = run({ area: 'parkhead' });
    expect(parkhead.hits.every((h) => h.entry.areaIds.includes('parkhead'))).to.equal(true);
    const opportunities = run({ kind: 'opportunity' });
    expect(opportunities.total).to.equal(16);
    expect(run({}).facets.kind).to.deep.equal({ service: 67, opportunity: 16 });
    const free = run({ free: true });
    expect(free.hits.every((h) => h.entry.free)).to.equal(true);
    expect(free.total).to.equal(run({}).facets.free);
    const fifteen = names({ age: 15 });
    expect(fifteen).to.include('Parkhead Youth Shed evening sessions');
    expect(fifteen).to.include('Benefits and debt advice', 'no age range: any age');
    expect(fifteen).not.to.include('Tea and Blether lunch club');
    expect(fifteen).not.to.include('Stay and play');
    const combined = run({ area: 'parkhead', free: true, kind: 'service' });
    expect(combined.hits.every((h) => h.entry.areaIds.includes('parkhead') && h.entry.free && h.entry.kind === 'service')).to.equal(true);
    expect(combined.total).to.be.greaterThan(0).and.lessThan(parkhead.total);
    expect(combined.facets.free).to.equal(combined.total);
  });

  it('filters by open now and by day, in UK time', () => {
    // Monday 12:00: weekday services are open, weekend-only ones are not.
    const open = names({ open: true });
    expect(open).to.include('Benefits and debt advice');
    expect(open).to.include('Listening Line: 24-hour listening and crisis support');
    expect(open).not.to.include('Springburn Weekend Pantry');
    expect(open).not.to.include('Talking therapies (by appointment)');
    expect(run({}).facets.open).to.equal(open.length);
    const saturday = names({ day: 'SA' });
    expect(saturday).to.include('Springburn Weekend Pantry');
    expect(saturday).not.to.include('Benefits and debt advice');
    const sunday = names({ day: 'SU' });
    expect(sunday, 'a Saturday night period that runs past midnight does not make it a Sunday service').not.to.include('Lantern Night Café');
  });

  it('never counts a closed service as open, whatever its schedules say', () => {
    const always = [{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '24:00' }];
    const source = new LocalDirectorySource(
      parseFeedText(
        JSON.stringify(
          minimalFeed({
            services: [
              { id: 'a', name: 'Open', schedules: always },
              { id: 'b', name: 'Shut', status: 'temporarily closed', schedules: always },
            ],
          }),
        ),
      ).feed as PlaceFeed,
      at,
    );
    const result = source.search({ query: '', filters: { open: true }, page: 1, pageSize: 10, at }) as SearchResponse;
    expect(result.hits.map((h) => h.entry.name)).to.deep.equal(['Open']);
    expect(result.facets.open).to.equal(1);
    expect(result.facets.day.MO).to.equal(1);
  });

  it('counts every option, saying 0 for those that would give nothing', () => {
    const facets = run({ kind: 'opportunity' }).facets;
    expect(Object.keys(facets.category)).to.have.members(sample.categories.map((c) => c.key));
    expect(Object.keys(facets.area)).to.have.members(['parkhead', 'springburn', 'easterhouse']);
    expect(Object.keys(facets.day)).to.have.members(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
    expect(Object.values(facets.category)).to.include(0);
    expect(facets.day.SU).to.equal(0);
  });

  it('matches a category given by name or code as well as by id', async () => {
    const { findCategory } = await import('../../src/place-directory/source.js');
    expect(findCategory(sample.categories, 'food')).to.equal(foodKey());
    expect(findCategory(sample.categories, 'food and ESSENTIALS')).to.equal(foodKey());
    expect(findCategory(sample.categories, 'nothing like it')).to.equal(undefined);
  });
});

describe('directory source: distance and pages', () => {
  it('sorts nearest first, placing a service with several sites by its nearest', () => {
    const near = { latitude: 55.8601, longitude: -4.1081 }; // Easterhouse
    const result = run({}, '', { near });
    const miles = result.hits.map((h) => h.miles ?? Infinity);
    expect(miles).to.deep.equal([...miles].sort((a, b) => a - b));
    const foodBank = result.hits.find((h) => h.entry.name === 'North East Food Share food bank')!;
    // Its Easterhouse site is close; its Springburn site is about 5 miles away.
    expect(foodBank.miles).to.be.lessThan(1);
    const within = run({ miles: 1 }, '', { near });
    expect(within.hits.every((h) => h.miles! <= 1)).to.equal(true);
    expect(within.total).to.equal(result.facets.miles['1']);
  });

  it('pages through results', () => {
    const first = run({}, '', { pageSize: 10 });
    const second = run({}, '', { page: 2, pageSize: 10 });
    const last = run({}, '', { page: 99, pageSize: 10 });
    expect(first.hits).to.have.length(10);
    expect(second.hits[0].entry.name > first.hits[9].entry.name).to.equal(true);
    expect(last.hits).to.have.length(3);
  });
});
