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

/** A text quoted in a message, at most 60 characters long: a message never carries a 200 KB title, however many there are. */
export const clip = (text: string): string => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** A record for a warning: `services[3] "Food bank" (id fb1)`. */
function describe(item: { id?: unknown; name?: unknown; title?: unknown } | undefined, where: string): string {
  const label = isRecord(item) ? [item.name, item.title].find((v) => typeof v === 'string') : undefined;
  return [where, label && JSON.stringify(clip(label)), typeof item?.id === 'string' && `(id ${clip(item.id)})`].filter(Boolean).join(' ');
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

/** What a note from the checks below is about: validator/report.ts words it from this and what it names. */
export type NoteKey = 'date' | 'pair' | 'area' | 'form' | 'postcodes' | 'priorities' | 'period' | 'twice' | 'value';

/**
 * The notes' words (validator/report.ts's `noteWords`), once loaded: the validator sets them when it loads;
 * a page whose feed has a note loads them with the console's report (load.ts), so that a feed with nothing
 * to note downloads none of them. Until then a note keeps its key and what it names (`Unworded`).
 */
export const notes: { words?: (key: NoteKey, args: string[]) => string } = {};

/** A warning whose words are still to come (load.ts fills them in before anyone sees it). */
export type Unworded = FeedWarning & { note?: [NoteKey, string[]] };

function note(warnings: FeedWarning[], path: string, key: NoteKey, args: string[] = [], record?: string, action: FeedWarning['action'] = 'noted'): void {
  warnings.push({ path, message: notes.words?.(key, args) ?? '', action, ...(record && { record }), ...(!notes.words && { note: [key, args] }) } as Unworded);
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
  note(warnings, 'updated', 'date', [feed.updated, date]);
}

/** A location with only one of latitude and longitude cannot be placed: drop the other too. */
function checkCoordinates(feed: PlaceFeed, warnings: FeedWarning[]): void {
  const fix = (location: Location | undefined, path: string, record: () => string) => {
    if (!location) return;
    const hasLat = location.latitude !== undefined;
    const hasLon = location.longitude !== undefined;
    if (hasLat === hasLon) return;
    const kept = hasLat ? 'latitude' : 'longitude';
    note(warnings, `${path}.${kept}`, 'pair', [kept], record(), 'dropped');
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
  feed.locality_plans.forEach((plan, i) => {
    if (!areas.has(plan.area_id)) note(warnings, `locality_plans[${i}].area_id`, 'area', [plan.area_id]);
    if (plan.feedback_form_id && !forms.has(plan.feedback_form_id)) note(warnings, `locality_plans[${i}].feedback_form_id`, 'form', [plan.feedback_form_id]);
  });
  const checkAreaIds = (ids: string[] | undefined, path: string) =>
    ids?.forEach((id, j) => {
      if (!areas.has(id)) note(warnings, `${path}.area_ids[${j}]`, 'area', [id]);
    });
  feed.connectors.forEach((c, i) => checkAreaIds(c.area_ids, `connectors[${i}]`));
  feed.opportunities.forEach((o, i) => checkAreaIds(o.area_ids, `opportunities[${i}]`));
  feed.areas.forEach((area, i) => {
    if (!area.postcode_districts?.length && !area.postcode_sectors?.length && !area.centre)
      note(warnings, `areas[${i}]`, 'postcodes', [JSON.stringify(clip(area.name))]);
  });
}

/**
 * Plans are shown however they are written; what is probably a slip is noted: no priorities yet (read as
 * none), a period that ends before it starts (shown earliest first), an id used twice in one plan (links
 * and the page's address may open the other one), two values of an indicator for one date (the later is
 * shown). Each note names the plan in 60 characters, however long its title.
 */
function checkPlans(feed: PlaceFeed, warnings: FeedWarning[]): void {
  feed.locality_plans.forEach((plan, i) => {
    const at = `locality_plans[${i}]`;
    const record = describe(plan, at);
    const said = (path: string, key: NoteKey, args?: string[]) => note(warnings, `${at}${path}`, key, args, record);
    if (!plan.priorities) said('.priorities', 'priorities');
    plan.priorities ??= [];
    const { period_start: start = '', period_end: end = '' } = plan;
    const n = Math.min(start.length, end.length);
    if (end.slice(0, n) < start.slice(0, n)) said('.period_end', 'period', [end, start]);
    const ids = new Set<string>();
    const once = (path: string, id: string, what: string) => {
      if (ids.has(what + id)) said(`${path}.id`, 'twice', [what, id]);
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
          if (dates.has(value.date)) said(`${path}.indicators[${k}].values[${v}].date`, 'value', [value.date]);
          dates.add(value.date);
        });
      });
    });
  });
}
