import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Entry } from '../../src/place-directory/entries.js';
import type { DirectorySource, SearchRequest, SearchResponse } from '../../src/place-directory/source.js';
import { expectAccessible } from '../support/axe.js';
import { $, directory, heading, resultNames } from './helpers.js';

/** A stand-in for a remote Open Referral UK API: answers later, one page at a time, and records what it was asked. */
class RemoteLikeSource implements DirectorySource {
  requests: SearchRequest[] = [];
  categories = [{ key: 'advice', name: 'Advice' }];
  private entries: Entry[] = Array.from({ length: 23 }, (_, i) => ({
    n: i,
    id: `remote-${i}`,
    kind: 'service' as const,
    record: { id: `remote-${i}`, name: `Remote service ${i + 1}` },
    name: `Remote service ${i + 1}`,
    organisation: 'Example API',
    description: 'Served by a remote directory.',
    categories: ['advice'],
    areaIds: [],
    points: [],
    schedules: [],
    free: true,
  }));

  search(request: SearchRequest): Promise<SearchResponse> {
    this.requests.push(request);
    const matching = this.entries.filter((e) => e.name.toLowerCase().includes(request.query.trim().toLowerCase()));
    const start = (request.page - 1) * request.pageSize;
    return new Promise((resolve) =>
      setTimeout(
        () =>
          resolve({
            total: matching.length,
            hits: matching.slice(start, start + request.pageSize).map((entry) => ({ entry })),
            facets: { category: { advice: matching.length }, area: {}, kind: { service: matching.length }, day: {}, miles: {}, free: matching.length, open: 0 },
          }),
        20,
      ),
    );
  }

  get(id: string): Promise<Entry | undefined> {
    return Promise.resolve(this.entries.find((e) => e.id === id));
  }
}

describe('<place-directory>: another source behind the same interface', () => {
  it('searches, pages and opens details through a source that answers asynchronously', async () => {
    const el = await directory();
    const source = new RemoteLikeSource();
    el.source = source;
    await waitUntil(() => heading(el) === '23 results', 'the remote results');
    expect(resultNames(el)[0]).to.equal('Remote service 1');
    $<HTMLInputElement>(el, '#query').focus();
    const searched = oneEvent(el, 'place-search');
    await sendKeys({ type: 'service 2' });
    await waitUntil(() => heading(el) === '5 results', 'filtered by the source');
    expect((await searched).detail.count, 'the count the source gave').to.equal(5);
    expect(source.requests.at(-1)).to.deep.include({ query: 'service 2', page: 1, pageSize: 10 });
    expect($<HTMLSelectElement>(el, '#f-category').options[1].textContent).to.equal('Advice (5)');
    await expectAccessible(el);
    let selected = 0;
    el.addEventListener('place-select', () => selected++);
    expect(await el.showEntry('remote-21')).to.equal(true);
    await waitUntil(() => $(el, '.details'));
    expect($(el, '#details-title').textContent).to.equal('Remote service 22');
    expect(selected, 'the page opened it, not the resident').to.equal(0);
  });
});
