import { expect } from '@open-wc/testing';
import { parseFeedData, parseFeedText } from '../../../src/feed/validator/parse.js';
import { FeedError } from '../../../src/feed/load/problems.js';
import { quickParse } from '../../../src/feed/load/read.js';
import { SAMPLE_FEED_URL, fixture, minimalFeed } from '../../support/fixtures.js';

function expectFeedError(run: () => unknown, kind: string, pattern?: RegExp): FeedError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal(kind);
    if (pattern) expect((error as FeedError).message).to.match(pattern);
    return error as FeedError;
  }
  throw new Error(`expected a ${kind} FeedError`);
}

describe('parseFeed: the bundled sample feed', () => {
  it('is valid, with no warnings, and as large as promised', async () => {
    const text = await (await fetch(SAMPLE_FEED_URL)).text();
    const { feed, warnings, counts } = parseFeedText(text);
    expect(warnings.map((w) => `${w.path}: ${w.message}`)).to.deep.equal([]);
    expect(feed.areas).to.have.length(3);
    expect(feed.services.length).to.be.at.least(60);
    expect(feed.opportunities.length).to.be.at.least(12);
    expect(feed.locality_plans).to.have.length(3);
    // Plan feedback, page feedback and the Place Standard (issue 20), whose results are published for two areas.
    expect(feed.feedback_forms).to.have.length(3);
    expect(feed.feedback_forms.filter((f) => f.place_standard).map((f) => f.place_standard!.themes.length)).to.deep.equal([14]);
    expect(feed.place_standard_results.map((r) => r.area_id)).to.deep.equal(['parkhead', 'springburn']);
    const categories = new Set(feed.services.flatMap((s) => (s.attributes ?? []).map((a) => a.taxonomy_term?.name)));
    expect(categories.size).to.be.at.least(10);
    for (const area of feed.areas) {
      expect(
        feed.connectors.some((c) => c.role === 'community_connector' && c.area_ids?.includes(area.id)),
        area.id,
      ).to.equal(true);
      expect(
        feed.locality_plans.some((p) => p.area_id === area.id),
        area.id,
      ).to.equal(true);
    }
    expect(feed.connectors.some((c) => c.role === 'third_sector_interface')).to.equal(true);
    expect(Object.values(counts).every((c) => c.skipped === 0)).to.equal(true);
    expect(text).to.match(/[àèìòù]/);
  });
});

describe('parseFeed: Open Referral UK examples', () => {
  it('accepts service_full.json inside a feed, dropping only its impossible coordinates', async () => {
    const service = await fixture<Record<string, unknown>>('/tests/fixtures/openreferral-uk/service_full.json');
    const { feed, warnings } = parseFeedData(minimalFeed({ services: [service] }));
    expect(feed.services).to.have.length(1);
    const kept = feed.services[0];
    expect(kept.name).to.equal('Community Counselling');
    expect(kept.fees).to.equal('fees_description');
    expect(kept.alert).to.match(/COVID-19/);
    expect(kept.schedules?.[0].byday).to.equal('TH,FR');
    expect(kept.cost_options?.[0].amount).to.equal(35);
    expect(kept.attributes?.[0].taxonomy_term?.name).to.equal('name');
    const location = kept.service_at_locations?.[0].location;
    expect(location?.name).to.equal('MyCity Civic Center');
    expect(location?.latitude).to.equal(undefined);
    expect(location?.longitude).to.equal(undefined);
    expect(location?.addresses?.[0].postal_code).to.equal('ABC 1234');
    expect(warnings.map((w) => w.path)).to.deep.equal([
      'services[0].service_at_locations[0].location.latitude',
      'services[0].service_at_locations[0].location.longitude',
    ]);
    expect(warnings[0].message).to.match(/not a possible latitude.*100.*dropped/);
    expect(warnings[0].record).to.match(/Community Counselling/);
  });

  it('accepts every record of service_list.json', async () => {
    const page = await fixture<{ contents: unknown[] }>('/tests/fixtures/openreferral-uk/service_list.json');
    const { feed, warnings } = parseFeedData(minimalFeed({ services: page.contents }));
    expect(feed.services).to.have.length(page.contents.length);
    expect(warnings.filter((w) => w.action === 'skipped')).to.deep.equal([]);
  });

  it('explains that an Open Referral UK page or a bare service is not a feed, and how to convert it', async () => {
    const page = await fixture('/tests/fixtures/openreferral-uk/service_list.json');
    expectFeedError(() => parseFeedData(page), 'version', /Open Referral UK API.*placekit convert/);
    const service = await fixture('/tests/fixtures/openreferral-uk/service_full.json');
    expectFeedError(() => parseFeedData(service), 'version', /single service record/);
    expectFeedError(() => parseFeedData([service]), 'version', /JSON list/);
  });
});

describe('parseFeed: versions and broken feeds', () => {
  it('refuses another major version, and a feed with no version', () => {
    expectFeedError(() => parseFeedData({ ...minimalFeed(), format_version: '2.0' }), 'version', /version "2.0".*reads version 1/);
    expectFeedError(() => parseFeedData({ ...minimalFeed(), format_version: 'banana' }), 'version');
    const { format_version: _, ...noVersion } = minimalFeed();
    expectFeedError(() => parseFeedData(noVersion), 'version', /format_version" is missing/);
  });

  it('accepts later minor versions of version 1', () => {
    expect(parseFeedData({ ...minimalFeed(), format_version: '1.7' }).feed.format_version).to.equal('1.7');
  });

  it('says "not JSON" for garbage and for an HTML error page', () => {
    expectFeedError(() => parseFeedText('{"format_version": "1.0",'), 'not-json', /not valid JSON/);
    expectFeedError(() => parseFeedText('<!doctype html><h1>Not found</h1>'), 'not-json', /HTML page/);
    expectFeedError(() => parseFeedText(''), 'not-json');
  });

  it('refuses a feed whose header is broken, naming each problem', () => {
    const error = expectFeedError(() => parseFeedData({ format_version: '1.0', publisher: {}, updated: 'yesterday', services: 'many' }), 'schema');
    expect(error.problems.join('\n')).to.match(/publisher.name: is required/);
    expect(error.problems.join('\n')).to.match(/updated: must be a date and time/);
    expect(error.problems.join('\n')).to.match(/services: must be a list/);
  });
});

describe('parseFeed: one bad record never takes the feed down', () => {
  const good = { id: 'good', name: 'Good service' };

  it('skips a record missing its name, names it and the path, and keeps the rest', () => {
    const { feed, warnings, counts } = parseFeedData(minimalFeed({ services: [good, { id: 'nameless' }, { name: 'No id' }, 'not a record', null] }));
    expect(feed.services.map((s) => s.id)).to.deep.equal(['good']);
    expect(counts.services).to.deep.equal({ kept: 1, skipped: 4 });
    expect(warnings[0]).to.include({ path: 'services[1].name', action: 'skipped' });
    expect(warnings[0].message).to.match(/is required; record skipped/);
    expect(warnings[0].record).to.equal('services[1] (id nameless)');
    expect(warnings[1].path).to.equal('services[2].id');
  });

  it('drops a broken schedule as a whole, naming the field at fault, and keeps the service', () => {
    const service = {
      id: 's1',
      name: 'Food bank',
      schedules: [
        { byday: 'MO', opens_at: '9am', closes_at: '17:00' },
        { byday: 'TU', opens_at: '09:00', closes_at: '17:00' },
      ],
    };
    const { feed, warnings } = parseFeedData(minimalFeed({ services: [good, service] }));
    expect(feed.services[1].schedules).to.deep.equal([{ byday: 'TU', opens_at: '09:00', closes_at: '17:00' }]);
    expect(warnings).to.have.length(1);
    expect(warnings[0].path).to.equal('services[1].schedules[0].opens_at');
    expect(warnings[0].message).to.match(/time of day.*"9am".*services\[1\]\.schedules\[0\] dropped/);
  });

  it('drops unsafe links and bad optional values, keeping the record', () => {
    // A phone with an empty number is an absent phone: left out without a word (issue 14).
    const service = {
      id: 's2',
      name: 'Advice',
      url: 'javascript:alert(1)',
      email: 'not-an-email',
      minimum_age: -4,
      maximum_age: 'old',
      status: 'open',
      phones: [{ number: '' }, { number: '0141 496 0100' }],
    };
    const { feed, warnings } = parseFeedData(minimalFeed({ services: [service] }));
    const kept = feed.services[0];
    expect(kept).to.not.have.any.keys('url', 'email', 'minimum_age', 'maximum_age', 'status');
    expect(kept.phones).to.deep.equal([{ number: '0141 496 0100' }]);
    expect(warnings.map((w) => w.path).sort()).to.deep.equal([
      'services[0].email',
      'services[0].maximum_age',
      'services[0].minimum_age',
      'services[0].status',
      'services[0].url',
    ]);
    expect(warnings.every((w) => w.action === 'dropped')).to.equal(true);
  });

  it('reads null as absent, without warnings', () => {
    const { feed, warnings } = parseFeedData(minimalFeed({ services: [{ ...good, alert: null, email: null, schedules: null, organization: { name: null } }] }));
    expect(warnings).to.deep.equal([]);
    expect(feed.services[0]).to.not.have.any.keys('alert', 'email', 'schedules');
  });

  it('skips a second record with the same id', () => {
    const { feed, warnings } = parseFeedData(minimalFeed({ services: [good, { ...good, name: 'Copy' }] }));
    expect(feed.services.map((s) => s.name)).to.deep.equal(['Good service']);
    expect(warnings[0].message).to.match(/already used/);
  });

  it('drops both coordinates when only one is usable', () => {
    const located = { ...good, service_at_locations: [{ location: { name: 'Hall', latitude: 55.85, longitude: 500 } }] };
    const { feed, warnings } = parseFeedData(minimalFeed({ services: [located] }));
    expect(feed.services[0].service_at_locations?.[0].location).to.deep.equal({ name: 'Hall' });
    expect(warnings.map((w) => w.path)).to.deep.equal([
      'services[0].service_at_locations[0].location.longitude',
      'services[0].service_at_locations[0].location.latitude',
    ]);
  });

  it('keeps plans with unknown action statuses, dropping the status with a warning', () => {
    const plan = { id: 'p', area_id: 'a', title: 'Plan', priorities: [{ id: 'x', title: 'X', actions: [{ id: 'a1', title: 'Do it', status: 'purple' }] }] };
    const { feed, warnings } = parseFeedData(minimalFeed({ areas: [{ id: 'a', name: 'A', postcode_districts: ['G31'] }], locality_plans: [plan] }));
    expect(feed.locality_plans[0].priorities[0].actions?.[0]).to.deep.equal({ id: 'a1', title: 'Do it' });
    expect(warnings[0].path).to.equal('locality_plans[0].priorities[0].actions[0].status');
    expect(warnings[0].message).to.match(/must be one of "complete"/);
  });

  it('refuses a whole feedback form with an unknown question kind, duplicate ids, no endpoint or plain http', () => {
    const form = (changes: object) => ({
      id: 'f',
      title: 'Tell us',
      privacy_notice: 'We read it.',
      endpoint: 'https://example.org/submit',
      questions: [{ id: 'q1', kind: 'short_text', label: 'Name' }],
      ...changes,
    });
    const cases: Array<[object, RegExp]> = [
      [{ questions: [{ id: 'q1', kind: 'essay', label: 'Tell us' }] }, /questions\[0\]\.kind/],
      [
        {
          questions: [
            { id: 'q1', kind: 'short_text', label: 'A' },
            { id: 'q1', kind: 'email', label: 'B' },
          ],
        },
        /used twice/,
      ],
      [{ endpoint: undefined }, /endpoint/],
      [{ endpoint: 'http://example.org/submit' }, /https/],
      [{ questions: [{ id: 'q1', kind: 'single_choice', label: 'Pick', options: [{ value: 'a', label: 'A' }] }] }, /at least two options/],
    ];
    for (const [changes, pattern] of cases) {
      const { feed, warnings } = parseFeedData(minimalFeed({ feedback_forms: [form(changes)] }));
      expect(feed.feedback_forms, JSON.stringify(changes)).to.have.length(0);
      expect(`${warnings[0].path}: ${warnings[0].message}`, JSON.stringify(changes)).to.match(pattern);
      expect(warnings[0].action).to.equal('skipped');
    }
    expect(parseFeedData(minimalFeed({ feedback_forms: [form({ endpoint: 'http://localhost:8787/submissions' })] })).feed.feedback_forms).to.have.length(1);
  });

  it('keeps hostile strings as plain data', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const { feed, warnings } = parseFeedData(minimalFeed({ services: [{ id: 'h', name: hostile, description: hostile, organization: { name: hostile } }] }));
    expect(warnings).to.deep.equal([]);
    expect(feed.services[0].name).to.equal(hostile);
  });

  it('notes references to areas and forms that do not exist', () => {
    const plan = { id: 'p', area_id: 'nowhere', title: 'Plan', feedback_form_id: 'missing', priorities: [] };
    const { warnings } = parseFeedData(
      minimalFeed({ locality_plans: [plan], connectors: [{ id: 'c', name: 'Morag', role: 'community_connector', area_ids: ['nowhere'] }] }),
    );
    expect(warnings.map((w) => `${w.action} ${w.path}`)).to.deep.equal([
      'noted locality_plans[0].area_id',
      'noted locality_plans[0].feedback_form_id',
      'noted connectors[0].area_ids[0]',
    ]);
  });
});

describe('parseFeed: slips it reads anyway, with a note', () => {
  const area = { id: 'a', name: 'A', postcode_districts: ['G31'] };
  /** Both paths: the quick check (no zod) and the full parse give the same feed and notes. */
  const bothWays = (data: Record<string, unknown>) => {
    const full = parseFeedData(structuredClone(data));
    const quick = quickParse(structuredClone(data));
    expect(quick, 'the quick check takes it as it is').to.not.equal(undefined);
    expect(quick!.feed).to.deep.equal(full.feed);
    expect(quick!.warnings).to.deep.equal(full.warnings);
    return full;
  };

  it('reads an updated date without a time as midnight UK time (GMT in winter, BST in summer)', () => {
    const winter = bothWays({ ...minimalFeed(), updated: '2026-01-15' });
    expect(winter.feed.updated).to.equal('2026-01-15T00:00:00Z');
    expect(winter.warnings).to.have.length(1);
    expect(winter.warnings[0]).to.include({ path: 'updated', action: 'noted' });
    expect(winter.warnings[0].message).to.match(/date without a time; read as midnight UK time/);
    expect(bothWays({ ...minimalFeed(), updated: '2026-07-15' }).feed.updated).to.equal('2026-07-15T00:00:00+01:00');
    // Not a date at all is still refused.
    expectFeedError(() => parseFeedData({ ...minimalFeed(), updated: '2026-13-45' }), 'schema', /updated: must be a date and time/);
  });

  it('says where JSON breaks, as a line and column an editor can go to', () => {
    expectFeedError(
      () => parseFeedText('{\n  "format_version": "1.0",\n  "publisher": { "name": "X" },,\n}'),
      'not-json',
      /not valid JSON .*at line 3, column 32\)/,
    );
    expectFeedError(() => parseFeedText('{\n  "format_version": "1.0",\n  "title": \'single quotes\'\n}'), 'not-json', /at line 3, column 12\)/);
    expectFeedError(() => parseFeedText('{\n  "format_version": "1.0",'), 'not-json', /at line 2, column 27\)/);
  });

  it('keeps a plan without priorities, as an empty list, with a note', () => {
    const { feed, warnings } = bothWays(minimalFeed({ areas: [area], locality_plans: [{ id: 'p', area_id: 'a', title: 'Plan' }] }));
    expect(feed.locality_plans[0].priorities).to.deep.equal([]);
    expect(warnings.map((w) => `${w.action} ${w.path}`)).to.deep.equal(['noted locality_plans[0].priorities']);
    expect(warnings[0].message).to.match(/no priorities have been published yet/);
  });

  it('notes a period that ends before it starts, a value given twice for one date, and an id used twice', () => {
    const indicator = {
      id: 'i',
      title: 'Footfall',
      values: [
        { date: '2025', value: 1 },
        { date: '2026', value: 2 },
        { date: '2025', value: 3 },
      ],
    };
    const plan = {
      id: 'p',
      area_id: 'a',
      title: 'Plan',
      period_start: '2027-04',
      period_end: '2025',
      priorities: [
        {
          id: 'x',
          title: 'X',
          actions: [
            { id: 'a1', title: 'One' },
            { id: 'a1', title: 'Two' },
          ],
          indicators: [indicator],
        },
        { id: 'x', title: 'Y' },
      ],
    };
    const { feed, warnings } = bothWays(minimalFeed({ areas: [area], locality_plans: [plan] }));
    expect(feed.locality_plans[0].priorities).to.have.length(2);
    expect(warnings.map((w) => `${w.action} ${w.path}`)).to.deep.equal([
      'noted locality_plans[0].period_end',
      'noted locality_plans[0].priorities[0].actions[1].id',
      'noted locality_plans[0].priorities[0].indicators[0].values[2].date',
      'noted locality_plans[0].priorities[1].id',
    ]);
    expect(warnings[0].message).to.match(/2025 is before period_start 2027-04/);
    expect(warnings[1].message).to.match(/action id "a1" is used twice/);
    expect(warnings[2].message).to.match(/second value for 2025/);
    // A period written right, or within one year, is not noted.
    for (const [start, end] of [
      ['2025', '2027'],
      ['2025-04', '2025'],
      ['2025', '2025-03'],
    ]) {
      expect(
        bothWays(minimalFeed({ areas: [area], locality_plans: [{ ...plan, period_start: start, period_end: end, priorities: [] }] })).warnings,
        `${start}–${end}`,
      ).to.deep.equal([]);
    }
  });

  it('says why a link with a user name or password is dropped', () => {
    const { feed, warnings } = parseFeedData(minimalFeed({ services: [{ id: 's', name: 'Advice', url: 'https://www.council.gov.uk@evil.example/login' }] }));
    expect(feed.services[0]).to.not.have.key('url');
    expect(warnings[0].path).to.equal('services[0].url');
    expect(warnings[0].message).to.match(/must not have a user name or password before the host/);
    expect(parseFeedData(minimalFeed({ services: [{ id: 's', name: 'Advice', url: '/relative' }] })).warnings[0].message).to.match(/must be an absolute http/);
  });
});
