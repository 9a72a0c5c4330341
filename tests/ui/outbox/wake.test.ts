/**
 * Pages of the same site, as same-origin frames with their own copy of every module: waiting feedback is
 * delivered when any placekit element loads, once however many tabs wake, and a page with nothing
 * waiting does not even download the outbox.
 */
import { expect } from '@open-wc/testing';
import { feedDataUrl, minimalFeed } from '../../support/fixtures.js';
import { receiver, stored, submission, until } from './helpers.js';

const PREFIX = 'placekit-outbox:';
const frames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
  for (const key of stored(PREFIX)) localStorage.removeItem(key);
});

/** A page of the site (a same-origin frame) with this body; resolves once its scripts have run. */
async function page(body: string): Promise<Window & { ready?: boolean; heard?: string[]; outbox?: typeof import('../../../src/ui/outbox/outbox.js') }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><body>${body}<script type="module">window.ready = true;</script></body></html>`;
  document.body.append(frame);
  frames.push(frame);
  await until(() => (frame.contentWindow as Window & { ready?: boolean })?.ready, 'the page loaded', 10_000);
  return frame.contentWindow as Window;
}

/** Puts a submission in the outbox as an earlier page left it (the tab closed before delivery). */
function waiting(url: string) {
  const sub = submission();
  localStorage.setItem(PREFIX + sub.idempotency_key, JSON.stringify({ endpoint: url, body: JSON.stringify(sub), created: Date.now() }));
  return sub;
}

const loaded = (win: Window, module: string) => win.performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/ui/outbox/${module}.`));
const loadedOutbox = (win: Window) => loaded(win, 'outbox');
const FEED = feedDataUrl(minimalFeed());

describe('waking the outbox when a page of the site loads', () => {
  for (const [element, markup] of [
    ['<place-plan>', `<script type="module" src="/src/place-plan/index.ts"></script><place-plan feed="${FEED}"></place-plan>`],
    ['<place-feed>', `<script type="module" src="/src/place-feed/index.ts"></script><place-feed src="${FEED}"><p>Hello</p></place-feed>`],
  ]) {
    it(`a page with only ${element} delivers what was waiting, once`, async () => {
      const endpoint = receiver('200');
      const sub = waiting(endpoint.url);
      const win = await page(markup);
      await until(() => stored(PREFIX).length === 0, 'delivered and removed');
      const requests = await endpoint.log();
      expect(requests.map((r) => [r.key, r.body])).to.deep.equal([[sub.idempotency_key, JSON.stringify(sub)]]);
      expect(loadedOutbox(win), 'the outbox was loaded to do it').to.be.true;
    });
  }

  it('a page with nothing waiting does not download the outbox', async () => {
    const win = await page(`<script type="module" src="/src/place-plan/index.ts"></script><place-plan feed="${FEED}"></place-plan>`);
    await until(() => win.document.querySelector('place-plan')?.shadowRoot, 'the plan rendered');
    // The check runs after the page's first task; give it a few.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(
      win.performance.getEntriesByType('resource').some((entry) => entry.name.includes('/place-plan/')),
      'resource timing sees modules',
    ).to.be.true;
    expect(loadedOutbox(win)).to.be.false;
    expect(loaded(win, 'drafts'), 'nor the drafts code').to.be.false;
  });

  it('any page of the site tidies drafts left on other pages: one older than 7 days removed, one a day old without its personal answers', async () => {
    const day = 86_400_000;
    const [old, dayOld, fresh] = [
      'placekit-feedback-draft:page-feedback:/old',
      'placekit-feedback-draft:page-feedback:/yesterday',
      'placekit-feedback-draft:page-feedback:/today',
    ];
    localStorage.setItem(old, JSON.stringify({ saved: Date.now() - 8 * day, answers: { improve: 'Old' } }));
    localStorage.setItem(dayOld, JSON.stringify({ saved: Date.now() - day - 1000, answers: { improve: 'Yesterday' }, personal: { email: 'a@example.org' } }));
    localStorage.setItem(fresh, JSON.stringify({ saved: Date.now(), answers: { improve: 'Today' }, personal: { email: 'b@example.org' } }));
    try {
      const win = await page(`<script type="module" src="/src/place-plan/index.ts"></script><place-plan feed="${FEED}"></place-plan>`);
      await until(() => localStorage.getItem(old) === null, 'the old draft removed');
      await until(() => !JSON.parse(localStorage.getItem(dayOld)!).personal, 'the day-old draft without its personal answers');
      expect(JSON.parse(localStorage.getItem(dayOld)!).answers).to.deep.equal({ improve: 'Yesterday' });
      expect(JSON.parse(localStorage.getItem(fresh)!).personal).to.deep.equal({ email: 'b@example.org' });
      expect(loaded(win, 'drafts')).to.be.true;
      expect(loadedOutbox(win)).to.be.false;
    } finally {
      for (const key of [old, dayOld, fresh]) localStorage.removeItem(key);
    }
  });

  it('two tabs waking at once deliver a waiting submission once, and both hear it', async () => {
    const endpoint = receiver('slow:300');
    const sub = waiting(endpoint.url);
    const script = `<script type="module">
      import * as outbox from '/src/ui/outbox/outbox.ts';
      window.heard = [];
      outbox.onDelivered((key) => window.heard.push(key));
      window.outbox = outbox;
    </script>`;
    const [one, two] = [await page(script), await page(script)];
    await until(() => one.outbox && two.outbox, 'both tabs have their outbox');
    one.outbox!.wake();
    two.outbox!.wake();
    await until(() => one.heard!.length && two.heard!.length, 'both tabs heard it was delivered');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(one.heard).to.deep.equal([sub.idempotency_key]);
    expect(two.heard).to.deep.equal([sub.idempotency_key]);
    expect((await endpoint.log()).map((r) => r.key)).to.deep.equal([sub.idempotency_key]);
    expect(stored(PREFIX)).to.deep.equal([]);
  });

  it('the connection coming back wakes it on a page that has been open all along', async () => {
    const win = await page(`<script type="module" src="/src/place-feed/index.ts"></script><place-feed src="${FEED}"></place-feed>`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(loadedOutbox(win)).to.be.false;
    const endpoint = receiver('200');
    const sub = waiting(endpoint.url);
    win.dispatchEvent(new Event('online'));
    await until(() => stored(PREFIX).length === 0, 'delivered and removed');
    expect((await endpoint.log()).map((r) => r.key)).to.deep.equal([sub.idempotency_key]);
  });
});
