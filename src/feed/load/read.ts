/**
 * Reading a feed without the validator: whether it is a feed of this version, the final checks every
 * feed gets (coordinates in pairs, references that point at something), and the fast path that takes a
 * valid feed as it is, checked by the compiled check (check.ts, from the schema's spec). Nothing here imports zod: the widgets
 * carry this, and load the full parse (validator/parse.ts, with zod) only for a feed that is not sure, and the
 * words for a feed that is not one at all (validator/format.ts) only then.
 */
import { compileSpec, type Predicate } from './check.js';
import { SPEC } from './spec.generated.js';
import { FeedError, type FeedWarning } from './problems.js';
import { isRecord } from './rules.js';
import type { Location, PlaceFeed, SectionName } from '../domain/types.js';

/** The format version this build reads. A feed of another major version is refused. */
export const FORMAT_MAJOR = 1;
export const FORMAT_VERSION = '1.0';
/** The sections, in the schema's order (the spec's roots, less the header). */
const SECTION_LIST = Object.keys(SPEC.roots).filter((name) => name !== 'header') as SectionName[];

export interface FeedResult {
  feed: PlaceFeed;
  warnings: FeedWarning[];
  /** Records read and records skipped, per section; `merged`: second copies of a record (same id), when any. */
  counts: Record<SectionName, { kept: number; skipped: number; merged?: number }>;
}

/** The major version a `format_version` names (`"1.0"` and `1` are 1), or NaN. */
export function majorOf(version: unknown): number {
  return typeof version === 'string' ? Number(version.split('.')[0]) : typeof version === 'number' ? Math.floor(version) : NaN;
}

/**
 * True for data that is a feed of the version this build reads. What is wrong with anything else is
 * validator/format.ts's to say (loaded only then: a working feed does not download the words for a broken one).
 */
export const isFeed = (data: unknown): data is Record<string, unknown> => isRecord(data) && majorOf(data.format_version) === FORMAT_MAJOR;

/** A record for a warning: `services[3] "Food bank" (id fb1)`. */
function describe(item: { id?: unknown; name?: unknown; title?: unknown } | undefined, where: string): string {
  const label = isRecord(item) ? [item.name, item.title].find((v) => typeof v === 'string') : undefined;
  return [where, label && JSON.stringify(label), typeof item?.id === 'string' && `(id ${item.id})`].filter(Boolean).join(' ');
}

let checks: Record<string, Predicate> | undefined;

/**
 * The compiled check of the header and of each section (check.ts, from the generated spec), compiled once
 * per page: a page's first read and the validator's quick check (validator/quick-check.ts) share it.
 */
export const compiledChecks = (): Record<string, Predicate> => (checks ??= compileSpec(SPEC));

/**
 * The feed as published when the compiled check finds nothing to repair, or `undefined` when any part
 * is not sure, or the data is not a feed of this version (then the full parse decides, or says why).
 *
 * `withoutValidator` is for when the validator could not be loaded, and says why (for the editor): then a
 * record that is not sure is skipped, with a warning, instead of repaired, and a header that is not sure
 * is an error.
 */
export function quickParse(data: unknown, url?: string, withoutValidator?: string): FeedResult | undefined {
  if (!isFeed(data)) return undefined;
  const record = data;
  const checks = compiledChecks();
  if (!checks.header(record)) {
    if (withoutValidator)
      throw new FeedError('schema', `The feed${url ? ` at ${url}` : ''} has something to repair in its header, and ${withoutValidator}.`, url);
    return undefined;
  }
  const counts = {} as FeedResult['counts'];
  const sections = {} as Record<SectionName, Array<{ id: string }>>;
  const warnings: FeedWarning[] = [];
  for (const name of SECTION_LIST) {
    const items = (record[name] ?? []) as Array<{ id: string }>;
    const kept: Array<{ id: string }> = [];
    const ids = new Set<string>();
    for (let index = 0; index < items.length; index++) {
      const item = items[index];
      if (checks[name](item) && !ids.has(item.id)) {
        ids.add(item.id);
        kept.push(item);
        continue;
      }
      if (!withoutValidator) return undefined;
      const where = `${name}[${index}]`;
      warnings.push({
        path: where,
        message: 'needs repair, and the validator could not be loaded; record skipped',
        action: 'skipped',
        record: describe(item, where),
      });
    }
    sections[name] = kept;
    counts[name] = { kept: kept.length, skipped: items.length - kept.length };
  }
  const feed = { ...record, ...sections } as unknown as PlaceFeed;
  finishFeed(feed, warnings);
  return { feed, warnings, counts };
}

/** The checks every feed gets after its records are read. */
export function finishFeed(feed: PlaceFeed, warnings: FeedWarning[]): void {
  checkUpdated(feed, warnings);
  checkCoordinates(feed, warnings);
  checkReferences(feed, warnings);
  checkPlans(feed, warnings);
}

/** `updated` as a date alone is read as midnight UK time (GMT or BST, as it was that day). */
function checkUpdated(feed: PlaceFeed, warnings: FeedWarning[]): void {
  const date = feed.updated;
  if (date.length !== 10) return;
  const bst = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric', hourCycle: 'h23' }).format(new Date(`${date}T00:00Z`)) === '01';
  feed.updated = `${date}T00:00:00${bst ? '+01:00' : 'Z'}`;
  warnings.push({
    path: 'updated',
    message: `is a date without a time; read as midnight UK time (${feed.updated}). Give the time too, such as ${date}T09:00:00Z`,
    action: 'noted',
  });
}

/** A location with only one of latitude and longitude cannot be placed: drop the other too. */
function checkCoordinates(feed: PlaceFeed, warnings: FeedWarning[]): void {
  const fix = (location: Location | undefined, path: string, record: () => string) => {
    if (!location) return;
    const hasLat = location.latitude !== undefined;
    const hasLon = location.longitude !== undefined;
    if (hasLat === hasLon) return;
    const kept = hasLat ? 'latitude' : 'longitude';
    warnings.push({
      path: `${path}.${kept}`,
      message: `a location needs both latitude and longitude; ${kept} dropped too, so the location is not placed on the map`,
      action: 'dropped',
      record: record(),
    });
    delete location.latitude;
    delete location.longitude;
  };
  const label = (item: { id: string; name: string }, where: string) => () => describe(item, where);
  feed.services.forEach((service, s) =>
    service.service_at_locations?.forEach((sal, l) =>
      fix(sal.location, `services[${s}].service_at_locations[${l}].location`, label(service, `services[${s}]`)),
    ),
  );
  feed.opportunities.forEach((item, o) =>
    item.locations?.forEach((loc, l) => fix(loc, `opportunities[${o}].locations[${l}]`, label(item, `opportunities[${o}]`))),
  );
  feed.connectors.forEach((item, c) => fix(item.drop_in?.location, `connectors[${c}].drop_in.location`, label(item, `connectors[${c}]`)));
}

/** Ids that point at nothing are worth a note: the record still shows, but not where intended. */
function checkReferences(feed: PlaceFeed, warnings: FeedWarning[]): void {
  const areas = new Set(feed.areas.map((a) => a.id));
  const forms = new Set(feed.feedback_forms.map((f) => f.id));
  const note = (path: string, message: string) => warnings.push({ path, message, action: 'noted' });
  feed.locality_plans.forEach((plan, i) => {
    if (!areas.has(plan.area_id)) note(`locality_plans[${i}].area_id`, `no area has the id "${plan.area_id}"`);
    if (plan.feedback_form_id && !forms.has(plan.feedback_form_id)) {
      note(`locality_plans[${i}].feedback_form_id`, `no feedback form has the id "${plan.feedback_form_id}"`);
    }
  });
  const checkAreaIds = (ids: string[] | undefined, path: string) =>
    ids?.forEach((id, j) => {
      if (!areas.has(id)) note(`${path}.area_ids[${j}]`, `no area has the id "${id}"`);
    });
  feed.connectors.forEach((c, i) => checkAreaIds(c.area_ids, `connectors[${i}]`));
  feed.opportunities.forEach((o, i) => checkAreaIds(o.area_ids, `opportunities[${i}]`));
  feed.areas.forEach((area, i) => {
    if (!area.postcode_districts?.length && !area.postcode_sectors?.length && !area.centre) {
      note(`areas[${i}]`, `area "${area.name}" has no postcode districts, sectors or centre, so residents cannot be matched to it by postcode`);
    }
  });
}

/**
 * Plans are shown however they are written; what is probably a slip is noted: no priorities yet (read as
 * none), a period that ends before it starts (shown earliest first), an id used twice in one plan (links
 * and the page's address may open the other one), two values of an indicator for one date (the later is
 * shown).
 */
function checkPlans(feed: PlaceFeed, warnings: FeedWarning[]): void {
  feed.locality_plans.forEach((plan, i) => {
    const at = `locality_plans[${i}]`;
    const note = (path: string, message: string) => warnings.push({ path: `${at}${path}`, message, action: 'noted', record: describe(plan, at) });
    if (!plan.priorities) note('.priorities', 'none given: the plan says no priorities have been published yet');
    plan.priorities ??= [];
    const { period_start: start = '', period_end: end = '' } = plan;
    const n = Math.min(start.length, end.length);
    if (end.slice(0, n) < start.slice(0, n)) note('.period_end', `${end} is before period_start ${start}; the period is shown earliest first`);
    const ids = new Set<string>();
    const once = (path: string, id: string, what: string) => {
      if (ids.has(what + id)) note(`${path}.id`, `the ${what} id "${id}" is used twice in this plan; links to it may open the other one`);
      ids.add(what + id);
    };
    plan.priorities.forEach((priority, p) => {
      const path = `.priorities[${p}]`;
      once(path, priority.id, 'priority');
      priority.actions?.forEach((action, a) => once(`${path}.actions[${a}]`, action.id, 'action'));
      priority.indicators?.forEach((indicator, k) => {
        once(`${path}.indicators[${k}]`, indicator.id, 'indicator');
        const dates = new Set<string>();
        indicator.values?.forEach((value, v) => {
          if (dates.has(value.date)) note(`${path}.indicators[${k}].values[${v}].date`, `a second value for ${value.date}; the later one is shown`);
          dates.add(value.date);
        });
      });
    });
  });
}
