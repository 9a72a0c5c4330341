/**
 * A hostile-HTML corpus (tests/fixtures/hostile-html.json) in every formatted field of every element, and
 * in the plain-text fields beside them: nothing runs (a trap counts every call), no event handler, script,
 * frame or unsafe link reaches a shadow root, nothing crashes, and every element still shows its content.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/place-connector/index.js';
import '../../src/place-directory/index.js';
import '../../src/place-feedback/index.js';
// The plan, with its priorities' insides fetched before a test opens one (tests/place-plan/helpers.ts).
import '../place-plan/helpers.js';
import type { PlaceDirectoryElement } from '../../src/place-directory/place-directory.js';
import { PlaceFeedbackElement } from '../../src/place-feedback/place-feedback.js';
import { formatter } from '../../src/ui/rich-text.js';
import { feedDataUrl, fixture as served, minimalFeed, nextFeedEvent } from '../support/fixtures.js';
import { StandInOutbox } from '../place-feedback/helpers.js';
import { unsafeMarkup } from '../support/hostile.js';

/** A harmless text with formatting: proves the formatted path (not only the plain one) ran. */
const CONTROL = '<p><b>Bold words</b> and <a href="https://example.org/control">a safe link</a></p>';
let PAYLOADS: Array<{ name: string; html: string }> = [];
/** Every payload, then the control. */
let TEXTS: string[] = [];

type Trapped = Window & { __xss?: (name: string) => void };
const calls: string[] = [];
const errors: string[] = [];
const saved: Partial<Record<'alert' | 'confirm' | 'prompt', unknown>> = {};
const onError = (event: ErrorEvent) => errors.push(String(event.message));
const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));

before(async () => {
  PAYLOADS = (await served<{ payloads: typeof PAYLOADS }>('/tests/fixtures/hostile-html.json')).payloads;
  TEXTS = [...PAYLOADS.map((p) => p.html), CONTROL];
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

/** After the formatter has had its chance and any image or frame its chance to fire: the verdict. */
async function settle(el: HTMLElement): Promise<void> {
  await waitUntil(() => formatter.loaded, 'the formatter loaded');
  await new Promise((resolve) => setTimeout(resolve, 150));
  expect(calls, 'payloads that ran').to.deep.equal([]);
  expect(errors, 'uncaught errors').to.deep.equal([]);
  expect(unsafeMarkup(el.shadowRoot!), 'what reached the shadow root').to.deep.equal([]);
}

describe('Hostile HTML in every formatted field of every element', function () {
  // Every payload in every element: a minute at most on a busy machine.
  this.timeout(60_000);

  it('has a corpus of at least 40 payloads, each one named', () => {
    expect(PAYLOADS.length).to.be.at.least(40);
    expect(new Set(PAYLOADS.map((p) => p.name)).size).to.equal(PAYLOADS.length);
  });

  it('<place-directory>: list and details of services and opportunities run nothing and still show', async () => {
    const place = (text: string) => ({
      name: text,
      description: text,
      transportation: text,
      addresses: [{ address_1: text, postal_code: 'G21 2AA' }],
      phones: [{ number: '0141 496 0100', description: text }],
      accessibility: [{ description: text }],
    });
    const services = TEXTS.map((text, i) => ({
      id: `s${i}`,
      name: `Service ${i} ${text}`,
      description: text,
      alert: text,
      application_process: text,
      eligibility_description: text,
      fees_description: text,
      accreditations: text,
      interpretation_services: text,
      required_documents: [{ document: text, uri: text }],
      service_areas: [{ name: text }],
      schedules: [{ description: text, notes: text }],
      organization: { name: text, description: `${text} (organisation)` },
      contacts: [{ name: text, title: text, phones: [{ number: '0141 496 0101' }] }],
      cost_options: [{ option: text, amount: 1, amount_description: text }],
      service_at_locations: [{ description: text, location: place(text), schedules: [{ description: text, notes: text }] }],
    }));
    const opportunities = TEXTS.map((text, i) => ({
      id: `o${i}`,
      kind: 'volunteering',
      name: `Opportunity ${i} ${text}`,
      description: text,
      how_to_take_part: text,
      commitment: text,
      locations: [place(text)],
    }));
    const loaded = nextFeedEvent();
    const el = await fixture<PlaceDirectoryElement>(
      html`<place-directory page-size="100" feed=${feedDataUrl(minimalFeed({ services, opportunities }))}></place-directory>`,
    );
    await loaded;
    await waitUntil(() => el.shadowRoot!.querySelector('.result'), 'the list');
    expect(el.shadowRoot!.querySelectorAll('.result').length).to.equal(100);
    expect(unsafeMarkup(el.shadowRoot!)).to.deep.equal([]);
    for (const [i] of TEXTS.entries()) {
      for (const id of [`s${i}`, `o${i}`]) {
        expect(await el.showEntry(id), id).to.equal(true);
        await el.updateComplete;
        expect(el.shadowRoot!.getElementById('details-title')!.textContent, id).to.contain(`${id[0] === 's' ? 'Service' : 'Opportunity'} ${i}`);
      }
    }
    await settle(el);
    // The last entry is the control: formatted, its safe link kept.
    await waitUntil(() => el.shadowRoot!.querySelector('.details a[href="https://example.org/control"]'), 'the control formatted');
    expect(el.shadowRoot!.querySelector('.details strong')!.textContent).to.equal('Bold words');
  });

  it('<place-plan>: summary, reasons, actions, notes and indicators run nothing and still show', async () => {
    const priorities = TEXTS.map((text, i) => ({
      id: `p${i}`,
      title: `Priority ${i} ${text}`,
      why: text,
      actions: [{ id: `a${i}`, title: text, description: text, status_note: text, status: 'on_track', lead_partner: text }],
      indicators: [{ id: `i${i}`, title: text, description: text, source: text, values: [{ date: '2025', value: 1, note: text }] }],
    }));
    const feed = minimalFeed({
      areas: [{ id: 'area', name: 'Royston' }],
      locality_plans: [{ id: 'plan', area_id: 'area', title: 'Royston plan', summary: TEXTS.join('\n'), priorities }],
    });
    const loaded = nextFeedEvent();
    const el = await fixture<HTMLElement>(html`<place-plan area="area" feed=${feedDataUrl(feed)}></place-plan>`);
    await loaded;
    await waitUntil(() => el.shadowRoot!.querySelector('.expand-all'), 'the plan');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.expand-all')!.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.action').length === TEXTS.length, 'every priority open');
    await settle(el);
    expect(el.shadowRoot!.getElementById('plan-title')!.textContent).to.equal('Royston plan');
    await waitUntil(() => el.shadowRoot!.querySelector('a[href="https://example.org/control"]'), 'the control formatted');
  });

  it('<place-connector>: descriptions, availability notes and drop-ins run nothing and still show', async () => {
    const connectors = TEXTS.map((text, i) => ({
      id: `c${i}`,
      name: `Person ${i} ${text}`,
      role: 'third_sector_interface',
      role_title: text,
      description: text,
      help_with: [text],
      availability_note: text,
      availability: [{ freq: 'MONTHLY', byday: '1MO', opens_at: '10:00', closes_at: '12:00', description: text }],
      email: 'person@example.org',
      drop_in: { description: text, location: { name: text, addresses: [{ address_1: text }] } },
      organization: { name: text },
    }));
    const loaded = nextFeedEvent();
    const el = await fixture<HTMLElement>(
      html`<place-connector contact-role="third_sector_interface" feed=${feedDataUrl(minimalFeed({ connectors }))}></place-connector>`,
    );
    await loaded;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.card').length === TEXTS.length, 'every card');
    await settle(el);
    await waitUntil(() => el.shadowRoot!.querySelector('a[href="https://example.org/control"]'), 'the control formatted');
  });

  it('<place-feedback>: introductions, privacy notices, labels and confirmations run nothing and still show', async () => {
    const before = { outbox: PlaceFeedbackElement.outbox, minFillTime: PlaceFeedbackElement.minFillTime };
    const outbox = new StandInOutbox();
    PlaceFeedbackElement.outbox = async () => outbox;
    PlaceFeedbackElement.minFillTime = 0;
    try {
      const forms = TEXTS.map((text, i) => ({
        id: `f${i}`,
        title: `Form ${i} ${text}`,
        introduction: text,
        privacy_notice: text,
        questions: [
          { id: 'q', kind: 'short_text', label: text, hint: text },
          {
            id: 'r',
            kind: 'single_choice',
            label: text,
            options: [
              { value: 'a', label: text },
              { value: 'b', label: text },
            ],
          },
        ],
        confirmation: { title: text, message: text },
        endpoint: 'https://feedback.example.org/submissions',
      }));
      const feed = feedDataUrl(minimalFeed({ feedback_forms: forms }));
      let el!: PlaceFeedbackElement;
      for (const [i] of TEXTS.entries()) {
        const loaded = nextFeedEvent();
        el = await fixture<PlaceFeedbackElement>(html`<place-feedback form=${`f${i}`} feed=${feed}></place-feedback>`);
        await loaded;
        await waitUntil(() => el.shadowRoot!.querySelector('form'), `form ${i}`);
        expect(el.shadowRoot!.querySelector('#title')!.textContent, `form ${i}`).to.contain(`Form ${i}`);
        el.shadowRoot!.querySelector<HTMLButtonElement>('button.submit')!.click();
        await waitUntil(() => el.shadowRoot!.querySelector('.confirmation'), `confirmation ${i}`);
        await settle(el);
      }
      await waitUntil(() => el.shadowRoot!.querySelector('a[href="https://example.org/control"]'), 'the control formatted');
    } finally {
      Object.assign(PlaceFeedbackElement, before);
    }
  });
});
