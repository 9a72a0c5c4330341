/**
 * The feed's JSON Schema, generated from the zod schema the widgets use (never written by hand), with
 * descriptions added here so the browser bundle does not carry them. `placekit schema` prints it; the
 * build writes it to dist/feed.schema.json.
 */
import * as z from 'zod/mini';
import { FORMAT_MAJOR, FORMAT_VERSION } from '../src/feed/load/read.js';
import * as feed from '../src/feed/validator/schema/feed.js';
import * as oruk from '../src/feed/validator/schema/oruk.js';
import { VERSION } from '../src/version.js';

/** The schemas by name: placekit's sections and Open Referral UK's records. */
const S = { ...oruk, ...feed };

/** Named parts of the feed, with what each is for. */
const DEFINITIONS: Array<[z.ZodMiniType, string, string]> = [
  [S.Publisher, 'Publisher', 'Who publishes the feed, and under which licence.'],
  [S.Area, 'Area', 'A neighbourhood or locality the feed covers, with what it takes to match a resident to it.'],
  [S.TaxonomyTerm, 'TaxonomyTerm', 'A category term (HSDS taxonomy_term). Services name their categories through attributes.'],
  [S.Attribute, 'Attribute', 'A link from a record to a taxonomy term (HSDS attribute).'],
  [S.Phone, 'Phone', 'A phone number (HSDS phone). type: voice, text, fax, cell, video, pager or textphone.'],
  [S.Language, 'Language', 'A language spoken (HSDS language); name and ISO 639 code.'],
  [
    S.Schedule,
    'Schedule',
    'When something is open or happens (HSDS schedule, an iCalendar-style rule), in UK time. A schedule with any unreadable part is dropped as a whole.',
  ],
  [S.Address, 'Address', 'A postal or physical address (HSDS address).'],
  [S.Accessibility, 'Accessibility', 'Accessibility of a location (HSDS accessibility).'],
  [S.Location, 'Location', 'A place (HSDS location). latitude and longitude must both be present and possible, or neither is used.'],
  [S.Organization, 'Organization', 'The organisation that provides a service (HSDS organization).'],
  [S.Contact, 'Contact', 'A named contact (HSDS contact).'],
  [S.CostOption, 'CostOption', 'A price (HSDS cost_option). An amount of 0 means free.'],
  [S.ServiceArea, 'ServiceArea', 'Where a service is offered (HSDS service_area). A name or id equal to an area id or name places the service in that area.'],
  [S.ServiceAtLocation, 'ServiceAtLocation', 'A service at one of its locations (HSDS service_at_location).'],
  [
    S.Confirmations,
    'Confirmations',
    'placekit\'s own: how many residents answered "Was this information right?" with Yes (count) and the date of the latest (last). Written by placekit receive export --confirmations; placekit convert --confirmations merges it.',
  ],
  [
    S.ListingReports,
    'ListingReports',
    "Where the directory sends residents' reports that a listing is wrong and their confirmations that it is right (forms placekit-listing-report and placekit-listing-confirmation). Absent: the directory does not ask.",
  ],
  [S.Service, 'Service', 'An Open Referral UK (HSDS 3.0 UK profile) service record, exactly as a council publishes it. Required: id and name.'],
  [
    S.Opportunity,
    'Opportunity',
    'A way to get involved: a volunteering role, a community meeting, a consultation or an event. Shown in the directory beside services until its dates and closing date have passed.',
  ],
  [S.PlanAction, 'PlanAction', 'Something partners will do towards a priority, with its lead partner, timescale and status.'],
  [S.IndicatorValue, 'IndicatorValue', 'One measurement of an indicator: a date (year, month or day) and a value.'],
  [S.Indicator, 'Indicator', 'How progress towards a priority is measured: unit, baseline, target, reported values and which way is better.'],
  [
    S.Priority,
    'Priority',
    'A local outcome the plan prioritises, why it matters, its actions and its indicators, and the opportunities and services that serve it.',
  ],
  [
    S.PlanResponse,
    'PlanResponse',
    '"You said, we did": a theme of what residents said (how many, when, how it was gathered) and what the partnership did or decided (done, planned, not doing and why). No personal data: feedback references only, never answers or names.',
  ],
  [S.Scale, 'Scale', 'A rating scale: the lowest and highest values and their labels.'],
  [S.PlaceStandardTheme, 'PlaceStandardTheme', 'One theme of the Place Standard tool (or another version of it): its id, name and the question asked.'],
  [
    S.PlaceStandard,
    'PlaceStandard',
    "Makes a feedback form a Place Standard form: the themes are asked first (a rating and two comments each), then the form's own questions.",
  ],
  [S.ThemeResult, 'ThemeResult', "One theme's result: the median rating and the middle half of ratings (lower to upper quartile)."],
  [
    S.PlaceStandardResult,
    'PlaceStandardResult',
    "An area's published Place Standard results: median and spread per theme, how many took part and when. `placekit receive export --place-standard` writes them from stored answers.",
  ],
  [
    S.LocalityPlan,
    'LocalityPlan',
    "A Locality Plan: a Community Planning Partnership's priorities for one area. Headline counts are computed from the actions and indicators, never given.",
  ],
  [
    S.Connector,
    'Connector',
    'A person or team residents can contact: a Community Connector, the third-sector interface, a Place Director or another named contact.',
  ],
  [S.Question, 'Question', 'One question of a feedback form.'],
  [
    S.FeedbackForm,
    'FeedbackForm',
    'A feedback form: what to ask, what to tell the resident, and where answers go. A form with any problem is refused as a whole.',
  ],
];

/** What individual fields mean, where the name alone does not say. */
const FIELDS: Record<string, Record<string, string>> = {
  Feed: {
    format_version: `The placekit feed format version, "major.minor". This schema describes ${FORMAT_VERSION}; readers accept any ${FORMAT_MAJOR}.x.`,
    publisher: 'Who publishes the feed.',
    updated: 'When the feed was last updated, ISO 8601 with an offset or Z. A date alone (YYYY-MM-DD) is read as midnight UK time, with a note.',
    language: 'The language the feed is written in (BCP 47). Default en-GB.',
    areas: 'The neighbourhoods or localities the feed covers.',
    taxonomy_terms: 'Category terms used by services and opportunities.',
    services: 'Open Referral UK service records, as published.',
    opportunities: 'Ways to get involved: volunteering, meetings, consultations, events.',
    locality_plans: 'Locality Plans, one or more per area.',
    connectors: 'People residents can contact about getting involved.',
    feedback_forms: 'Feedback form definitions used by <place-feedback>.',
    place_standard_results: "Areas' Place Standard results, shown as a compass beside the Locality Plan they informed.",
    listing_reports: 'Where residents\' reports on listings go: {"endpoint": "https://...", "privacy_notice": "..."}. Absent: the directory asks for none.',
  },
  ListingReports: {
    endpoint:
      "Where reports and confirmations are POSTed, as a feedback form's endpoint: https, or http on localhost for development. placekit receive --feed accepts them.",
    privacy_notice: 'Who reads the reports and why, shown before the questions. Absent: placekit says the publisher reads them to keep the directory right.',
  },
  Confirmations: {
    count: 'How many residents said the listing was right.',
    last: 'The UK date of the latest (YYYY-MM-DD).',
  },
  Publisher: {
    name: 'The publisher as residents know it.',
    website: 'Absolute https URL (no user name or password before the host).',
    licence: 'The licence of the data, e.g. {"name": "Open Government Licence v3.0", "url": "https://..."}.',
  },
  Area: {
    id: 'Stable identifier used by area attributes and area_ids, e.g. "parkhead".',
    alternate_name: 'The name in Gaelic or Welsh, shown beside the English name.',
    postcode_districts: 'Postcode districts (outward codes) the area covers, e.g. ["G31"].',
    postcode_sectors: 'Postcode sectors, more precise than districts, e.g. ["G31 4", "G31 5"]. Checked before districts.',
    centre: 'A central point, for "nearest" ordering and when a postcode matches several areas.',
  },
  Schedule: {
    freq: 'WEEKLY or MONTHLY. Absent: WEEKLY when byday is given.',
    byday: 'Days: "MO,TU,WE". For MONTHLY rules, with ordinals: "1TU" is the first Tuesday, "-1FR" the last Friday.',
    bymonthday: 'Days of the month for MONTHLY rules: "1,15"; negative counts from the end.',
    opens_at:
      'HH:MM or HH:MM:SS (fractions of a second allowed): UK local time, or with Z or an offset (10:00Z, 09:00+01:00) as HSDS 3.0 asks, turned into UK time on each date (10:00Z is 11:00 in summer).',
    closes_at: 'As opens_at. Not after opens_at: the period runs past midnight. 24:00 is the end of the day.',
    valid_from: 'First day the rule applies (YYYY-MM-DD).',
    valid_to: 'Last day the rule applies (YYYY-MM-DD).',
    interval: 'Every n weeks or months, counted from dtstart.',
  },
  Service: {
    status: 'active, inactive, defunct or temporarily closed. Only active services are listed.',
    fees: 'Open Referral UK: costs in words. "Free" marks a free service.',
    fees_description: 'HSDS 3.0: costs in words.',
    minimum_age: 'Youngest age served, in years. -1 (Open Referral UK for "no limit") is read as absent.',
    maximum_age: 'Oldest age served, in years. -1 (Open Referral UK for "no limit") is read as absent.',
    assured_date: 'When the record was last checked (YYYY-MM-DD); shown as "last checked".',
    alert: 'A short notice shown prominently, e.g. a temporary closure.',
    confirmations: "placekit's own: residents who said the record was right, shown in the directory's details.",
    attributes: "Taxonomy terms: the service's categories.",
  },
  Opportunity: {
    kind: 'volunteering, meeting, consultation or event.',
    how_to_take_part: 'What a resident does to take part, in plain words.',
    area_ids: 'The areas it is for (ids from areas).',
    dates: 'One-off dates. Past dates are not shown.',
    schedules: 'Repeating dates, as HSDS schedules.',
    closing_date: 'The last day to respond or apply (YYYY-MM-DD). After it, the opportunity is not shown.',
    commitment: 'For volunteering: the time asked for, e.g. "2 hours a week".',
    online: 'True when it can be done online.',
    priority_ids: 'The plan priorities it serves (ids of priorities in locality_plans): the directory names them and links to the plan.',
  },
  PlanAction: {
    status:
      'complete, on_track, minor_slippage, major_slippage, not_started or reported_later. RAG ratings map as blue = complete, green = on_track, amber = minor_slippage, red = major_slippage.',
    timescale: 'When, in words: "2025 to 2027".',
    due: 'When it is due: YYYY, YYYY-MM or YYYY-MM-DD.',
    opportunity_ids: 'Ways to get involved that serve this action (ids from opportunities): shown under its priority as "How you can help".',
    service_ids: 'Services that deliver this action (ids from services).',
  },
  Priority: {
    opportunity_ids: 'Ways to get involved that serve this priority (ids from opportunities): shown under it as "How you can help", while current.',
    service_ids: 'Services that deliver this priority (ids from services).',
  },
  PlanResponse: {
    you_said: 'What residents said, as a theme in plain words.',
    count: 'How many people said it.',
    gathered_from: 'When it was first gathered: YYYY, YYYY-MM or YYYY-MM-DD.',
    gathered_to: 'When it was last gathered.',
    gathered_by: 'How: survey, street_stall, form, meeting, event, place_standard or other.',
    we_did: 'What the partnership did or decided.',
    status: 'done, planned or not_doing.',
    why: 'Why: for not_doing, the reason; otherwise anything residents should know.',
    priority_id: 'The priority it belongs to (an id in this plan); shown under it.',
    action_id: 'The action it belongs to (an id in this plan); its priority is used when priority_id is absent.',
    references:
      'The feedback references (as residents were shown them, e.g. "3F2A 9C41") of the feedback that contributed, so residents can look theirs up. References only: never answers or names.',
  },
  PlaceStandard: {
    themes: 'The themes in order. The answers are sent as <id> (the rating), <id>-good and <id>-better.',
    scale: 'The rating scale; 1 to 7 when absent.',
    good_label: 'The first comment box\'s label; "What is good about this?" when absent.',
    better_label: 'The second comment box\'s label; "What could be better?" when absent.',
    layout: 'one_at_a_time (the default) or all_on_one_page. The page can choose with <place-feedback layout>.',
  },
  PlaceStandardTheme: {
    id: 'Letters, digits or _, starting with a letter; unique in the form.',
    question: 'The question asked; the name when absent.',
  },
  ThemeResult: {
    id: "The theme's id, as in the form.",
    median: 'The median rating.',
    lower_quartile: 'The lower quartile: a quarter of ratings were lower.',
    upper_quartile: 'The upper quartile: a quarter of ratings were higher.',
    responses: 'How many rated this theme, when not everyone who took part did.',
  },
  PlaceStandardResult: {
    area_id: 'The area rated (an id from areas).',
    form_id: 'The form that gathered them, if it is in this feed.',
    plan_ids: 'The Locality Plans these results informed; absent: shown beside the latest plan for the area.',
    participants: 'How many people took part.',
    how_gathered: 'How they were gathered, in plain words.',
    scale: 'The rating scale; 1 to 7 when absent.',
  },
  Indicator: {
    unit: 'percent, count, currency (pounds) or rate.',
    unit_label: 'Words after a rate\'s number, e.g. "per 1,000 people".',
    direction: 'Which way is better: up or down.',
    baseline: 'The starting value and its date.',
    target: 'The value aimed for and by when.',
    values: 'Reported values, any order; shown in date order.',
  },
  LocalityPlan: {
    area_id: 'The area the plan is for (an id from areas).',
    period_start: 'First year (or month) of the plan.',
    period_end: 'Last year (or month) of the plan. One before period_start is noted.',
    updated: 'When the plan or its progress was last updated.',
    document_url: 'The full plan document.',
    progress_report_url: 'The latest annual progress report.',
    feedback_form_id: 'A form in feedback_forms for residents to have their say on the plan.',
    progress_report_date: 'When the latest progress report was published: YYYY, YYYY-MM or YYYY-MM-DD.',
    responses: '"You said, we did": what residents said and what the partnership did about it.',
    priorities: "The plan's priorities. Absent: none published yet (read as an empty list, with a note).",
  },
  Connector: {
    role: 'community_connector, third_sector_interface, place_director, or another snake_case role.',
    role_title: 'The role in words, when the standard wording does not fit.',
    independent_of_council: 'True when the person works independently of the council.',
    area_ids: 'The areas covered; absent or empty means the whole council area.',
    photo: 'A photo: absolute https URL and alternative text describing the person.',
    help_with: 'What they can help with, one item each.',
    availability: 'When they can be reached, as HSDS schedules in UK time.',
    booking_url: 'Where to book a conversation.',
    links: 'Other ways to get in touch, e.g. social media: {label, url}.',
    drop_in: 'A place and times to drop in.',
  },
  Question: {
    id: 'Unique within the form: letters, digits, - or _.',
    kind: 'short_text, long_text, email, postcode, phone, single_choice, multiple_choice, rating, yes_no or consent.',
    max_length: 'Most characters allowed (text kinds); long_text shows a count.',
    options: 'Choices for single_choice and multiple_choice (at least two).',
    scale: 'For rating: the lowest and highest values and their labels; 1 to 5 when absent.',
    personal: 'True when the answer identifies a person; such answers are never kept in drafts.',
  },
  FeedbackForm: {
    privacy_notice: 'Who will read the answers and why; shown before the questions.',
    confirmation: 'What the resident sees after sending: a title and a message.',
    endpoint: 'Where submissions are POSTed as JSON with an Idempotency-Key header: https (plain http only for localhost).',
    place_standard: 'Makes it a Place Standard form: its themes are asked before the questions (which may then be empty).',
  },
};

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $defs?: Record<string, JsonSchema>;
  description?: string;
  [key: string]: unknown;
};

/** Applies field descriptions and lets every optional property be null (the loader reads null as absent). */
function finish(node: JsonSchema, fields: Record<string, string> | undefined): void {
  if (node.properties) {
    const required = new Set(node.required ?? []);
    for (const [name, property] of Object.entries(node.properties)) {
      const description = fields?.[name];
      let target = property;
      if (!required.has(name)) {
        target = { anyOf: [property, { type: 'null' }] };
        node.properties[name] = target;
      }
      if (description) target.description = description;
      visit(property);
    }
  }
  function visit(child: JsonSchema) {
    if (child.properties) finish(child, undefined);
    if (child.items) visit(child.items);
    child.anyOf?.forEach(visit);
    child.allOf?.forEach(visit);
  }
  if (node.items) visit(node.items);
}

let registered = false;

export function feedJsonSchema(): JsonSchema {
  if (!registered) {
    for (const [schema, id, description] of DEFINITIONS) z.globalRegistry.add(schema, { id, description });
    registered = true;
  }
  const schema = z.toJSONSchema(S.Feed, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema;
  finish(schema, FIELDS.Feed);
  for (const [id, definition] of Object.entries(schema.$defs ?? {})) finish(definition, FIELDS[id]);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://placekit.example/schema/feed-${FORMAT_VERSION}.json`,
    title: `placekit feed, format ${FORMAT_VERSION}`,
    description: `A placekit data feed: publisher, areas, Open Referral UK services, opportunities to get involved, Locality Plans (with "you said, we did"), connectors, feedback forms (Place Standard forms among them) and Place Standard results. Generated from the zod schema of placekit ${VERSION}; do not edit by hand. Links (url, website and the like) must be absolute http, https, mailto, tel or sms; a web link with a user name or password before the host (https://name@host/) is dropped, a phishing trick; a web address without a scheme (www.example.org) is read with https://. Empty strings and null are read as absent values. Validate a feed with: placekit validate feed.json`,
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
