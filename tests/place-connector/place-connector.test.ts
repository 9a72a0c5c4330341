import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { expectAccessible } from '../support/axe.js';
import { installHostileStyles } from '../support/hostile.js';
import { $, $$, AREA, TSI, connectorElement, connectorFeed, linkNames, names, text } from './helpers.js';

const forcedColours = (on: boolean) => executeServerCommand('emulate-forced-colors', { active: on });
/** Monday 23 November 2026, 10:00 in the UK (GMT). */
const MONDAY_10AM = new Date('2026-11-23T10:00:00Z');
/** Friday 27 November 2026, 18:00 in the UK. */
const FRIDAY_6PM = new Date('2026-11-27T18:00:00Z');
const BROKEN_PHOTO = () => `${location.origin}/__no-such-photo.jpg`;

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
  await emulateMedia({ media: 'screen' });
  await forcedColours(false);
  sessionStorage.clear();
});

describe('<place-connector>: a card from the sample feed', () => {
  it('shows the area\'s Community Connector: role, organisation, independence, areas, help, availability, languages, drop-in', async () => {
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
    // What a screen reader says: digits in the groups written, not "one hundred and forty-one".
    expect(linkNames(methods)).to.deep.equal([
      'Call Catrìona on 0 1 4 1, 4 9 6, 0 5 0 1',
      'Text Catrìona on 0 7 7 0 0, 9 0 0 5 0 1',
      'Email Catrìona',
      'Book a conversation with Catrìona',
      'Parkhead Thriving Places Community Forum',
      'Parkhead Locality Plan (PDF)',
    ]);
    // What is seen: the number as written.
    expect(text(links[0].querySelector('[aria-hidden="true"]'))).to.equal('Call Catrìona on 0141 496 0501');
    expect(text(methods)).to.contain('catriona.baird@example.org');
  });

  it('says when they are next available, in UK time', async () => {
    const el = await connectorElement('area="parkhead"', undefined, FRIDAY_6PM);
    expect(text($(el, '.now'))).to.equal('Next available Monday 9:30am');
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

    const feed = connectorFeed([{ id: 'a', name: 'Morag Campbell', role: 'community_connector', area_ids: ['riverside'], photo: { url: BROKEN_PHOTO(), alt: 'Morag in the community garden' } }]);
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

  it('roles: localized labels, the feed\'s title beside them, and other roles humanised', async () => {
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
    expect(text($(el, '[part="notice"]'))).to.equal('There is no Community Connector listed for Riverside yet. The third-sector interface can help you find local groups and get involved:');
    expect(names(el)).to.deep.equal(['Morven Gillies']);
    expect($(el, '.cards').classList.contains('compact')).to.be.true;
    expect(linkNames($(el, '.cards'))).to.deep.equal(['Call Morven on 0 1 4 1, 4 9 6, 0 5 0 4', 'Email Morven']);
    await expectAccessible(el);

    const without = await connectorElement('area="riverside"', connectorFeed([{ id: 'a', name: 'Aileen Reid', role: 'community_connector', area_ids: ['hillside'] }]));
    expect(text($(without, '[part="notice"]'))).to.equal('There is no Community Connector listed for Riverside yet.');
    expect(without.shadowRoot!.querySelector('.cards')).to.be.null;
  });

  it('without an area, a resident picks a neighbourhood or enters a postcode', async () => {
    const el = await connectorElement();
    expect(el.shadowRoot!.querySelector('.cards')).to.be.null;
    await expectAccessible(el);
    const select = $<HTMLSelectElement>(el, 'select');
    select.value = 'springburn';
    select.dispatchEvent(new Event('change'));
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

  it('remember keeps the choice for this page in sessionStorage; without it nothing is stored', async () => {
    const key = `placekit:connector-area:${location.pathname}`;
    const plain = await connectorElement();
    const select = $<HTMLSelectElement>(plain, 'select');
    select.value = 'springburn';
    select.dispatchEvent(new Event('change'));
    await plain.updateComplete;
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.getItem(key)).to.be.null;

    const remembering = await connectorElement('remember');
    const list = $<HTMLSelectElement>(remembering, 'select');
    list.value = 'easterhouse';
    list.dispatchEvent(new Event('change'));
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
        links: [{ label: 'Bad', url: 'javascript:alert(2)' }, { label: 'Good', url: 'https://example.org/good' }],
      },
    ]);
    const el = await connectorElement('area="riverside"', feed);
    const hrefs = $$<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.some((h) => h.toLowerCase().includes('javascript'))).to.be.false;
    expect(linkNames($(el, '[part="contact-methods"]'))).to.deep.equal(['Email Aileen', 'Good']);
  });

  it('no contact methods at all: says how else to get help', async () => {
    const feed = connectorFeed([{ id: 'a', name: 'Aileen Reid', role: 'community_connector', area_ids: ['riverside'], phones: [{ number: 'ask at reception' }] }, TSI]);
    const el = await connectorElement('area="riverside"', feed);
    const notice = $(el, '[part="card"] [part="notice"]');
    expect(text(notice)).to.contain('There are no contact details for Aileen Reid here yet.');
    expect(text(notice)).to.contain('The third-sector interface can help you in the meantime:');
    expect(linkNames(notice)).to.deep.equal(['Call Morven on 0 1 4 1, 4 9 6, 0 5 0 4', 'Email Morven']);
    await expectAccessible(el);

    const alone = await connectorElement('area="riverside"', connectorFeed([{ id: 'a', name: 'Aileen Reid', role: 'community_connector', area_ids: ['riverside'] }]));
    expect(text($(alone, '[part="notice"]'))).to.contain('Your local library or community centre can help you get in touch.');
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
    expect(linkNames(card)).to.deep.equal(['Call Catrìona on 0 1 4 1, 4 9 6, 0 5 0 1', 'Email Catrìona']);
    expect(card.querySelector('h3, button')).to.be.null;
    await expectAccessible(el);
  });

  it('"Save contact" downloads a vCard 4.0 that ical.js reads, and tells the page', async () => {
    const el = await connectorElement('area="parkhead"');
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
    try {
      const button = $<HTMLButtonElement>(el, '[part="save-button"]');
      expect(text(button)).to.equal('Save contact');
      expect(button.getAttribute('aria-label')).to.equal('Save contact: Catrìona Baird');
      const saved = new Promise<CustomEvent>((resolve) => el.addEventListener('place-connector-save', resolve as EventListener, { once: true }));
      button.click();
      const event = await saved;
      expect(event.bubbles && event.composed).to.be.true;
      expect(event.detail).to.deep.equal({ id: '84ba2cd7-fbe8-5bbc-8011-521ed5527de4', fileName: 'catriona-baird.vcf' });
      expect(clicks).to.have.length(1);
      expect(clicks[0].download).to.equal('catriona-baird.vcf');
      expect(blobs[0].type).to.equal('text/vcard;charset=utf-8');
      const vcard = await blobs[0].text();
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
      expect(component.getFirstPropertyValue('photo')).to.equal('https://example.org/photos/catriona-baird.jpg');
      expect(String(component.getFirstPropertyValue('note'))).to.contain('Monday to Thursday: 9:30am to 4:30pm');
      for (const line of vcard.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    } finally {
      URL.createObjectURL = realCreate;
      HTMLAnchorElement.prototype.click = realClick;
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
