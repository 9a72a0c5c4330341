/**
 * Formatted feed text in the plan, the connector and the form: shown as lists, emphasis and links, its
 * headings fitted into each element's outline (never above the heading the text sits under, never a
 * level skipped), accessible, and fitting a 320 px screen. The directory's are in
 * tests/place-directory/real-records.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/place-connector/index.js';
import '../../src/place-feedback/index.js';
// The plan, with its priorities' insides fetched before a test opens one (tests/place-plan/helpers.ts).
import '../place-plan/helpers.js';
import { expectAccessible } from '../support/axe.js';
import { feedDataUrl, minimalFeed, nextFeedEvent } from '../support/fixtures.js';

const CMS =
  '<h1>Our aims</h1><p><span style="font-family:Calibri">Warm homes&nbsp;for everyone</span></p><h2>How</h2><ul><li><strong>Insulation</strong> grants</li><li>Advice at <a href="https://example.org/advice">the advice page</a></li></ul>';

/** Every heading in a shadow root (and the shadow roots inside it), in document order, as [level, text]. */
function outline(root: ShadowRoot): Array<[number, string, boolean]> {
  const found: Array<[number, string, boolean]> = [];
  const visit = (node: ShadowRoot) => {
    for (const el of node.querySelectorAll<HTMLElement>('h2, h3, h4, h5, h6, [role="heading"], *')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      if (!/^h[2-6]$/.test(el.localName) && el.getAttribute('role') !== 'heading') continue;
      if (!el.getClientRects().length) continue;
      const level = el.getAttribute('aria-level') ? Number(el.getAttribute('aria-level')) : Number(el.localName[1]);
      found.push([level, el.textContent!.trim(), el.classList.contains('text-heading')]);
    }
  };
  visit(root);
  return found;
}

/** Headings go down one level at a time, and each text's first heading sits one below the heading before it. */
function expectInOrder(root: ShadowRoot): void {
  const headings = outline(root);
  for (let i = 1; i < headings.length; i++) {
    const [level, text] = headings[i];
    expect(level, `"${text}" after "${headings[i - 1][1]}"`).to.be.at.most(headings[i - 1][0] + 1);
  }
  expect(
    headings.some(([, , fromText]) => fromText),
    'headings from formatted text',
  ).to.equal(true);
}

async function load<T extends HTMLElement>(template: ReturnType<typeof html>): Promise<T> {
  const loaded = nextFeedEvent();
  const el = await fixture<T>(template);
  await loaded;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

describe('Formatted feed text in the plan, the connector and the form', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('<place-plan heading-level="3">: the summary, reasons, actions and indicators formatted, their headings in the plan\'s outline', async () => {
    const feed = minimalFeed({
      areas: [{ id: 'royston', name: 'Royston', postcode_districts: ['G21'] }],
      locality_plans: [
        {
          id: 'plan',
          area_id: 'royston',
          title: 'Royston Locality Plan',
          summary: CMS,
          priorities: [
            {
              id: 'warm',
              title: 'Warm homes',
              why: '<p>Fuel <em>poverty</em> is rising.</p>',
              actions: [{ id: 'a', title: 'Insulate homes', description: CMS, status: 'on_track', status_note: '<p>On <b>track</b></p>' }],
              indicators: [{ id: 'i', title: 'Homes insulated', description: CMS, values: [{ date: '2025', value: 10 }] }],
            },
          ],
        },
      ],
    });
    const el = await load<HTMLElement>(html`<place-plan area="royston" heading-level="3" feed=${feedDataUrl(feed)}></place-plan>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.text-heading'), 'the summary formatted');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.expand-all')!.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.text-heading').length === 6, 'every text formatted');
    const root = el.shadowRoot!;
    // The summary under the plan's h3 title: its h1 at h4, its h2 at h5.
    expect(
      outline(root)
        .filter(([, , t]) => t)
        .slice(0, 2),
    ).to.deep.equal([
      [4, 'Our aims', true],
      [5, 'How', true],
    ]);
    expect(root.querySelector('em')!.textContent).to.equal('poverty');
    expect([...root.querySelectorAll('.why')].length).to.equal(0);
    expect(root.textContent).to.contain('Why it matters: Fuel poverty is rising.');
    expect(root.textContent).not.to.match(/Calibri|&nbsp;|<p>/);
    expectInOrder(root);
    await expectAccessible(el);
    await setViewport({ width: 320, height: 640 });
    const box = root.querySelector<HTMLElement>('.root')!;
    expect(box.scrollWidth).to.be.at.most(box.clientWidth + 1);
  });

  it('<place-connector heading-level="3">: the description, availability note and drop-in formatted under the card\'s name', async () => {
    const feed = minimalFeed({
      connectors: [
        {
          id: 'tsi',
          name: 'Ali Fictional',
          role: 'third_sector_interface',
          description: CMS,
          availability_note: '<p>Not on <b>public holidays</b>.</p>',
          availability: [{ freq: 'WEEKLY', byday: 'MO', opens_at: '10:00', closes_at: '12:00' }],
          email: 'ali@example.org',
          drop_in: { description: '<ul><li>Tea</li><li>Chat</li></ul>' },
        },
      ],
    });
    const el = await load<HTMLElement>(
      html`<place-connector contact-role="third_sector_interface" heading-level="3" feed=${feedDataUrl(feed)}></place-connector>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.text-heading'), 'formatted');
    const root = el.shadowRoot!;
    expect(outline(root).filter(([, , t]) => t)).to.deep.equal([
      [4, 'Our aims', true],
      [5, 'How', true],
    ]);
    expect([...root.querySelectorAll('.card ul:not(.methods):not(.hours) li')].map((li) => li.textContent)).to.include.members(['Tea', 'Chat']);
    expect(root.querySelector('a[href="https://example.org/advice"]')).to.exist;
    expectInOrder(root);
    await expectAccessible(el);
  });

  it('<place-feedback>: the introduction, privacy notice and confirmation formatted, labels as plain words', async () => {
    const { PlaceFeedbackElement } = await import('../../src/place-feedback/place-feedback.js');
    const { StandInOutbox } = await import('../place-feedback/helpers.js');
    const before = { outbox: PlaceFeedbackElement.outbox, minFillTime: PlaceFeedbackElement.minFillTime };
    PlaceFeedbackElement.outbox = async () => new StandInOutbox();
    PlaceFeedbackElement.minFillTime = 0;
    try {
      const feed = minimalFeed({
        feedback_forms: [
          {
            id: 'f',
            title: 'Tell us',
            introduction: '<p>It takes <b>two</b> minutes.</p>',
            privacy_notice: '<p>Read our <a href="https://example.org/privacy">privacy notice</a>.</p>',
            questions: [{ id: 'q', kind: 'short_text', label: 'Your <b>idea</b> &amp; why', hint: '<i>Optional</i>' }],
            confirmation: { title: 'Thanks', message: '<p>We reply <strong>within a week</strong>.</p>' },
            endpoint: 'https://feedback.example.org/submissions',
          },
        ],
      });
      const el = await load<HTMLElement>(html`<place-feedback form="f" feed=${feedDataUrl(feed)}></place-feedback>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.privacy a'), 'formatted');
      const root = el.shadowRoot!;
      expect(root.querySelector<HTMLAnchorElement>('.privacy a')!.href).to.equal('https://example.org/privacy');
      expect(root.querySelector('label[for="q-q"]')!.textContent).to.equal('Your idea & why');
      expect(root.querySelector('#q-q-hint')!.textContent).to.equal('Optional');
      await expectAccessible(el);
      root.querySelector<HTMLButtonElement>('button.submit')!.click();
      await waitUntil(() => root.querySelector('[role="status"] strong'), 'the confirmation, formatted');
      expect(root.querySelector('[role="status"] strong')!.textContent).to.equal('within a week');
      await expectAccessible(el);
    } finally {
      Object.assign(PlaceFeedbackElement, before);
    }
  });
});
