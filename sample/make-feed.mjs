#!/usr/bin/env node
// Writes sample/feed.json: the bundled, clearly fictional placekit feed (format version 1) for three
// neighbourhoods in the north east of Glasgow. Plain Node 20, no dependencies, deterministic:
// running it twice gives the same file byte for byte.
//
//   node sample/make-feed.mjs
//
// The content lives in sample/data/*.mjs as tables; this script expands them into full records,
// checks the sample's own promises (fictional contact details, postcodes inside their area, counts,
// the deliberate edge cases) and fails loudly when an edit breaks one.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unit, uuid } from './lib.mjs';
import { AREAS, VENUES } from './data/places.mjs';
import { ORGANISATIONS } from './data/organisations.mjs';
import { CATEGORIES, SERVICES } from './data/services.mjs';
import { OPPORTUNITIES } from './data/opportunities.mjs';
import { REAL_WORLD_SERVICES } from './data/real-world.mjs';
import { PLANS } from './data/plans.mjs';
import { CONNECTORS } from './data/people.mjs';
import { FORMS } from './data/forms.mjs';
import { PLACE_STANDARD_FORM, PROGRESS_REPORT_DATE, RESPONSES, SERVED_BY, SERVES, placeStandardResults } from './data/loop.mjs';

const OUTPUT = fileURLToPath(new URL('./feed.json', import.meta.url));
const TAXONOMY = 'placekit-sample-categories';
const PARTNERSHIP = 'North East Sample Community Planning Partnership';

// ---------------------------------------------------------------------------------------------------
// Expanding the tables

const areaById = new Map(AREAS.map((area) => [area.id, area]));

/** Coordinates for a venue: a fixed point 150 m to 900 m from its area's centre, in a direction from the key. */
function placeNear(centre, key) {
  const angle = unit(key, 'angle') * 2 * Math.PI;
  const km = 0.15 + 0.75 * Math.sqrt(unit(key, 'distance'));
  const latitude = centre.latitude + (km * Math.cos(angle)) / 111.2;
  const longitude = centre.longitude + (km * Math.sin(angle)) / (111.32 * Math.cos((centre.latitude * Math.PI) / 180));
  return { latitude: Number(latitude.toFixed(5)), longitude: Number(longitude.toFixed(5)) };
}

const venues = new Map(
  VENUES.map(([key, areaId, name, address_1, postal_code, accessibility]) => {
    const area = areaById.get(areaId);
    if (!area) throw new Error(`venue ${key}: unknown area ${areaId}`);
    const location = {
      id: uuid(`location:${key}`),
      location_type: 'physical',
      name,
      ...placeNear(area.centre, key),
      addresses: [{ address_1, city: 'Glasgow', postal_code, country: 'GB' }],
      accessibility: [{ description: accessibility }],
    };
    return [key, { areaId, location }];
  }),
);

function venue(key) {
  const found = venues.get(key);
  if (!found) throw new Error(`unknown venue ${key}`);
  return found.location;
}

function organisation(key, { full = true } = {}) {
  const org = ORGANISATIONS[key];
  if (!org) throw new Error(`unknown organisation ${key}`);
  const domain = org.domain ?? 'example.org';
  return {
    id: uuid(`organization:${key}`),
    name: org.name,
    ...(org.alternate_name && { alternate_name: org.alternate_name }),
    ...(full && { description: org.description }),
    website: `https://${domain}/${key}`,
    ...(full && { email: `${key}@${domain}` }),
  };
}

const taxonomyTerms = Object.entries(CATEGORIES).map(([code, name]) => ({ id: uuid(`taxonomy-term:${code}`), name, code, taxonomy: TAXONOMY }));
const termByCode = new Map(taxonomyTerms.map((term) => [term.code, term]));

function attributes(codes) {
  return codes.map((code) => {
    const term = termByCode.get(code);
    if (!term) throw new Error(`unknown category ${code}`);
    return { taxonomy_term: { ...term } };
  });
}

function service(row) {
  const org = organisation(row.org);
  const sites = row.sites ?? (row.at ?? []).map((key) => [key]);
  const schedules = row.hours ?? (row.sites ? row.sites.flatMap(([, hours]) => hours) : undefined);
  const [minimum_age, maximum_age] = row.ages ?? [];
  return {
    id: uuid(`service:${row.key}`),
    name: row.name,
    alternate_name: row.alternate_name,
    description: row.description,
    url: `${org.website}/${row.key}`,
    email: row.email ?? org.email,
    status: 'active',
    alert: row.alert,
    organization: org,
    phones: row.phones,
    schedules,
    service_at_locations: sites.map(([key, hours]) => ({
      id: uuid(`service-at-location:${row.key}:${key}`),
      location: venue(key),
      ...(hours && { schedules: hours }),
    })),
    service_areas: row.serves?.map((id) => ({ name: areaById.get(id).name, description: `Open to residents of ${areaById.get(id).name}` })),
    fees_description: row.fees_description,
    cost_options: row.cost_options,
    minimum_age,
    maximum_age,
    eligibility_description: row.eligibility,
    application_process: row.application_process,
    languages: row.languages,
    contacts: row.contacts?.map((contact) => ({ id: uuid(`contact:${row.key}:${contact.name}`), ...contact })),
    attributes: attributes(row.categories),
    assured_date: row.assured,
    ...(CONFIRMED[row.key] && { confirmations: CONFIRMED[row.key] }),
  };
}

/** Residents who said a listing was right (placekit receive export --confirmations), for a few services. */
const CONFIRMED = { 'parkhead-larder': { count: 3, last: '2026-10-14' }, 'eastgate-benefits-debt': { count: 1, last: '2026-09-02' } };

/** A service written as live directories write theirs (data/real-world.mjs): its fields as they are, with ids, organisation and venues added. */
function realWorldService(row) {
  const { key, org, categories, at = [], serves, organization_phones, contacts, cost_options, ...fields } = row;
  return {
    id: uuid(`service:${key}`),
    ...fields,
    url: `${organisation(org).website}/${key}`,
    status: 'active',
    organization: { ...organisation(org), ...(organization_phones && { phones: organization_phones }) },
    service_at_locations: at.map((venueKey) => ({ id: uuid(`service-at-location:${key}:${venueKey}`), location: venue(venueKey) })),
    service_areas: serves?.map((id) => ({ name: areaById.get(id).name })),
    contacts: contacts?.map((contact, i) => ({ id: uuid(`contact:${key}:${i}`), ...contact })),
    cost_options: cost_options?.map((cost, i) => ({ id: uuid(`cost-option:${key}:${i}`), ...cost })),
    attributes: attributes(categories),
  };
}

function opportunity(row) {
  const org = organisation(row.org);
  return {
    id: uuid(`opportunity:${row.key}`),
    kind: row.kind,
    name: row.name,
    description: row.description,
    how_to_take_part: row.how_to_take_part,
    organization: org,
    area_ids: row.area_ids,
    url: row.url ?? `${org.website}/${row.key}`,
    email: row.email,
    phones: row.phones,
    locations: row.at?.map(venue),
    online: row.online,
    dates: row.dates,
    schedules: row.schedules,
    closing_date: row.closing_date,
    commitment: row.commitment,
    minimum_age: row.minimum_age,
    maximum_age: row.maximum_age,
    cost_options: row.cost?.map(([option, amount]) => ({ option, amount, currency: 'GBP' })),
    attributes: row.categories?.length ? attributes(row.categories) : undefined,
    priority_ids: SERVES[row.key]?.map(([area, key]) => uuid(`priority:${area}:${key}`)),
  };
}

const serviceKeys = new Set(SERVICES.map((row) => row.key));
const opportunityKeys = new Set(OPPORTUNITIES.map((row) => row.key));
/** The opportunities and services serving a priority (data/loop.mjs), as ids. */
function servedBy(area, key) {
  const served = SERVED_BY[area]?.[key];
  if (!served) return {};
  for (const k of served.opportunities ?? []) if (!opportunityKeys.has(k)) throw new Error(`${area} ${key}: unknown opportunity ${k}`);
  for (const k of served.services ?? []) if (!serviceKeys.has(k)) throw new Error(`${area} ${key}: unknown service ${k}`);
  return {
    ...(served.opportunities && { opportunity_ids: served.opportunities.map((k) => uuid(`opportunity:${k}`)) }),
    ...(served.services && { service_ids: served.services.map((k) => uuid(`service:${k}`)) }),
  };
}

/** "You said, we did" for a plan (data/loop.mjs). */
function responses(row) {
  return (RESPONSES[row.area] ?? []).map(({ key, priority, action, ...response }) => {
    const p = row.priorities.find((x) => x.key === priority);
    if (!p) throw new Error(`response ${key}: unknown priority ${priority}`);
    if (action && !p.actions.some((a) => a.key === action)) throw new Error(`response ${key}: unknown action ${action}`);
    return {
      id: uuid(`response:${row.area}:${key}`),
      ...response,
      priority_id: uuid(`priority:${row.area}:${priority}`),
      ...(action && { action_id: uuid(`action:${row.area}:${priority}:${action}`) }),
    };
  });
}

function localityPlan(row) {
  const area = areaById.get(row.area);
  const slug = `${row.area}-locality-plan-2024-2030`;
  const value = ([date, number]) => ({ date, value: number });
  return {
    id: uuid(`locality-plan:${row.area}`),
    area_id: row.area,
    title: row.title,
    summary: row.summary,
    period_start: '2024',
    period_end: '2030',
    updated: '2026-06',
    partnership: `${PARTNERSHIP}: ${area.name} Locality Partnership`,
    partnership_url: `https://example.org/community-planning/${row.area}`,
    document_url: `https://example.org/locality-plans/${slug}.pdf`,
    progress_report_url: `https://example.org/locality-plans/${row.area}-progress-report-2026.pdf`,
    progress_report_date: PROGRESS_REPORT_DATE,
    feedback_form_id: 'plan-feedback',
    priorities: row.priorities.map((priority) => ({
      id: uuid(`priority:${row.area}:${priority.key}`),
      title: priority.title,
      why: priority.why,
      actions: priority.actions.map((action) => ({
        id: uuid(`action:${row.area}:${priority.key}:${action.key}`),
        title: action.title,
        description: action.description,
        lead_partner: action.lead,
        partners: action.partners,
        timescale: action.timescale,
        due: action.due,
        status: action.status,
        status_note: action.note,
      })),
      indicators: priority.indicators.map((indicator) => ({
        id: uuid(`indicator:${row.area}:${priority.key}:${indicator.key}`),
        title: indicator.title,
        description: indicator.description,
        unit: indicator.unit,
        unit_label: indicator.unit_label,
        direction: indicator.direction,
        baseline: value(indicator.baseline),
        target: value(indicator.target),
        values: indicator.values,
        source: indicator.source,
      })),
      ...servedBy(row.area, priority.key),
    })),
    responses: responses(row),
  };
}

function connector(row) {
  const { key, org, drop_in, ...rest } = row;
  return {
    id: uuid(`connector:${key}`),
    ...rest,
    organization: organisation(org, { full: false }),
    ...(drop_in && { drop_in: { description: drop_in.description, location: venue(drop_in.at), schedules: drop_in.schedules } }),
  };
}

// Key order of connectors follows the schema's order, for readability of the JSON.
const CONNECTOR_ORDER = [
  'id',
  'name',
  'role',
  'role_title',
  'organization',
  'independent_of_council',
  'area_ids',
  'photo',
  'description',
  'help_with',
  'availability',
  'availability_note',
  'languages',
  'phones',
  'email',
  'booking_url',
  'links',
  'drop_in',
];
const ordered = (record, order) => Object.fromEntries(order.filter((k) => record[k] !== undefined).map((k) => [k, record[k]]));

const feed = {
  format_version: '1.0',
  publisher: {
    name: `${PARTNERSHIP} (fictional sample data)`,
    website: 'https://example.org/community-planning',
    email: 'community-planning@example.org',
    phone: '0141 496 0000',
    licence: { name: 'MIT, like the rest of placekit' },
  },
  updated: '2026-11-22T09:00:00Z',
  language: 'en-GB',
  title: 'placekit sample feed: Parkhead, Springburn and Easterhouse (fictional)',
  description:
    'A clearly fictional sample feed for three neighbourhoods in the north east of Glasgow, bundled with placekit for its demo, stories and tests. All organisations, people, services, plans, figures and contact details are invented for demonstration: phone numbers are from the ranges Ofcom reserves for drama, email and web addresses use example domains, and the street numbers, postcodes and buildings do not exist. Do not contact anyone using these details.',
  // The directory's "Report a problem with this listing" and "Was this information right?" go here (placekit receive --feed accepts them).
  listing_reports: {
    endpoint: 'http://localhost:8787/submissions',
    privacy_notice:
      'The Community Planning Partnership team reads your report to correct the directory, usually within two weeks. We only use your contact details, if you give them, to ask about your report, and delete them when it is dealt with.',
  },
  areas: AREAS,
  taxonomy_terms: taxonomyTerms,
  services: [...SERVICES.map(service), ...REAL_WORLD_SERVICES.map(realWorldService)],
  opportunities: OPPORTUNITIES.map(opportunity),
  locality_plans: PLANS.map(localityPlan),
  connectors: CONNECTORS.map(connector).map((c) => ordered(c, CONNECTOR_ORDER)),
  feedback_forms: [...FORMS, PLACE_STANDARD_FORM],
  place_standard_results: placeStandardResults((area) => uuid(`locality-plan:${area}`)),
};

// ---------------------------------------------------------------------------------------------------
// The sample's promises, checked on every run

const problems = [];
const fail = (message) => problems.push(message);

function walk(value, path, visit) {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`, visit));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, visit);
  else visit(value, path);
}

const EXAMPLE_HOST = /(^|\.)example\.(org|com|net)$/;
walk(feed, 'feed', (value, path) => {
  if (typeof value !== 'string' || path.endsWith('.id')) return;
  // Phone numbers, wherever they appear (fields or running text): Ofcom drama ranges only.
  for (const match of value.matchAll(/(?<![\d-])(?:\+44\s?|0)\d[\d ]{8,12}\d(?![\d-])/g)) {
    const digits = match[0].replace(/\D/g, '').replace(/^44/, '0');
    if (!/^01414960\d{3}$/.test(digits) && !/^07700900\d{3}$/.test(digits)) fail(`${path}: ${match[0]} is not in an Ofcom drama range`);
  }
  for (const match of value.matchAll(/[^\s@(),:;]+@((?:[a-z0-9-]+\.)*[a-z0-9-]+)/gi)) {
    if (!EXAMPLE_HOST.test(match[1].toLowerCase())) fail(`${path}: email ${match[0]} is not on an example domain`);
  }
  if (/^(https?|mailto|tel|sms):/i.test(value)) {
    const url = new URL(value);
    const allowed = url.protocol === 'https:' ? EXAMPLE_HOST.test(url.hostname) : path.endsWith('.endpoint') && url.hostname === 'localhost';
    if (!allowed) fail(`${path}: ${value} is not an https link on an example domain`);
  }
  if (/\bnull\b|undefined|NaN/.test(value)) fail(`${path}: suspicious text "${value}"`);
});

function haversineKm(a, b) {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(h));
}

const INWARD = /^[0-9][ABD-HJLNP-UW-Z]{2}$/;
const seenPoints = new Map();
for (const [key, { areaId, location }] of venues) {
  const area = areaById.get(areaId);
  const postcode = location.addresses[0].postal_code;
  const [outward, inward] = postcode.split(' ');
  if (!INWARD.test(inward ?? '') || !area.postcode_sectors.includes(`${outward} ${inward[0]}`))
    fail(`venue ${key}: ${postcode} is not a postcode in ${area.postcode_sectors.join(', ')}`);
  const km = haversineKm(area.centre, location);
  if (km > 1) fail(`venue ${key}: ${km.toFixed(2)} km from the centre of ${area.name}`);
  const point = `${location.latitude},${location.longitude}`;
  if (seenPoints.has(point)) fail(`venue ${key}: same coordinates as ${seenPoints.get(point)}`);
  seenPoints.set(point, key);
}

for (const section of ['areas', 'taxonomy_terms', 'services', 'opportunities', 'locality_plans', 'connectors', 'feedback_forms', 'place_standard_results']) {
  const ids = feed[section].map((record) => record.id);
  if (new Set(ids).size !== ids.length) fail(`${section}: ids are not unique`);
}
const allIds = [];
walk(
  feed,
  'feed',
  (value, path) =>
    path.endsWith('.id') &&
    !path.includes('location.') &&
    !path.includes('locations[') &&
    !path.includes('organization.') &&
    !path.includes('taxonomy_term.') &&
    !path.includes('themes[') &&
    allIds.push(value),
);
if (new Set(allIds).size !== allIds.length) fail('some record ids are used twice');

const areaIds = new Set(AREAS.map((a) => a.id));
for (const s of feed.services) {
  if (!s.service_at_locations.length && !s.service_areas?.length) fail(`service ${s.name}: no location and no service areas`);
  if (s.assured_date < '2025-06-01' || s.assured_date > '2026-11-01') fail(`service ${s.name}: assured_date ${s.assured_date} out of range`);
}
for (const o of feed.opportunities) {
  for (const id of o.area_ids) if (!areaIds.has(id)) fail(`opportunity ${o.name}: unknown area ${id}`);
  const dates = [o.closing_date, ...(o.dates ?? []).map((d) => d.starts_at.slice(0, 10))].filter(Boolean);
  if (o.closing_date !== '2026-06-30' && dates.some((d) => d < '2027-01-01' || d > '2028-12-31')) fail(`opportunity ${o.name}: dates must be in 2027 or 2028`);
}

const counts = {
  services: feed.services.length,
  categories: new Set(feed.services.flatMap((s) => s.attributes.map((a) => a.taxonomy_term.code))).size,
  opportunities: feed.opportunities.length,
  plans: feed.locality_plans.length,
  community_connectors: feed.connectors.filter((c) => c.role === 'community_connector').length,
  tsi: feed.connectors.filter((c) => c.role === 'third_sector_interface').length,
  forms: feed.feedback_forms.length,
};
const minimum = { services: 60, categories: 10, opportunities: 12, plans: 3, community_connectors: 3, tsi: 1, forms: 2 };
for (const [name, least] of Object.entries(minimum)) if (counts[name] < least) fail(`only ${counts[name]} ${name}, at least ${least} wanted`);

const kinds = new Set(feed.opportunities.map((o) => o.kind));
if (kinds.size !== 4) fail('opportunities should cover all four kinds');
for (const area of areaIds) {
  if (!feed.opportunities.some((o) => o.area_ids.includes(area))) fail(`no opportunity in ${area}`);
  if (!feed.connectors.some((c) => c.role === 'community_connector' && c.area_ids?.includes(area))) fail(`no Community Connector for ${area}`);
}
if (feed.opportunities.filter((o) => o.closing_date && o.closing_date < '2026-11-22').length !== 1) fail('exactly one opportunity should already be closed');

const statuses = {};
for (const plan of feed.locality_plans) {
  if (plan.priorities.length < 3 || plan.priorities.length > 5) fail(`${plan.title}: ${plan.priorities.length} priorities`);
  for (const priority of plan.priorities) {
    if (priority.actions.length < 2 || priority.actions.length > 5) fail(`${priority.title}: ${priority.actions.length} actions`);
    if (priority.indicators.length < 1 || priority.indicators.length > 3) fail(`${priority.title}: ${priority.indicators.length} indicators`);
    for (const action of priority.actions) statuses[action.status] = (statuses[action.status] ?? 0) + 1;
    for (const indicator of priority.indicators)
      if (indicator.values.length < 4 || indicator.values.length > 6) fail(`${indicator.title}: ${indicator.values.length} values`);
  }
}
for (const status of ['complete', 'on_track', 'minor_slippage', 'major_slippage', 'not_started', 'reported_later']) {
  if ((statuses[status] ?? 0) < 2) fail(`action status ${status} is used ${statuses[status] ?? 0} times, at least 2 wanted`);
}

const longDescriptions = feed.services.filter((s) => s.description.length >= 900 && s.description.length <= 1500 && !s.description.includes('<')).length;
// The real-world services: HTML descriptions, blanks, contacts' phones, dated costs, no schedule.
const realWorld = feed.services.slice(SERVICES.length);
if (!realWorld.every((s) => /<p>/.test(s.description))) fail('every real-world service should have an HTML description');
if (!realWorld.some((s) => /&nbsp;/.test(s.description) && /<ul>/.test(s.description) && /style=/.test(s.description) && /<br>/.test(s.description)))
  fail('a real-world description should have <br>, <ul>, &nbsp; and an inline style');
if (!realWorld.some((s) => Object.values(s).includes(''))) fail('a real-world service should have empty strings');
if (!realWorld.every((s) => !s.phones && s.contacts?.some((c) => c.phones?.length))) fail('real-world services should have their phones under contacts only');
if (
  !realWorld.some(
    (s) => s.cost_options?.some((c) => c.valid_to && c.valid_to < '2026-11-22') && s.cost_options.some((c) => c.valid_from && c.valid_from > '2026-11-22'),
  )
)
  fail('a real-world service should have a cost that has ended and one still to come');
if (!realWorld.some((s) => !s.schedules)) fail('a real-world service should have no schedule');
if (longDescriptions < 3) fail(`only ${longDescriptions} long descriptions (900 to 1,500 characters)`);
if (!feed.services.some((s) => s.name.length > 80)) fail('no service name over 80 characters');
if (feed.connectors.filter((c) => c.photo).length > 2) fail('at most two connectors should have a photo');

// Closing the loop: every plan has responses and a priority with ways to help; results for two areas.
for (const plan of feed.locality_plans) {
  if (!plan.responses.length) fail(`${plan.title}: no "you said, we did" responses`);
  if (!plan.priorities.some((p) => p.opportunity_ids?.length)) fail(`${plan.title}: no priority names an opportunity`);
}
if (!feed.opportunities.some((o) => o.priority_ids?.length)) fail('no opportunity names the priorities it serves');
if (!['done', 'planned', 'not_doing'].every((s) => feed.locality_plans.some((p) => p.responses.some((r) => r.status === s))))
  fail('responses should use done, planned and not_doing');

if (problems.length) {
  console.error(`sample/make-feed.mjs: ${problems.length} problem(s), feed.json not written:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}

writeFileSync(OUTPUT, `${JSON.stringify(feed, null, 2)}\n`);
console.log(
  `Wrote ${OUTPUT}: ${counts.services} services in ${counts.categories} categories, ${counts.opportunities} opportunities, ` +
    `${counts.plans} locality plans, ${feed.connectors.length} connectors, ${counts.forms} feedback forms.`,
);
