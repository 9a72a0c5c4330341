/**
 * The placekit feed, format version 1, as zod/mini schemas: placekit's own sections (areas,
 * opportunities, Locality Plans, connectors, feedback forms), the header, and the whole feed. Services are
 * Open Referral UK records (oruk.ts); the values fields hold are in values.ts, the marks the readers of
 * the schemas see in marks.ts. Everything uses Open Referral UK's naming style.
 *
 * How tolerant parsing reads these schemas (see `../tolerant.ts`): an optional field whose value is wrong
 * is dropped with a warning and the record kept; an array item that is wrong is dropped; a record whose
 * required field is wrong is skipped. `whole()` marks a part that must not be half-kept: a problem
 * inside it is passed up to its parent (a schedule whose `opens_at` is garbled is dropped as a whole
 * rather than left open all day; a form with a broken question is refused, not shown short).
 *
 * Descriptions for the JSON Schema live in `cli/feed-json-schema.ts`, so the browser bundle does not
 * carry them.
 */
import * as z from 'zod/mini';
import { RULES, formProblems } from '../../load/rules.js';
import { whole, rule } from './marks.js';
import { PlaceStandard, PlaceStandardResult, PlanResponse } from './loop.js';
import { Confirmations, Contact, CostOption, Attribute, Language, Location, Organization, Phone, Schedule, Service, TaxonomyTerm } from './oruk.js';
import {
  Age,
  Email,
  Id,
  ImageLink,
  IsoDate,
  IsoDateTime,
  Link,
  MAX_POSTCODES,
  MAX_VALUES,
  Name,
  PartialDate,
  PostcodeDistrict,
  PostcodeSector,
  Point,
  Scale,
  Text,
  list,
} from './values.js';

export * from './loop.js';
export { Scale } from './values.js';

const opt = z.optional;

/** A neighbourhood or locality the feed covers, with what it takes to match a resident to it. */
export const Area = z.object({
  id: Id,
  name: Name,
  /** The name in Gaelic (or Welsh), shown beside the English one. */
  alternate_name: opt(Text),
  description: opt(Text),
  postcode_districts: opt(list(PostcodeDistrict, MAX_POSTCODES)),
  postcode_sectors: opt(list(PostcodeSector, MAX_POSTCODES)),
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
  area_ids: opt(list(Id, MAX_POSTCODES)),
  url: opt(Link),
  email: opt(Email),
  phones: opt(list(Phone)),
  contacts: opt(list(Contact)),
  locations: opt(list(Location)),
  online: opt(z.boolean()),
  /** One-off dates: a meeting, an event, a drop-in session of a consultation. */
  dates: opt(list(whole(z.object({ starts_at: IsoDateTime, ends_at: opt(IsoDateTime) })))),
  /** Repeating dates, as HSDS schedules (a meeting on the first Tuesday of each month). */
  schedules: opt(list(Schedule)),
  /** The last day to respond or apply. After it, the opportunity is no longer shown. */
  closing_date: opt(IsoDate),
  commitment: opt(Text),
  minimum_age: opt(Age),
  maximum_age: opt(Age),
  cost_options: opt(list(CostOption)),
  attributes: opt(list(Attribute)),
  assured_date: opt(IsoDate),
  last_modified: opt(IsoDateTime),
  /** The plan priorities it serves (ids of priorities in locality_plans): the directory names them and links to the plan. */
  priority_ids: opt(list(Id)),
  confirmations: opt(Confirmations),
});

/** What serves a priority or an action: the plan shows the opportunities under "How you can help". */
const servedBy = {
  /** Ways to get involved that serve it (ids from opportunities). */
  opportunity_ids: opt(list(Id)),
  /** Services that deliver it (ids from services). */
  service_ids: opt(list(Id)),
};

export const ActionStatus = z.enum(['complete', 'on_track', 'minor_slippage', 'major_slippage', 'not_started', 'reported_later']);

export const PlanAction = z.object({
  id: Id,
  title: Name,
  description: opt(Text),
  lead_partner: opt(Text),
  partners: opt(list(Text)),
  /** When, in words or dates: "2025 to 2027". */
  timescale: opt(Text),
  due: opt(PartialDate),
  status: opt(ActionStatus),
  status_note: opt(Text),
  updated: opt(PartialDate),
  ...servedBy,
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
  values: opt(list(IndicatorValue, MAX_VALUES)),
  source: opt(Text),
  source_url: opt(Link),
});

export const Priority = z.object({
  id: Id,
  title: Name,
  /** Why it matters, in plain words. */
  why: opt(Text),
  actions: opt(list(PlanAction)),
  indicators: opt(list(Indicator)),
  ...servedBy,
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
  /** When the latest progress report was published. */
  progress_report_date: opt(PartialDate),
  feedback_form_id: opt(Id),
  /** Absent: none published yet (the plan says so); read as an empty list. */
  priorities: opt(list(Priority)),
  /** "You said, we did": what residents said and what the partnership did about it. */
  responses: opt(list(PlanResponse)),
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
  area_ids: opt(list(Id, MAX_POSTCODES)),
  photo: opt(whole(z.object({ url: ImageLink, alt: opt(Text) }))),
  description: opt(Text),
  help_with: opt(list(Text)),
  availability: opt(list(Schedule)),
  availability_note: opt(Text),
  languages: opt(list(Language)),
  phones: opt(list(Phone)),
  email: opt(Email),
  booking_url: opt(Link),
  links: opt(list(whole(z.object({ label: Name, url: Link })))),
  drop_in: opt(z.object({ description: opt(Text), location: opt(Location), schedules: opt(list(Schedule)) })),
});

const QuestionId = z.string().check(z.regex(/^[a-z][a-z0-9_-]{0,63}$/i, 'must be letters, digits, - or _, starting with a letter'));

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
  id: QuestionId,
  kind: QuestionKind,
  label: Name,
  hint: opt(Text),
  required: opt(z.boolean()),
  /** Characters allowed (text kinds). */
  max_length: opt(z.number().check(z.int(), z.gte(1), z.lte(100000))),
  min_length: opt(z.number().check(z.int(), z.gte(0))),
  options: opt(list(z.object({ value: Id, label: Name }))),
  /** Rating scale bounds and end labels (rating kind); 1 to 5 when absent; at most 11 points (formProblems): each point is a radio button. */
  scale: opt(Scale),
  /** True when the answer identifies a person (email, phone, name); such answers are never kept in drafts without consent. */
  personal: opt(z.boolean()),
});

/** Where submissions are POSTed: https, or http on localhost for development. */
const Endpoint = z.string().check(rule('allowedEndpoint', z.refine<string>(RULES.allowedEndpoint, 'must be an https URL (plain http only for localhost)')));

/**
 * Where the directory sends residents' reports of a listing that is wrong, and their "Yes, it was right"
 * (placekit's own forms, src/feed/domain/listing-reports.ts). Absent: the directory does not offer them.
 */
export const ListingReports = z.object({
  endpoint: Endpoint,
  /** Who reads the reports and why, shown before the questions; placekit's own words when absent. */
  privacy_notice: opt(Text),
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
      questions: list(Question),
      /** Asks the Place Standard's themes (before the questions). */
      place_standard: opt(PlaceStandard),
      confirmation: opt(z.object({ title: opt(Text), message: opt(Text) })),
      submit_label: opt(Text),
      /** Where submissions are POSTed: https, or http on localhost for development. */
      endpoint: Endpoint,
    })
    .check(
      rule(
        'form',
        z.superRefine((form, ctx) => {
          for (const { problem, path, input } of formProblems(form)) {
            const message =
              problem === 'no questions'
                ? 'a form needs at least one question'
                : problem === 'id twice'
                  ? `question id "${input as string}" is used twice`
                  : problem === 'theme twice'
                    ? `theme id "${input as string}" is used twice`
                    : problem === 'options'
                      ? `a ${form.questions[path[1] as number].kind} question needs at least two options`
                      : problem === 'scale'
                        ? 'scale.max must be greater than scale.min'
                        : 'a rating scale has at most 11 points (such as 0 to 10)';
            ctx.issues.push({ code: 'custom', message, path, input });
          }
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
  place_standard_results: PlaceStandardResult,
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
  listing_reports: opt(ListingReports),
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
  place_standard_results: opt(z.array(PlaceStandardResult)),
});
