import { expect, waitUntil } from '@open-wc/testing';
import { fetchCount, forgetFeed, forgetReader, loadFeed, reader, resetFeedCache, resolveFeedUrl } from '../../../src/feed/load/load.js';
import { FeedError } from '../../../src/feed/load/problems.js';
import { feedDataUrl, minimalFeed, requestCount, testFeedUrl, uniqueKey } from '../../support/fixtures.js';

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the load to fail');
}

async function feedError(promise: Promise<unknown>, kind: string): Promise<FeedError> {
  const error = await failure(promise);
  expect(error, String(error)).to.be.instanceOf(FeedError);
  expect((error as FeedError).kind).to.equal(kind);
  return error as FeedError;
}

describe('loadFeed', () => {
  let errors: string[];
  const originalError = console.error;
  beforeEach(() => {
    resetFeedCache();
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
  });
  afterEach(() => {
    console.error = originalError;
  });

  it('loads and checks a feed', async () => {
    const result = await loadFeed(testFeedUrl({ key: uniqueKey() }));
    expect(result.feed.services.length).to.be.greaterThan(59);
    expect(result.warnings).to.deep.equal([]);
  });

  it('says a feed cannot be read when its reader cannot be fetched, and reads it once it can', async () => {
    // The reader (parse.ts) is not in a page's first download: it is fetched as the feed's fetch starts.
    const { load } = reader;
    let asked = 0;
    reader.load = () => (asked++, Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    forgetReader();
    try {
      const url = testFeedUrl({ key: uniqueKey() });
      const error = await feedError(loadFeed(url), 'network');
      expect(error.message).to.contain('could not load its feed reader');
      expect(asked).to.equal(1);
      reader.load = load;
      // The failure is forgotten, the reader's and the feed's: "Try again" fetches both.
      const result = await loadFeed(url);
      expect(result.feed.services.length).to.be.greaterThan(59);
    } finally {
      reader.load = load;
      forgetReader();
    }
  });

  it('fetches a URL once however many callers ask, even written differently', async () => {
    const key = uniqueKey('once');
    const url = testFeedUrl({ key, delay: 100 });
    const absolute = new URL(url, document.baseURI).href;
    const results = await Promise.all([loadFeed(url), loadFeed(url), loadFeed(absolute), loadFeed(url)]);
    expect(new Set(results).size).to.equal(1);
    await loadFeed(url);
    expect(await requestCount(key)).to.equal(1);
    expect(fetchCount.get(resolveFeedUrl(url))).to.equal(1);
  });

  it('lets one caller abort without stopping the fetch for the others', async () => {
    const key = uniqueKey('abort-one');
    const url = testFeedUrl({ key, delay: 300 });
    const controller = new AbortController();
    const leaving = loadFeed(url, { signal: controller.signal });
    const staying = loadFeed(url);
    controller.abort();
    const error = await failure(leaving);
    expect((error as DOMException).name).to.equal('AbortError');
    const result = await staying;
    expect(result.feed.publisher.name).to.be.a('string');
    expect(await requestCount(key)).to.equal(1);
  });

  it('stops the fetch when every caller has aborted, and fetches again next time', async () => {
    const key = uniqueKey('abort-all');
    const url = testFeedUrl({ key, stall: 2000 });
    const controller = new AbortController();
    const loading = loadFeed(url, { signal: controller.signal });
    await new Promise((done) => setTimeout(done, 100));
    controller.abort();
    expect(((await failure(loading)) as DOMException).name).to.equal('AbortError');
    const again = loadFeed(testFeedUrl({ key }));
    expect((await again).feed.format_version).to.equal('1.0');
    expect(fetchCount.get(resolveFeedUrl(url))).to.equal(1);
    expect(errors).to.deep.equal([]);
  });

  it('rejects at once when the signal has already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(((await failure(loadFeed(testFeedUrl({ key: uniqueKey() }), { signal: controller.signal }))) as DOMException).name).to.equal('AbortError');
  });

  it('times out a server that does not answer, and a feed that stops arriving part way', async () => {
    const silent = await feedError(loadFeed(testFeedUrl({ key: uniqueKey(), delay: 3000 }), { timeout: 200 }), 'timeout');
    expect(silent.message).to.match(/did not answer within/);
    const stalled = await feedError(loadFeed(testFeedUrl({ key: uniqueKey(), stall: 3000 }), { timeout: 300 }), 'timeout');
    expect(stalled.message).to.match(/did not (answer|finish arriving)/);
  });

  it('tells each failure apart, for the editor in the console', async () => {
    const http = await feedError(loadFeed(testFeedUrl({ status: 404, key: uniqueKey() })), 'http');
    expect(http.status).to.equal(404);
    expect(http.message).to.match(/HTTP 404/);
    const server = await feedError(loadFeed(testFeedUrl({ status: 503, key: uniqueKey() })), 'http');
    expect(server.status).to.equal(503);
    await feedError(loadFeed(testFeedUrl({ drop: 1, key: uniqueKey() })), 'network');
    await feedError(loadFeed('http://127.0.0.1:9/feed.json'), 'network');
    expect((await feedError(loadFeed(testFeedUrl({ html: 1, key: uniqueKey() })), 'not-json')).message).to.match(/HTML page/);
    await feedError(loadFeed(testFeedUrl({ text: '{"format_version":', key: uniqueKey() })), 'not-json');
    await feedError(loadFeed(feedDataUrl({ ...minimalFeed(), format_version: '3.1' })), 'version');
    await feedError(loadFeed(feedDataUrl({ format_version: '1.0', publisher: 'me' })), 'schema');
    expect(errors.length).to.equal(8);
    expect(errors.every((line) => line.startsWith('placekit: '))).to.equal(true);
  });

  it('forgets a failure so that a retry fetches again', async () => {
    const key = uniqueKey('retry');
    await feedError(loadFeed(testFeedUrl({ key, status: 500 })), 'http');
    const url = testFeedUrl({ key });
    forgetFeed(url);
    expect((await loadFeed(url)).feed.services.length).to.be.greaterThan(0);
    expect(await requestCount(key)).to.equal(2);
  });

  it('loads a partial feed: the good records, and warnings for the rest, reported once in the console', async () => {
    const warned: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.join(' '));
    try {
      const feed = minimalFeed({ services: [{ id: 'a', name: 'Kept' }, { id: 'b' }, { id: 'c', name: 'Also kept', url: 'javascript:x' }] });
      const url = feedDataUrl(feed);
      const [first, second] = await Promise.all([loadFeed(url), loadFeed(url)]);
      expect(first).to.equal(second);
      expect(first.feed.services.map((s) => s.name)).to.deep.equal(['Kept', 'Also kept']);
      expect(first.warnings.map((w) => `${w.action} ${w.path}`)).to.deep.equal(['skipped services[1].name', 'dropped services[2].url']);
      // The console's report is loaded on demand (src/feed/validator/report.ts): one line per kind of problem.
      await waitUntil(() => warned.length > 0, 'the console report');
      expect(warned).to.have.length(2);
      expect(warned[0]).to.match(/^services\[1\]\.name: is required; record skipped/);
    } finally {
      console.warn = originalWarn;
    }
  });
});
