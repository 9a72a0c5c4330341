/**
 * The feed's records for closing the loop with residents (issue 20): what residents said and what the
 * partnership did ("You said, we did"), the Place Standard form's themes, and an area's Place Standard
 * results. Part of the feed's schema (feed.ts re-exports them), apart only to keep each file short.
 */
import * as z from 'zod/mini';
import { Id, Link, Name, PartialDate, Scale, Text, list } from './values.js';

const opt = z.optional;

/** A feedback reference as residents are shown it (`ABCD 1234`; the space and case do not matter). */
export const FeedbackReference = z.string().check(z.regex(/^\s*[0-9a-z]{4}\s?[0-9a-z]{4}\s*$/i, 'must be a feedback reference such as "3F2A 9C41"'));

/** How what residents said was gathered. */
export const GatheredBy = z.enum(['survey', 'street_stall', 'form', 'meeting', 'event', 'place_standard', 'other']);

/** What the partnership did about what residents said: done, planned, or not doing (and why). */
export const ResponseStatus = z.enum(['done', 'planned', 'not_doing']);

/** "You said, we did": a theme of what residents said, and what the partnership did or decided about it. */
export const PlanResponse = z.object({
  id: Id,
  /** What residents said, as a theme in plain words. */
  you_said: Name,
  /** How many people said it. */
  count: opt(z.number().check(z.int(), z.gte(1))),
  /** When it was gathered: the first and last day, month or year. */
  gathered_from: opt(PartialDate),
  gathered_to: opt(PartialDate),
  gathered_by: opt(list(GatheredBy)),
  /** What the partnership did or decided. */
  we_did: Name,
  status: ResponseStatus,
  /** Why: for `not_doing`, the reason; otherwise anything residents should know. */
  why: opt(Text),
  updated: opt(PartialDate),
  /** The priority (or the action) it belongs to, by id in this plan. */
  priority_id: opt(Id),
  action_id: opt(Id),
  /** The references of the feedback that contributed, as residents were shown them: references only, never answers. */
  references: opt(list(FeedbackReference)),
});

/** One theme of the Place Standard tool (or another version of it): its name and the question asked. */
export const PlaceStandardTheme = z.object({
  /** Also the answer's id: the rating is sent as `<id>`, the comments as `<id>-good` and `<id>-better`. */
  id: z.string().check(z.regex(/^[a-z][a-z0-9_]{0,56}$/i, 'must be letters, digits or _, starting with a letter')),
  name: Name,
  question: opt(Text),
  hint: opt(Text),
});

/** A Place Standard form: the themes, their wording and the scale come from the feed, so other versions of the tool fit. */
export const PlaceStandard = z.object({
  themes: list(PlaceStandardTheme),
  /** 1 to 7 when absent. */
  scale: opt(Scale),
  /** The two comment boxes' labels: "What is good" and "What could be better" when absent. */
  good_label: opt(Text),
  better_label: opt(Text),
  /** One theme at a time (the default) or all on one page. */
  layout: opt(z.enum(['one_at_a_time', 'all_on_one_page'])),
});

/** One theme's result: the median rating and the spread (the middle half of ratings, lower to upper quartile). */
export const ThemeResult = z.object({
  /** The theme's id, as in the form (`place_standard.themes[].id`). */
  id: Id,
  name: Name,
  median: z.number(),
  lower_quartile: opt(z.number()),
  upper_quartile: opt(z.number()),
  /** How many rated this theme, when not everyone did. */
  responses: opt(z.number().check(z.int(), z.gte(0))),
});

/** An area's Place Standard results: how residents rated each theme, how many took part, and when. */
export const PlaceStandardResult = z.object({
  id: Id,
  area_id: Id,
  title: opt(Text),
  /** The form that gathered them, if it is in this feed. */
  form_id: opt(Id),
  /** The Locality Plans these results informed. */
  plan_ids: opt(list(Id)),
  participants: z.number().check(z.int(), z.gte(1)),
  gathered_from: opt(PartialDate),
  gathered_to: opt(PartialDate),
  /** How they were gathered, in plain words: "On paper at street stalls and online". */
  how_gathered: opt(Text),
  /** 1 to 7 when absent. */
  scale: opt(Scale),
  themes: list(ThemeResult),
  url: opt(Link),
});
