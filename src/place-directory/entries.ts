/**
 * The directory's entries: services and opportunities for involvement read once from the feed into one
 * shape that search, filters and the list share. Inactive and defunct services, and opportunities that
 * are over, are left out.
 */
import { areaIdsOf, pointsOf, type Point } from '../feed/domain/areas.js';
import { ruleKind, ukMoment } from '../feed/domain/schedule.js';
import type { Attribute, CostOption, Opportunity, PlaceFeed, Schedule, Service, TaxonomyTerm } from '../feed/domain/types.js';
import { plainText } from '../ui/rich-text.js';

export type EntryKind = 'service' | 'opportunity';

export interface Entry {
  /** Position in the directory, used by the index. */
  n: number;
  id: string;
  kind: EntryKind;
  record: Service | Opportunity;
  /** The name, organisation and description as plain text (markup removed, entities decoded): what the list shows and search reads. */
  name: string;
  organisation: string;
  description: string;
  /** Category keys (taxonomy term ids, or codes or names when a term has no id). */
  categories: string[];
  areaIds: string[];
  points: Point[];
  /** Every schedule: the service's own and each site's. */
  schedules: Schedule[];
  free: boolean;
  minAge?: number;
  maxAge?: number;
}

export interface Category {
  key: string;
  name: string;
  /** The term's code, when it has one (a page may name a category by it). */
  code?: string;
}

const termKey = (term: TaxonomyTerm) => term.id ?? term.code ?? term.name ?? term.term;
const termName = (term: TaxonomyTerm) => term.name ?? term.term ?? term.code ?? term.id ?? '';

/** The cost options in force on the UK date `today` (`valid_from` to `valid_to`): one that has ended or not yet begun is not today's price. */
export function costsOn(record: Service | Opportunity, today: string): CostOption[] {
  return (record.cost_options ?? []).filter((c) => (c.valid_from ?? '') <= today && (c.valid_to ?? '~') >= today);
}

/** True when a record is free of charge on the UK date `today` (docs/feed-format.md: "Free"). */
export function isFree(record: Service | Opportunity, today = ukMoment(new Date()).iso): boolean {
  const amounts = costsOn(record, today).flatMap((c) => (c.amount === undefined ? [] : [c.amount]));
  if (amounts.includes(0) && !amounts.some((a) => a > 0)) return true;
  const service = record as Service;
  return [service.fees, service.fees_description].some((text) => /^\s*free\b/i.test(plainText(text)));
}

/** True for a service that is closed for now (Open Referral UK's `temporarily closed`) or for good: never open. */
export function isClosed(entry: Entry): boolean {
  const status = (entry.record as Service).status;
  return status === 'temporarily closed' || status === 'defunct' || status === 'inactive';
}

/** False for an opportunity that is over: its closing date has passed, or all its dates have and it does not repeat. */
export function isCurrent(opportunity: Opportunity, now: Date): boolean {
  const today = ukMoment(now).iso;
  if (opportunity.closing_date && opportunity.closing_date < today) return false;
  const dates = opportunity.dates ?? [];
  if (dates.length === 0 || (opportunity.schedules ?? []).some((s) => ruleKind(s))) return true;
  return dates.some((d) => new Date(d.ends_at ?? d.starts_at) >= now);
}

/** The schedules that say when a service is open: its own and each of its sites'. */
export function schedulesOf(record: Service | Opportunity): Schedule[] {
  const own = record.schedules ?? [];
  const sites =
    'service_at_locations' in record
      ? (record.service_at_locations ?? []).flatMap((sal) => [...(sal.schedules ?? []), ...(sal.location?.schedules ?? [])])
      : [];
  return sites.length ? [...own, ...sites] : own;
}

export interface Directory {
  entries: Entry[];
  categories: Category[];
}

/** Reads the feed's services and current opportunities into entries, and its categories. */
export function readDirectory(feed: PlaceFeed, now = new Date()): Directory {
  const areas = feed.areas ?? [];
  const categories = new Map<string, Category>();
  const addTerm = (key: string, term?: TaxonomyTerm) => {
    if (!categories.has(key)) categories.set(key, { key, name: term ? termName(term) : key, ...(term?.code && { code: term.code }) });
  };
  for (const term of feed.taxonomy_terms ?? []) {
    const key = termKey(term);
    if (key) addTerm(key, term);
  }
  const entries: Entry[] = [];
  const today = ukMoment(now).iso;
  const add = (record: Service | Opportunity, kind: EntryKind) => {
    const categoryKeys: string[] = [];
    for (const attribute of (record.attributes ?? []) as Attribute[]) {
      const term = attribute.taxonomy_term;
      const key = term ? termKey(term) : attribute.taxonomy_term_id;
      if (!key || categoryKeys.includes(key)) continue;
      categoryKeys.push(key);
      addTerm(key, term);
    }
    entries.push({
      n: entries.length,
      id: record.id,
      kind,
      record,
      // A name that is nothing but markup is shown as written (as text): never a nameless result.
      name: plainText(record.name) || record.name.trim(),
      organisation: plainText(record.organization?.name),
      description: plainText(record.description),
      categories: categoryKeys,
      areaIds: areaIdsOf(record, areas),
      points: pointsOf(record),
      schedules: schedulesOf(record),
      free: isFree(record, today),
      minAge: record.minimum_age,
      maxAge: record.maximum_age,
    });
  };
  for (const service of feed.services ?? []) {
    if (service.status !== 'inactive' && service.status !== 'defunct') add(service, 'service');
  }
  for (const opportunity of feed.opportunities ?? []) {
    if (isCurrent(opportunity, now)) add(opportunity, 'opportunity');
  }
  return { entries, categories: [...categories.values()] };
}
