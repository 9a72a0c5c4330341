/**
 * Records as UK councils' live Open Referral UK directories publish them: HTML descriptions, phones under
 * contacts, costs that have ended, fields residents need beyond the description, no schedules. The
 * Bristol records are real (tests/fixtures/real-oruk-bristol/README.md); the others are written the
 * same way.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { PlaceDirectoryElement } from '../../src/place-directory/place-directory.js';
import type { Service } from '../../src/feed/domain/types.js';
import { expectAccessible } from '../support/axe.js';
import { feedDataUrl, fixture, minimalFeed } from '../support/fixtures.js';
import { $, $$, answered, directory, focused, resultNames, type } from './helpers.js';

afterEach(() => history.replaceState(null, '', location.pathname));

async function openResult(el: PlaceDirectoryElement, name: string): Promise<HTMLElement> {
  $$<HTMLButtonElement>(el, '.result h3 button')
    .find((b) => b.textContent === name)!
    .click();
  await waitUntil(() => focused(el)?.id === 'details-title', 'the details, focused');
  return $(el, '.details');
}

/** The texts of a details section: what stands between its heading and the next one. */
function section(el: PlaceDirectoryElement, title: string): string[] {
  const heading = $$(el, '.details h3').find((h) => h.textContent === title);
  if (!heading) return [];
  const texts = [];
  for (
    let next = heading.nextElementSibling;
    next && !(next.localName === 'h3' && !next.classList.contains('text-heading')) && !next.classList.contains('actions');
    next = next.nextElementSibling
  ) {
    texts.push((next as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
  }
  return texts;
}

/** Waits until the details show formatted text (the formatter loads when first needed). */
const formatted = (el: PlaceDirectoryElement) =>
  waitUntil(() => $(el, '.details .text-heading, .details ul:not(.plain) li, .details strong'), 'formatted text');

async function bristolFeed(): Promise<string> {
  const one = await fixture<Service>('/tests/fixtures/real-oruk-bristol/bristol-service-1625ip.json');
  const page = await fixture<{ contents: Service[] }>('/tests/fixtures/real-oruk-bristol/bristol-services-page1.json');
  return feedDataUrl(minimalFeed({ services: [one, ...page.contents.slice(1)] }));
}

describe('<place-directory>: real Bristol records', () => {
  it('shows an HTML description as formatted text, its headings under the service name', async () => {
    const el = await directory('', await bristolFeed());
    // The list: plain words, never tags or entities.
    const list = $(el, '.result-list').textContent!.replace(/\s+/g, ' ');
    expect(list).not.to.match(/<\/?p>|&nbsp;|<h1>/);
    expect(list).to.contain('About Us 1625 Independent People works with young people');
    await openResult(el, '1625 Independent People');
    await formatted(el);
    expect($$(el, '.details .text-heading').map((h) => [h.localName, h.textContent])).to.deep.equal([
      ['h3', 'About Us'],
      ['h3', 'Get Help'],
    ]);
    expect($(el, '.details').textContent).not.to.match(/<\/?p>|<h1>|&nbsp;/);
    await expectAccessible(el);
  });

  it('finds the phones under contacts, the areas covered, and says plainly that opening times are not listed', async () => {
    const el = await directory('', await bristolFeed());
    await openResult(el, '1625 Independent People');
    expect(section(el, 'Contact')).to.include.members([
      'Phone: 0800 0354213 Phone: Bristol Youth MAPS: 0117 332 7111 Email: enquiries@1625ip.co.uk Website 1625 Independent People',
    ]);
    expect($$<HTMLAnchorElement>(el, '.details .contact a').map((a) => a.getAttribute('href'))).to.include.members(['tel:08000354213', 'tel:01173327111']);
    expect(section(el, 'Where')).to.deep.equal(['Covers Bristol and South Gloucestershire']);
    expect(section(el, 'Opening times')[0]).to.equal('Opening times are not listed here. To ask when it is open, use the contact details above.');
    expect($(el, '.details').textContent).not.to.contain('arrange a time');
    // The organisation's description repeats the service's: not said twice.
    expect($$(el, '.details h3').map((h) => h.textContent)).not.to.include('About 1625 Independent People');
  });

  it('keeps a link in a description when it is safe, and shows the organisation when it says something new', async () => {
    const el = await directory('', await bristolFeed());
    await openResult(el, '2 Way St Bristol');
    await formatted(el).catch(() => undefined);
    await waitUntil(() => $$(el, '.details p a').length >= 2, 'links in the description');
    expect(
      $$<HTMLAnchorElement>(el, '.details p a')
        .map((a) => [a.textContent, a.getAttribute('href')])
        .slice(0, 2),
    ).to.deep.equal([
      ['Facebook', 'https://www.facebook.com/2waystbristol/?ref=page_internal'],
      ['https://twitter.com/2waystAt2wayst', 'https://twitter.com/2waystAt2wayst'],
    ]);
    expect($$(el, '.details a[target]').filter((a) => !a.closest('.location'))).to.deep.equal([]);
    $<HTMLButtonElement>(el, '.details .back').click();
    await waitUntil(() => $(el, '.result'));
    await openResult(el, 'A Picture of Health');
    expect(section(el, 'About NHS')[0]).to.contain('The National Health Service (NHS) is the umbrella term');
    await expectAccessible(el);
  });

  it('fits a 320 px screen, long links and addresses wrapping', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await directory('', await bristolFeed());
      await openResult(el, '2 Way St Bristol');
      await waitUntil(() => $$(el, '.details p a').length >= 2, 'formatted');
      const root = $(el, '.root');
      expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
      await expectAccessible(el);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

/** A record written the way live directories write theirs, with every field a resident needs. */
const FULL: Record<string, unknown> = {
  id: 'hall',
  name: 'Royston Community Pantry',
  description: '<p><span style="font-family:Calibri">Food Bank&nbsp;</span> and pantry</p><ul><li>Fresh fruit</li><li>Tins &amp; packets</li></ul>',
  application_process: '<p>By referral from a <strong>GP</strong> or the <a href="https://example.org/refer">referral form</a>.</p>',
  eligibility_description: '<p>Anyone living in <em>G21</em>.</p>',
  fees_description: '<p>Membership covers the year.</p>',
  accreditations: 'Investing in Volunteers',
  interpretation_services: 'Interpreters can be booked.',
  required_documents: [
    { document: 'Proof of address' },
    { document: 'Referral letter', uri: 'https://example.org/letter' },
    { document: 'Bad link', uri: 'javascript:alert(1)' },
  ],
  service_areas: [{ name: 'Royston' }, { name: 'Springburn' }, { name: 'Royston' }],
  phones: [{ number: '0141 496 0001' }],
  contacts: [
    { phones: [{ number: '0141 496 0001' }, { number: '0141 496 0002' }] },
    { name: 'Morag Fictional', title: 'Pantry coordinator', email: 'morag@example.org', phones: [{ number: '0141 496 0003' }, { number: '0141 496 0002' }] },
  ],
  organization: {
    name: 'Royston Fictional Trust',
    description: 'A community trust in Royston.',
    phones: [{ number: '0141 496 0006' }, { number: '0141 496 0004' }, { number: '0141 496 0003' }],
  },
  service_at_locations: [
    {
      description: 'Use the side door.',
      location: {
        name: 'Royston Hall',
        addresses: [{ address_1: '1 Fictional Road', postal_code: 'G21 2AA' }],
        phones: [{ number: '0141 496 0004' }, { number: '0141 496 0005' }],
      },
    },
  ],
  cost_options: [
    { option: 'Membership', amount: 5, currency: 'GBP', valid_to: '2022-03-31' },
    { option: 'Membership', amount: 3, currency: 'GBP', valid_from: '2020-01-01' },
    { option: 'Membership', amount: 4, currency: 'GBP', valid_from: '2099-04-01' },
  ],
};

describe('<place-directory>: everything a resident needs from a record', () => {
  const feed = feedDataUrl(
    minimalFeed({
      services: [FULL, { id: 'other', name: 'Dalmarnock Fictional Club', description: '<p>Football</p>' }],
    }),
  );

  it('searches the words, never the markup', async () => {
    const el = await directory('', feed);
    await type(el, 'calibri');
    expect(resultNames(el)).to.deep.equal([]);
    $<HTMLInputElement>(el, '#query').value = '';
    await type(el, 'food bank');
    expect(resultNames(el)).to.deep.equal(['Royston Community Pantry']);
    await answered(el);
    // Today's cost in the list: not the one that ended in 2022, not the one still to come.
    expect($(el, '.result').textContent).to.contain('£3');
    expect($(el, '.result').textContent).not.to.match(/£5|£4/);
  });

  it('says each phone number once: the service, its contacts, its places, its organisation', async () => {
    const el = await directory('', feed);
    await openResult(el, 'Royston Community Pantry');
    const numbers = $$(el, '.details a[href^="tel:"]').map((a) => a.textContent);
    expect(numbers).to.deep.equal(['0141 496 0001', '0141 496 0002', '0141 496 0006', '0141 496 0003', '0141 496 0004', '0141 496 0005']);
    expect(new Set(numbers).size).to.equal(numbers.length);
    expect(section(el, 'Contact')).to.deep.equal([
      'Phone: 0141 496 0001 Phone: 0141 496 0002 Phone: 0141 496 0006 (Royston Fictional Trust)',
      'Morag Fictional, Pantry coordinator Phone: 0141 496 0003 Email: morag@example.org',
    ]);
    expect(section(el, 'Where').join(' ')).to.contain('Royston Hall 1 Fictional Road, G21 2AA');
    expect(section(el, 'Where').join(' ')).to.contain('Phone: 0141 496 0004 Phone: 0141 496 0005');
    expect(section(el, 'Where').join(' ')).to.contain('Use the side door.');
    expect(section(el, 'Where')[0]).to.equal('Covers Royston and Springburn');
  });

  it("shows how to apply, the documents, who it is for, today's costs and the one to come, accreditations and languages", async () => {
    const el = await directory('', feed);
    await openResult(el, 'Royston Community Pantry');
    await formatted(el);
    expect(section(el, 'Who it is for')).to.deep.equal(['Anyone living in G21.']);
    expect(section(el, 'How to apply')).to.deep.equal([
      'By referral from a GP or the referral form.',
      'Documents you will need:',
      'Proof of address Referral letter Bad link',
    ]);
    expect($$<HTMLAnchorElement>(el, '.details a').map((a) => a.getAttribute('href'))).to.include.members([
      'https://example.org/refer',
      'https://example.org/letter',
    ]);
    expect($$<HTMLAnchorElement>(el, '.details a').filter((a) => /^javascript/i.test(a.getAttribute('href') ?? ''))).to.deep.equal([]);
    expect(section(el, 'Cost')).to.deep.equal(['Membership: £3 From 1 April 2099: Membership: £4', 'Membership covers the year.']);
    expect(section(el, 'Accreditations')).to.deep.equal(['Investing in Volunteers']);
    expect(section(el, 'Languages')).to.deep.equal(['Interpreters can be booked.']);
    expect(section(el, 'About Royston Fictional Trust')).to.deep.equal(['A community trust in Royston.']);
    // The description's list, formatted; headings in order.
    expect($$(el, '.details ul:not(.plain) li').map((li) => li.textContent)).to.include.members(['Fresh fruit', 'Tins & packets']);
    await expectAccessible(el);
  });

  it('prints the details with the formatted text and the plain name as the page title', async () => {
    const el = await directory('', feed);
    await openResult(el, 'Royston Community Pantry');
    await formatted(el);
    $$<HTMLButtonElement>(el, '.details button')
      .find((b) => b.textContent === 'Print these details')!
      .click();
    const doc = el.shadowRoot!.querySelector<HTMLIFrameElement>('iframe.print')!.contentDocument!;
    expect(doc.title).to.equal('Royston Community Pantry');
    expect([...doc.querySelectorAll('ul:not(.plain) li')].map((li) => li.textContent)).to.include.members(['Fresh fruit', 'Tins & packets']);
    expect(doc.body.textContent).not.to.match(/<\/?p>|&nbsp;|Calibri/);
  });
});
