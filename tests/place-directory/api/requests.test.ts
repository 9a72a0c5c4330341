/**
 * How the API source treats the API and the resident's typing: one request per pause, the one before
 * aborted, only the latest answer used, answers kept for the visit, 429's Retry-After honoured, and a
 * distinct error (and one console message for the editor) for each way a request can fail, CORS included.
 */
import { expect } from '@open-wc/testing';
import { isAborted, isApiError, type ApiError } from '../../../src/place-directory/api/index.js';
import { retryAfterSeconds } from '../../../src/place-directory/api/http.js';
import type { SearchResponse } from '../../../src/place-directory/source.js';
import { answer, names, otherOrigin, pause, request, standin } from './helpers.js';

/** The error a search fails with. */
async function failure(value: SearchResponse | Promise<SearchResponse>): Promise<ApiError> {
  try {
    await value;
  } catch (error) {
    expect(isApiError(error), String(error)).to.equal(true);
    return error as ApiError;
  }
  throw new Error('the search did not fail');
}

/** Console errors and warnings while `run` runs. */
async function consoleOf(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const { error, warn } = console;
  console.error = (message: string) => seen.push(message);
  console.warn = (message: string) => seen.push(message);
  try {
    await run();
  } finally {
    Object.assign(console, { error, warn });
  }
  return seen;
}

describe('ApiDirectorySource: typing, aborts and the latest answer', () => {
  it('sends one request for a word typed at speed, and only the last word’s answer counts', async () => {
    const api = standin({ latency: 50 });
    const source = api.source({ debounce: 150 });
    await answer(source.search(request()));
    const typed = ['f', 'fo', 'foo', 'food'].map((query) => source.search(request({ query })));
    const outcomes = await Promise.allSettled(typed);
    expect(
      outcomes.slice(0, 3).every((o) => o.status === 'rejected' && isAborted(o.reason)),
      'earlier keystrokes given up',
    ).to.equal(true);
    const last = outcomes[3] as PromiseFulfilledResult<SearchResponse>;
    expect(last.value.total).to.be.greaterThan(0);
    const searches = await api.searches();
    expect(searches.map((r) => r.params.search)).to.deep.equal([undefined, 'food']);
  });

  it('aborts the request on its way when a newer search comes, and uses only the newer answer', async () => {
    const api = standin({ latency: 400 });
    const source = api.source();
    const older = source.search(request({ page: 2 }));
    await pause(100);
    const newer = source.search(request({ page: 3 }));
    const [first, second] = await Promise.allSettled([older, newer]);
    expect(first.status === 'rejected' && isAborted(first.reason), 'the older search is given up').to.equal(true);
    expect((second as PromiseFulfilledResult<SearchResponse>).value.hits).to.have.length(10);
    await pause(450);
    const searches = await api.searches();
    expect(searches.map((r) => [r.params.page, r.aborted])).to.deep.equal([
      ['2', true],
      ['3', false],
    ]);
  });

  it('answers a search seen before from memory, at once, and gives up a slower one it replaces', async () => {
    const api = standin({ latency: 300 });
    const source = api.source();
    const first = await answer(source.search(request({ query: 'club' })));
    const slow = source.search(request({ query: 'club', page: 2 }));
    await pause(100);
    const again = source.search(request({ query: 'club' }));
    expect(again).not.to.be.instanceOf(Promise);
    expect(names(again as SearchResponse)).to.deep.equal(names(first));
    expect(isAborted(await failure(slow))).to.equal(true);
    await pause(350);
    expect((await api.searches()).map((r) => r.aborted)).to.deep.equal([false, true]);
  });

  it('gives up the search on its way when closed', async () => {
    const api = standin({ latency: 300 });
    const source = api.source();
    const pending = source.search(request({ page: 5 }));
    await pause(100);
    source.close();
    expect(isAborted(await failure(pending))).to.equal(true);
    await pause(300);
    expect((await api.searches()).map((r) => r.aborted)).to.deep.equal([true]);
  });

  it('joins a search already on its way rather than asking again', async () => {
    const api = standin({ latency: 100 });
    const source = api.source();
    const [a, b] = await Promise.all([source.search(request({ page: 4 })), source.search(request({ page: 4 }))]);
    expect(a).to.equal(b);
    expect(await api.searches()).to.have.length(1);
  });
});

describe('ApiDirectorySource: what a resident searched for stays between the page and the API', () => {
  it('asks without cookies, out of the HTTP cache, with the origin alone as referrer, and stores nothing', async () => {
    const api = standin();
    const asked: Array<{ url: string; init?: RequestInit }> = [];
    const source = api.source({
      fetch: (url, init) => {
        asked.push({ url, init });
        return fetch(url, init);
      },
    });
    localStorage.clear();
    sessionStorage.clear();
    await answer(source.search(request({ query: 'debt advice' })));
    await source.get((await answer(source.search(request({ query: 'debt advice' })))).hits[0].entry.id);
    expect(asked.length).to.be.at.least(2);
    for (const { url, init } of asked) {
      expect(new URL(url, location.href).pathname, 'only the API').to.match(/^\/__test\/oruk\//);
      expect(init).to.deep.include({ credentials: 'omit', cache: 'no-store', referrerPolicy: 'strict-origin' });
    }
    expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal([0, 0, '']);
  });
});

describe('ApiDirectorySource: 429 and Retry-After', () => {
  it('waits as long as Retry-After asks, then asks once more', async () => {
    const api = standin({ busy: 1, retry: 1 });
    const response = await answer(api.source().search(request()));
    expect(response.total).to.equal(120);
    const [refused, accepted] = await api.searches();
    expect([refused.status, accepted.status]).to.deep.equal([429, 200]);
    expect(accepted.at - refused.at).to.be.at.least(950);
  });

  it('fails with the time to wait when asked to wait long, and sends nothing before it has passed', async () => {
    const api = standin({ busy: 5, retry: 120 });
    const source = api.source();
    let error: ApiError | undefined;
    const messages = await consoleOf(async () => (error = await failure(source.search(request()))));
    expect(error!.kind).to.equal('rate-limited');
    expect(error!.retryAfter).to.equal(120);
    expect(messages[0]).to.contain('answered 429 Too Many Requests, asking to wait 120 seconds');
    const next = await failure(source.search(request({ page: 2 })));
    expect(next.kind).to.equal('rate-limited');
    expect(next.retryAfter).to.be.within(118, 120);
    expect(await api.searches(), 'nothing sent while the API asked to wait').to.have.length(1);
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterSeconds('30')).to.equal(30);
    expect(retryAfterSeconds(new Date(Date.now() + 90_000).toUTCString())).to.be.within(89, 91);
    expect(retryAfterSeconds(null), 'not exposed to the page').to.equal(undefined);
    expect(retryAfterSeconds('soon')).to.equal(undefined);
  });
});

describe('ApiDirectorySource: failures, told to the editor', () => {
  it('an HTTP error: kind http, the status, one console message without what the resident searched for', async () => {
    const api = standin({ status: 500 });
    const source = api.source();
    let error: ApiError | undefined;
    const messages = await consoleOf(async () => {
      error = await failure(source.search(request({ query: 'debt advice' })));
      await failure(source.search(request({ query: 'debt advice', page: 2 })));
    });
    expect(error!.kind).to.equal('http');
    expect(error!.status).to.equal(500);
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('answered HTTP 500').and.contain('/services').and.not.contain('debt');
  });

  it('a server that cannot be reached: kind unreachable', async () => {
    const api = standin({ drop: 1 });
    const messages = await consoleOf(async () => expect((await failure(api.source().search(request()))).kind).to.equal('unreachable'));
    expect(messages[0]).to.contain('could not be reached');
  });

  it('a CORS refusal: kind cors, and the editor is told the API must send Access-Control-Allow-Origin for this site', async () => {
    const api = standin({ cors: 'refuse' }, otherOrigin());
    let error: ApiError | undefined;
    const messages = await consoleOf(async () => (error = await failure(api.source().search(request({ query: 'food' })))));
    expect(error!.kind).to.equal('cors');
    expect(messages[0]).to.contain(`must send Access-Control-Allow-Origin for this site (${location.origin})`).and.contain('placekit check-api');
    expect(messages[0]).not.to.contain('food');
    // And with CORS allowed, the same API answers the page.
    const allowed = standin({}, otherOrigin());
    expect((await answer(allowed.source().search(request()))).total).to.equal(120);
  });

  it('an answer that is not Open Referral UK: kind not-oruk, saying what it was', async () => {
    for (const [kind, said] of [
      ['html', 'an HTML page'],
      ['other', 'JSON of another shape (with data, count)'],
      ['text', 'text that is not JSON'],
    ]) {
      const api = standin({ answer: kind });
      let error: ApiError | undefined;
      const messages = await consoleOf(async () => (error = await failure(api.source().search(request()))));
      expect(error!.kind).to.equal('not-oruk');
      expect(messages[0]).to.contain(said);
    }
  });

  it('no answer in time: kind timeout', async () => {
    const api = standin({ latency: 2000 });
    let error: ApiError | undefined;
    const messages = await consoleOf(async () => (error = await failure(api.source({ timeout: 300 }).search(request()))));
    expect(error!.kind).to.equal('timeout');
    expect(messages[0]).to.contain('did not answer within 0.3 seconds');
  });

  it('a failed full record fails (to try again); a missing one is undefined', async () => {
    const down = standin({ status: 503 });
    const messages = await consoleOf(async () => {
      try {
        await down.source().get('svc-1');
        expect.fail('get should fail');
      } catch (error) {
        expect((error as ApiError).kind).to.equal('http');
      }
    });
    expect(messages[0], 'the id of the service opened is not named').to.contain('/services/{id} answered HTTP 503').and.not.contain('svc-1');
    expect(await standin({ details: 0 }).source().get('svc-1')).to.equal(undefined);
  });
});
