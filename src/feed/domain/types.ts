/**
 * src/feed/domain/: what a feed's records are and what they mean, for elements: these types, postcodes
 * and areas (areas.ts), opening times in UK time (schedule.ts), and the one gate for links from a feed
 * (safe-url.ts). No zod, no DOM rendering.
 *
 * The feed layer, by when its code runs (layers point down; lint keeps each rule below):
 *
 *   src/feed/
 *     domain/     types and helpers elements use; imports nothing from load/ or validator/ but these
 *                 types, which are inferred from the schemas with type-only imports (no zod at run time)
 *     load/       what a page runs first, without zod: fetch (load.ts), read a valid feed as it is
 *                 (read.ts) with the compiled check (check.ts, spec.ts, spec.generated.ts, rules.ts),
 *                 errors and warnings (problems.ts), where the validator comes from (validator.ts)
 *     validator/  on demand, with zod; also `placekit validate` and placekit-validator.js: the schemas
 *                 (schema/), their one compiler into a spec (schema-spec.ts, at build time), the quick
 *                 check (quick-check.ts: the page's compiled check), the tolerant repair
 *                 (tolerant.ts, repairs.ts, issues.ts), the console's report (report.ts), not-a-feed
 *                 words (format.ts), and parse.ts, its entry
 *
 * Elements and src/ui import domain/ and load/, never validator/. These types are inferred from the zod
 * schemas, never typed twice.
 */
import type * as z from 'zod/mini';
import type * as feed from '../validator/schema/feed.js';
import type * as oruk from '../validator/schema/oruk.js';

export type { SectionName } from '../validator/schema/feed.js';

export type Publisher = z.infer<typeof feed.Publisher>;
export type Area = z.infer<typeof feed.Area>;
export type TaxonomyTerm = z.infer<typeof oruk.TaxonomyTerm>;
export type Attribute = z.infer<typeof oruk.Attribute>;
export type Phone = z.infer<typeof oruk.Phone>;
export type Language = z.infer<typeof oruk.Language>;
export type Schedule = z.infer<typeof oruk.Schedule>;
export type Address = z.infer<typeof oruk.Address>;
export type Location = z.infer<typeof oruk.Location>;
export type Organization = z.infer<typeof oruk.Organization>;
export type Contact = z.infer<typeof oruk.Contact>;
export type CostOption = z.infer<typeof oruk.CostOption>;
export type Service = z.infer<typeof oruk.Service>;
export type Opportunity = z.infer<typeof feed.Opportunity>;
export type OpportunityKind = z.infer<typeof feed.OpportunityKind>;
export type ActionStatus = z.infer<typeof feed.ActionStatus>;
export type PlanAction = z.infer<typeof feed.PlanAction>;
export type IndicatorValue = z.infer<typeof feed.IndicatorValue>;
export type Indicator = z.infer<typeof feed.Indicator>;
export type Priority = z.infer<typeof feed.Priority>;
/** A plan as the widgets get it: `priorities` is always a list (empty when the feed gives none). */
export type LocalityPlan = Omit<z.infer<typeof feed.LocalityPlan>, 'priorities'> & { priorities: Priority[] };
export type Connector = z.infer<typeof feed.Connector>;
export type QuestionKind = z.infer<typeof feed.QuestionKind>;
export type Question = z.infer<typeof feed.Question>;
export type FeedbackForm = z.infer<typeof feed.FeedbackForm>;
export type Weekday = z.infer<typeof oruk.Weekday>;
export type PlanResponse = z.infer<typeof feed.PlanResponse>;
export type ResponseStatus = z.infer<typeof feed.ResponseStatus>;
export type GatheredBy = z.infer<typeof feed.GatheredBy>;
export type Scale = z.infer<typeof feed.Scale>;
export type PlaceStandard = z.infer<typeof feed.PlaceStandard>;
export type PlaceStandardTheme = z.infer<typeof feed.PlaceStandardTheme>;
export type ThemeResult = z.infer<typeof feed.ThemeResult>;
export type PlaceStandardResult = z.infer<typeof feed.PlaceStandardResult>;
export type Confirmations = z.infer<typeof oruk.Confirmations>;
export type ListingReports = z.infer<typeof feed.ListingReports>;

/** A feed after loading: every section present (possibly empty), every record checked. */
export interface PlaceFeed {
  format_version: string;
  publisher: Publisher;
  updated: string;
  language?: string;
  title?: string;
  description?: string;
  /** Where residents' reports on listings go; absent: none are asked for. */
  listing_reports?: ListingReports;
  areas: Area[];
  taxonomy_terms: TaxonomyTerm[];
  services: Service[];
  opportunities: Opportunity[];
  locality_plans: LocalityPlan[];
  connectors: Connector[];
  feedback_forms: FeedbackForm[];
  place_standard_results: PlaceStandardResult[];
}
