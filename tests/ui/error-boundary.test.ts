/**
 * The error boundary in the base element (place-element.ts), for every element: an unexpected error while
 * drawing never leaves it blank, half drawn or stuck on "Loading". It shows its error panel, says so once
 * (console and `place-error`), and its button loads the feed afresh and draws again.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/place-connector/index.js';
import '../../src/place-directory/index.js';
import '../../src/place-feedback/index.js';
import '../../src/place-plan/index.js';
import { resetFeedCache } from '../../src/feed/load/load.js';
import type { PlaceElement } from '../../src/ui/place-element.js';
import { expectAccessible } from '../support/axe.js';
import { $, focused, text } from '../support/dom.js';
import { SAMPLE_FEED_URL, nextFeedEvent } from '../support/fixtures.js';

const CONNECTOR = '84ba2cd7-fbe8-5bbc-8011-521ed5527de4';

const CASES = [
  { tag: 'place-directory', attributes: {}, retry: 'Try loading the directory again' },
  { tag: 'place-plan', attributes: { area: 'parkhead' }, retry: 'Try loading the Locality Plan again' },
  { tag: 'place-connector', attributes: { connector: CONNECTOR }, retry: 'Try loading the contact details again' },
  { tag: 'place-feedback', attributes: { form: 'page-feedback' }, retry: 'Try loading the form again' },
] as const;

type Breakable = PlaceElement & { renderFeed: (...args: unknown[]) => unknown };

/** Console errors placekit writes meanwhile (others pass through). */
function watchConsole(): { errors: unknown[][]; restore: () => void } {
  const real = console.error;
  const errors: unknown[][] = [];
  console.error = (...args: unknown[]) => (String(args[0]).startsWith('placekit:') ? errors.push(args) : real(...args));
  return { errors, restore: () => (console.error = real) };
}

/** An element whose drawing throws while `broken()`; the rest as it is. */
async function breakable(tag: string, attributes: Record<string, string>, broken: () => boolean, error = new Error('boom while drawing')): Promise<Breakable> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement(tag) as Breakable;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.setAttribute('feed', SAMPLE_FEED_URL);
  const real = el.renderFeed;
  el.renderFeed = function (this: Breakable, ...args: unknown[]) {
    if (broken()) throw error;
    return real.apply(this, args);
  };
  const loaded = nextFeedEvent();
  wrapper.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

describe('error boundary: an element that cannot draw shows its error panel, never blank or stuck', () => {
  beforeEach(() => resetFeedCache());

  for (const { tag, attributes, retry } of CASES) {
    it(`<${tag}>: shows the panel, reports once, and draws again after its button`, async () => {
      const heard: CustomEvent[] = [];
      const listen = (event: Event) => heard.push(event as CustomEvent);
      document.addEventListener('place-error', listen);
      const log = watchConsole();
      let broken = true;
      try {
        const el = await breakable(tag, attributes, () => broken);
        const panel = $(el, '[part="error"]');
        expect(panel, 'the error panel shows').to.exist;
        expect(text(panel)).to.contain('This information is not available at the moment. Please try again later.');
        expect(text($(el, '.retry'))).to.equal(retry);
        expect(heard.map((e) => e.detail)).to.deep.equal([{ message: 'boom while drawing' }]);
        expect(heard[0].target).to.equal(el);
        expect(heard[0].bubbles && heard[0].composed).to.equal(true);
        expect(log.errors.length).to.equal(1);
        expect(String(log.errors[0][0])).to.contain(`<${tag}>`);
        expect(log.errors[0][1]).to.be.instanceOf(Error);

        // Further updates that fail the same way keep the panel and say nothing more.
        el.requestUpdate();
        await el.updateComplete;
        expect($(el, '[part="error"]')).to.exist;
        expect(heard.length).to.equal(1);
        expect(log.errors.length).to.equal(1);
        await expectAccessible(el);

        // The resident presses the button: the feed is fetched afresh and the element draws.
        broken = false;
        const reloaded = nextFeedEvent();
        $(el, '.retry').focus();
        $(el, '.retry').click();
        await reloaded;
        await el.updateComplete;
        await waitUntil(() => !$(el, '[part="error"]') && focused(el), 'the content is back, with the focus in it');
        expect(focused(el)!.matches('h2, h3, h4, h5, h6, .root'), 'focus on its first heading').to.equal(true);
        expect(heard.length).to.equal(1);
      } finally {
        document.removeEventListener('place-error', listen);
        log.restore();
      }
    });
  }

  it('a retry that fails again keeps the panel, focus on its button, and says so again', async () => {
    const heard: Event[] = [];
    const listen = (event: Event) => heard.push(event);
    document.addEventListener('place-error', listen);
    const log = watchConsole();
    try {
      const el = await breakable('place-plan', { area: 'parkhead' }, () => true);
      const reloaded = nextFeedEvent();
      $(el, '.retry').focus();
      $(el, '.retry').click();
      await reloaded;
      await waitUntil(() => focused(el)?.classList.contains('retry'), 'focus back on the button');
      expect(text($(el, '[part="error"]'))).to.contain('This information is not available at the moment.');
      expect(heard.length).to.equal(2);
    } finally {
      document.removeEventListener('place-error', listen);
      log.restore();
    }
  });

  it('a value the contact card cannot draw (its clock throws) shows the panel, not a blank card', async () => {
    const log = watchConsole();
    try {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('place-connector') as PlaceElement & { now: () => Date };
      el.setAttribute('connector', CONNECTOR);
      el.setAttribute('feed', SAMPLE_FEED_URL);
      el.now = () => {
        throw new RangeError('Invalid time value');
      };
      const loaded = nextFeedEvent();
      wrapper.append(el);
      await loaded;
      await el.updateComplete;
      expect($(el, '[part="error"]')).to.exist;
      expect($(el, '[part="card"]')).to.equal(null);
      expect(log.errors.length).to.equal(1);
    } finally {
      log.restore();
    }
  });
});
