/**
 * Reading what live Open Referral UK directories publish (issue 14), the way the widgets read it: empty
 * strings, websites without a scheme, emails and phone numbers with what an export left on them, ages of
 * -1, the same id twice, and a console that says it all in a few lines. Fixtures:
 * tests/fixtures/feeds/live-directory.json, and Bristol's real records in tests/fixtures/real-oruk-bristol/.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { loadFeed, parseFeed } from '../../../src/feed/load/load.js';
import { parseFeedData } from '../../../src/feed/validator/parse.js';
import type { FeedWarning } from '../../../src/feed/load/problems.js';
import { quickParse } from '../../../src/feed/load/read.js';
import { telUrl } from '../../../src/feed/domain/safe-url.js';
import type { Service } from '../../../src/feed/domain/types.js';
import { feedDataUrl, fixture, minimalFeed } from '../../support/fixtures.js';

const LIVE = '/tests/fixtures/feeds/live-directory.json';
const json = (value: unknown) => JSON.parse(JSON.stringify(value));
const lines = (warnings: FeedWarning[]) => warnings.map((w) => `${w.action} ${w.path}: ${w.message}`);

/** The feed the widgets get, by the full parse; the compiled check's verdict on it (undefined: the validator loads). */
async function read(data: Record<string, unknown>) {
  const quick = quickParse(structuredClone(data));
  const full = parseFeedData(structuredClone(data));
  const loaded = await parseFeed(JSON.stringify(data));
  expect(json(loaded), 'the widgets read what the validator reads').to.deep.equal(json(full));
  return { ...full, quick };
}

/** Console lines (groupCollapsed and warn) while `run` runs and the report that follows it arrives. */
async function console_(run: () => Promise<unknown>, until: (said: string[]) => boolean): Promise<string[]> {
  const said: string[] = [];
  const { warn, groupCollapsed } = console;
  console.warn = (...args: unknown[]) => said.push(args.join(' '));
  console.groupCollapsed = (...args: unknown[]) => said.push(`[group] ${args.join(' ')}`);
  try {
    await run();
    await waitUntil(() => until(said), 'the console report', { timeout: 5000 });
  } finally {
    Object.assign(console, { warn, groupCollapsed });
  }
  return said;
}

describe('reading live directories: values that mean "none"', () => {
  const blank = {
    id: 'blank',
    name: 'Lunch club',
    alternate_name: '',
    description: '   ',
    url: '',
    email: ' ',
    fees: '\t',
    minimum_age: -1,
    maximum_age: -1,
    assured_date: '',
    last_modified: '',
    status: 'active',
    organization: { id: 'org', name: '', website: '', logo: '', email: '' },
    phones: [{ number: '' }, { id: 'ph', number: ' ' }, { number: '0141 496 0100', extension: '', type: '' }],
    schedules: [{ id: 's', freq: 'WEEKLY', byday: 'MO', opens_at: '12:00', closes_at: '14:00', valid_from: '', valid_to: '', dtstart: '', description: '' }],
    service_areas: [{ name: '' }, { id: 'sa', name: 'Dennistoun', description: '' }],
    contacts: [{ id: 'c', name: '', title: '', email: '', phones: [{ number: '' }] }],
    service_at_locations: [
      { location: { name: 'Hall', latitude: null, longitude: null, addresses: [{ address_1: '1 Example Street', address_2: '', postal_code: 'G31 2AA' }] } },
    ],
    cost_options: [{ option: '', amount: 0, amount_description: '' }],
    languages: [''],
  };

  it('reads "", whitespace, null and -1 ages as absent, everywhere, with no warning and no validator', async () => {
    const data = minimalFeed({
      publisher: { name: 'Test Partnership', website: '', email: '  ', phone: '' },
      title: '',
      areas: [{ id: 'a', name: 'Dennistoun', alternate_name: '', postcode_districts: ['G31'], url: '' }],
      services: [blank],
      opportunities: [{ id: 'o', kind: 'volunteering', name: 'Litter pick', url: ' ', email: '', closing_date: '', minimum_age: -1, commitment: '' }],
      connectors: [
        { id: 'k', name: 'Morag', role: 'community_connector', email: '', photo: { url: '', alt: '' }, booking_url: '', help_with: ['Benefits', ''] },
      ],
    });
    const { feed, warnings, quick } = await read(data);
    expect(lines(warnings)).to.deep.equal([]);
    expect(quick, 'the compiled check takes it: the validator is not downloaded').to.not.equal(undefined);
    expect(json(quick!.feed)).to.deep.equal(json(feed));
    expect(feed.publisher).to.deep.equal({ name: 'Test Partnership' });
    expect(feed).to.not.have.property('title');
    expect(feed.areas[0]).to.deep.equal({ id: 'a', name: 'Dennistoun', postcode_districts: ['G31'] });
    expect(feed.services[0]).to.deep.equal({
      id: 'blank',
      name: 'Lunch club',
      status: 'active',
      phones: [{ number: '0141 496 0100' }],
      schedules: [{ id: 's', freq: 'WEEKLY', byday: 'MO', opens_at: '12:00', closes_at: '14:00' }],
      service_areas: [{ id: 'sa', name: 'Dennistoun' }],
      contacts: [],
      service_at_locations: [{ location: { name: 'Hall', addresses: [{ address_1: '1 Example Street', postal_code: 'G31 2AA' }] } }],
      cost_options: [{ amount: 0 }],
      languages: [],
    });
    expect(feed.opportunities[0]).to.deep.equal({ id: 'o', kind: 'volunteering', name: 'Litter pick' });
    expect(feed.connectors[0]).to.deep.equal({ id: 'k', name: 'Morag', role: 'community_connector', help_with: ['Benefits'] });
  });

  it('still skips a record whose required name is blank, and drops an age below -1', async () => {
    const { feed, warnings } = await read(
      minimalFeed({
        services: [
          { id: 'x', name: '  ' },
          { id: 'y', name: 'Y', minimum_age: -4 },
        ],
      }),
    );
    expect(feed.services.map((s) => s.id)).to.deep.equal(['y']);
    expect(lines(warnings)).to.deep.equal([
      'skipped services[0].name: must not be blank (is "  "); record skipped',
      'dropped services[1].minimum_age: must be at least 0 (is -4); dropped',
    ]);
  });
});

describe('reading live directories: values repaired, saying how', () => {
  it('reads the live-directory fixture with every record kept, nothing dropped, each repair naming its value', async () => {
    const data = await fixture<Record<string, unknown>>(LIVE);
    const { feed, warnings, counts, quick } = await read(data);
    expect(quick, 'repairs need the validator').to.equal(undefined);
    expect(warnings.filter((w) => w.action === 'skipped' || w.action === 'dropped')).to.deep.equal([]);
    expect(counts.services).to.deep.equal({ kept: 7, skipped: 0, merged: 2 });
    const byId = (id: string) => feed.services.find((s) => s.id === id)!;
    expect(feed.publisher).to.deep.equal({ name: 'Live Directory Test Council', website: 'https://www.council.example.org/', email: 'directory@example.org' });
    expect(lines(warnings)).to.include.members([
      'repaired publisher.website: not a web link (is "www.council.example.org/"): https:// added',
      'repaired services[1].url: not a web link (is "www.wetalkclub.example.org/"): https:// added',
      'repaired services[1].organization.logo: not a web link (is "//wetalk.example.org/logo.png"): https:// added',
      'repaired services[2].organization.email: not an email address as written (is "info@example.org\\u00a0"): no-break spaces removed',
      'repaired services[2].contacts[0].email: not an email address as written (is "jo\\u200b@example.org"): invisible characters removed',
      'repaired services[2].contacts[1].email: not an email address as written (is "sam@example.org."): a full stop at the end removed',
      'repaired services[3].phones[0].number: has quotation marks around it (is "\\"+44 141 496 0000\\""): quotation marks removed',
    ]);
    // Websites written without a scheme, each given https://, including inside a schedule (kept whole).
    const schemeless = byId('schemeless');
    expect(schemeless.url).to.equal('https://www.wetalkclub.example.org/');
    expect(schemeless.organization).to.deep.equal({ name: 'We Talk', website: 'https://wetalk.example.org', logo: 'https://wetalk.example.org/logo.png' });
    expect(schemeless.schedules?.[0].schedule_link).to.equal('https://www.wetalkclub.example.org/sessions');
    // Emails: a space, a no-break space, a zero-width space, a full stop, mailto:, and a placeholder left out.
    const emails = byId('bad-emails');
    expect(emails.email).to.equal('advice@example.org');
    expect(emails.organization?.email).to.equal('info@example.org');
    expect(emails.contacts?.map((c) => c.email)).to.deep.equal(['jo@example.org', 'sam@example.org', 'desk@example.org', undefined]);
    expect(emails.contacts?.[3]).to.deep.equal({ name: 'Nobody' });
    // Phone numbers out of a spreadsheet: the plus sign stays, so the number still dials from abroad.
    const phones = byId('quoted-phones').phones!.map((p) => p.number);
    expect(phones).to.deep.equal(['+44 141 496 0000', '01414960001', '0141 496 0002', '07700 900123']);
    expect(telUrl(phones[0])).to.equal('tel:+441414960000');
    // Times with a zone and fractions of a second are read as they are (schedule.ts turns them into UK time).
    expect(byId('zoned-times').schedules).to.have.length(2);
    // Ages of -1 and empty strings: absent, without a word.
    expect(byId('empty-strings')).to.not.have.any.keys('minimum_age', 'maximum_age', 'url', 'email', 'organization');
  });

  it('leaves a website alone when it is not a host name, and an email that no repair makes an address', async () => {
    const { feed, warnings } = await read(
      minimalFeed({
        services: [{ id: 's', name: 'S', url: 'not a website', email: 'two words@example.org', organization: { name: 'O', website: 'javascript:alert(1)' } }],
      }),
    );
    expect(feed.services[0]).to.deep.equal({ id: 's', name: 'S', organization: { name: 'O' } });
    expect(warnings.map((w) => `${w.action} ${w.path}`)).to.deep.equal([
      'dropped services[0].url',
      'dropped services[0].email',
      'dropped services[0].organization.website',
    ]);
    // Nothing hostile is turned into a link: a user name before the host, a script, a data: address, a host with spaces.
    for (const url of [
      'www.council.gov.uk@evil.example/login',
      'javascript://www.example.org/%0Aalert(1)',
      'data:text/html,<script>alert(1)</script>',
      'www.exa mple.org',
      'java\tscript:alert(1)',
    ]) {
      const hostile = await read(minimalFeed({ services: [{ id: 'h', name: 'H', url }] }));
      expect(hostile.feed.services[0], url).to.deep.equal({ id: 'h', name: 'H' });
      expect(
        hostile.warnings.map((w) => w.action),
        url,
      ).to.deep.equal(['dropped']);
    }
    expect(warnings[0].message).to.equal('must be an absolute http, https, mailto, tel or sms link (is "not a website"); dropped');
    expect(warnings[1].message).to.equal('must be an email address (is "two words@example.org"); dropped');
  });
});

describe('reading live directories: one id, two records', () => {
  it('keeps the first of two different records, naming the id and both names', async () => {
    const { feed, warnings, counts } = await read(
      minimalFeed({
        services: [
          { id: 'x1', name: "Men's shed" },
          { id: 'x1', name: 'Knit and natter' },
        ],
      }),
    );
    expect(feed.services.map((s) => s.name)).to.deep.equal(["Men's shed"]);
    expect(counts.services).to.deep.equal({ kept: 1, skipped: 1 });
    expect(warnings).to.deep.equal([
      {
        path: 'services[1].id',
        message:
          'id "x1" is already used by services[0] "Men\'s shed" (id x1); this record ("Knit and natter") is a different one, so it is skipped: give each record its own id',
        action: 'skipped',
        record: 'services[1] "Knit and natter" (id x1)',
      },
    ]);
  });

  it('merges two identical copies without a word (blank values and absent ones are the same), and keeps the fuller of two copies with a note', async () => {
    const same = { id: 'fb', name: 'Food bank', description: 'Food parcels.' };
    const { feed, warnings, counts } = await read(
      minimalFeed({
        services: [
          same,
          { ...same, email: '', phones: null },
          { id: 'yc', name: 'Youth club' },
          { id: 'yc', name: 'Youth club', url: 'https://youth.example.org/' },
          { id: 'lc', name: 'Lunch club', url: 'https://lunch.example.org/' },
          { id: 'lc', name: 'Lunch club' },
        ],
      }),
    );
    expect(feed.services).to.deep.equal([
      same,
      { id: 'yc', name: 'Youth club', url: 'https://youth.example.org/' },
      { id: 'lc', name: 'Lunch club', url: 'https://lunch.example.org/' },
    ]);
    expect(counts.services).to.deep.equal({ kept: 3, skipped: 0, merged: 3 });
    expect(lines(warnings)).to.deep.equal([
      'noted services[3]: is a second copy of services[2] "Youth club" (id yc) with more in it; this copy is kept in its place',
      'noted services[5]: is a second copy of services[4] "Lunch club" (id lc) with less in it; the first is kept',
    ]);
  });
});

describe("reading live directories: Bristol's real records", () => {
  it("loads them, through the widgets' loader, with nothing skipped or dropped that a resident would miss", async () => {
    const one = await fixture<Service>('/tests/fixtures/real-oruk-bristol/bristol-service-1625ip.json');
    const page = await fixture<{ contents: Service[] }>('/tests/fixtures/real-oruk-bristol/bristol-services-page1.json');
    // The detail record, then the API's first page, which lists the same service again without its contacts.
    const data = minimalFeed({ services: [one, ...page.contents] });
    const said = await console_(
      () => loadFeed(feedDataUrl(data)),
      (lines) => lines.some((line) => line.startsWith('[group]')),
    );
    const { feed, warnings, counts } = await loadFeed(feedDataUrl(data));
    expect(warnings.filter((w) => w.action === 'skipped' || w.action === 'dropped')).to.deep.equal([]);
    expect(counts.services).to.deep.equal({ kept: 3, skipped: 0, merged: 1 });
    const ip = feed.services[0];
    expect(ip.name).to.equal('1625 Independent People');
    expect(ip.contacts?.[0].phones?.map((p) => p.number)).to.deep.equal(['0800 0354213', 'Bristol Youth MAPS: 0117 332 7111']);
    expect(ip.service_areas?.map((a) => a.name)).to.deep.equal(['Bristol', 'South Gloucestershire']);
    expect(ip.description).to.match(/^<h1>About Us<\/h1>/);
    expect(ip).to.not.have.any.keys('minimum_age', 'maximum_age');
    expect(feed.services.map((s) => s.last_modified)).to.deep.equal(['2025-09-02T12:06:15.654', '2025-07-29T13:42:25.307', '2025-07-09T14:26:37.918']);
    // The .invalid address is the directory's "no email": left out, and said so.
    expect(feed.services[2]).to.not.have.key('email');
    expect(lines(warnings)).to.deep.equal([
      `noted services[1]: is a second copy of services[0] "1625 Independent People" (id ${ip.id}) with less in it; the first is kept`,
      'repaired services[3].email: a placeholder, not an address anyone can write to (is "Unknown-17774709035808669303521709054@noemail.invalid"): left out',
    ]);
    expect(said[0]).to.match(
      /^\[group\] placekit: the feed at data:.* loaded with 0 records skipped, 0 values dropped, 1 value repaired, 1 note\. Run "placekit validate /,
    );
  });
});

describe('reading live directories: the console', () => {
  it('says thousands of problems in one line per kind, each with its count, three examples and the command that lists them all', async () => {
    const services = Array.from({ length: 1500 }, (_, i) => ({
      id: `s${i}`,
      name: `Service ${i}`,
      url: `www.s${i}.example.org`,
      email: `s${i}@example.org `,
      status: i % 2 ? 'open' : 'active',
    }));
    // A blob: address keeps the console's lines short (a data: address would be the whole feed).
    const url = URL.createObjectURL(new Blob([JSON.stringify(minimalFeed({ services }))], { type: 'application/json' }));
    let result: Awaited<ReturnType<typeof loadFeed>> | undefined;
    const said = await console_(
      async () => (result = await loadFeed(url)),
      (lines) => lines.length >= 4,
    );
    expect(result!.warnings).to.have.length(3750);
    expect(said).to.have.length(4);
    expect(said[0]).to.equal(
      `[group] placekit: the feed at ${url} loaded with 0 records skipped, 750 values dropped, 3,000 values repaired, 0 notes. Run "placekit validate ${url}" to list them all.`,
    );
    // Most serious first: what residents lose, then what was repaired.
    expect(said[1]).to.match(
      /^services\[\*\]\.status: must be one of "active", .*; dropped \(750 places\)\. For example: services\[1\]\.status: must be one of .*\(is "open"\); dropped; services\[3\]\.status: .*; services\[5\]\.status: .*\(is "open"\); dropped$/,
    );
    expect(said[2]).to.equal(
      'services[*].url: not a web link: https:// added (1,500 places). For example: services[0].url: not a web link (is "www.s0.example.org"): https:// added; services[1].url: not a web link (is "www.s1.example.org"): https:// added; services[2].url: not a web link (is "www.s2.example.org"): https:// added',
    );
    expect(said[3]).to.match(
      /^services\[\*\]\.email: not an email address as written: spaces removed \(1,500 places\)\. For example: services\[0\]\.email: .*\(is "s0@example.org "\)/,
    );
  });
});
