/**
 * A hostile-feed corpus (tests/fixtures/hostile-feed.json: non-ISO currencies, bad publisher values, values
 * nested 100,000 deep, megabyte strings, 100,000-item lists, million-point scales, prototype keys, markup,
 * schemes, bidi overrides, control characters...) in every element: nothing runs, no element is left blank
 * or stuck (each shows its content, or its error panel with "Try again", within a bound), no uncaught error,
 * nothing unsafe reaches a shadow root, and a record that cannot be read never takes the feed down.
 * tests/cli/hostile-feed.test.js runs the same cases through placekit validate.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/place-connector/index.js';
import '../../src/place-directory/index.js';
import '../../src/place-feedback/index.js';
import '../../src/place-plan/index.js';
import type { PlaceDirectoryElement } from '../../src/place-directory/place-directory.js';
import { type HostileCase, type Placed, hostileFeeds, toJson } from '../support/hostile-feed.js';
import { fixture as served, nextFeedEvent } from '../support/fixtures.js';
import { unsafeMarkup } from '../support/hostile.js';

/** How long an element may take to show its content or its error panel, with the whole corpus in one feed. */
const BOUND = 30_000;

let CASES: HostileCase[] = [];
let placed: Placed[] = [];
let feedUrl = '';

type Trapped = Window & { __xss?: (name: string) => void };
const calls: string[] = [];
const errors: string[] = [];
const saved: Partial<Record<'alert' | 'confirm' | 'prompt', unknown>> = {};
const onError = (event: ErrorEvent) => errors.push(String(event.message));
const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));

/** A feed as a blob: address (a 40 MB data: address would be slower to make than the feed). */
const blobUrl = (feed: unknown) => URL.createObjectURL(new Blob([toJson(feed)], { type: 'application/json' }));

before(async function () {
  this.timeout(120_000);
  CASES = (await served<{ cases: HostileCase[] }>('/tests/fixtures/hostile-feed.json')).cases;
  const built = hostileFeeds(CASES);
  placed = built.placed;
  feedUrl = blobUrl(built.feed);
  await executeServerCommand('photo-host');
  (window as Trapped).__xss = (name) => calls.push(name);
  for (const name of ['alert', 'confirm', 'prompt'] as const) {
    saved[name] = window[name];
    (window as unknown as Record<string, unknown>)[name] = (value: unknown) => void calls.push(`${name}(${String(value)})`);
  }
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

after(() => {
  delete (window as Trapped).__xss;
  Object.assign(window, saved);
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

/** The element shows something other than its loading line: its content, or its error panel with a retry button. */
function settled(el: HTMLElement): 'content' | 'error' | undefined {
  const root = el.shadowRoot?.querySelector('.root');
  if (!root) return undefined;
  if (root.querySelector('[part~="error"] .retry')) return 'error';
  if (root.querySelector('.loading') || !root.textContent!.trim()) return undefined;
  return 'content';
}

async function shown(el: HTMLElement, what: string): Promise<'content' | 'error'> {
  await waitUntil(() => settled(el), `${what}: content or an error panel`, { timeout: BOUND, interval: 50 });
  return settled(el)!;
}

/** The verdict after each element: nothing ran, nothing was thrown, nothing unsafe reached it. */
async function clean(el: HTMLElement): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(calls, 'payloads that ran').to.deep.equal([]);
  expect(errors, 'uncaught errors').to.deep.equal([]);
  expect(unsafeMarkup(el.shadowRoot!), 'what reached the shadow root').to.deep.equal([]);
}

const of = (section: string) => placed.filter((p) => p.section === section);

describe('Hostile feed values in every element', function () {
  this.timeout(300_000);

  it("has the corpus: the issue's cases and at least 60 more, each named once", () => {
    expect(CASES.length).to.be.at.least(100);
    expect(new Set(CASES.map((c) => c.name)).size).to.equal(CASES.length);
    for (const kind of ['service', 'opportunity', 'area', 'plan', 'connector', 'form', 'publisher', 'feed']) {
      expect(
        CASES.some((c) => c.kind === kind),
        kind,
      ).to.equal(true);
    }
  });

  it('<place-directory>: every service and opportunity case shows its details, or is left out alone', async () => {
    const loaded = nextFeedEvent();
    const el = await fixture<PlaceDirectoryElement>(html`<place-directory page-size="100" feed=${feedUrl}></place-directory>`);
    await loaded;
    expect(await shown(el, 'the directory')).to.equal('content');
    await waitUntil(() => el.shadowRoot!.querySelector('.result'), 'the list', { timeout: BOUND });
    expect(await el.showEntry('good-service')).to.equal(true);
    for (const p of [...of('services'), ...of('opportunities')]) {
      const open = await el.showEntry(p.id!);
      if (p.hostile.expect === 'skipped') {
        expect(open, p.hostile.name).to.equal(false);
        continue;
      }
      expect(open, p.hostile.name).to.equal(true);
      await el.updateComplete;
      const title = el.shadowRoot!.getElementById('details-title');
      expect(title?.textContent?.trim(), p.hostile.name).to.not.equal('');
    }
    await clean(el);
  });

  it('<place-plan>: every plan case shows the plan, or the plan is left out alone', async () => {
    const loaded = nextFeedEvent();
    const el = await fixture<HTMLElement & { plan?: string; updateComplete: Promise<boolean> }>(
      html`<place-plan plan="good-plan" feed=${feedUrl}></place-plan>`,
    );
    await loaded;
    expect(await shown(el, 'the good plan')).to.equal('content');
    for (const p of of('locality_plans')) {
      el.plan = p.id;
      await el.updateComplete;
      expect(await shown(el, p.hostile.name), p.hostile.name).to.equal('content');
      if (p.hostile.expect !== 'skipped') expect(el.shadowRoot!.getElementById('plan-title'), p.hostile.name).not.to.equal(null);
    }
    await clean(el);
  });

  it('<place-connector>: every connector case shows the card, or the card is left out alone', async () => {
    const loaded = nextFeedEvent();
    const el = await fixture<HTMLElement & { connector?: string; updateComplete: Promise<boolean> }>(
      html`<place-connector connector="good-connector" feed=${feedUrl}></place-connector>`,
    );
    await loaded;
    expect(await shown(el, 'the good card')).to.equal('content');
    for (const p of of('connectors')) {
      el.connector = p.id;
      await el.updateComplete;
      expect(await shown(el, p.hostile.name), p.hostile.name).to.equal('content');
      if (p.hostile.expect !== 'skipped') expect(el.shadowRoot!.querySelector('.card'), p.hostile.name).not.to.equal(null);
    }
    await clean(el);
  });

  it('<place-feedback>: every form case shows the form, or the form is left out alone', async () => {
    const loaded = nextFeedEvent();
    const el = await fixture<HTMLElement & { form?: string; updateComplete: Promise<boolean> }>(
      html`<place-feedback form="good-form" feed=${feedUrl}></place-feedback>`,
    );
    await loaded;
    expect(await shown(el, 'the good form')).to.equal('content');
    for (const p of of('feedback_forms')) {
      el.form = p.id;
      await el.updateComplete;
      expect(await shown(el, p.hostile.name), p.hostile.name).to.equal('content');
      if (p.hostile.expect !== 'skipped') expect(el.shadowRoot!.querySelector('form'), p.hostile.name).not.to.equal(null);
      // Never more radios than a scale or a list may have.
      expect(el.shadowRoot!.querySelectorAll('input').length, p.hostile.name).to.be.below(250);
    }
    await clean(el);
  });

  it('a feed whose publisher or whole is hostile: every element shows its content, or its error panel with "Try again"', async () => {
    for (const p of placed.filter((x) => x.alone !== undefined)) {
      const url = blobUrl(p.alone);
      for (const tag of ['place-directory', 'place-plan', 'place-connector', 'place-feedback']) {
        const el = document.createElement(tag);
        el.setAttribute('feed', url);
        if (tag === 'place-plan') el.setAttribute('plan', 'good-plan');
        if (tag === 'place-connector') el.setAttribute('connector', 'good-connector');
        if (tag === 'place-feedback') el.setAttribute('form', 'good-form');
        document.body.append(el);
        try {
          const outcome = await shown(el, `${p.hostile.name} in <${tag}>`);
          expect(outcome, `${p.hostile.name} in <${tag}>`).to.equal(p.hostile.expect === 'refused' ? 'error' : 'content');
          await clean(el);
        } finally {
          el.remove();
        }
      }
      URL.revokeObjectURL(url);
    }
  });
});
