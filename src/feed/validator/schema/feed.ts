/**
 * The placekit feed, format version 1, as zod/mini schemas.
 *
 * Services follow Open Referral UK (HSDS 3.0 UK profile) field for field, snake_case, so a council's
 * existing records can be pasted in as they are. Everything else uses the same naming style.
 *
 * How tolerant parsing reads these schemas (see `tolerant.ts`): an optional field whose value is wrong
 * is dropped with a warning and the record kept; an array item that is wrong is dropped; a record whose
 * required field is wrong is skipped. `whole()` marks a part that must not be half-kept: a problem
 * inside it is passed up to its parent (a schedule whose `opens_at` is garbled is dropped as a whole
 * rather than left open all day; a form with a broken question is refused, not shown short).
 *
 * Descriptions for the JSON Schema live in `cli/schema-descriptions.ts`, so the browser bundle does not
 * carry them.
 */
import * as z from 'zod/mini';
import { type Repairer, addScheme, cleanEmail, unquotePhone } from '../repairs.js';
import { type RuleName, formProblems, isAllowedEndpoint, isSafeUrl, notBlank } from '../../load/rules.js';

/**
 * A mark schemas can carry beside zod's own definition (kept whole, the rule a check runs, the repair
 * for values that fail), for the readers that walk the schemas: the repair (tolerant.ts) and the one compiler of the schemas (schema-spec.ts).
 */
function mark<V>() {
  const marks = new WeakMap<object, V>();
  return {
    set: <T extends object>(target: T, value: V): T => (marks.set(target, value), target),
    get: (target: unknown): V | undefined => (typeof target === 'object' && target !== null ? marks.get(target) : undefined),
  };
}

const WHOLE = mark<true>();

/**
 * Marks a part that is kept or dropped as a unit: nothing inside it is dropped on its own, so a problem
 * anywhere inside drops the part (when it is optional or an array item) or skips the record.
 */
export const whole = <T extends z.ZodMiniType>(schema: T): T => WHOLE.set(schema, true);

/** True when `whole()` marked the schema. */
export const isWhole = (schema: unknown): boolean => WHOLE.get(schema) === true;

// ---------------------------------------------------------------------------------------------------
// Building blocks

const opt = z.optional;

const RULE = mark<RuleName>();

/** Names a check that is code (rules.ts), so the compiled check (schema-spec.ts, load/check.ts) can call the same rule. */
const rule = <T extends object>(name: RuleName, check: T): T => RULE.set(check, name);

/** The rule a check runs, when it is one of rules.ts's. */
export const ruleOf = (check: object): RuleName | undefined => RULE.get(check);

const notBlankCheck = () => rule('notBlank', z.refine<string>(notBlank, 'must not be blank'));

const REPAIR = mark<Repairer>();

/** Names the repair (repairs.ts) the validator tries on a value that fails this schema. */
const repairable = <T extends object>(schema: T, repair: Repairer): T => REPAIR.set(schema, repair);

/** The repair for values that fail the schema, when it has one. */
export const repairOf = (schema: object): Repairer | undefined => REPAIR.get(schema);

/** An identifier: any non-blank string (Open Referral UK uses UUIDs; other ids are accepted). */
export const Id = z.string().check(notBlankCheck(), z.maxLength(256));
/** Text a resident reads. Rendered as text, never as HTML. */
export const Text = z.string();
/** Text that must say something. */
export const Name = z.string().check(notBlankCheck());
/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();
/** A date and time with an offset or `Z`, e.g. `2026-03-01T09:30:00Z`. */
export const IsoDateTime = z.iso.datetime({ offset: true, local: true });
/** A year, a month or a day: `2024`, `2024-03` or `2024-03-31`. */
export const PartialDate = z
  .string()
  .check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a year, month or day: YYYY, YYYY-MM or YYYY-MM-DD'));
/**
 * A time of day, `HH:MM` or `HH:MM:SS` (fractions of a second allowed), 24-hour clock; `24:00` means
 * midnight at the end of the day. Without a zone it is UK time; with `Z` or an offset (`10:00Z`,
 * `09:00+01:00`), as HSDS 3.0 asks, it is turned into UK time on each date (schedule.ts).
 */
export const TimeOfDay = z
  .string()
  .check(
    z.regex(
      /^(([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?|24:00(:00(\.0+)?)?)([Zz]|[+-]([01]\d|2[0-3])(:?[0-5]\d)?)?$/,
      'must be a time of day, HH:MM or HH:MM:SS, in UK time or with a zone such as Z or +01:00',
    ),
  );
/** Why a link is refused: most often not absolute; sometimes a user name or password before the host. */
function linkProblem(value: unknown): string {
  let credentials = false;
  try {
    const url = new URL(String(value).trim());
    credentials = /^https?:$/.test(url.protocol) && !!(url.username || url.password);
  } catch {
    // not a URL at all
  }
  return credentials
    ? 'must not have a user name or password before the host (a phishing trick); write the link without them'
    : 'must be an absolute http, https, mailto, tel or sms link';
}

/** An absolute http, https, mailto, tel or sms URL, a web link without a user name or password. A web address without a scheme gets `https://`. */
export const Link = repairable(z.string().check(rule('safeUrl', z.refine(isSafeUrl, { error: (issue) => linkProblem(issue.input) }))), addScheme);
/** An email address; stray spaces, invisible characters and a full stop at the end are removed, a `.invalid` placeholder left out. */
export const Email = repairable(z.email().check(z.regex(/^(?![^]*\.invalid$)/i, 'is a placeholder: a .invalid address cannot receive email')), cleanEmail);
/** A phone number as people write it; quotation marks around it are removed. */
export const PhoneNumber = repairable(
  z.string().check(notBlankCheck(), z.regex(/^(?!\s*[="'“”‘’])(?![^]*["'“”‘’]\s*$)/, 'has quotation marks around it')),
  unquotePhone,
);
export const Latitude = z.number().check(z.gte(-90, 'is not a possible latitude (-90 to 90)'), z.lte(90, 'is not a possible latitude (-90 to 90)'));
export const Longitude = z.number().check(z.gte(-180, 'is not a possible longitude (-180 to 180)'), z.lte(180, 'is not a possible longitude (-180 to 180)'));
export const Age = z.number().check(z.gte(0), z.lte(130));
export const PostcodeDistrict = z.string().check(z.regex(/^[A-Za-z]{1,2}\d[A-Za-z\d]?$/, 'must be a postcode district such as G31'));
export const PostcodeSector = z.string().check(z.regex(/^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d$/, 'must be a postcode sector such as G31 4'));

export const Point = z.object({ latitude: Latitude, longitude: Longitude });

// ---------------------------------------------------------------------------------------------------
// Open Referral UK (HSDS 3.0 UK profile) building blocks

export const TaxonomyTerm = z.object({
  id: opt(Id),
  name: opt(Text),
  term: opt(Text),
  code: opt(Text),
  description: opt(Text),
  parent_id: opt(Text),
  taxonomy: opt(Text),
  taxonomy_id: opt(Text),
  term_uri: opt(Text),
  language: opt(Text),
});

export const Attribute = z.object({
  id: opt(Id),
  link_id: opt(Text),
  link_type: opt(Text),
  link_entity: opt(Text),
  taxonomy_term_id: opt(Text),
  taxonomy_term: opt(TaxonomyTerm),
  value: opt(Text),
  label: opt(Text),
});

export const Language = z.object({
  id: opt(Id),
  name: opt(Text),
  code: opt(Text),
  note: opt(Text),
});

export const Phone = z.object({
  id: opt(Id),
  number: PhoneNumber,
  extension: opt(z.union([z.string(), z.number()])),
  /** HSDS phone types: text, voice, fax, cell, video, pager, textphone. */
  type: opt(Text),
  description: opt(Text),
  languages: opt(z.array(Language)),
});

export const Weekday = z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
const BYDAY = /^\s*([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)(\s*,\s*([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU))*\s*$/i;

/** An HSDS schedule. Kept or dropped as a unit: half a schedule would show wrong opening times. */
export const Schedule = whole(
  z.object({
    id: opt(Id),
    valid_from: opt(IsoDate),
    valid_to: opt(IsoDate),
    dtstart: opt(IsoDate),
    until: opt(IsoDate),
    timezone: opt(z.union([z.string(), z.number()])),
    count: opt(z.number()),
    wkst: opt(Text),
    freq: opt(z.enum(['WEEKLY', 'MONTHLY'])),
    interval: opt(z.number().check(z.int(), z.gte(1))),
    byday: opt(z.string().check(z.regex(BYDAY, 'must be days such as MO,TU or, for monthly rules, 1MO,-1FR'))),
    bymonthday: opt(z.string().check(z.regex(/^\s*-?\d{1,2}(\s*,\s*-?\d{1,2})*\s*$/, 'must be days of the month such as 1,15'))),
    byweekno: opt(Text),
    byyearday: opt(Text),
    opens_at: opt(TimeOfDay),
    closes_at: opt(TimeOfDay),
    description: opt(Text),
    schedule_link: opt(Link),
    attending_type: opt(Text),
    notes: opt(Text),
  }),
);

export const Address = z.object({
  id: opt(Id),
  attention: opt(Text),
  address_1: opt(Text),
  address_2: opt(Text),
  city: opt(Text),
  region: opt(Text),
  state_province: opt(Text),
  postal_code: opt(Text),
  country: opt(Text),
  address_type: opt(Text),
});

export const Accessibility = z.object({
  id: opt(Id),
  description: opt(Text),
  details: opt(Text),
  url: opt(Link),
  accessibility: opt(Text),
});

export const Location = z.object({
  id: opt(Id),
  location_type: opt(Text),
  url: opt(Link),
  name: opt(Text),
  alternate_name: opt(Text),
  description: opt(Text),
  transportation: opt(Text),
  latitude: opt(Latitude),
  longitude: opt(Longitude),
  external_identifier: opt(Text),
  external_identifier_type: opt(Text),
  addresses: opt(z.array(Address)),
  phones: opt(z.array(Phone)),
  schedules: opt(z.array(Schedule)),
  accessibility: opt(z.array(Accessibility)),
  languages: opt(z.array(Language)),
  attributes: opt(z.array(Attribute)),
});

export const Organization = z.object({
  id: opt(Id),
  name: opt(Text),
  alternate_name: opt(Text),
  description: opt(Text),
  email: opt(Email),
  website: opt(Link),
  url: opt(Link),
  logo: opt(Link),
  uri: opt(Text),
  parent_organization_id: opt(Text),
  phones: opt(z.array(Phone)),
});

export const Contact = z.object({
  id: opt(Id),
  name: opt(Text),
  title: opt(Text),
  department: opt(Text),
  email: opt(Email),
  phones: opt(z.array(Phone)),
});

export const CostOption = z.object({
  id: opt(Id),
  valid_from: opt(IsoDate),
  valid_to: opt(IsoDate),
  option: opt(Text),
  currency: opt(Text),
  amount: opt(z.number().check(z.gte(0))),
  amount_description: opt(Text),
});

export const ServiceArea = z.object({
  id: opt(Id),
  name: opt(Text),
  description: opt(Text),
  extent: opt(Text),
  extent_type: opt(Text),
  uri: opt(Text),
  service_area: opt(Text),
});

export const ServiceAtLocation = z.object({
  id: opt(Id),
  location_id: opt(Text),
  description: opt(Text),
  location: opt(Location),
  schedules: opt(z.array(Schedule)),
  phones: opt(z.array(Phone)),
  contacts: opt(z.array(Contact)),
});

/** An Open Referral UK service record (`GET /services/{id}`), as a council publishes it. */
export const Service = z.object({
  id: Id,
  organization_id: opt(Text),
  name: Name,
  alternate_name: opt(Text),
  description: opt(Text),
  url: opt(Link),
  email: opt(Email),
  status: opt(z.enum(['active', 'inactive', 'defunct', 'temporarily closed'])),
  interpretation_services: opt(Text),
  application_process: opt(Text),
  fees: opt(Text),
  fees_description: opt(Text),
  accreditations: opt(Text),
  eligibility_description: opt(Text),
  minimum_age: opt(Age),
  maximum_age: opt(Age),
  assured_date: opt(IsoDate),
  assurer_email: opt(Text),
  alert: opt(Text),
  last_modified: opt(IsoDateTime),
  organization: opt(Organization),
  phones: opt(z.array(Phone)),
  schedules: opt(z.array(Schedule)),
  service_areas: opt(z.array(ServiceArea)),
  service_at_locations: opt(z.array(ServiceAtLocation)),
  languages: opt(z.array(Language)),
  funding: opt(z.array(z.object({ id: opt(Id), source: opt(Text) }))),
  cost_options: opt(z.array(CostOption)),
  contacts: opt(z.array(Contact)),
  attributes: opt(z.array(Attribute)),
  required_documents: opt(z.array(z.object({ id: opt(Id), document: opt(Text), uri: opt(Text) }))),
});

// ---------------------------------------------------------------------------------------------------
// placekit's own sections

/** A neighbourhood or locality the feed covers, with what it takes to match a resident to it. */
export const Area = z.object({
  id: Id,
  name: Name,
  /** The name in Gaelic (or Welsh), shown beside the English one. */
  alternate_name: opt(Text),
  description: opt(Text),
  postcode_districts: opt(z.array(PostcodeDistrict)),
  postcode_sectors: opt(z.array(PostcodeSector)),
  centre: opt(Point),
  url: opt(Link),
});

export const OpportunityKind = z.enum(['volunteering', 'meeting', 'consultation', 'event']);

/** A way to get involved: a volunteering role, a community meeting, a consultation or an event. */
export const Opportunity = z.object({
  id: Id,
  kind: OpportunityKind,
  name: Name,
  description: opt(Text),
  how_to_take_part: opt(Text),
  organization: opt(Organization),
  area_ids: opt(z.array(Id)),
  url: opt(Link),
  email: opt(Email),
  phones: opt(z.array(Phone)),
  contacts: opt(z.array(Contact)),
  locations: opt(z.array(Location)),
  online: opt(z.boolean()),
  /** One-off dates: a meeting, an event, a drop-in session of a consultation. */
  dates: opt(z.array(whole(z.object({ starts_at: IsoDateTime, ends_at: opt(IsoDateTime) })))),
  /** Repeating dates, as HSDS schedules (a meeting on the first Tuesday of each month). */
  schedules: opt(z.array(Schedule)),
  /** The last day to respond or apply. After it, the opportunity is no longer shown. */
  closing_date: opt(IsoDate),
  commitment: opt(Text),
  minimum_age: opt(Age),
  maximum_age: opt(Age),
  cost_options: opt(z.array(CostOption)),
  attributes: opt(z.array(Attribute)),
  assured_date: opt(IsoDate),
  last_modified: opt(IsoDateTime),
});

export const ActionStatus = z.enum(['complete', 'on_track', 'minor_slippage', 'major_slippage', 'not_started', 'reported_later']);

export const PlanAction = z.object({
  id: Id,
  title: Name,
  description: opt(Text),
  lead_partner: opt(Text),
  partners: opt(z.array(Text)),
  /** When, in words or dates: "2025 to 2027". */
  timescale: opt(Text),
  due: opt(PartialDate),
  status: opt(ActionStatus),
  status_note: opt(Text),
  updated: opt(PartialDate),
});

export const IndicatorValue = z.object({ date: PartialDate, value: z.number(), note: opt(Text) });

export const Indicator = z.object({
  id: Id,
  title: Name,
  description: opt(Text),
  /** How values are written: a percentage, a count, an amount in pounds, or a rate such as "per 1,000 people". */
  unit: opt(z.enum(['percent', 'count', 'currency', 'rate'])),
  /** Words after a rate's number, e.g. "per 1,000 people". */
  unit_label: opt(Text),
  /** Which way is better. */
  direction: opt(z.enum(['up', 'down'])),
  baseline: opt(whole(IndicatorValue)),
  target: opt(whole(IndicatorValue)),
  values: opt(z.array(IndicatorValue)),
  source: opt(Text),
  source_url: opt(Link),
});

export const Priority = z.object({
  id: Id,
  title: Name,
  /** Why it matters, in plain words. */
  why: opt(Text),
  actions: opt(z.array(PlanAction)),
  indicators: opt(z.array(Indicator)),
});

/** A Locality Plan: the local outcomes a Community Planning Partnership prioritises for one area. */
export const LocalityPlan = z.object({
  id: Id,
  area_id: Id,
  title: Name,
  summary: opt(Text),
  period_start: opt(PartialDate),
  period_end: opt(PartialDate),
  updated: opt(PartialDate),
  partnership: opt(Text),
  partnership_url: opt(Link),
  document_url: opt(Link),
  progress_report_url: opt(Link),
  feedback_form_id: opt(Id),
  /** Absent: none published yet (the plan says so); read as an empty list. */
  priorities: opt(z.array(Priority)),
});

/** A person (or team) residents can contact: a Community Connector, the third-sector interface, ... */
export const Connector = z.object({
  id: Id,
  name: Name,
  /** `community_connector`, `third_sector_interface`, `place_director`, or another role the feed names. */
  role: Id,
  /** The role as the resident should read it, when the standard wording does not fit. */
  role_title: opt(Text),
  organization: opt(Organization),
  /** True when the person works independently of the council (Community Connectors usually do). */
  independent_of_council: opt(z.boolean()),
  /** The areas covered. Empty or absent: the whole council area. */
  area_ids: opt(z.array(Id)),
  photo: opt(whole(z.object({ url: Link, alt: opt(Text) }))),
  description: opt(Text),
  help_with: opt(z.array(Text)),
  availability: opt(z.array(Schedule)),
  availability_note: opt(Text),
  languages: opt(z.array(Language)),
  phones: opt(z.array(Phone)),
  email: opt(Email),
  booking_url: opt(Link),
  links: opt(z.array(whole(z.object({ label: Name, url: Link })))),
  drop_in: opt(z.object({ description: opt(Text), location: opt(Location), schedules: opt(z.array(Schedule)) })),
});

export const QuestionKind = z.enum([
  'short_text',
  'long_text',
  'email',
  'postcode',
  'phone',
  'single_choice',
  'multiple_choice',
  'rating',
  'yes_no',
  'consent',
]);

export const Question = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9_-]{0,63}$/i, 'must be letters, digits, - or _, starting with a letter')),
  kind: QuestionKind,
  label: Name,
  hint: opt(Text),
  required: opt(z.boolean()),
  /** Characters allowed (text kinds). */
  max_length: opt(z.number().check(z.int(), z.gte(1), z.lte(100000))),
  min_length: opt(z.number().check(z.int(), z.gte(0))),
  options: opt(z.array(z.object({ value: Id, label: Name }))),
  /** Rating scale bounds and end labels (rating kind); 1 to 5 when absent. */
  scale: opt(z.object({ min: z.number().check(z.int()), max: z.number().check(z.int()), min_label: opt(Text), max_label: opt(Text) })),
  /** True when the answer identifies a person (email, phone, name); such answers are never kept in drafts without consent. */
  personal: opt(z.boolean()),
});

/** A feedback form definition: what to ask, what to tell the resident, and where answers go. */
export const FeedbackForm = whole(
  z
    .object({
      id: Id,
      title: Name,
      introduction: opt(Text),
      /** Who will read the answers and why: shown before the questions. */
      privacy_notice: Name,
      questions: z.array(Question),
      confirmation: opt(z.object({ title: opt(Text), message: opt(Text) })),
      submit_label: opt(Text),
      /** Where submissions are POSTed: https, or http on localhost for development. */
      endpoint: z.string().check(rule('allowedEndpoint', z.refine(isAllowedEndpoint, 'must be an https URL (plain http only for localhost)'))),
    })
    .check(
      rule(
        'form',
        z.superRefine((form, ctx) => {
          for (const problem of formProblems(form)) ctx.issues.push({ code: 'custom', ...problem });
        }),
      ),
    ),
);

export const Publisher = z.object({
  name: Name,
  website: opt(Link),
  email: opt(Email),
  phone: opt(Text),
  licence: opt(z.object({ name: Name, url: opt(Link) })),
});

/** The sections that hold records, each checked record by record. */
export const SECTIONS = {
  areas: Area,
  taxonomy_terms: TaxonomyTerm,
  services: Service,
  opportunities: Opportunity,
  locality_plans: LocalityPlan,
  connectors: Connector,
  feedback_forms: FeedbackForm,
} as const;

export type SectionName = keyof typeof SECTIONS;
export const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];

const headerShape = {
  format_version: z.string().check(z.regex(/^\d+\.\d+$/, 'must be a version such as "1.0"')),
  publisher: Publisher,
  /** A date alone is read as midnight UK time, with a note (load/read.ts). */
  updated: z.union([IsoDateTime, IsoDate], { error: 'must be a date and time such as 2026-03-01T09:30:00Z' }),
  /** The language the feed is written in, as a BCP 47 tag; `en-GB` when absent. */
  language: opt(Text),
  title: opt(Text),
  description: opt(Text),
};

/** The feed without its records: checked first, as a whole. Sections are checked record by record. */
export const FeedHeader = z.object({
  ...headerShape,
  ...Object.fromEntries(SECTION_NAMES.map((name) => [name, opt(z.array(z.unknown()))])),
});

/** The whole feed, for the JSON Schema and for type declarations. */
export const Feed = z.object({
  ...headerShape,
  areas: opt(z.array(Area)),
  taxonomy_terms: opt(z.array(TaxonomyTerm)),
  services: opt(z.array(Service)),
  opportunities: opt(z.array(Opportunity)),
  locality_plans: opt(z.array(LocalityPlan)),
  connectors: opt(z.array(Connector)),
  feedback_forms: opt(z.array(FeedbackForm)),
});

export type Publisher = z.infer<typeof Publisher>;
export type Area = z.infer<typeof Area>;
export type TaxonomyTerm = z.infer<typeof TaxonomyTerm>;
export type Attribute = z.infer<typeof Attribute>;
export type Phone = z.infer<typeof Phone>;
export type Language = z.infer<typeof Language>;
export type Schedule = z.infer<typeof Schedule>;
export type Address = z.infer<typeof Address>;
export type Location = z.infer<typeof Location>;
export type Organization = z.infer<typeof Organization>;
export type Contact = z.infer<typeof Contact>;
export type CostOption = z.infer<typeof CostOption>;
export type Service = z.infer<typeof Service>;
export type Opportunity = z.infer<typeof Opportunity>;
export type OpportunityKind = z.infer<typeof OpportunityKind>;
export type ActionStatus = z.infer<typeof ActionStatus>;
export type PlanAction = z.infer<typeof PlanAction>;
export type IndicatorValue = z.infer<typeof IndicatorValue>;
export type Indicator = z.infer<typeof Indicator>;
export type Priority = z.infer<typeof Priority>;
/** A plan as the widgets get it: `priorities` is always a list (empty when the feed gives none). */
export type LocalityPlan = Omit<z.infer<typeof LocalityPlan>, 'priorities'> & { priorities: Priority[] };
export type Connector = z.infer<typeof Connector>;
export type QuestionKind = z.infer<typeof QuestionKind>;
export type Question = z.infer<typeof Question>;
export type FeedbackForm = z.infer<typeof FeedbackForm>;
export type Weekday = z.infer<typeof Weekday>;

/** A feed after loading: every section present (possibly empty), every record checked. */
export interface PlaceFeed {
  format_version: string;
  publisher: Publisher;
  updated: string;
  language?: string;
  title?: string;
  description?: string;
  areas: Area[];
  taxonomy_terms: TaxonomyTerm[];
  services: Service[];
  opportunities: Opportunity[];
  locality_plans: LocalityPlan[];
  connectors: Connector[];
  feedback_forms: FeedbackForm[];
}
