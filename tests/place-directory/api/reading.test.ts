/**
 * The API source's pure parts: the answer shapes (and what is said of an answer that is none), the
 * query a search becomes, and a page's list of the filters its API supports.
 */
import { expect } from '@open-wc/testing';
import { readPage, readRecord } from '../../../src/place-directory/api/answer.js';
import { readFilterList } from '../../../src/place-directory/api/capabilities.js';
import { isApiError } from '../../../src/place-directory/api/errors.js';
import { queryOf } from '../../../src/place-directory/api/request.js';
import { fixture } from '../../support/fixtures.js';
import { request } from './helpers.js';

const notOruk = (read: () => unknown): string => {
  try {
    read();
  } catch (error) {
    expect(isApiError(error) && error.kind === 'not-oruk').to.equal(true);
    return (error as Error).message;
  }
  throw new Error('read as an answer');
};

describe('API answers', () => {
  it('reads the UK profile’s example page and Bristol’s real one (3.0)', async () => {
    const example = readPage(await fixture('/tests/fixtures/openreferral-uk/service_list.json'), 'x');
    expect(example).to.deep.include({ shape: '3.0', total: 10, number: 1, pages: 10, first: true, last: false });
    const bristol = readPage(await fixture('/tests/fixtures/real-oruk-bristol/bristol-services-page1.json'), 'x');
    expect(bristol).to.deep.include({ shape: '3.0', total: 874, pages: 292 });
    expect(bristol.records).to.have.length(3);
  });

  it('reads a 1.0 page, and a plain list as one page of everything', () => {
    expect(readPage({ totalElements: 3671, totalPages: 74, number: 0, size: 50, first: true, last: false, content: [{}] }, 'x')).to.deep.include({
      shape: '1.0',
      total: 3671,
      number: 0,
      first: true,
    });
    expect(readPage([{ id: 'a' }, { id: 'b' }], 'x')).to.deep.include({ shape: 'list', total: 2, last: true });
  });

  it('says what an answer is when it is not a page', () => {
    expect(notOruk(() => readPage({ format_version: '1.0', services: [] }, 'x'))).to.contain('a placekit feed: give it to the directory as feed=');
    expect(notOruk(() => readPage({ id: 'a', name: 'Food bank' }, 'x'))).to.contain('a single record, not a page of services');
    expect(notOruk(() => readPage({ results: [], count: 0 }, 'x'))).to.contain('JSON of another shape (with results, count)');
  });

  it('reads a full record, also from a page of one', async () => {
    const record = await fixture<{ id: string }>('/tests/fixtures/real-oruk-bristol/bristol-service-1625ip.json');
    expect(readRecord(record, 'x')).to.equal(record);
    expect(readRecord({ total_items: 1, contents: [record] }, 'x')).to.equal(record);
    expect(notOruk(() => readRecord({ total_items: 0, contents: [] }, 'x'))).to.contain('did not answer with a service record');
  });
});

describe('A search as API parameters', () => {
  const all = ['category', 'age', 'day', 'open', 'miles', 'area', 'free'] as const;
  it('leaves out a filter with no ORUK parameter, and says so', () => {
    const query = queryOf(request({ filters: { area: 'parkhead', free: true, kind: 'service' } }), '3.0', all);
    expect(query.params).to.deep.equal([]);
    expect(query.ignored).to.deep.equal(['area', 'free']);
    expect(query.none).to.equal(false);
  });

  it('asks "open now" on today’s UK date and time in summer (UK time is not UTC)', () => {
    const at = new Date('2026-07-05T23:30:00Z'); // Monday 00:30 in the UK
    expect(queryOf(request({ filters: { open: true }, at }), '3.0', all).params).to.deep.equal([
      ['day', 'Monday'],
      ['start_time', '00:30'],
      ['end_time', '00:30'],
    ]);
  });

  it('reads a page’s list of filters: words in any case, commas allowed, "none", the profile’s by default', () => {
    expect(readFilterList('Category, postcode')).to.deep.equal({ filters: ['category', 'miles'], unknown: [] });
    expect(readFilterList('none')).to.deep.equal({ filters: [], unknown: [] });
    expect(readFilterList('age colour')).to.deep.equal({ filters: ['age'], unknown: ['colour'] });
    expect(readFilterList(null).filters).to.deep.equal(['category', 'age', 'day', 'open']);
  });
});
