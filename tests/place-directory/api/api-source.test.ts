/**
 * The API source against the Open Referral UK stand-in (tests/support/server/oruk-api.js): both answer
 * shapes, paging, search, each filter parameter, filters the API does not support, full records and
 * categories. The requests it makes are read back from the stand-in's log.
 */
import { expect } from '@open-wc/testing';
import { ApiDirectorySource } from '../../../src/place-directory/api/index.js';
import { syntheticFeed } from '../../support/oruk-api/synthetic.js';
import { answer, names, request, standin } from './helpers.js';

type Service = { id: string; name: string; minimum_age?: number; maximum_age?: number; attributes?: Array<{ taxonomy_term?: { id: string } }> };
const feed = syntheticFeed(120) as { services: Service[]; taxonomy_terms: Array<{ id: string; name: string }> };
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** The synthetic services in the stand-in's order (by name). */
const byName = [...feed.services].sort((a, b) => (fold(a.name) < fold(b.name) ? -1 : fold(a.name) > fold(b.name) ? 1 : 0));
const at = new Date('2026-11-02T14:05:00Z'); // a Monday, 14:05 in the UK

describe('ApiDirectorySource: answers, paging and search', () => {
  it('reads an ORUK 3.0 page: the API total, one page of entries, one request', async () => {
    const api = standin();
    const response = await answer(api.source().search(request()));
    expect(response.total).to.equal(120);
    expect(names(response)).to.deep.equal(byName.slice(0, 10).map((s) => s.name));
    expect(response.facets.category, 'no counts known').to.deep.equal({});
    const searches = await api.searches();
    expect(searches).to.have.length(1);
    expect(searches[0].params).to.deep.equal({ page: '1', per_page: '10' });
  });

  it('reads an ORUK 1.0 page and its 1.0 records, and asks a 1.0 API with text and taxonomy_id', async () => {
    const api = standin({ shape: '1.0' });
    const source = api.source();
    const first = await answer(source.search(request()));
    expect(first.total).to.equal(120);
    expect(names(first)[0]).to.equal(byName[0].name);
    // 1.0 lists hold whole records: opening times and categories came through the renaming.
    const withSchedules = first.hits.find((h) => h.entry.schedules.length > 0);
    expect(withSchedules, 'regular_schedules read as schedules').to.exist;
    expect(
      first.hits.every((h) => h.entry.categories.length > 0),
      'service_taxonomys read as categories',
    ).to.equal(true);
    const term = feed.taxonomy_terms[2].id;
    const found = await answer(source.search(request({ query: 'club', filters: { category: term } })));
    const last = (await api.searches()).at(-1)!;
    expect(last.params).to.deep.include({ text: 'club', taxonomy_id: term });
    expect(last.params).not.to.have.any.keys('search', 'taxonomy_term_id');
    expect(found.hits.every((h) => h.entry.categories.includes(term))).to.equal(true);
  });

  it('pages with page and per_page, and answers a page seen before from memory, at once', async () => {
    const api = standin();
    const source = api.source();
    const second = await answer(source.search(request({ page: 2, pageSize: 25 })));
    expect(names(second)).to.deep.equal(byName.slice(25, 50).map((s) => s.name));
    expect((await api.searches()).at(-1)!.params).to.deep.equal({ page: '2', per_page: '25' });
    await answer(source.search(request({ page: 1, pageSize: 25 })));
    const again = source.search(request({ page: 2, pageSize: 25 }));
    expect(again, 'answered at once').not.to.be.instanceOf(Promise);
    expect(names(again as Awaited<typeof again>)).to.deep.equal(names(second));
    expect(await api.searches(), 'no request for a page seen before').to.have.length(2);
  });

  it('counts pages from 0 for an API that does', async () => {
    const api = standin({ zero: 1 });
    const source = api.source();
    const first = await answer(source.search(request()));
    expect(names(first)).to.deep.equal(byName.slice(0, 10).map((s) => s.name));
    const second = await answer(source.search(request({ page: 2 })));
    expect(names(second)).to.deep.equal(byName.slice(10, 20).map((s) => s.name));
    // Page 1 was asked before the API's counting was known: its answer (the second page) is used as such.
    expect((await api.searches()).map((r) => r.params.page)).to.deep.equal(['1', '0']);
  });

  it('cuts the directory’s pages from an API’s own when it ignores per_page', async () => {
    const api = standin({ fixedpage: 1, per: 25 });
    const source = api.source();
    const third = await answer(source.search(request({ page: 3, pageSize: 10 })));
    expect(third.total).to.equal(120);
    expect(names(third)).to.deep.equal(byName.slice(20, 30).map((s) => s.name));
    const pages = (await api.searches()).map((r) => r.params.page);
    expect(pages.slice(-2), 'its pages 1 and 2 hold results 21 to 30').to.deep.equal(['1', '2']);
  });

  it('searches with search=, trimmed, and shows the API’s total', async () => {
    const api = standin();
    const response = await answer(api.source().search(request({ query: '  youth   club ' })));
    const expected = feed.services.filter((s) => fold(JSON.stringify([s.name, (s as { description?: string }).description])).includes('youth'));
    expect(response.total).to.be.greaterThan(0).and.at.most(expected.length);
    expect((await api.searches())[0].params).to.deep.equal({ search: 'youth club', page: '1', per_page: '10' });
  });
});

describe('ApiDirectorySource: filters as parameters', () => {
  it('asks for a category with taxonomy_term_id', async () => {
    const api = standin();
    const term = feed.taxonomy_terms[0].id;
    const response = await answer(api.source().search(request({ filters: { category: term }, pageSize: 100 })));
    const expected = feed.services.filter((s) => s.attributes?.some((a) => a.taxonomy_term?.id === term));
    expect(response.total).to.equal(expected.length);
    expect((await api.searches())[0].params).to.deep.include({ taxonomy_term_id: term });
  });

  it('asks for an age as minimum_age and maximum_age, "open to someone of this age"', async () => {
    const api = standin();
    const response = await answer(api.source().search(request({ filters: { age: 10 }, pageSize: 100 })));
    const expected = feed.services.filter((s) => (s.minimum_age ?? 0) <= 10 && (s.maximum_age ?? Infinity) >= 10);
    expect(response.total).to.equal(expected.length);
    expect((await api.searches())[0].params).to.deep.include({ minimum_age: '10', maximum_age: '10' });
  });

  it('asks for a day by its name, and for "open now" with the day and the UK time', async () => {
    const api = standin();
    const source = api.source();
    await answer(source.search(request({ filters: { day: 'WE' } })));
    await answer(source.search(request({ filters: { open: true }, at })));
    const [day, open] = await api.searches();
    expect(day.params).to.deep.include({ day: 'Wednesday' });
    expect(open.params).to.deep.include({ day: 'Monday', start_time: '14:05', end_time: '14:05' });
  });

  it('says that "open now" and another day cannot be asked together, and asks for the day', async () => {
    const api = standin();
    const response = await answer(api.source().search(request({ filters: { open: true, day: 'FR' }, at })));
    expect(response.ignored).to.deep.equal(['open']);
    expect((await api.searches())[0].params)
      .to.deep.include({ day: 'Friday' })
      .and.not.have.any.keys('start_time');
  });

  it('asks near a postcode with postcode and proximity in metres, when the API supports it', async () => {
    const api = standin();
    const source = api.source({ filters: ['category', 'miles'] });
    const near = { latitude: 55.84717, longitude: -4.18801 };
    const within = await answer(source.search(request({ near, postcode: 'G31 4TD', filters: { miles: 2 } })));
    expect((await api.searches()).at(-1)!.params).to.deep.include({ postcode: 'G31 4TD', proximity: '3219' });
    expect(within.total).to.be.greaterThan(0).and.below(120);
    await answer(source.search(request({ near, postcode: 'G31 4TD' })));
    expect((await api.searches()).at(-1)!.params, 'any distance: services covering the postcode').to.deep.include({ postcode: 'G31 4TD' });
    const fromPoint = await answer(source.search(request({ near, filters: { miles: 2 } })));
    expect(fromPoint.ignored, 'a point alone has no postcode to ask by').to.deep.equal(['miles']);
  });

  it('sends no filter the API does not support, names it as ignored, and says in capabilities what it can do', async () => {
    const api = standin();
    const source = api.source({ filters: ['category'], categories: [{ key: 'cat-1', name: 'Money' }] });
    expect(source.capabilities).to.deep.include({ filters: ['category'], facets: false, nearestFirst: false, summaries: true, kinds: ['service'] });
    const response = await answer(source.search(request({ filters: { day: 'MO', age: 30, area: 'parkhead', free: true } })));
    expect(response.total).to.equal(120);
    expect(response.ignored).to.have.members(['day', 'age', 'area', 'free']);
    expect((await api.searches())[0].params).to.deep.equal({ page: '1', per_page: '10' });
  });

  it('answers "ways to get involved" with none, without asking (an API holds services)', async () => {
    const api = standin();
    const response = await answer(api.source().search(request({ filters: { kind: 'opportunity' } })));
    expect(response.total).to.equal(0);
    expect(await api.searches()).to.have.length(0);
  });

  it('tells the editor when a filter changes nothing (an API that ignores the parameter)', async () => {
    const api = standin({ ignore: 'day' });
    const source = api.source();
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const all = await answer(source.search(request()));
      const monday = await answer(source.search(request({ filters: { day: 'MO' } })));
      expect(monday.total, 'the stand-in ignored day=Monday').to.equal(all.total);
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).to.contain('gave the same 120 results with day=Monday as without it').and.contain('leave "day" out');
  });
});

describe('ApiDirectorySource: full records and categories', () => {
  it('fetches a full record with GET /services/{id}, once, read as a feed’s record', async () => {
    const api = standin();
    const source = api.source();
    const { hits } = await answer(source.search(request()));
    expect(hits[0].entry.schedules, 'a list holds only one-to-one fields').to.have.length(0);
    const id = hits[0].entry.id;
    const full = await source.get(id);
    expect(full!.name).to.equal(hits[0].entry.name);
    expect(full!.points.length, 'locations in the full record').to.be.greaterThan(0);
    expect(await source.get(id), 'kept for the visit').to.equal(full);
    expect((await api.log()).filter((r) => r.path === `/services/${id}`)).to.have.length(1);
    expect(await source.get('no-such-service')).to.equal(undefined);
  });

  it('reads Bristol’s real records as a feed’s: HTML as plain text, -1 ages absent, phones from contacts', async () => {
    const api = standin({ data: 'bristol' });
    const source = api.source();
    const { total, hits } = await answer(source.search(request()));
    expect(total).to.equal(3);
    const first = hits.find((h) => h.entry.name === '1625 Independent People')!.entry;
    expect(first.description).to.match(/^About Us\s+1625 Independent People works with young people/);
    expect(first.description).not.to.contain('<');
    expect(first.minAge).to.equal(undefined);
    const full = await source.get(first.id);
    const record = full!.record as { contacts?: Array<{ phones?: Array<{ number: string }> }>; service_areas?: unknown[] };
    expect(record.contacts![0].phones!.map((p) => p.number)).to.include('0800 0354213');
    expect(record.service_areas).to.have.length(2);
  });

  it('takes the categories from the API’s taxonomy terms when the page gives none, and says when they arrive', async () => {
    const api = standin();
    const source = api.source();
    let told = 0;
    source.subscribe(() => told++);
    expect(source.capabilities.filters, 'no category filter before the categories are known').not.to.include('category');
    await answer(source.search(request()));
    await source.ready();
    expect(source.categories.map((c) => c.name)).to.deep.equal(feed.taxonomy_terms.map((t) => t.name));
    expect(source.capabilities.filters).to.include('category');
    expect(told).to.equal(1);
    expect((await api.log()).map((r) => r.path)).to.include('/taxonomy_terms');
  });

  it('offers no category filter for an API without taxonomy terms, and uses the page’s categories when given', async () => {
    const none = standin({ terms: 0 }).source();
    await answer(none.search(request()));
    await none.ready();
    expect(none.categories).to.deep.equal([]);
    expect(none.capabilities.filters).not.to.include('category');
    const api = standin();
    const given = new ApiDirectorySource({ api: api.base, categories: [{ key: 'cat-0', name: 'Food' }] });
    await answer(given.search(request()));
    await given.ready();
    expect(given.categories).to.deep.equal([{ key: 'cat-0', name: 'Food' }]);
    expect((await api.log()).map((r) => r.path)).not.to.include('/taxonomy_terms');
  });
});
