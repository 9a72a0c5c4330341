import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { expectAccessible } from '../support/axe.js';
import { installHostileStyles } from '../support/hostile.js';
import { PlaceConnectorElement } from '../../src/place-connector/place-connector.js';
import { SAMPLE_FEED_URL, feedDataUrl, minimalFeed, nextFeedEvent } from '../support/fixtures.js';
import { $, $$, AREA, OTHER, TSI, connectorElement, connectorFeed, linkNames, names, text } from './helpers.js';

/**
 * For a chunk that cannot be loaded (offline): collects unhandled promise rejections (there must be none)
 * and quiets the console note the element writes for the site's editor, until `restore()`.
 */
function watchOffline() {
  const unhandled: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent) => {
    unhandled.push(event.reason);
    event.preventDefault();
  };
  window.addEventListener('unhandledrejection', onUnhandled);
  const realWarn = console.warn;
  console.warn = () => undefined;
  return {
    unhandled,
    restore() {
      console.warn = realWarn;
      window.removeEventListener('unhandledrejection', onUnhandled);
    },
  };
}

const forcedColours = (on: boolean) => executeServerCommand('emulate-forced-colors', { active: on });
/** Monday 23 November 2026, 10:00 in the UK (GMT). */
const MONDAY_10AM = new Date('2026-11-23T10:00:00Z');
/** Friday 27 November 2026, 18:00 in the UK. */
const FRIDAY_6PM = new Date('2026-11-27T18:00:00Z');
/** A photo that fails to load: https on a public host, as the feed requires, answered by the 'photo-host' command. */
const BROKEN_PHOTO = () => 'https://photos.example.org/no-such-photo.jpg';
interface A11yNode {
  role?: string;
  name?: string;
  children?: A11yNode[];
}

/** Records the vCard downloads "Save contact" starts, instead of downloading them. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const clicks: HTMLAnchorElement[] = [];
  const realCreate = URL.createObjectURL;
  const realClick = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return realCreate.call(URL, blob);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicks.push(this);
  };
  return {
    blobs,
    clicks,
    restore() {
      URL.createObjectURL = realCreate;
      HTMLAnchorElement.prototype.click = realClick;
    },
  };
}

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
  await emulateMedia({ media: 'screen' });
  await forcedColours(false);
  sessionStorage.clear();
});

before(() => executeServerCommand('photo-host'));

describe('<place-connector>: a card from the sample feed', () => {
  it("shows the area's Community Connector: role, organisation, independence, areas, help, availability, languages, drop-in", async () => {
    const el = await connectorElement('area="parkhead"', undefined, MONDAY_10AM);
    expect(names(el)).to.deep.equal(['Catrìona Baird']);
    const card = $(el, '[part="card"]');
    expect(text(card.querySelector('.kind'))).to.equal('Community Connector');
    expect(text(card)).to.contain('Parkhead Community Anchor Trust');
    expect(text(card)).to.contain('Works independently of the council');
    expect(text(card)).to.contain('Covers Parkhead');
    expect(text(card)).to.contain('Finding local groups, services and activities');
    expect(text(card)).to.contain('Speaks English and Scottish Gaelic');
    expect(text(card)).to.contain('Monday to Thursday: 9:30am to 4:30pm');
    expect(text(card.querySelector('.now'))).to.equal('Available now, until 4:30pm');
    expect(text(card)).to.contain('Times are UK time.');
    // The drop-in: its place, address, times and a map link.
    expect(text(card)).to.contain('Parkhead Community Hub');
    expect(text(card)).to.contain('112 Westmuir Street, Glasgow, G31 5BN');
    expect(text(card)).to.contain('Tuesday: 10am to midday');
    const map = [...card.querySelectorAll('a')].find((a) => a.textContent === 'Map of Parkhead Community Hub')!;
    expect(map.href).to.equal('https://www.openstreetmap.org/?mlat=55.85509&mlon=-4.19196#map=17/55.85509/-4.19196');
    await expectAccessible(el);
  });

  it('every way to get in touch, as links that say what they do', async () => {
    const el = await connectorElement('area="parkhead"');
    const methods = $(el, '[part="contact-methods"]');
    const links = [...methods.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:01414960501',
      'sms:07700900501',
      'mailto:catriona.baird@example.org',
      'https://example.org/parkhead-anchor/book-a-chat',
      'https://example.org/parkhead-anchor/forum',
      'https://example.org/locality-plans/parkhead-locality-plan-2024-2030.pdf',
    ]);
    const names = [
      'Call Catrìona on 0141 496 0501',
      'Text Catrìona on 07700 900501',
      'Email Catrìona',
      'Book a conversation with Catrìona',
      'Parkhead Thriving Places Community Forum',
      'Parkhead Locality Plan (PDF)',
    ];
    expect(linkNames(methods)).to.deep.equal(names);
    // What is seen is the whole accessible name (WCAG 2.5.3: "click 0141 496 0501" works by voice), and
    // what is copied is the number once.
    for (const a of links) {
      expect(a.hasAttribute('aria-label'), a.textContent!).to.be.false;
      expect(a.querySelector('[aria-hidden], .visually-hidden'), a.textContent!).to.be.null;
    }
    expect(links.map((a) => a.innerText.trim())).to.deep.equal(names);
    const tree = (await a11ySnapshot({})) as unknown as A11yNode;
    const found = (node: A11yNode): string[] => [...(node.role === 'link' ? [node.name ?? ''] : []), ...(node.children ?? []).flatMap(found)];
    expect(found(tree)).to.include.members(names.slice(0, 2));
    expect(text(methods)).to.contain('catriona.baird@example.org');
  });

  it('a number written "+44 (0)141 …" is shown and dialled without the (0)', async () => {
    const feed = connectorFeed([
      { id: 'a', name: 'Aileen Reid', role: 'community_connector', area_ids: ['riverside'], phones: [{ number: '+44 (0)141 496 0111', type: 'cell' }] },
    ]);
    const el = await connectorElement('area="riverside"', feed);
    const links = $$<HTMLAnchorElement>(el, '[part="contact-methods"] a');
    expect(links.map((a) => [a.getAttribute('href'), text(a)])).to.deep.equal([
      ['tel:+441414960111', 'Call Aileen on +44 141 496 0111'],
      ['sms:+441414960111', 'Text Aileen on +44 141 496 0111'],
    ]);
  });

  it('says when they are next available, in UK time', async () => {
    const el = await connectorElement('area="parkhead"', undefined, FRIDAY_6PM);
    expect(text($(el, '.now'))).to.equal('Next available Monday at 9:30am');
    el.now = () => new Date('2026-11-23T07:00:00Z');
    el.requestUpdate();
    await el.updateComplete;
    expect(text($(el, '.now'))).to.equal('Next available today at 9:30am');
    // Summer time: 08:45 UTC in July is 09:45 in the UK, so she is available.
    el.now = () => new Date('2026-07-06T08:45:00Z');
    el.requestUpdate();
    await el.updateComplete;
    expect(text($(el, '.now'))).to.equal('Available now, until 4:30pm');
  });

  it('a missing photo, and a photo that fails to load, show initials on a coloured disc', async () => {
    const el = await connectorElement('area="springburn"');
    const disc = $(el, '.disc');
    expect(text(disc)).to.equal('TW');
    expect(disc.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(disc).color).to.equal('rgb(255, 255, 255)');

    const feed = connectorFeed([
      {
        id: 'a',
        name: 'Morag Campbell',
        role: 'community_connector',
        area_ids: ['riverside'],
        photo: { url: BROKEN_PHOTO(), alt: 'Morag in the community garden' },
      },
    ]);
    const broken = await connectorElement('area="riverside"', feed);
    const img = $<HTMLImageElement>(broken, 'img.photo');
    expect(img.alt).to.equal('Morag in the community garden');
    await waitUntil(() => broken.shadowRoot!.querySelector('.disc'), 'the disc replaces the broken photo');
    expect(text($(broken, '.disc'))).to.equal('MC');
    expect(broken.shadowRoot!.querySelector('img')).to.be.null;
    await expectAccessible(broken);
  });

  it('a photo without alt text is described as a photo of the person', async () => {
    const feed = connectorFeed([{ id: 'a', name: 'Morag Campbell', role: 'community_connector', area_ids: ['riverside'], photo: { url: BROKEN_PHOTO() } }]);
    const el = await connectorElement('area="riverside"', feed);
    expect($<HTMLImageElement>(el, 'img').alt).to.equal('Photo of Morag Campbell');
  });

  it("roles: localized labels, the feed's title beside them, and other roles humanised", async () => {
    const feed = connectorFeed([
      { id: 'a', name: 'Ann Other', role: 'youth_worker', area_ids: ['riverside'] },
      { id: 'b', name: 'Bea Titled', role: 'community_worker', role_title: 'Community Development Worker', area_ids: ['riverside'] },
      { id: 'c', name: 'Cat Connector', role: 'community_connector', role_title: 'Connector and Budget Lead', area_ids: ['riverside'] },
    ]);
    const el = await connectorElement('area="riverside"', feed);
    // Community Connectors first, then the others in feed order.
    expect(names(el)).to.deep.equal(['Cat Connector', 'Ann Other', 'Bea Titled']);
    expect($$(el, '.kind').map(text)).to.deep.equal(['Community Connector', 'Youth worker', 'Community Development Worker']);
    expect($$(el, '.role').map(text)).to.deep.equal(['Connector and Budget Lead']);
  });
});

describe('<place-connector>: choosing who to show', () => {
  it('connector="…" shows one person', async () => {
    const el = await connectorElement('connector="70ff8903-7a0f-562a-be27-5ad219c9b3a9"');
    expect(names(el)).to.deep.equal(['Morven Gillies']);
    expect(text($(el, '.kind'))).to.equal('Third-sector interface');
    expect(text($(el, '.role'))).to.equal('Community Planning Development Officer');
    expect(text($(el, '[part="card"]'))).to.contain('Covers the whole council area');
    expect(el.shadowRoot!.querySelector('.area-chooser')).to.be.null;
  });

  it('contact-role filters by kind of contact, and brings in whole-area contacts', async () => {
    const el = await connectorElement('contact-role="third_sector_interface place_director"');
    expect(names(el)).to.deep.equal(['Morven Gillies', 'Dr Ewan Hutcheson']);
    expect($(el, '.cards').classList.contains('grid')).to.be.true;
    const area = await connectorElement('area="springburn" contact-role="community_connector,third_sector_interface"');
    expect(names(area)).to.deep.equal(['Tomasz Wiśniewski', 'Morven Gillies']);
    const only = await connectorElement('area="springburn" contact-role="place_director"');
    expect(names(only)).to.deep.equal(['Dr Ewan Hutcheson']);
    await expectAccessible(el);
  });

  it('several connectors for one area show as a grid that reflows to one column', async () => {
    const feed = connectorFeed([
      { id: 'a', name: 'Aileen Reid', role: 'community_connector', area_ids: ['riverside'], email: 'a@example.org' },
      { id: 'b', name: 'Bilal Hussain', role: 'community_connector', area_ids: ['riverside', 'hillside'], email: 'b@example.org' },
    ]);
    await setViewport({ width: 1000, height: 800 });
    const el = await connectorElement('area="riverside"', feed);
    expect(names(el)).to.deep.equal(['Aileen Reid', 'Bilal Hussain']);
    const [first, second] = $$(el, '.cards > li').map((li) => li.getBoundingClientRect());
    expect(second.top).to.equal(first.top);
    expect(text($$(el, '[part="card"]')[1])).to.contain('Covers Riverside and Hillside');
    await setViewport({ width: 320, height: 800 });
    await waitUntil(() => $$(el, '.cards > li')[1].getBoundingClientRect().top > $$(el, '.cards > li')[0].getBoundingClientRect().bottom, 'one column');
    expect(el.scrollWidth).to.be.at.most(320);
    await expectAccessible(el);
  });

  it('an area with nobody says so and points to the third-sector interface', async () => {
    const feed = connectorFeed([{ id: 'a', name: 'Aileen Reid', role: 'community_connector', area_ids: ['hillside'] }, TSI]);
    const el = await connectorElement('area="riverside"', feed);
    expect(text($(el, '[part="notice"]'))).to.equal(
      'There is no Community Connector listed for Riverside yet. The third-sector interface can help you find local groups and get involved:',
    );
    expect(names(el)).to.deep.equal(['Morven Gillies']);
    expect($(el, '.cards').classList.contains('compact')).to.be.true;
    expect(linkNames($(el, '.cards'))).to.deep.equal(['Call Morven on 0141 496 0504', 'Email Morven']);
    await expectAccessible(el);

    // Without a third-sector interface, or any contact from the publisher: never nothing.
    const without = await connectorElement(
      'area="riverside"',
      connectorFeed([{ id: 'a', name: 'Aileen Reid', role: 'community_connector', area_ids: ['hillside'] }]),
    );
    expect(text($(without, '[part="notice"]'))).to.equal(
      'There is no Community Connector listed for Riverside yet. Your local library or community centre can help you get in touch.',
    );
    expect(without.shadowRoot!.querySelector('.cards')).to.be.null;
  });

  it("an area with nobody and no third-sector interface offers the publisher's phone, email and website, and the area's own links", async () => {
    const feed = feedDataUrl(
      minimalFeed({
        publisher: { name: 'Riverside Partnership', phone: '+44 (0)141 496 0000', email: 'hello@example.org', website: 'https://example.org/partnership' },
        areas: [{ ...AREA, url: 'https://example.org/riverside' }, OTHER],
        locality_plans: [
          {
            id: 'p',
            area_id: 'riverside',
            title: 'Riverside Locality Plan',
            partnership: 'Riverside Locality Partnership',
            partnership_url: 'https://example.org/riverside/partnership',
            priorities: [],
          },
        ],
        connectors: [{ id: 'a', name: 'Aileen Reid', role: 'community_connector', area_ids: ['hillside'] }],
      }),
    );
    const el = await connectorElement('area="riverside"', feed);
    const notice = $(el, '[part="notice"]');
    expect(text(notice)).to.contain('There is no Community Connector listed for Riverside yet. Riverside Partnership can help you find who to contact:');
    expect($$<HTMLAnchorElement>(el, '[part="notice"] a').map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([
      ['Call Riverside Partnership on +44 141 496 0000', 'tel:+441414960000'],
      ['Email Riverside Partnership', 'mailto:hello@example.org'],
      ['Visit the Riverside Partnership website', 'https://example.org/partnership'],
      ['More about Riverside', 'https://example.org/riverside'],
      ['Riverside Locality Partnership', 'https://example.org/riverside/partnership'],
    ]);
    expect(text(notice)).to.contain('hello@example.org');
    await expectAccessible(el);

    // Only a link the feed gives for the area: that is the way on.
    const linkOnly = await connectorElement(
      'area="riverside"',
      feedDataUrl(
        minimalFeed({
          areas: [{ ...AREA, url: 'https://example.org/riverside' }, OTHER],
          connectors: [{ id: 'a', name: 'Aileen Reid', role: 'community_connector', area_ids: ['hillside'] }],
        }),
      ),
    );
    expect(text($(linkOnly, '[part="notice"]'))).to.equal(
      'There is no Community Connector listed for Riverside yet. Find out more about getting involved: More about Riverside',
    );
  });

  it("an unknown contact-role, area or connector is never an empty element, and the console tells the site's editor", async () => {
    const warnings: string[] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = await connectorElement('contact-role="nonsense_role"');
      expect(text($(el, '[part="notice"]'))).to.equal(
        'Nobody is listed as Nonsense role yet. The third-sector interface can help you find local groups and get involved:',
      );
      expect(names(el)).to.deep.equal(['Morven Gillies']);
      expect(warnings.filter((w) => w.includes('nonsense_role'))).to.have.length(1);
      expect(warnings.find((w) => w.includes('nonsense_role'))).to.contain(
        'place-connector: contact-role="nonsense_role": no contact in the feed has the role "nonsense_role" (roles in the feed: community_connector, third_sector_interface, place_director)',
      );
      el.requestUpdate();
      await el.updateComplete;
      expect(
        warnings.filter((w) => w.includes('nonsense_role')),
        'warned once',
      ).to.have.length(1);
      await expectAccessible(el);

      const area = await connectorElement('area="nowhere"');
      expect(text($(area, '[part="notice"]'))).to.contain('There is no Community Connector listed for nowhere yet.');
      expect(names(area)).to.deep.equal(['Morven Gillies']);
      expect(warnings.some((w) => w.includes('area="nowhere" is not an area in the feed (its areas: parkhead, springburn, easterhouse)'))).to.be.true;

      // An unknown connector in a feed with no areas to choose from: whoever else there is.
      const noAreas = connectorFeed([TSI], []);
      const person = await connectorElement('connector="nobody"', noAreas);
      expect(text($(person, '[part="notice"]'))).to.equal('We could not find that contact. Here is who else can help.');
      expect(names(person)).to.deep.equal(['Morven Gillies']);
      expect(warnings.some((w) => w.includes('connector="nobody" is not a contact in the feed'))).to.be.true;

      // Nobody at all in the feed.
      const empty = await connectorElement('', connectorFeed([], []));
      expect(text($(empty, '[part="notice"]'))).to.equal('There is nobody listed here yet. Your local library or community centre can help you get in touch.');
    } finally {
      console.warn = realWarn;
    }
  });

  it('without an area, a resident picks a neighbourhood or enters a postcode', async () => {
    const el = await connectorElement();
    expect(el.shadowRoot!.querySelector('.cards')).to.be.null;
    await expectAccessible(el);
    const select = $<HTMLSelectElement>(el, 'select');
    select.value = 'springburn';
    select.dispatchEvent(new Event('change'));
    (select.parentElement!.querySelector('.confirm') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Tomasz Wiśniewski']);
    expect(text($(el, '.chooser-status'))).to.equal('Showing 1 contact for Springburn (Bùrn an Fhuarain).');

    const input = $<HTMLInputElement>(el, 'input[name="postcode"]');
    input.focus();
    await sendKeys({ type: 'G31 5BN' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Catrìona Baird']);
    expect(text($(el, '.outcome'))).to.contain('G31 5BN is in');
    await expectAccessible(el);
  });

  it('a postcode the feed does not cover clears the neighbourhood shown before', async () => {
    const el = await connectorElement('remember');
    await waitUntil(() => el.shadowRoot!.querySelector('select'), 'the chooser loads');
    const select = $<HTMLSelectElement>(el, 'select');
    select.value = 'springburn';
    select.dispatchEvent(new Event('change'));
    (select.parentElement!.querySelector('.confirm') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Tomasz Wiśniewski']);
    const input = $<HTMLInputElement>(el, 'input[name="postcode"]');
    input.focus();
    await sendKeys({ type: 'EH1 1AA' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text($(el, '.outcome'))).to.equal('We do not have information for EH1 1AA. Choose a neighbourhood from the list instead.');
    expect(names(el), "the previous area's card is gone").to.deep.equal([]);
    expect($<HTMLSelectElement>(el, 'select').value).to.equal('');
    expect(text($(el, '.chooser-status'))).to.equal('');
    expect(sessionStorage.getItem(`placekit:connector-area:${location.pathname}`)).to.be.null;
    await expectAccessible(el);

    // A postcode that cannot be read clears it too; one that matches shows its area.
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await sendKeys({ type: 'G31 5BN' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Catrìona Baird']);
    // "Find" with the box empty asks for a postcode and leaves the area shown.
    input.value = '';
    input.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, '.postcode button').click();
    await el.updateComplete;
    expect(text($(el, '.error-message'))).to.contain('Enter a postcode');
    expect(names(el)).to.deep.equal(['Catrìona Baird']);
    input.focus();
    await sendKeys({ type: 'G31' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text($(el, '.error-message'))).to.contain('Enter a full UK postcode');
    expect(names(el)).to.deep.equal([]);
  });

  it('offline, a chooser that cannot be loaded says so and can be tried again (no unhandled rejection)', async () => {
    const offline = watchOffline();
    const { unhandled } = offline;
    const { chooser } = PlaceConnectorElement.parts;
    const real = chooser.load;
    const before = chooser.loaded;
    try {
      chooser.loaded = undefined;
      chooser.load = () =>
        Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://council.example/placekit/chunks/places-abc123.js'));
      const loaded = nextFeedEvent();
      const el = await fixture<PlaceConnectorElement>(html`<place-connector feed=${SAMPLE_FEED_URL}></place-connector>`);
      await loaded;
      await waitUntil(() => el.shadowRoot!.querySelector('[part="notice"]'), 'the resident is told');
      expect(text($(el, '[part="notice"]'))).to.equal(
        'Sorry, the list of neighbourhoods could not be loaded Check your connection and try again. Try loading the list of neighbourhoods again',
      );
      await new Promise((done) => setTimeout(done, 50));
      expect(unhandled).to.deep.equal([]);
      await expectAccessible(el);
      chooser.load = real;
      $<HTMLButtonElement>(el, '[part="notice"] button').click();
      await waitUntil(() => el.shadowRoot!.activeElement?.localName === 'select', 'the list loads and has focus');
      expect(el.shadowRoot!.querySelector('[part="notice"]')).to.be.null;
    } finally {
      chooser.load = real;
      chooser.loaded ??= before;
      offline.restore();
    }
  });

  it('remember keeps the choice for this page in sessionStorage; without it nothing is stored', async () => {
    const key = `placekit:connector-area:${location.pathname}`;
    const plain = await connectorElement();
    const select = $<HTMLSelectElement>(plain, 'select');
    select.value = 'springburn';
    select.dispatchEvent(new Event('change'));
    (select.parentElement!.querySelector('.confirm') as HTMLButtonElement).click();
    await plain.updateComplete;
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.getItem(key)).to.be.null;

    const remembering = await connectorElement('remember');
    const list = $<HTMLSelectElement>(remembering, 'select');
    list.value = 'easterhouse';
    list.dispatchEvent(new Event('change'));
    (list.parentElement!.querySelector('.confirm') as HTMLButtonElement).click();
    await remembering.updateComplete;
    expect(sessionStorage.getItem(key)).to.equal('easterhouse');
    expect(localStorage.getItem(key)).to.be.null;

    const again = await connectorElement('remember');
    expect(names(again)).to.deep.equal(['Marie-Thérèse Oyelaran-Fitzpatrick']);
    await waitUntil(() => again.shadowRoot!.querySelector('select'), 'the chooser loads');
    expect($<HTMLSelectElement>(again, 'select').value).to.equal('easterhouse');
    const forgetful = await connectorElement();
    expect(forgetful.shadowRoot!.querySelector('.cards')).to.be.null;
  });
});

describe('<place-connector>: bad input', () => {
  it('a javascript: booking link and unsafe links are dropped', async () => {
    const feed = connectorFeed([
      {
        id: 'a',
        name: 'Aileen Reid',
        role: 'community_connector',
        area_ids: ['riverside'],
        email: 'aileen@example.org',
        booking_url: 'javascript:alert(1)',
        links: [
          { label: 'Bad', url: 'javascript:alert(2)' },
          { label: 'Good', url: 'https://example.org/good' },
        ],
      },
    ]);
    const el = await connectorElement('area="riverside"', feed);
    const hrefs = $$<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.some((h) => h.toLowerCase().includes('javascript'))).to.be.false;
    expect(linkNames($(el, '[part="contact-methods"]'))).to.deep.equal(['Email Aileen', 'Good']);
  });

  it('no contact methods at all: says how else to get help', async () => {
    const feed = connectorFeed([
      { id: 'a', name: 'Aileen Reid', role: 'community_connector', area_ids: ['riverside'], phones: [{ number: 'ask at reception' }] },
      TSI,
    ]);
    const el = await connectorElement('area="riverside"', feed);
    const notice = $(el, '[part="card"] [part="notice"]');
    expect(text(notice)).to.contain('There are no contact details for Aileen Reid here yet.');
    expect(text(notice)).to.contain('The third-sector interface can help you in the meantime:');
    expect(linkNames(notice)).to.deep.equal(['Call Morven on 0141 496 0504', 'Email Morven']);
    // Nothing to save: no "Save contact" (a card with a drop-in address keeps it).
    expect(el.shadowRoot!.querySelector('[part="save-button"]')).to.be.null;
    await expectAccessible(el);

    const alone = await connectorElement(
      'area="riverside"',
      connectorFeed([{ id: 'a', name: 'Aileen Reid', role: 'community_connector', area_ids: ['riverside'] }]),
    );
    expect(text($(alone, '[part="notice"]'))).to.contain('Your local library or community centre can help you get in touch.');
    expect(alone.shadowRoot!.querySelector('[part="save-button"]')).to.be.null;

    const dropIn = { location: { name: 'Riverside Hub', addresses: [{ address_1: '1 River Street', city: 'Glasgow', postal_code: 'G40 1AA' }] } };
    const withAddress = await connectorElement(
      'area="riverside"',
      connectorFeed([{ id: 'a', name: 'Aileen Reid', role: 'community_connector', area_ids: ['riverside'], drop_in: dropIn }]),
    );
    expect(withAddress.shadowRoot!.querySelector('[part="save-button"]')).not.to.be.null;
  });

  it('very long names and roles wrap at 320 px and at 400% zoom without sideways scrolling', async () => {
    const long = 'Marie-Thérèse-Anne-Catriona Oyelaran-Fitzpatrick-MacGillivray-Wiśniewska-Donnachaidh';
    const feed = connectorFeed([
      {
        id: 'a',
        name: long,
        role: 'community_connector',
        role_title: 'Community Connector and Participatory Budgeting Coordinator for Easterhouse, Blairtummock, Lochend, Wellhouse and Provanhall',
        organization: { name: 'The Greater Easterhouse Heatherhill and Provanhall Community Development Trust Limited' },
        area_ids: ['riverside'],
        email: 'marie-therese.oyelaran-fitzpatrick-macgillivray@heatherhill-community-trust.example.org',
        phones: [{ number: '0141 496 0503' }],
      },
    ]);
    await setViewport({ width: 320, height: 640 });
    const el = await connectorElement('area="riverside"', feed);
    expect(text($(el, '[part="name"]'))).to.equal(long);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const compact = await connectorElement('area="riverside" layout="compact"', feed);
    expect(compact.scrollWidth).to.be.at.most(320);
    // 400% zoom of a 1280 px window is a 320 px layout viewport with four times the text.
    await setViewport({ width: 1280, height: 800 });
    document.documentElement.style.zoom = '4';
    try {
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    } finally {
      document.documentElement.style.zoom = '';
    }
    await expectAccessible(el);
  });
});

describe('<place-connector>: layouts, save contact, isolation', () => {
  it('layout="compact" is one line for a sidebar: name, role, call and email', async () => {
    const el = await connectorElement('area="parkhead" layout="compact"');
    const card = $(el, '[part="card"]');
    expect(text(card.querySelector('p'))).to.equal('Catrìona Baird, Community Connector');
    expect(linkNames(card)).to.deep.equal(['Call Catrìona on 0141 496 0501', 'Email Catrìona']);
    expect(card.querySelector('h3, button')).to.be.null;
    await expectAccessible(el);
  });

  it('"Save contact" says it was saved, in the live region beside the button, not as an error (issue 17)', async () => {
    const el = await connectorElement('area="parkhead"');
    const downloads = captureDownloads();
    try {
      const status = $(el, '.save-status');
      expect(status.getAttribute('role')).to.equal('status');
      expect(text(status)).to.equal('');
      const saved = new Promise((resolve) => el.addEventListener('place-connector-save', resolve, { once: true }));
      $<HTMLButtonElement>(el, '[part="save-button"]').click();
      await saved;
      await el.updateComplete;
      expect(text($(el, '.save-status'))).to.equal('Catrìona Baird is saved as a contact card in your downloads. Open it to add them to your contacts.');
      expect($(el, '.save-status').classList.contains('error-message'), 'not drawn as an error').to.equal(false);
      await expectAccessible(el);
    } finally {
      downloads.restore();
    }
  });

  it('"Save contact" downloads a vCard 4.0 that ical.js reads, and tells the page', async () => {
    const el = await connectorElement('area="parkhead"');
    // The sample's photo is on example.org, which does not load here: once it has failed, it is not saved.
    await waitUntil(() => el.shadowRoot!.querySelector('.disc'), 'the photo fails offline');
    const downloads = captureDownloads();
    try {
      const button = $<HTMLButtonElement>(el, '[part="save-button"]');
      expect(text(button)).to.equal('Save contact');
      expect(button.getAttribute('aria-label')).to.equal('Save contact: Catrìona Baird');
      const saved = new Promise<CustomEvent>((resolve) => el.addEventListener('place-connector-save', resolve as EventListener, { once: true }));
      button.click();
      const event = await saved;
      expect(event.bubbles && event.composed).to.be.true;
      expect(event.detail).to.deep.equal({ id: '84ba2cd7-fbe8-5bbc-8011-521ed5527de4', fileName: 'catriona-baird.vcf' });
      expect(downloads.clicks).to.have.length(1);
      expect(downloads.clicks[0].download).to.equal('catriona-baird.vcf');
      expect(downloads.blobs[0].type).to.equal('text/vcard;charset=utf-8');
      const vcard = await downloads.blobs[0].text();
      const component = new ICAL.Component(ICAL.parse(vcard) as unknown as unknown[]);
      expect(component.getFirstPropertyValue('version')).to.equal('4.0');
      expect(component.getFirstPropertyValue('fn')).to.equal('Catrìona Baird');
      expect(component.getFirstPropertyValue('title')).to.equal('Community Connector');
      expect(component.getFirstPropertyValue('org')).to.equal('Parkhead Community Anchor Trust');
      expect(component.getAllProperties('tel').map((p) => [p.getFirstValue(), p.getParameter('type')])).to.deep.equal([
        ['tel:+441414960501', ['work', 'voice']],
        ['tel:+447700900501', ['work', 'text']],
      ]);
      expect(component.getFirstPropertyValue('email')).to.equal('catriona.baird@example.org');
      expect(component.getFirstPropertyValue('adr')).to.deep.equal(['', '', '112 Westmuir Street', 'Glasgow', '', 'G31 5BN', 'GB']);
      expect(component.getFirstPropertyValue('photo')).to.be.null;
      expect(String(component.getFirstPropertyValue('note'))).to.contain('Monday to Thursday: 9:30am to 4:30pm');
      for (const line of vcard.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
      await el.updateComplete;
      // Issue 17: success is said too (it was silent).
      expect(text($(el, '.save-status'))).to.equal('Catrìona Baird is saved as a contact card in your downloads. Open it to add them to your contacts.');
    } finally {
      downloads.restore();
    }
  });

  it('a photo that has not failed (still loading) is saved as PHOTO', async () => {
    // A photo address that does not answer: neither loaded nor failed.
    const photo = `https://photos.example.org/hang-${Math.random()}.jpg`;
    const el = await connectorElement(
      'area="riverside"',
      connectorFeed([
        { id: 'a', name: 'Morag Campbell', role: 'community_connector', area_ids: ['riverside'], email: 'morag@example.org', photo: { url: photo } },
      ]),
    );
    expect(el.shadowRoot!.querySelector('img.photo')).not.to.be.null;
    const downloads = captureDownloads();
    try {
      $<HTMLButtonElement>(el, '[part="save-button"]').click();
      await waitUntil(() => downloads.blobs.length === 1, 'saved');
      expect(await downloads.blobs[0].text()).to.contain(`PHOTO:${photo.slice(0, 20)}`);
    } finally {
      downloads.restore();
    }
  });

  it('a double click, or a press while the file is being made, saves one file', async () => {
    const el = await connectorElement('area="parkhead"');
    const downloads = captureDownloads();
    try {
      const button = $<HTMLButtonElement>(el, '[part="save-button"]');
      // Two presses before the builder has loaded: the second is ignored.
      button.click();
      button.click();
      await waitUntil(() => downloads.clicks.length > 0, 'saved');
      await new Promise((done) => setTimeout(done, 50));
      expect(downloads.clicks).to.have.length(1);
      // A double click once it has loaded: the browser counts the second click (detail 2), which is ignored.
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 2 }));
      await waitUntil(() => downloads.clicks.length > 1, 'saved again');
      await new Promise((done) => setTimeout(done, 50));
      expect(downloads.clicks).to.have.length(2);
    } finally {
      downloads.restore();
    }
  });

  it('offline, "Save contact" tells the resident to check the connection and try again (no unhandled rejection)', async () => {
    const el = await connectorElement('area="parkhead"');
    const downloads = captureDownloads();
    const offline = watchOffline();
    const { unhandled } = offline;
    const { vcard } = PlaceConnectorElement.parts;
    const load = vcard.load;
    const before = vcard.loaded;
    vcard.loaded = undefined;
    // What the browser does when the builder's chunk cannot be fetched.
    vcard.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://council.example/placekit/chunks/vcard-abc123.js'));
    try {
      const status = $(el, '.save-status');
      expect(status.getAttribute('role')).to.equal('status');
      $<HTMLButtonElement>(el, '[part="save-button"]').click();
      await waitUntil(() => text($(el, '.save-status')), 'the resident is told');
      expect(text($(el, '.save-status'))).to.equal('Sorry, the contact could not be saved. Check your connection and try again.');
      expect($(el, '.save-status')).to.equal(status, 'the same live region, there before the message');
      expect(downloads.clicks).to.have.length(0);
      await new Promise((done) => setTimeout(done, 50));
      expect(unhandled).to.deep.equal([]);
      await expectAccessible(el);

      // Back online: trying again saves it, and the message says so (issue 17: it went silent before).
      vcard.load = load;
      $<HTMLButtonElement>(el, '[part="save-button"]').click();
      await waitUntil(() => downloads.clicks.length === 1, 'saved');
      await el.updateComplete;
      expect(text($(el, '.save-status'))).to.equal('Catrìona Baird is saved as a contact card in your downloads. Open it to add them to your contacts.');
      expect($(el, '.save-status').classList.contains('error-message')).to.equal(false);
    } finally {
      vcard.load = load;
      vcard.loaded ??= before;
      offline.restore();
      downloads.restore();
    }
  });

  it('keyboard: every link and the save button can be reached and show focus', async () => {
    const el = await connectorElement('area="parkhead"');
    const first = $<HTMLAnchorElement>(el, 'a');
    first.focus();
    expect(el.shadowRoot!.activeElement).to.equal(first);
    const focusables = $$(el, 'a, button');
    for (let i = 1; i < focusables.length; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="save-button"]'));
    const style = getComputedStyle(el.shadowRoot!.activeElement!);
    expect(style.outlineStyle !== 'none' || style.boxShadow !== 'none').to.be.true;
  });

  it('forced colours: the disc keeps an edge, and the card stays accessible', async () => {
    await forcedColours(true);
    const el = await connectorElement('area="springburn"');
    expect(getComputedStyle($(el, '.disc')).borderStyle).to.equal('solid');
    await expectAccessible(el);
  });

  it("in a host page's flex layout at 320 px it shrinks to fit (the chooser's list is wider than that)", async () => {
    await setViewport({ width: 320, height: 640 });
    const style = document.createElement('style');
    style.textContent = 'div { display: flex }';
    document.head.append(style);
    try {
      const el = await connectorElement();
      await waitUntil(() => el.shadowRoot!.querySelector('select'), 'the chooser loads');
      expect(el.parentElement!.localName).to.equal('div');
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      style.remove();
    }
  });

  it("sizes follow the element's own text size, not the host page's root font size", async () => {
    const photoWidths = async () => {
      const card = await connectorElement('area="springburn"');
      const compact = await connectorElement('area="springburn" layout="compact"');
      const size = parseFloat(getComputedStyle($(card, '.root')).fontSize);
      return { card: $(card, '.photo').getBoundingClientRect().width / size, compact: $(compact, '.photo').getBoundingClientRect().width / size, size };
    };
    const plain = await photoWidths();
    expect(plain.card).to.equal(6);
    expect(plain.compact).to.equal(2.75);
    document.documentElement.style.fontSize = '30px';
    try {
      const large = await photoWidths();
      expect(large).to.deep.equal(plain);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it("heading-level sets the level of a card's headings (2 by default, sections one below, 6 at most)", async () => {
    const levels = (el: Element) => $$(el, 'h2, h3, h4, h5, h6').map((h) => [text(h), h.localName[1]]);
    const el = await connectorElement('area="parkhead"');
    expect(levels(el)).to.deep.equal([
      ['Catrìona Baird', '2'],
      ['Can help with', '3'],
      ['When to get in touch', '3'],
      ['Get in touch', '3'],
      ['Drop in', '3'],
    ]);
    expect(el.shadowRoot!.querySelector('[role="heading"]'), 'real headings').to.be.null;
    const fontSize = getComputedStyle($(el, '[part="name"]')).fontSize;
    el.headingLevel = 4;
    await el.updateComplete;
    expect(levels(el).map(([, level]) => level)).to.deep.equal(['4', '5', '5', '5', '5']);
    expect(getComputedStyle($(el, '[part="name"]')).fontSize, 'looks the same at any level').to.equal(fontSize);
    await expectAccessible(el);
    const deep = await connectorElement('area="parkhead" heading-level="6"');
    expect(levels(deep).map(([, level]) => level)).to.deep.equal(['6', '6', '6', '6', '6']);
    const wrong = await connectorElement('area="parkhead" heading-level="nonsense"');
    expect(levels(wrong)[0][1]).to.equal('2');
  });

  it('printed: no buttons or chooser, and the initials keep their disc', async () => {
    const el = await connectorElement('area="springburn"');
    const chooser = await connectorElement('remember');
    await waitUntil(() => chooser.shadowRoot!.querySelector('.chooser'), 'the chooser loads');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '[part="save-button"]')).display).to.equal('none');
    expect(getComputedStyle($(chooser, '.chooser')).display).to.equal('none');
    expect(getComputedStyle($(el, '.disc')).printColorAdjust).to.equal('exact');
  });

  it('looks and works the same on a hostile page', async () => {
    const measure = (el: Element) => ({
      display: getComputedStyle(el).display,
      name: getComputedStyle($(el, '[part="name"]')).fontSize,
      link: getComputedStyle($(el, '[part="contact-methods"] a')).color,
      button: getComputedStyle($(el, '[part="save-button"]')).display,
      transform: getComputedStyle($(el, '[part="card"]')).textTransform,
    });
    const before = measure(await connectorElement('area="parkhead"'));
    const remove = installHostileStyles();
    try {
      const el = await connectorElement('area="parkhead"');
      expect(measure(el)).to.deep.equal(before);
      await expectAccessible(el);
    } finally {
      remove();
    }
  });
});
