/**
 * `placekit convert` on what councils' directories publish, run as publishers run it (the built CLI):
 * ORUK 1.0 lists and pages, 3.0 pages (Bristol's real records), NDJSON, organizations and services at
 * locations, HSDS tabular data packages, and APIs followed page by page over HTTP, including ones that
 * fail, repeat themselves or never end. Every converted feed is checked with `placekit validate`.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, placekit, placekitAsync } from './run-placekit.js';

const FIXTURES = 'tests/fixtures';
const ORUK = `${FIXTURES}/openreferral-uk`;
const V1 = `${FIXTURES}/convert/oruk-1.0`;
const PACKAGE = `${FIXTURES}/convert/tabular-package`;
const BRISTOL = `${FIXTURES}/real-oruk-bristol`;
const UPDATED = '2026-01-01T00:00:00Z';

const work = mkdtempSync(join(tmpdir(), 'placekit-convert-'));
let files = 0;
const outFile = () => join(work, `feed-${++files}.json`);

/** Converts `sources` to a new file; returns the run and the feed (undefined when none was written). */
function convert(sources, ...flags) {
  const out = outFile();
  const run = placekit(['convert', ...sources, '--publisher', 'Example Council', '--updated', UPDATED, '--out', out, ...flags]);
  return { ...run, file: out, feed: existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : undefined };
}

async function convertAsync(sources, ...flags) {
  const out = outFile();
  const run = await placekitAsync(['convert', ...sources, '--publisher', 'Example Council', '--updated', UPDATED, '--out', out, ...flags]);
  return { ...run, file: out, feed: existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : undefined };
}

/** `placekit validate --json` on a file: its exit code and report. */
function validate(file) {
  const run = placekit(['validate', '--json', file]);
  return { code: run.code, report: JSON.parse(run.out) };
}

/** Asserts the feed passes `placekit validate` with exit 0: nothing skipped, nothing dropped. */
function assertValid(file) {
  const { code, report } = validate(file);
  const problems = report.warnings.filter((w) => w.action !== 'noted').map((w) => `${w.path}: ${w.message}`);
  assert.deepEqual(problems, []);
  assert.equal(code, 0);
  return report;
}

/** A new folder in the work folder holding `files` (name to text). */
function folderWith(name, files) {
  const folder = join(work, name);
  mkdirSync(folder);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), text);
  return folder;
}

const byId = (feed, id) => feed.services.find((s) => s.id === id);
const json = (file) => JSON.parse(readFileSync(file, 'utf8'));

describe('placekit convert: Open Referral UK 1.0', () => {
  it('reads the list form, renames its fields to HSDS 3.0 UK, and the feed is valid', () => {
    const { code, err, file, feed } = convert([`${V1}/services-list.json`]);
    assert.equal(code, 0, err);
    assert.match(err, /5 services were in the Open Referral UK 1\.0 shape/);
    assert.equal(feed.services.length, 5);
    assertValid(file);

    const larder = byId(feed, 'oruk1-food-larder');
    // regular_schedules (with nulls and date-times) become schedules.
    assert.deepEqual(larder.schedules, [
      {
        id: 'rs-1',
        opens_at: '10:00:00',
        closes_at: '13:00:00',
        valid_from: '2024-01-01',
        dtstart: '2024-01-01',
        freq: 'WEEKLY',
        interval: 1,
        byday: 'TU,TH',
        description: 'Tuesdays and Thursdays, mornings',
      },
    ]);
    assert.equal(larder.regular_schedules, undefined);
    assert.equal(larder.assured_date, '2024-05-01');
    const location = larder.service_at_locations[0].location;
    assert.deepEqual(location.addresses[0], {
      id: '2a1b2c3d-0000-4000-8000-000000000001',
      address_1: '1 Example Street',
      city: 'Glasgow',
      state_province: 'Glasgow City',
      postal_code: 'G31 4AA',
      country: 'GB',
      address_type: 'physical',
    });
    assert.equal(location.physical_addresses, undefined);
    assert.deepEqual(location.accessibility, [{ id: '3a1b2c3d-0000-4000-8000-000000000001', accessibility: 'Step-free entrance and an accessible toilet' }]);
    // service_taxonomys become attributes with taxonomy terms, which become the feed's categories.
    assert.deepEqual(larder.attributes, [
      { id: 'st-1', taxonomy_term: { id: 'food', name: 'Food', taxonomy: 'esdNeeds' } },
      { id: 'st-2', taxonomy_term: { id: 'food-banks', name: 'Food banks', taxonomy: 'esdNeeds', parent_id: 'food' } },
    ]);
    assert.deepEqual(
      feed.taxonomy_terms.map((t) => t.id),
      ['food', 'food-banks', 'digital', 'carers', 'health', 'money'],
    );
    // eligibilitys give the ages and the eligibility text (and are kept as published).
    assert.equal(larder.minimum_age, 16);
    assert.equal(larder.eligibility_description, 'Adults');
    assert.equal(larder.eligibilitys[0].eligibility, 'Adults');
    assert.deepEqual(larder.languages, [
      { id: 'la-1', name: 'English' },
      { id: 'la-2', code: 'pl' },
    ]);
    assert.deepEqual(larder.contacts[0].phones, [{ id: 'ph-1', number: '0141 496 0105', languages: [{ name: 'English' }] }]);
    assert.deepEqual(larder.funding, [{ id: 'fu-1', source: 'Glasgow Communities Fund' }]);
    assert.deepEqual(larder.cost_options, [
      { id: 'co-1', amount: 3.5, amount_description: 'a bag of shopping', option: 'Each visit', valid_from: '2024-01-01' },
    ]);
    assert.deepEqual(larder.service_areas, [{ id: 'sa-1', service_area: 'Parkhead', uri: 'https://example.org/areas/parkhead' }]);
    // What 1.0 has and 3.0 has not is kept as published.
    assert.deepEqual(larder.holiday_schedules, [{ id: 'hs-1', closed: true, start_date: '2024-12-24', end_date: '2025-01-06' }]);
    assert.doesNotMatch(readFileSync(file, 'utf8'), /null/);

    const carers = byId(feed, 'oruk1-carers');
    assert.equal(carers.contacts[0].phones.length, 2);
    assert.deepEqual([carers.minimum_age, carers.maximum_age], [18, 130]);
    const walking = byId(feed, 'oruk1-walking');
    assert.equal(walking.service_at_locations[0].schedules[0].description, 'Summer evening walk');
    assert.deepEqual(walking.languages, [
      { id: 'la-4', name: 'English' },
      { id: 'la-5', name: 'British Sign Language' },
    ]);
  });

  it('reads the paged form given as three files into the same feed as the list', () => {
    const paged = convert([`${V1}/services-page-1.json`, `${V1}/services-page-2.json`, `${V1}/services-page-3.json`]);
    const list = convert([`${V1}/services-list.json`]);
    assert.equal(paged.code, 0, paged.err);
    assert.deepEqual(paged.feed, list.feed);
    assert.doesNotMatch(paged.err, /pages? of a list/);
  });

  it('says when the files of some pages are missing', () => {
    const { code, err, feed } = convert([`${V1}/services-page-1.json`, `${V1}/services-page-3.json`]);
    assert.equal(code, 0);
    assert.equal(feed.services.length, 3);
    assert.match(err, /services-page-1\.json, .*services-page-3\.json: 2 pages of a list of 3; the other pages' records are not in the feed/);
  });
});

describe('placekit convert: HSDS 3.0 pages, NDJSON and entities', () => {
  it("keeps Bristol's real records exactly as published and says the page is one of 292", () => {
    const page = json(`${BRISTOL}/bristol-services-page1.json`);
    const { code, err, file, feed } = convert([`${BRISTOL}/bristol-services-page1.json`]);
    assert.equal(code, 0, err);
    assert.deepEqual(feed.services, page.contents);
    assert.match(err, /1 page of a list of 292/);
    assert.equal(validate(file).report.counts.services.skipped, 0);
  });

  it('reads NDJSON (one record a line, a byte-order mark, CRLF and a blank line) into a valid feed', () => {
    const { code, err, file, feed } = convert([`${FIXTURES}/convert/services.ndjson`]);
    assert.equal(code, 0, err);
    assert.deepEqual(
      feed.services.map((s) => s.id),
      ['nd-1', 'nd-2', 'nd-3'],
    );
    assert.equal(feed.services[0].contacts[0].phones[0].number, '0141 496 0120');
    assertValid(file);
  });

  it('names the line of NDJSON that is not JSON, and writes nothing', () => {
    const broken = join(work, 'broken.ndjson');
    writeFileSync(broken, '{"id":"a","name":"A"}\n{"id":"b","name":"B"}\n{"id":"c", "name": \n');
    const { code, err, feed } = convert([broken]);
    assert.equal(code, 1);
    assert.match(err, /broken\.ndjson is not JSON or NDJSON: line 3 is not a JSON record/);
    assert.equal(feed, undefined);
  });

  it("gives an organization's nested services, each with the organization", () => {
    const organization = json(`${ORUK}/organization_full.json`);
    const { code, err, feed } = convert([`${ORUK}/organization_full.json`]);
    assert.equal(code, 0, err);
    assert.equal(feed.services.length, 1);
    const { services, ...withoutServices } = organization;
    assert.deepEqual(feed.services[0], { ...services[0], organization: withoutServices });
    assert.equal(feed.services[0].organization.organization_identifiers[0].identifier, '1234567');
  });

  it('gives a service at a location as the service, at that location', () => {
    const site = json(`${ORUK}/service_at_location_full.json`);
    const { code, err, file, feed } = convert([`${ORUK}/service_at_location_full.json`]);
    assert.equal(code, 0, err);
    assert.deepEqual(feed.services[0], { ...site.service, service_at_locations: [{ id: site.id, location: site.location }] });
    // Only the example's impossible coordinates are dropped: the location is there.
    const { report } = validate(file);
    assert.deepEqual(
      report.warnings.filter((w) => w.action === 'dropped').map((w) => w.path),
      ['services[0].service_at_locations[0].location.latitude', 'services[0].service_at_locations[0].location.longitude'],
    );
  });

  it('refuses a taxonomy term list with a sentence that says what it is, and writes nothing', () => {
    const { code, err, feed } = convert([`${ORUK}/taxonomy_term_list.json`]);
    assert.equal(code, 1);
    assert.match(err, /taxonomy_term_list\.json is a page of taxonomy terms \(1 on this page, 10 in all\), not services\. placekit convert reads services/);
    assert.match(err, /takes the categories from the taxonomy terms inside each service/);
    assert.equal(feed, undefined);
  });

  it('refuses other entities, each with what it is and what to convert instead', () => {
    const cases = [
      [
        { id: 'tax', name: 'Needs', description: 'What people need', uri: 'https://example.org/needs', version: '1' },
        /- is a taxonomy \("Needs"\), not a service\./,
      ],
      [{ id: 'term', name: 'Food', parent_id: 'needs', term_uri: 'https://example.org/food' }, /- is a taxonomy term \("Food"\), not a service\./],
      [
        { id: 'loc', name: 'Town Hall', latitude: 55.86, longitude: -4.25, addresses: [] },
        /- is a location \("Town Hall"\), not a service\..*GET \/service_at_locations\/\{id\}/,
      ],
      [
        { id: 'org', name: 'Example Trust', website: 'https://example.org' },
        /- is an organization \("Example Trust"\) without its services, not a service\..*full_service=true/,
      ],
      [{ id: 'org', name: 'Example Trust', services: [] }, /- is an organization \("Example Trust"\) without its services/],
      [
        { id: 'org', name: 'Example Trust', logo: 'https://example.org/logo.png', funding: [{ source: 'Grants' }] },
        /- is an organization \("Example Trust"\) without its services/,
      ],
      [{ id: 'sal', service_id: 's', location_id: 'l' }, /- is a service_at_location that only names its service, not a service\..*in full/],
      [
        { version: '3.0', profile: 'https://example.org/profile', openapi_url: 'https://example.org/openapi.json' },
        /- is the API's description of itself \(GET \/\), not a service\..*\/services, with --all-pages/,
      ],
      [['Needs', 'Circumstances'], /- is a list of 2 vocabulary names, not services\./],
    ];
    for (const [data, message] of cases) {
      const { code, err, out } = placekit(['convert', '-'], JSON.stringify(data));
      assert.equal(code, 1, JSON.stringify(data));
      assert.match(err, message);
      assert.equal(out, '');
    }
  });

  it('keeps the services of a mixed list and says what it left out', () => {
    const mixed = join(work, 'mixed.json');
    writeFileSync(
      mixed,
      JSON.stringify([
        { id: 's1', name: 'Food bank', status: 'active' },
        { id: 't1', name: 'Food', term_uri: 'https://example.org/food' },
        { id: 'l1', name: 'Hall', latitude: 55.8, longitude: -4.2 },
        { id: 'l2', name: 'Library', latitude: 55.8, longitude: -4.2 },
      ]),
    );
    const { code, err, feed } = convert([mixed]);
    assert.equal(code, 0, err);
    assert.deepEqual(
      feed.services.map((s) => s.id),
      ['s1'],
    );
    assert.match(err, /mixed\.json: left out what is not a service: 1 taxonomy term, 2 locations/);
  });

  it('keeps the first of two different records with one id, names both, and merges identical copies silently', () => {
    const a = join(work, 'a.json');
    const b = join(work, 'b.json');
    writeFileSync(
      a,
      JSON.stringify([
        { id: 'x', name: 'Food bank' },
        { id: 'y', name: 'Lunch club' },
      ]),
    );
    writeFileSync(
      b,
      JSON.stringify([
        { id: 'x', name: 'Food bank (old)' },
        { id: 'y', name: 'Lunch club' },
      ]),
    );
    const { code, err, feed } = convert([a, b]);
    assert.equal(code, 0);
    assert.deepEqual(
      feed.services.map((s) => s.name),
      ['Food bank', 'Lunch club'],
    );
    assert.match(err, /services: id "x" again, in another version \("Food bank" kept, "Food bank \(old\)" left out\)/);
    assert.match(err, /1 duplicate record left out/);
    assert.doesNotMatch(err, /id "y"/);
  });
});

describe('placekit convert: HSDS tabular data packages', () => {
  it('rebuilds the Open Referral UK example package (a folder of CSV files) with every part of the service', () => {
    const { code, err, file, feed } = convert([`${ORUK}/csv`]);
    assert.equal(code, 0, err);
    const example = json(`${ORUK}/service_full.json`);
    const [service] = feed.services;
    // The service's own fields, as the JSON example has them.
    for (const field of [
      'id',
      'name',
      'description',
      'url',
      'email',
      'status',
      'fees',
      'accreditations',
      'minimum_age',
      'maximum_age',
      'assured_date',
      'alert',
      'last_modified',
    ]) {
      assert.deepEqual(service[field], example[field], field);
    }
    assert.equal(service.organization.name, 'Example Organization Inc.');
    assert.equal(service.organization.organization_identifiers[0].identifier, '1234567');
    const site = service.service_at_locations[0];
    assert.equal(site.location.name, 'MyCity Civic Center');
    // address.csv and addresses.csv are one table: the second file adds address_2.
    assert.deepEqual(
      site.location.addresses.map((a) => [a.address_1, a.address_2]),
      [['1-30 Main Street', 'MyVillage']],
    );
    assert.equal(site.location.accessibility[0].details, 'Switch hearing aid to T-coil to access the induction loop facility.');
    assert.equal(site.schedules[0].byday, 'TH,FR');
    assert.deepEqual(
      service.contacts[0].phones.map((p) => p.number),
      ['"+44 1234 234567"'],
    );
    assert.deepEqual(service.contacts[0].phones[0].languages, [{ id: '2989d3ed-c547-48f8-8f9d-432d81c7892e' }]);
    assert.deepEqual(service.cost_options, example.cost_options);
    assert.deepEqual(service.funding, example.funding);
    assert.deepEqual(service.service_areas, example.service_areas);
    assert.equal(service.required_documents[0].uri, 'http://example.com');
    assert.deepEqual(service.languages, example.languages);
    assert.match(err, /addresses\.csv is a second file of the address table: read with it, 1 row with the same id merged/);
    assert.match(err, /not read \(placekit has no use for them\): meta_table_descriptions\.csv, programs\.csv/);
    assert.match(
      err,
      /1 attribute row names no record in the package, so it was left out \(id "ae58cc39-8b70-4ab1-8aea-786882e5ac8e", link_id "f28dd44b-0c4d-479f-8e90-4c52219a8b3c"\)/,
    );
    // Only the example's impossible coordinates are problems; its quoted phone number is repaired.
    const { report } = validate(file);
    assert.deepEqual(
      report.warnings.filter((w) => w.action !== 'noted' && w.action !== 'repaired').map((w) => w.path.replace(/.*\./, '')),
      ['latitude', 'longitude'],
    );
    assert.deepEqual(
      report.warnings.filter((w) => w.action === 'repaired').map((w) => w.path.replace(/.*\./, '')),
      ['number'],
    );
  });

  it('reads a package with the CSV real exports have into a valid feed, every row where it belongs', () => {
    const { code, err, file, feed } = convert([PACKAGE]);
    assert.equal(code, 0, err);
    assertValid(file);
    assert.deepEqual(
      feed.services.map((s) => s.id),
      ['svc-lunch', 'svc-advice', 'svc-orphan-org'],
    );
    const lunch = byId(feed, 'svc-lunch');
    // A byte-order mark, CRLF, a hand-written header, quoted commas, doubled quotes and line breaks.
    assert.equal(lunch.name, 'Lunch Club, Tollcross');
    assert.equal(lunch.description, 'Hot lunch and company.\n\nEveryone is welcome: just turn up, "no booking needed".');
    assert.equal(lunch.minimum_age, 60);
    assert.equal(lunch.fees_description, '£2.50, or free if you cannot pay');
    assert.equal(lunch.pc_notes, 'staff only');
    // The organisations file is Windows-1252, as Excel's plain CSV writes it.
    assert.equal(lunch.organization.name, 'Café Connect');
    assert.match(err, /tables\/organisations\.csv is not UTF-8: read as Windows-1252/);
    // Empty and blank cells are absent values, never "".
    const advice = byId(feed, 'svc-advice');
    assert.equal('email' in advice, false);
    assert.equal('minimum_age' in advice, false);
    assert.doesNotMatch(readFileSync(file, 'utf8'), /: ""/);

    const hall = lunch.service_at_locations[0];
    assert.equal(hall.location.addresses[0].address_type, 'physical');
    assert.equal(hall.location.addresses[0].address_1, '1 Example Street, back entrance');
    assert.equal(hall.location.latitude, 55.847);
    assert.deepEqual(
      hall.location.phones.map((p) => p.id),
      ['ph-hall'],
    );
    assert.deepEqual(
      hall.location.schedules.map((s) => s.id),
      ['sch-hall'],
    );
    assert.equal(hall.location.accessibility[0].details, 'Ramp, handrail and an accessible toilet');
    assert.deepEqual(hall.location.attributes[0].taxonomy_term, {
      id: 'term-step-free',
      name: 'Step-free access',
      taxonomy_id: 'tax-access',
      taxonomy: 'Access',
    });
    assert.deepEqual(
      hall.schedules.map((s) => [s.id, s.description]),
      [['sch-lunch', 'Lunch is served at 12:30,\nseconds at 13:15']],
    );
    // A phone with a contact_id is the contact's, whatever else it names.
    assert.deepEqual(
      lunch.contacts[0].phones.map((p) => p.id),
      ['ph-morag', 'ph-morag-text'],
    );
    assert.equal(lunch.phones, undefined);
    assert.deepEqual(
      lunch.cost_options.map((c) => [c.id, c.amount, c.valid_to]),
      [
        ['co-lunch', 2.5, undefined],
        ['co-lunch-old', 2, '2022-12-31'],
      ],
    );
    assert.deepEqual(lunch.languages, [{ id: 'lang-en', name: 'English', code: 'en' }]);
    assert.deepEqual(lunch.funding, [{ id: 'fund-lunch', source: 'Glasgow Communities Fund' }]);
    assert.deepEqual(lunch.service_areas, [{ id: 'sa-tollcross', name: 'Tollcross' }]);
    // HSDS 2.0's service_attributes and 3.0's attributes both give taxonomy terms.
    assert.deepEqual(
      lunch.attributes.map((a) => [a.id, a.taxonomy_term.name, a.taxonomy_term.taxonomy]),
      [
        ['sat-lunch-food', 'Food', 'Needs'],
        ['attr-lunch-older', 'Older people', 'Circumstances'],
      ],
    );
    assert.deepEqual(
      feed.taxonomy_terms.map((t) => t.id),
      ['term-food', 'term-older', 'term-money'],
    );

    // A schedule and a phone naming a service and a location belong to the service at that location.
    const centre = advice.service_at_locations[0];
    assert.deepEqual(
      centre.schedules.map((s) => s.id),
      ['sch-advice'],
    );
    assert.deepEqual(
      centre.phones.map((p) => p.id),
      ['ph-site'],
    );
    assert.deepEqual(
      centre.contacts.map((c) => [c.id, c.phones[0].number]),
      [['ct-desk', '0141 496 0111']],
    );
    assert.deepEqual(centre.location.languages, [{ id: 'lang-bsl', name: 'British Sign Language', code: 'bfi' }]);
    assert.deepEqual(
      advice.schedules.map((s) => s.id),
      ['sch-advice-phone'],
    );
    assert.deepEqual(
      advice.phones.map((p) => [p.id, p.languages?.[0].name]),
      [['ph-service', 'Polish']],
    );
    assert.deepEqual(
      advice.languages.map((l) => l.name),
      ['Polish'],
    );
    assert.deepEqual(
      advice.organization.phones.map((p) => p.id),
      ['ph-org'],
    );
    assert.deepEqual(advice.required_documents, [
      { id: 'doc-letter', document: 'Your latest benefit letter, if you have one', uri: 'https://example.org/what-to-bring' },
    ]);
    assert.deepEqual(
      advice.cost_options.map((c) => c.amount),
      [0],
    );
    // Columns that only said where a row belongs are not in the nested record.
    assert.equal(JSON.stringify(feed).match(/"(service_id|contact_id|link_id|service_at_location_id)"/), null);

    assert.equal(byId(feed, 'svc-orphan-org').organization, undefined);
    assert.match(err, /services name 1 organization_id that no organization row has \("org-missing"\)/);
    assert.match(err, /1 phone row names no record in the package, so it was left out \(id "ph-lost", contact_id "ct-nobody"\)/);
    assert.match(err, /not read \(placekit has no use for them\): tables\/metadata\.csv/);
  });

  it('reads the same package from its datapackage.json', () => {
    const fromFolder = convert([PACKAGE]);
    const fromDescriptor = convert([`${PACKAGE}/datapackage.json`]);
    assert.equal(fromDescriptor.code, 0, fromDescriptor.err);
    assert.deepEqual(fromDescriptor.feed, fromFolder.feed);
  });

  it('says which file and line of a broken CSV it cannot read, and writes nothing', () => {
    const folder = folderWith('unclosed', {
      'services.csv': 'id,name,description\r\ns1,"Food bank","Open ""Mondays"", and\r\nFridays"\r\ns2,Lunch club,"Hot meals\r\ns3,Toy library,Toys\r\n',
    });
    const { code, err, feed } = convert([folder]);
    assert.equal(code, 1);
    assert.match(err, /services\.csv is not readable CSV: a quoted text starting on line 4 never ends \(a double quote is missing\)/);
    assert.equal(feed, undefined);
  });

  it('refuses a package it cannot use, saying why', () => {
    const semicolons = folderWith('semicolons', { 'services.csv': 'id;name\ns1;Food bank\n' });
    assert.match(convert([semicolons]).err, /services\.csv has one column, "id;name": its values seem to be separated by ";"/);

    const noServices = folderWith('no-services', { 'organizations.csv': 'id,name\no1,Trust\n', 'notes.csv': 'a,b\n1,2\n' });
    const refused = convert([noServices]);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /has no services table: placekit looks for services\.csv .*; found organizations\.csv, notes\.csv/);

    const outside = folderWith('outside', { 'datapackage.json': JSON.stringify({ resources: [{ name: 'service', path: '../../etc/services.csv' }] }) });
    assert.match(convert([outside]).err, /names the file "\.\.\/\.\.\/etc\/services\.csv", outside the package/);

    const one = convert([`${PACKAGE}/tables/services.csv`]);
    assert.equal(one.code, 1);
    assert.match(one.err, /services\.csv is one CSV file: name the folder that holds all the tables/);
    assert.match(convert([join(work, 'export.zip')]).err, /export\.zip is a zip file: unzip it, then name the folder/);
  });

  it('notes rows with more cells than the header, and keeps what it can', () => {
    const folder = folderWith('long-rows', {
      'services.csv': 'id,name,description\ns1,Food bank,Open Mondays, Wednesdays and Fridays\ns2,Lunch club,Hot meals\n',
    });
    const { code, err, feed } = convert([folder]);
    assert.equal(code, 0);
    assert.equal(feed.services[0].description, 'Open Mondays');
    assert.match(
      err,
      /services\.csv: 1 row has more cells than the header has columns \(line 2\); the extra cells were left out\. A text with a comma or a line break must be in double quotes/,
    );
  });
});

describe('placekit convert: APIs over HTTP', () => {
  let server;
  let base;
  const requests = [];
  let flaky = 0;
  const bristol = json(`${BRISTOL}/bristol-services-page1.json`).contents;
  const bristolFull = json(`${BRISTOL}/bristol-service-1625ip.json`);
  const v1Pages = [1, 2, 3].map((n) => json(`${V1}/services-page-${n}.json`));

  /** A 3.0 page of Bristol's records, `perPage` a page. */
  function bristolPage(page, perPage) {
    const pages = Math.ceil(bristol.length / perPage);
    const contents = bristol.slice((page - 1) * perPage, page * perPage);
    return {
      total_items: bristol.length,
      total_pages: pages,
      page_number: page,
      size: contents.length,
      first_page: page === 1,
      last_page: page >= pages,
      empty: contents.length === 0,
      contents,
    };
  }

  before(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url, 'http://localhost');
      requests.push(url.pathname + url.search);
      const page = Number(url.searchParams.get('page') ?? '1');
      const send = (status, body, type = 'application/json') => {
        res.writeHead(status, { 'Content-Type': type });
        res.end(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
      };
      switch (url.pathname) {
        case '/v3/services':
          if (url.searchParams.get('format') === 'ndjson') return send(200, bristol.map((s) => JSON.stringify(s)).join('\n'), 'application/x-ndjson');
          return send(200, bristolPage(page, Number(url.searchParams.get('per_page') ?? '3')));
        case '/v1/services':
          return v1Pages[page - 1] ? send(200, v1Pages[page - 1]) : send(404, 'no such page', 'text/plain');
        case '/v1-from-zero/services': {
          // Pages counted from 0, as Spring Data writes them, with no flags: number and totalPages only.
          const index = Number(url.searchParams.get('page') ?? '0');
          const { first: _first, last: _last, ...rest } = v1Pages[index] ?? { content: [] };
          return send(200, { ...rest, number: index, totalPages: 3, content: rest.content });
        }
        case '/flaky/services':
          if (page === 2 && flaky++ === 0) return send(503, 'busy', 'text/plain');
          return send(200, bristolPage(page, 1));
        case '/failing/services':
          if (page === 2) return send(500, 'broken', 'text/plain');
          return send(200, bristolPage(page, 1));
        case '/same-page-forever/services':
          return send(200, { ...bristolPage(1, 1), total_pages: 99 });
        case '/endless/services': {
          // A new record on every page, and never a last page.
          const record = { ...bristol[0], id: `endless-${page}` };
          return send(200, { page_number: page, size: 1, first_page: page === 1, last_page: false, empty: false, contents: [record] });
        }
        case `/v3/services/${bristolFull.id}`:
          return send(200, bristolFull);
        case '/website':
          return send(200, '<!doctype html><title>Find a service</title>', 'text/html; charset=utf-8');
        default:
          if (url.pathname.startsWith('/package/')) {
            const file = join(PACKAGE, url.pathname.slice('/package/'.length));
            if (existsSync(file)) return send(200, readFileSync(file), file.endsWith('.json') ? 'application/json' : 'text/csv');
          }
          return send(404, 'not found', 'text/plain');
      }
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());
  const asked = (prefix) => requests.filter((r) => r.startsWith(prefix));

  it('follows 3.0 pages to the last with --all-pages, keeping per_page, into the records as published', async () => {
    requests.length = 0;
    const { code, err, feed } = await convertAsync([`${base}/v3/services?per_page=1`], '--all-pages');
    assert.equal(code, 0, err);
    assert.deepEqual(feed.services, bristol);
    assert.deepEqual(asked('/v3/'), ['/v3/services?per_page=1', '/v3/services?per_page=1&page=2', '/v3/services?per_page=1&page=3']);
    assert.match(err, /read 3 pages of http/);
  });

  it("reads each listed service's full record with --full, keeping the summary of one it cannot read", async () => {
    requests.length = 0;
    const { code, err, feed } = await convertAsync([`${base}/v3/services?per_page=2`], '--all-pages', '--full');
    assert.equal(code, 0, err);
    assert.deepEqual(feed.services, [bristolFull, ...bristol.slice(1)]);
    assert.deepEqual(asked('/v3/services/').sort(), bristol.map((s) => `/v3/services/${s.id}`).sort());
    assert.match(
      err,
      /2 services keep their summary from the list: the full record could not be read \(http:\/\/127\.0\.0\.1:\d+\/v3\/services\/[\w-]+ answered HTTP 404 Not Found/,
    );
    assert.doesNotMatch(err, /have no locations/);
  });

  it('reads only the first page without --all-pages, and says there are more', async () => {
    const { code, err, feed } = await convertAsync([`${base}/v3/services?per_page=1`]);
    assert.equal(code, 0);
    assert.equal(feed.services.length, 1);
    assert.match(err, /is page 1 of 3 \(3 records in all\): add --all-pages to read every page/);
  });

  it('follows ORUK 1.0 pages from a URL into a valid feed, the same as the three page files', async () => {
    requests.length = 0;
    const { code, err, file, feed } = await convertAsync([`${base}/v1/services?page=1&per_page=2`], '--all-pages');
    assert.equal(code, 0, err);
    assert.deepEqual(asked('/v1/'), ['/v1/services?page=1&per_page=2', '/v1/services?page=2&per_page=2', '/v1/services?page=3&per_page=2']);
    assert.deepEqual(feed, convert([`${V1}/services-page-1.json`, `${V1}/services-page-2.json`, `${V1}/services-page-3.json`]).feed);
    assertValid(file);
  });

  it('follows 1.0 pages counted from 0 that only say their number and the number of pages', async () => {
    requests.length = 0;
    const { code, err, feed } = await convertAsync([`${base}/v1-from-zero/services`], '--all-pages');
    assert.equal(code, 0, err);
    assert.equal(feed.services.length, 5);
    assert.deepEqual(asked('/v1-from-zero/'), ['/v1-from-zero/services', '/v1-from-zero/services?page=1', '/v1-from-zero/services?page=2']);
  });

  it('asks again for a page that failed for a moment', async () => {
    const { code, err, feed } = await convertAsync([`${base}/flaky/services`], '--all-pages');
    assert.equal(code, 0, err);
    assert.equal(feed.services.length, 3);
  });

  it('stops on a page that keeps failing, names it, and writes nothing', async () => {
    requests.length = 0;
    const { code, err, feed } = await convertAsync([`${base}/failing/services`], '--all-pages');
    assert.equal(code, 1);
    assert.match(
      err,
      /page 2 of 3 \(http:\/\/127\.0\.0\.1:\d+\/failing\/services\?page=2\) failed: answered HTTP 500 Internal Server Error \(tried 3 times\)\. Nothing was written \(1 page, 1 record, had been read\): a feed without the other pages would leave their services out of the directory/,
    );
    assert.equal(feed, undefined);
    assert.equal(asked('/failing/').length, 4);
  });

  it('stops a server that answers the same page whatever page is asked for', async () => {
    requests.length = 0;
    const { code, err, feed } = await convertAsync([`${base}/same-page-forever/services`], '--all-pages');
    assert.equal(code, 1);
    assert.match(err, /page 2 of 99 .* is the same page as page 1 again: the API seems to ignore \?page=/);
    assert.equal(feed, undefined);
    assert.equal(asked('/same-page-forever/').length, 2);
  });

  it('stops a list that never ends at --max-pages', async () => {
    requests.length = 0;
    const { code, err, feed } = await convertAsync([`${base}/endless/services`], '--all-pages', '--max-pages', '5');
    assert.equal(code, 1);
    assert.match(err, /stopped after 5 pages \(--max-pages\) of http.*and the API had not said it was the last page; nothing was written/);
    assert.equal(feed, undefined);
    assert.equal(asked('/endless/').length, 5);
    assert.equal(placekit(['convert', '--max-pages', 'lots', 'x.json']).code, 2);
  });

  it('reads format=ndjson answers', async () => {
    const { code, err, feed } = await convertAsync([`${base}/v3/services?format=ndjson`], '--all-pages');
    assert.equal(code, 0, err);
    assert.deepEqual(feed.services, bristol);
  });

  it('reads a tabular data package from a URL, its tables beside its datapackage.json', async () => {
    const { code, err, feed } = await convertAsync([`${base}/package/datapackage.json`]);
    assert.equal(code, 0, err);
    assert.deepEqual(feed, convert([PACKAGE]).feed);
  });

  it("says when a page's services are summaries, and when a URL gives a web page", async () => {
    const summary = convert([`${ORUK}/service_list.json`]);
    assert.equal(summary.code, 0);
    assert.match(summary.err, /the listed services have no locations, opening times, contacts or categories .*Add --full to read each one's full record/);
    assert.match(convert([`${BRISTOL}/bristol-services-page1.json`]).err, /the listed services have no locations/);
    assert.doesNotMatch(convert([`${FIXTURES}/convert/services.ndjson`]).err, /have no locations/);
    const html = await convertAsync([`${base}/website`]);
    assert.equal(html.code, 1);
    assert.match(html.err, /\/website answered with a web page \(text\/html\), not JSON: is it the address of the API/);
  });

  it('says which URL failed to answer', async () => {
    const { code, err } = await convertAsync([`${base}/nope.json`]);
    assert.equal(code, 1);
    assert.match(err, /nope\.json answered HTTP 404 Not Found/);
  });
});

describe('placekit convert: the CSV parser', () => {
  it('is bundled into the CLI and nowhere in what browsers download', () => {
    const marker = 'CSV_QUOTE_NOT_CLOSED';
    assert.ok(readFileSync(CLI, 'utf8').includes(marker));
    const browserFiles = [
      ...readdirSync('dist')
        .filter((f) => f.endsWith('.js'))
        .map((f) => join('dist', f)),
      ...readdirSync('dist/chunks').map((f) => join('dist/chunks', f)),
    ];
    assert.ok(browserFiles.length > 5);
    for (const file of browserFiles) assert.equal(readFileSync(file, 'utf8').includes(marker), false, file);
  });
});

describe('placekit convert: help', () => {
  it('says what convert reads and its page flags', () => {
    const help = placekit(['--help']).out;
    assert.match(help, /placekit convert <source>\.\.\./);
    assert.match(help, /ORUK 1\.0/);
    assert.match(help, /NDJSON/);
    assert.match(help, /HSDS tabular data package: a folder of CSV files/);
    assert.match(help, /--max-pages N/);
    assert.match(help, /--full/);
  });
});

describe('placekit convert: hostile input (issue 22)', () => {
  it('refuses a document nested deeper than any Open Referral record, naming where, with no stack overflow', () => {
    const deep = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
    const file = join(work, 'deep.json');
    writeFileSync(file, `{"services":[{"id":"a","name":"A","description":${deep}}]}`);
    const json = convert([file]);
    assert.equal(json.code, 1);
    assert.match(json.err, /deep\.json nests more than 64 levels deep \(at services\[0\]\.description\[0\]/);
    assert.doesNotMatch(json.err, /not JSON|RangeError|Maximum call stack|\n\s+at /);
    assert.equal(json.feed, undefined);

    const lines = join(work, 'deep.ndjson');
    writeFileSync(lines, `{"id":"a","name":"A"}\n{"id":"b","name":"B","description":${deep}}\n`);
    const ndjson = convert([lines]);
    assert.equal(ndjson.code, 1);
    assert.match(ndjson.err, /deep\.ndjson nests more than 64 levels deep/);
    assert.doesNotMatch(ndjson.err, /RangeError|Maximum call stack|\n\s+at /);
  });

  it('reads CSV columns named constructor or __proto__ as columns like any other', () => {
    const folder = folderWith('prototype-columns', { 'services.csv': 'id,name,constructor,__proto__,description\ns1,Food bank,x,y,Open Mondays\n' });
    const { code, feed } = convert([folder]);
    assert.equal(code, 0);
    const [service] = feed.services;
    assert.equal(service.name, 'Food bank');
    assert.equal(service.description, 'Open Mondays');
    assert.equal(Object.getOwnPropertyDescriptor(service, 'constructor')?.value, 'x');
    assert.equal(Object.getOwnPropertyDescriptor(service, '__proto__')?.value, 'y');
    assert.equal({}.x, undefined);
  });
});
