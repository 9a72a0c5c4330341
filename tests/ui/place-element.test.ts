import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { resetFeedCache } from '../../src/feed/load/load.js';
import type { FeedResult } from '../../src/feed/load/read.js';
import { PlaceElement } from '../../src/ui/place-element.js';
import type { FeedErrorDetail, FeedLoadDetail } from '../../src/ui/events.js';
import { define } from '../../src/ui/define.js';
import '../../src/place-feed/index.js';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../support/axe.js';
import { nextFeedEvent, requestCount, testFeedUrl, uniqueKey } from '../support/fixtures.js';

/** The smallest real element: it shows how many services the feed has. */
class CountWidget extends PlaceElement {
  protected override renderFeed(result: FeedResult) {
    return litHtml`<p class="count">${result.feed.services.length} services</p>`;
  }
}
define('count-widget', CountWidget);

/** An element with a heading, as real elements have: focus goes to it after a successful retry. */
class HeadingWidget extends PlaceElement {
  protected override renderFeed(result: FeedResult) {
    return litHtml`<h2 class="heading">${result.feed.publisher.name}</h2><p>${result.feed.services.length} services</p>`;
  }
}
define('heading-widget', HeadingWidget);

/** An element that embeds another placekit element in its shadow root, as the plan embeds a contact card and a form. */
class OuterWidget extends PlaceElement {
  protected override renderFeed() {
    return litHtml`<p>Outer</p><count-widget feed=${this.feed ?? ''}></count-widget><count-widget feed=${this.feed ?? ''}></count-widget>`;
  }
}
define('outer-widget', OuterWidget);

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element, selector: string) => shadow(el).querySelector(selector)?.textContent?.trim();

/** Renders a template and waits until its (single) element has loaded or failed. */
async function loaded<T extends Element>(template: Parameters<typeof fixture>[0]): Promise<T> {
  const outcome = nextFeedEvent();
  const el = await fixture<T>(template);
  await outcome;
  return el;
}

describe('PlaceElement', () => {
  const originalError = console.error;
  let errors: string[];
  beforeEach(() => {
    resetFeedCache();
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
  });
  afterEach(() => {
    console.error = originalError;
  });

  it("shows the page's fallback content until the feed has loaded, then its own", async () => {
    const outcome = nextFeedEvent();
    const el = await fixture<CountWidget>(
      html`<count-widget feed=${testFeedUrl({ key: uniqueKey(), delay: 300 })}><p>Call 0141 496 0000 for help.</p></count-widget>`,
    );
    const slot = shadow(el).querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Call 0141 496 0000 for help.']);
    await expectAccessible(el);
    await outcome;
    expect(shadow(el).querySelector('slot')).to.equal(null);
    expect(text(el, '.count')).to.match(/^\d+ services$/);
    await expectAccessible(el);
  });

  it('says it is loading, politely, when the page gave no fallback', async () => {
    const outcome = nextFeedEvent();
    const el = await fixture<CountWidget>(html`<count-widget feed=${testFeedUrl({ key: uniqueKey(), delay: 300 })}></count-widget>`);
    const loading = shadow(el).querySelector('.loading')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.textContent).to.equal('Loading…');
    await outcome;
  });

  it('fires place-feed-load after rendering, bubbling out of shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const host = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('count-widget') as CountWidget;
    el.feed = testFeedUrl({ key: uniqueKey() });
    const heard = oneEvent(outer, 'place-feed-load');
    host.append(el);
    const event = (await heard) as CustomEvent<FeedLoadDetail>;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.url).to.equal(el.feedUrl);
    expect(event.detail.counts.services.kept).to.be.greaterThan(59);
    expect(event.detail.warnings).to.deep.equal([]);
    expect(event.detail.publisher).to.be.a('string');
    expect(text(el, '.count')).to.match(/services/);
  });

  it('shows a plain error with a retry button, fires place-feed-error, and recovers on retry', async () => {
    const key = uniqueKey('retry');
    const failed = nextFeedEvent();
    const el = await fixture<CountWidget>(html`<count-widget feed=${testFeedUrl({ key, fail_first: 2 })}></count-widget>`);
    const event = await failed;
    expect(event.type).to.equal('place-feed-error');
    expect((event as CustomEvent<FeedErrorDetail>).detail).to.include({ kind: 'http', status: 503 });
    expect((event as CustomEvent<FeedErrorDetail>).detail.message).to.match(/HTTP 503/);
    expect(errors.some((line) => /HTTP 503/.test(line))).to.equal(true);
    const panel = shadow(el).querySelector('[part="error"]')!;
    expect(panel.textContent).to.match(/Sorry, we could not load this/);
    expect(panel.textContent).to.match(/not available at the moment/);
    expect(panel.querySelector('[role="status"]')).to.not.equal(null);
    await expectAccessible(el);

    // Still failing: the panel comes back, and focus with it, on the retry button.
    const failedAgain = nextFeedEvent();
    shadow(el).querySelector<HTMLButtonElement>('.retry')!.click();
    expect((await failedAgain).type).to.equal('place-feed-error');
    expect(shadow(el).activeElement?.className).to.equal('button secondary retry');

    // The feed comes back: content, and focus on its first block (it has no heading and no field), never
    // the whole widget (issue 17), so keyboard users carry on from there.
    const recovered = nextFeedEvent();
    shadow(el).querySelector<HTMLButtonElement>('.retry')!.click();
    expect((await recovered).type).to.equal('place-feed-load');
    expect(text(el, '.count')).to.match(/^\d+ services$/);
    expect(shadow(el).activeElement?.className).to.equal('count');
    expect(await requestCount(key)).to.equal(3);
  });

  it('keeps the panel and focus on "Try again" while a slow retry runs, says so, then moves focus to the first heading', async () => {
    const key = uniqueKey('slow-retry');
    const failed = nextFeedEvent();
    const el = await fixture<HeadingWidget>(html`<heading-widget feed=${testFeedUrl({ key, fail_first: 1, delay: 2000 })}></heading-widget>`);
    expect((await failed).type).to.equal('place-feed-error');
    const button = shadow(el).querySelector<HTMLButtonElement>('.retry')!;
    button.focus();
    const recovered = nextFeedEvent();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // The same button, still focused, unavailable while the retry runs; the status says what is happening.
    expect(shadow(el).querySelector('.retry')).to.equal(button);
    expect(shadow(el).activeElement).to.equal(button);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(text(el, '[part="error"] [role="status"]')).to.match(/Trying again…/);
    // Pressing it again meanwhile does not start another load.
    button.click();
    await expectAccessible(el);
    expect((await recovered).type).to.equal('place-feed-load');
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('.heading'));
    expect(await requestCount(key)).to.equal(2);
  });

  it('leaves focus alone after a retry if the resident has moved on', async () => {
    const key = uniqueKey('moved-on');
    const failed = nextFeedEvent();
    const page = await fixture<HTMLDivElement>(
      html`<div><input aria-label="Elsewhere" /><heading-widget feed=${testFeedUrl({ key, fail_first: 1, delay: 300 })}></heading-widget></div>`,
    );
    await failed;
    const el = page.querySelector<HeadingWidget>('heading-widget')!;
    const recovered = nextFeedEvent();
    shadow(el).querySelector<HTMLButtonElement>('.retry')!.click();
    page.querySelector('input')!.focus();
    await recovered;
    expect(document.activeElement).to.equal(page.querySelector('input'));
  });

  it("keeps the feed events of placekit elements nested in its shadow root to itself; residents' events go on out", async () => {
    const heard: Event[] = [];
    const listen = (event: Event) => heard.push(event);
    document.addEventListener('place-feed-load', listen);
    document.addEventListener('place-feed-error', listen);
    try {
      const outer = await fixture<OuterWidget>(html`<outer-widget feed=${testFeedUrl({ key: uniqueKey() })}></outer-widget>`);
      const inner = () => [...shadow(outer).querySelectorAll<CountWidget>('count-widget')];
      await waitUntil(() => inner().length === 2 && inner().every((w) => text(w, '.count')), 'the nested elements load');
      await new Promise((done) => setTimeout(done, 100));
      expect(heard.map((event) => `${event.type} ${(event.target as Element).localName}`)).to.deep.equal(['place-feed-load outer-widget']);
      // A form nested in it reports to the page (analytics), its detail naming the form.
      const submitted = oneEvent(document, 'place-feedback-submit');
      inner()[0].dispatchEvent(new CustomEvent('place-feedback-submit', { bubbles: true, composed: true, detail: { key: 'k', formId: 'plan-feedback' } }));
      const event = (await submitted) as CustomEvent<{ formId: string }>;
      expect(event.target).to.equal(outer);
      expect(event.detail.formId).to.equal('plan-feedback');
    } finally {
      document.removeEventListener('place-feed-load', listen);
      document.removeEventListener('place-feed-error', listen);
    }
  });

  it('tells residents to check their connection when the network fails', async () => {
    const el = await loaded<CountWidget>(html`<count-widget feed=${testFeedUrl({ key: uniqueKey(), drop: 1 })}></count-widget>`);
    expect(text(el, '[part="error"] [role="status"]')).to.match(/Check your internet connection/);
  });

  it("keeps the page's fallback below the error", async () => {
    const el = await loaded<CountWidget>(
      html`<count-widget feed=${testFeedUrl({ key: uniqueKey(), status: 404 })}><a href="/services">All services</a></count-widget>`,
    );
    expect(shadow(el).querySelector('slot')!.assignedElements()[0].textContent).to.equal('All services');
  });

  it('explains a missing feed to the editor', async () => {
    const el = await loaded<CountWidget>(html`<count-widget></count-widget>`);
    expect(shadow(el).querySelector('[part="error"]')).to.not.equal(null);
    expect(errors.join('\n')).to.match(/<count-widget> has no feed: set its feed attribute, or put it inside <place-feed/);
  });

  it('aborts the load when removed from the page, and loads when put back', async () => {
    const key = uniqueKey('removed');
    const el = document.createElement('count-widget') as CountWidget;
    el.feed = testFeedUrl({ key, stall: 1500 });
    let failures = 0;
    el.addEventListener('place-feed-error', () => failures++);
    document.body.append(el);
    await new Promise((done) => setTimeout(done, 100));
    el.remove();
    await new Promise((done) => setTimeout(done, 100));
    el.feed = testFeedUrl({ key });
    const loaded = oneEvent(el, 'place-feed-load');
    document.body.append(el);
    await loaded;
    expect(failures).to.equal(0);
    expect(errors).to.deep.equal([]);
    expect(await requestCount(key)).to.equal(2);
    el.remove();
  });

  it('survives being moved within the page without fetching again', async () => {
    const key = uniqueKey('moved');
    const a = await fixture<HTMLDivElement>(html`<div><count-widget feed=${testFeedUrl({ key, delay: 200 })}></count-widget></div>`);
    const el = a.querySelector('count-widget') as CountWidget;
    const loaded = oneEvent(el, 'place-feed-load');
    document.body.append(el);
    await loaded;
    expect(await requestCount(key)).to.equal(1);
    el.remove();
  });

  it('looks the same on a hostile page, and its styles stay inside', async () => {
    const style = document.createElement('style');
    style.textContent = `* { font-size: 30px !important; color: red; letter-spacing: 9px; text-transform: uppercase; line-height: 4; font-family: "Comic Sans MS", cursive; display: inline; }
      button { display: none !important; } a { color: transparent !important; } p { margin: 50px !important; }`;
    document.head.append(style);
    try {
      const el = await loaded<CountWidget>(html`<count-widget feed=${testFeedUrl({ key: uniqueKey(), status: 500 })}></count-widget>`);
      const root = shadow(el).querySelector('.root')!;
      const rootStyle = getComputedStyle(root);
      expect(rootStyle.fontSize).to.equal('16px');
      expect(rootStyle.letterSpacing).to.equal('normal');
      expect(rootStyle.textTransform).to.equal('none');
      expect(rootStyle.color).to.equal('rgb(11, 12, 12)');
      expect(getComputedStyle(el).display).to.equal('block');
      const button = shadow(el).querySelector('.retry')!;
      expect(getComputedStyle(button).display).to.not.equal('none');
      expect(button.getBoundingClientRect().height).to.be.greaterThan(30);
      const paragraph = shadow(el).querySelector('p')!;
      expect(getComputedStyle(paragraph).marginTop).to.not.equal('50px');
      // Nothing of placekit's styles leaks out onto the page.
      const outside = await fixture(html`<p class="button root notice">outside</p>`);
      expect(getComputedStyle(outside).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    } finally {
      style.remove();
    }
  });
});

describe('<place-feed>', () => {
  beforeEach(() => resetFeedCache());

  it("shares one feed with the elements inside it, fetched once; an element's own feed wins", async () => {
    const key = uniqueKey('shared');
    const ownKey = uniqueKey('own');
    const heard: Event[] = [];
    const listen = (event: Event) => heard.push(event);
    document.addEventListener('place-feed-load', listen);
    const wrapper = await fixture(html`
      <place-feed src=${testFeedUrl({ key, delay: 100 })}>
        <section>
          <count-widget></count-widget>
          <count-widget></count-widget>
          <count-widget feed=${testFeedUrl({ key: ownKey, fixture: 'tests/fixtures/feeds/minimal.json' })}></count-widget>
        </section>
        <count-widget></count-widget>
      </place-feed>
    `);
    const widgets = [...wrapper.querySelectorAll<CountWidget>('count-widget')];
    // Four widgets and the wrapper itself.
    await waitUntil(() => heard.length === 5, 'every element loads', { timeout: 5000 });
    document.removeEventListener('place-feed-load', listen);
    expect(widgets.map((w) => text(w, '.count'))).to.deep.equal([
      text(widgets[0], '.count'),
      text(widgets[0], '.count'),
      '1 services',
      text(widgets[0], '.count'),
    ]);
    expect(await requestCount(key)).to.equal(1);
    expect(await requestCount(ownKey)).to.equal(1);
  });

  it('reaches elements inside other shadow roots, and follows a change of src', async () => {
    const wrapper = await fixture(html`<place-feed src=${testFeedUrl({ key: uniqueKey() })}><div></div></place-feed>`);
    const host = wrapper.querySelector('div')!.attachShadow({ mode: 'open' });
    const el = document.createElement('count-widget') as CountWidget;
    const first = nextFeedEvent(el);
    host.append(el);
    expect((await first).type).to.equal('place-feed-load');
    expect(text(el, '.count')).to.match(/^\d{2,} services$/);
    const second = nextFeedEvent(el);
    wrapper.setAttribute('src', testFeedUrl({ key: uniqueKey(), fixture: 'tests/fixtures/feeds/minimal.json' }));
    expect((await second).type).to.equal('place-feed-load');
    expect(text(el, '.count')).to.equal('1 services');
  });

  it('fires its own feed events and adds nothing to the page', async () => {
    const el = document.createElement('place-feed');
    el.setAttribute('src', testFeedUrl({ key: uniqueKey() }));
    el.innerHTML = '<p>Inside</p>';
    const loaded = oneEvent(el, 'place-feed-load');
    document.body.append(el);
    const event = (await loaded) as CustomEvent<FeedLoadDetail>;
    expect(event.detail.counts.services.kept).to.be.greaterThan(59);
    expect(getComputedStyle(el).display).to.equal('contents');
    expect(el.feedResult?.feed.services.length).to.be.greaterThan(59);
    el.remove();
  });
});
