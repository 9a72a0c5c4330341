import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { PlaceDirectoryElement } from '../../src/place-directory/place-directory.js';
import { expectAccessible } from '../support/axe.js';
import { feedDataUrl, minimalFeed } from '../support/fixtures.js';
import { $, $$, directory, focused, resultNames, type } from './helpers.js';

afterEach(() => history.replaceState(null, '', location.pathname));

const EVERY_DAY = { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU' };

/** Opens a result's details as a resident would, and waits for them. */
async function openResult(el: PlaceDirectoryElement, name: string): Promise<HTMLElement> {
  $$<HTMLButtonElement>(el, '.result h3 button')
    .find((b) => b.textContent === name)!
    .click();
  await waitUntil(() => focused(el)?.id === 'details-title', 'the details, focused');
  return $(el, '.details');
}

const resultText = (el: PlaceDirectoryElement, name: string) => $$(el, '.result').find((r) => r.querySelector('h3')!.textContent === name)!.textContent!;

describe('<place-directory>: a service closed for now', () => {
  // Its schedule says open round the clock: "temporarily closed" must win.
  const feed = feedDataUrl(
    minimalFeed({
      services: [
        { id: 'shut', name: 'Shut for now', status: 'temporarily closed', schedules: [{ ...EVERY_DAY, opens_at: '00:00', closes_at: '24:00' }] },
        { id: 'open', name: 'Open as usual', schedules: [{ ...EVERY_DAY, opens_at: '00:00', closes_at: '24:00' }] },
      ],
    }),
  );

  it('is never open: no "open" or "opens" line, not counted or listed as open now, not open on a day', async () => {
    const el = await directory('', feed);
    const shut = resultText(el, 'Shut for now');
    expect(shut).to.contain('Temporarily closed');
    expect(shut).not.to.match(/open/i);
    expect(resultText(el, 'Open as usual')).to.contain('Open 24 hours');
    expect($(el, 'label[for="f-open"]').textContent).to.equal('Open now (1)');
    expect($$<HTMLOptionElement>(el, '#f-day option')[1].textContent).to.equal('Monday (1)');
    $<HTMLInputElement>(el, '#f-open').click();
    await el.updateComplete;
    expect(resultNames(el)).to.deep.equal(['Open as usual']);
  });

  it('says so in its details, with no open or closed line', async () => {
    const el = await directory('', feed);
    const details = await openResult(el, 'Shut for now');
    expect(details.textContent).to.contain('Temporarily closed');
    expect($(el, '.details .status')).to.equal(null);
    expect(details.textContent).not.to.contain('Closed now');
    await expectAccessible(el);
  });
});

describe('<place-directory>: opening times that no longer apply', () => {
  // As in Open Referral UK's own example record: a schedule valid only on 1 January 2005.
  const feed = feedDataUrl(
    minimalFeed({
      services: [
        {
          id: 'old',
          name: 'Old schedule',
          schedules: [
            {
              valid_from: '2005-01-01',
              valid_to: '2005-01-01',
              dtstart: '2005-01-01',
              freq: 'WEEKLY',
              byday: 'TH,FR',
              opens_at: '10:00:00',
              closes_at: '18:00:00',
              description: 'The service is available from 10 am to 6pm weekdays.',
              notes: 'Some of our staff will be unavailable during their lunch break.',
            },
          ],
        },
        { id: 'words', name: 'No times at all', schedules: [{ valid_to: '2005-01-01' }] },
      ],
    }),
  );

  it('shows no open or closed line in the list', async () => {
    const el = await directory('', feed);
    expect(resultText(el, 'Old schedule')).not.to.match(/open|closed/i);
  });

  it("shows the schedule's own words, and never an empty section", async () => {
    const el = await directory('', feed);
    let details = await openResult(el, 'Old schedule');
    expect(details.textContent).not.to.match(/Closed now|Open now/);
    const heading = $$(el, '.details h3').find((h) => h.textContent === 'Opening times')!;
    const section = [];
    for (let next = heading.nextElementSibling; next && next.localName !== 'h3' && !next.classList.contains('actions'); next = next.nextElementSibling)
      section.push(next.textContent!.trim());
    expect(section).to.deep.equal(['The service is available from 10 am to 6pm weekdays.', 'Some of our staff will be unavailable during their lunch break.']);
    expect($(el, '.details table')).to.equal(null);
    await expectAccessible(el);
    $<HTMLButtonElement>(el, '.details .back').click();
    await waitUntil(() => $(el, '.result'));
    details = await openResult(el, 'No times at all');
    expect(details.textContent).to.contain('Contact the service to check when it is open.');
  });
});

describe('<place-directory>: details from the sample feed', () => {
  it('reads a 24-hour service as open 24 hours, in the list and in its table', async () => {
    const el = await directory();
    await type(el, 'listening line');
    expect(resultText(el, 'Listening Line: 24-hour listening and crisis support')).to.contain('Open 24 hours');
    const details = await openResult(el, 'Listening Line: 24-hour listening and crisis support');
    const cells = $$(el, '.details table.hours td').map((td) => td.textContent);
    expect(cells).to.have.length(7);
    expect(cells.every((text) => text === 'Open 24 hours')).to.equal(true);
    expect(details.textContent).not.to.contain('midnight to midnight');
  });

  it('links a number that takes texts with sms:, a phone with tel:', async () => {
    const el = await directory();
    await type(el, 'benefits and debt');
    await openResult(el, 'Benefits and debt advice');
    const links = $$<HTMLAnchorElement>(el, '.details .contact a').map((a) => [a.parentElement!.textContent!.split(':')[0], a.getAttribute('href')]);
    expect(links).to.deep.include(['Phone', 'tel:01414960103']);
    expect(links).to.deep.include(['Text', 'sms:07700900103']);
  });

  it("lists a service's places nearest first when the resident has given a place", async () => {
    const geolocation = navigator.geolocation as { getCurrentPosition: Geolocation['getCurrentPosition'] };
    const original = geolocation.getCurrentPosition;
    const places = (el: PlaceDirectoryElement) => $$(el, '.details .location .strong').map((p) => p.textContent);
    try {
      const el = await directory();
      await type(el, 'food share');
      await openResult(el, 'North East Food Share food bank');
      expect(places(el), "in the feed's order").to.deep.equal(['North East Food Share, Springburn site', 'North East Food Share, Easterhouse site']);
      $<HTMLButtonElement>(el, '.details .back').click();
      // Easterhouse.
      geolocation.getCurrentPosition = (success) => success({ coords: { latitude: 55.8601, longitude: -4.1081 } } as GeolocationPosition);
      await waitUntil(() => $(el, '.locate'));
      $<HTMLButtonElement>(el, '.locate').click();
      await waitUntil(() => $(el, '.near-status'), 'sorted by distance');
      await openResult(el, 'North East Food Share food bank');
      expect(places(el)).to.deep.equal(['North East Food Share, Easterhouse site', 'North East Food Share, Springburn site']);
      expect($(el, '.details .location').textContent).to.match(/minute walk \(about 0\.\d miles\)\. Distances are in a straight line/);
    } finally {
      geolocation.getCurrentPosition = original;
    }
  });

  it('prints the details alone, from a frame of their own (the page around is not printed)', async () => {
    document.body.insertAdjacentHTML('afterbegin', '<p id="host-text">The host page\'s own text</p>');
    try {
      const el = await directory();
      await type(el, 'food share');
      await openResult(el, 'North East Food Share food bank');
      const print = $$<HTMLButtonElement>(el, '.details button').find((b) => b.textContent === 'Print these details')!;
      print.focus();
      print.click();
      const frame = el.shadowRoot!.querySelector<HTMLIFrameElement>('iframe')!;
      expect(frame, 'the print frame').to.exist;
      expect(frame.getBoundingClientRect().width).to.equal(0);
      const doc = frame.contentDocument!;
      expect(doc.title).to.equal('North East Food Share food bank');
      expect(doc.body.textContent).to.contain('Opening times');
      expect(doc.body.textContent).to.contain('0141 496 0201');
      expect(doc.body.textContent).not.to.contain('The host page');
      expect(doc.body.textContent).not.to.contain('Filter results');
      expect(doc.adoptedStyleSheets.length, "placekit's styles").to.equal(1);
      expect(focused(el), 'focus stays on the button').to.equal(print);
      // On paper, no buttons and no map links.
      await emulateMedia({ media: 'print' });
      const shown = (selector: string) => [...doc.querySelectorAll(selector)].filter((e) => e.getClientRects().length > 0).length;
      expect(shown('button')).to.equal(0);
      expect(shown('a[href*="openstreetmap"]')).to.equal(0);
      expect(shown('a[href^="tel:"]')).to.be.greaterThan(0);
    } finally {
      await emulateMedia({ media: 'screen' });
      document.getElementById('host-text')!.remove();
    }
  });

  it('opens once on a double click: one place-select', async () => {
    const el = await directory();
    let selected = 0;
    el.addEventListener('place-select', () => selected++);
    const button = $<HTMLButtonElement>(el, '.result h3 button');
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 2 }));
    await oneEvent(el, 'place-select');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(selected).to.equal(1);
  });
});

describe('<place-directory>: a part that cannot be loaded', () => {
  it('says so and offers to try again; trying again opens the details', async () => {
    const { details } = (customElements.get('place-directory') as unknown as typeof PlaceDirectoryElement).parts;
    const real = details.load;
    const before = details.loaded;
    details.loaded = undefined;
    details.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const el = await directory();
      const button = $<HTMLButtonElement>(el, '.result h3 button');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[role="alert"]'), 'the message');
      expect($(el, '[role="alert"]').textContent).to.contain('could not be loaded');
      expect($(el, '.details')).to.equal(null);
      expect(focused(el), 'focus stays on the result').to.equal(button);
      await expectAccessible(el);
      details.load = real;
      $<HTMLButtonElement>(el, '[part="error"] button').click();
      await waitUntil(() => focused(el)?.id === 'details-title', 'the details, focused');
      expect($(el, '[role="alert"]')).to.equal(null);
    } finally {
      details.load = real;
      details.loaded ??= before;
    }
  });
});
