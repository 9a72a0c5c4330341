/**
 * `placekit convert <source...>`: builds a placekit feed from what councils' directories publish,
 * keeping each HSDS 3.0 UK service record exactly as published.
 *
 * A source is a file, a URL or `-` (standard input) holding JSON or NDJSON (see oruk-documents.ts for
 * what is read: services, lists and pages of both Open Referral UK API shapes, organizations with their
 * services, services at locations, other feeds), or an HSDS tabular data package: a folder of CSV files
 * or its `datapackage.json` (tabular-package.ts, tabular-services.ts). ORUK 1.0 records are renamed to
 * HSDS 3.0 UK fields (src/feed/domain/oruk-v1.ts). With `--all-pages`, a page URL is followed to the last page
 * (api-pages.ts); with `--full`, each listed service's full record is read too (full-records.ts).
 */
import { writeFile } from 'node:fs/promises';
import { parseFeedData } from '../src/feed/validator/parse.js';
import { FORMAT_VERSION } from '../src/feed/load/read.js';
import { SECTION_NAMES, type SectionName } from '../src/feed/validator/schema/feed.js';
import { followPages, isLastPage } from './api-pages.js';
import { HttpError, httpGet, isHttpUrl } from './http-get.js';
import { InputError, readInput } from './input.js';
import { type JsonText, parseJsonText } from './json-text.js';
import { type OrukDocument, type PageInfo, readDocument } from './oruk-documents.js';
import { type TabularPackage, isDataPackage, isFolder, readDataPackage, readPackageFolder } from './tabular-package.js';
import { fullRecords } from './full-records.js';
import { servicesFromTables } from './tabular-services.js';

export interface ConvertOptions {
  publisher?: string;
  website?: string;
  licence?: string;
  areas?: string;
  out?: string;
  allPages: boolean;
  /** Read each listed service's full record (`GET /services/{id}`) from the API. */
  full?: boolean;
  /** The most pages `--all-pages` reads from one URL (default 1000). */
  maxPages?: number;
  updated?: string;
  /** A `placekit receive export --confirmations` file whose counts go into the records with those ids. */
  confirmations?: string;
  /** The feed's `listing_reports.endpoint`. */
  listingReports?: string;
}

export const DEFAULT_MAX_PAGES = 1000;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const plural = (count: number, word: string, words = `${word}s`) => `${count} ${count === 1 ? word : words}`;

/** Reads a file, URL or standard input as JSON or NDJSON. */
async function readJsonSource(source: string): Promise<JsonText> {
  if (isHttpUrl(source)) {
    let answer;
    try {
      answer = await httpGet(source, 'application/json, application/x-ndjson;q=0.9, */*;q=0.1');
    } catch (error) {
      if (error instanceof HttpError) throw new InputError(`${source} ${error.message}`);
      throw error;
    }
    const ndjson = /ndjson|jsonl|json-seq/.test(answer.type) || new URL(source).searchParams.get('format') === 'ndjson';
    try {
      return parseJsonText(new TextDecoder().decode(answer.bytes), source, ndjson);
    } catch (error) {
      if (answer.type !== 'text/html' || !(error instanceof InputError)) throw error;
      throw new InputError(
        `${source} answered with a web page (text/html), not JSON: is it the address of the API (often ending /services), not of the directory's website?`,
      );
    }
  }
  return parseJsonText(await readInput(source), source, /\.(ndjson|jsonl)$/i.test(source));
}

/** A service's lists that say where, when and how to reach it: a list's summaries lack them all. */
const LISTS = ['service_at_locations', 'schedules', 'contacts', 'phones', 'attributes', 'regular_schedules'];

/** Collects sections from every source, leaving out repeated records. */
class Collector {
  readonly sections = Object.fromEntries(SECTION_NAMES.map((n) => [n, []])) as unknown as Record<SectionName, unknown[]>;
  private readonly seen = new Map<SectionName, Map<string, string>>(SECTION_NAMES.map((n) => [n, new Map()]));
  /** Different records that share an id with an earlier one: left out. */
  readonly duplicates: string[] = [];

  add(found: Partial<Record<SectionName, unknown[]>>) {
    for (const name of SECTION_NAMES) {
      for (const record of found[name] ?? []) {
        const id = isObject(record) && (typeof record.id === 'string' || typeof record.id === 'number') ? String(record.id) : undefined;
        if (id === undefined) {
          this.sections[name].push(record);
          continue;
        }
        const text = JSON.stringify(record);
        const earlier = this.seen.get(name)!.get(id);
        if (earlier === undefined) {
          this.seen.get(name)!.set(id, text);
          this.sections[name].push(record);
        } else if (earlier !== text) {
          // Two copies of one record (a live list that shifted between pages) are merged silently.
          const first = this.sections[name].find((r) => isObject(r) && String(r.id) === id) as Json;
          this.duplicates.push(
            `${name}: id "${id}" again, in another version${nameOf(record) !== nameOf(first) ? ` ("${nameOf(first)}" kept, "${nameOf(record)}" left out)` : ` ("${nameOf(first)}"); the first kept`}`,
          );
        }
      }
    }
  }
}

const nameOf = (record: unknown) => (isObject(record) && typeof record.name === 'string' ? record.name : '(no name)');

/** Collects taxonomy terms used inside services' attributes, so the feed lists its categories. */
function termsUsed(services: unknown[]): Json[] {
  const terms = new Map<string, Json>();
  for (const service of services) {
    if (!isObject(service) || !Array.isArray(service.attributes)) continue;
    for (const attribute of service.attributes) {
      const term = isObject(attribute) ? attribute.taxonomy_term : undefined;
      if (isObject(term) && typeof term.id === 'string' && !terms.has(term.id)) terms.set(term.id, term);
    }
  }
  return [...terms.values()];
}

/** What the publisher should hear about one source's document, besides its records. */
function documentNotes(document: OrukDocument, source: string): string[] {
  const notes: string[] = [];
  if (document.leftOut.length > 0) notes.push(`${source}: left out what is not a service: ${document.leftOut.join(', ')}`);
  return notes;
}

function packageNotes(pack: TabularPackage, services: number, source: string): string[] {
  const tables = [...pack.tables].map(([table, rows]) => `${table} ${rows.length}`).join(', ');
  return [
    `${source}: HSDS tabular data package, ${plural(services, 'service')} rebuilt from its tables (${tables})`,
    ...pack.notes.map((note) => `${source}: ${note}`),
  ];
}

function progressLine(source: string) {
  if (!process.stderr.isTTY) return undefined;
  return (page: number, total?: number) =>
    process.stderr.write(`\rplacekit convert: reading page ${page}${total !== undefined ? ` of ${total}` : ''} of ${source}\u001b[K`);
}

export async function convertCommand(sources: string[], options: ConvertOptions): Promise<number> {
  if (sources.length === 0) {
    console.error(
      'placekit convert: name at least one Open Referral UK file, URL or folder, e.g. placekit convert services.json --publisher "My Council" --out feed.json',
    );
    return 2;
  }
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const collector = new Collector();
  const notes: string[] = [];
  let fromV1 = 0;
  // Pages given as files, by the list they belong to: to say when some are missing.
  const filePages = new Map<string, { total: number; numbers: Set<number>; sources: string[] }>();
  let toldFilePages = false;
  let toldFull = false;

  // Services from API pages: an Open Referral list may leave out each service's lists (locations, times...).
  const listed = { services: 0, bare: 0 };
  const summariesKept: string[] = [];
  const take = async (read: OrukDocument, source: string, list = true) => {
    let document = read;
    if (options.full && list && isHttpUrl(source) && document.sections.services?.length) {
      const full = await fullRecords(source, document.sections.services);
      document = { ...document, sections: { ...document.sections, services: full.services } };
      summariesKept.push(...full.failed);
    }
    if (list) {
      const services = (document.sections.services ?? []).filter(isObject);
      listed.services += services.length;
      listed.bare += services.filter((service) => !LISTS.some((field) => Array.isArray(service[field]) && service[field].length > 0)).length;
    }
    collector.add(document.sections);
    fromV1 += document.fromV1;
    notes.push(...documentNotes(document, source));
  };
  const readPackage = async (pack: Promise<TabularPackage>, source: string) => {
    const read = await pack;
    const rebuilt = servicesFromTables(read.tables);
    collector.add({ services: rebuilt.services });
    notes.push(...packageNotes(read, rebuilt.services.length, source), ...rebuilt.notes.map((note) => `${source}: ${note}`));
  };

  try {
    for (const source of sources) {
      if (source !== '-' && !isHttpUrl(source) && (await isFolder(source))) {
        await readPackage(readPackageFolder(source), source);
        continue;
      }
      if (/\.csv$/i.test(source)) {
        throw new InputError(`${source} is one CSV file: name the folder that holds all the tables of the data package (or its datapackage.json) instead`);
      }
      if (/\.zip$/i.test(source)) throw new InputError(`${source} is a zip file: unzip it, then name the folder (or its datapackage.json)`);
      const text = await readJsonSource(source);
      if (text.kind === 'json' && isDataPackage(text.data)) {
        await readPackage(readDataPackage(text.data, source), source);
        continue;
      }
      const document = readDocument(text.kind === 'json' ? text.data : text.records, source);
      const list = text.kind === 'ndjson' || Array.isArray(text.data) || document.page !== undefined;
      if (options.full && !isHttpUrl(source) && !toldFull)
        notes.push(`${source}: --full reads services' full records from an API's URL; a file's records are taken as they are`);
      toldFull ||= !!options.full && !isHttpUrl(source);
      await take(document, source, list);
      const page = document.page;
      if (!page) continue;
      const records = document.sections.services?.length ?? 0;
      const more = !isLastPage(page, records);
      if (isHttpUrl(source) && options.allPages) {
        const progress = progressLine(source);
        const pages = await followPages(
          source,
          { ...document, page },
          {
            maxPages,
            read: async (url) => {
              const next = await readJsonSource(url);
              return readDocument(next.kind === 'json' ? next.data : next.records, url);
            },
            take,
            progress,
          },
        );
        if (progress) process.stderr.write('\r\u001b[K');
        notes.push(`read ${plural(pages, 'page')} of ${source}`);
      } else if (isHttpUrl(source)) {
        if (more) notes.push(`${source} is ${pageName(page)}: add --all-pages to read every page`);
      } else {
        const list = `${page.shape} ${page.totalPages ?? '?'} ${page.totalItems ?? '?'}`;
        const entry = filePages.get(list) ?? { total: page.totalPages ?? 0, numbers: new Set<number>(), sources: [] };
        filePages.set(list, entry);
        if (page.number !== undefined) entry.numbers.add(page.number);
        entry.sources.push(source);
        if (more && options.allPages && !toldFilePages) notes.push(`${source}: --all-pages follows the pages of a URL; for files, name every page's file`);
        toldFilePages ||= more && options.allPages;
      }
    }
    for (const { total, numbers, sources: files } of filePages.values()) {
      if (total > numbers.size)
        notes.push(
          `${files.join(', ')}: ${plural(numbers.size, 'page')} of a list of ${total}; the other pages' records are not in the feed (name their files too, or convert the API's URL with --all-pages)`,
        );
    }
    if (options.areas) {
      // A list of areas, or any feed whose areas to reuse.
      const data: unknown = JSON.parse((await readInput(options.areas)).replace(/^\uFEFF/, ''));
      collector.add({ areas: Array.isArray(data) ? data : isObject(data) && Array.isArray(data.areas) ? data.areas : [] });
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof SyntaxError) {
      for (const note of notes) console.error(`placekit convert: ${note}`);
      console.error(`placekit convert: ${error.message}`);
      return 1;
    }
    throw error;
  }

  const sections = collector.sections;
  if (sections.taxonomy_terms.length === 0) sections.taxonomy_terms = termsUsed(sections.services);
  if (options.confirmations) {
    try {
      notes.push(
        mergeConfirmations([...sections.services, ...sections.opportunities] as Json[], await readInput(options.confirmations), options.confirmations),
      );
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      for (const note of notes) console.error(`placekit convert: ${note}`);
      console.error(`placekit convert: ${error.message}`);
      return 1;
    }
  }
  const feed: Json = {
    format_version: FORMAT_VERSION,
    publisher: {
      name: options.publisher ?? 'Unnamed publisher (set --publisher)',
      ...(options.website && { website: options.website }),
      ...(options.licence && { licence: { name: options.licence } }),
    },
    updated: options.updated ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ...(options.listingReports && { listing_reports: { endpoint: options.listingReports } }),
    ...Object.fromEntries(SECTION_NAMES.filter((n) => sections[n].length > 0).map((n) => [n, sections[n]])),
  };
  const text = `${JSON.stringify(feed, null, 2)}\n`;
  if (options.out) await writeFile(options.out, text, 'utf8');
  else process.stdout.write(text);

  if (listed.services > 0 && listed.bare === listed.services) {
    notes.push(
      `the listed services have no locations, opening times, contacts or categories (an Open Referral list may leave them out): the directory will show little more than their names.${options.full ? '' : " Add --full to read each one's full record (GET /services/{id}) from the API"}`,
    );
  }
  if (summariesKept.length > 0) {
    notes.push(
      `${plural(summariesKept.length, 'service keeps its', 'services keep their')} summary from the list: the full record could not be read (${summariesKept.slice(0, 3).join('; ')}${summariesKept.length > 3 ? '; ...' : ''})`,
    );
  }
  if (fromV1 > 0)
    notes.push(
      `${plural(fromV1, 'service was', 'services were')} in the Open Referral UK 1.0 shape: their fields were renamed to HSDS 3.0 UK ones (regular_schedules to schedules, physical_addresses to addresses, service_taxonomys to attributes...)`,
    );
  const duplicates = collector.duplicates;
  notes.push(...duplicates.slice(0, 3), ...(duplicates.length > 3 ? [`...and ${duplicates.length - 3} more records whose id was used before`] : []));
  for (const note of notes) console.error(`placekit convert: ${note}`);

  // Tell the publisher how the widgets will read it; the feed is written as published either way.
  const result = parseFeedData(feed);
  const counts = SECTION_NAMES.filter((n) => result.counts[n].kept + result.counts[n].skipped > 0)
    .map((n) => `${n} ${result.counts[n].kept}`)
    .join(', ');
  const problems = result.warnings.filter((w) => w.action !== 'noted').length;
  console.error(
    `placekit convert: ${options.out ? `wrote ${options.out}` : 'wrote the feed'} with ${counts || 'no records'}` +
      `${duplicates.length ? `; ${plural(duplicates.length, 'duplicate record')} left out` : ''}` +
      `${problems ? `; ${plural(problems, 'problem')} to look at: run placekit validate on it` : ''}` +
      `${options.publisher ? '' : '; set --publisher to name the publisher'}.`,
  );
  return 0;
}

/**
 * Puts the counts of a `placekit receive export --confirmations` file into the records with those ids
 * (`confirmations: {count, last}`), replacing what they had: the file counts every stored answer. Says how
 * many it merged, and how many name no record in the feed (a service since removed, or another feed's).
 */
export function mergeConfirmations(records: Json[], text: string, source: string): string {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new InputError(`${source} is not JSON: make it with placekit receive export --confirmations`);
  }
  const list = isObject(data) && data.format === 'placekit-confirmations' && Array.isArray(data.confirmations) ? data.confirmations : undefined;
  if (!list) throw new InputError(`${source} is not a confirmations file: make it with placekit receive export --confirmations`);
  const byId = new Map<string, Json>();
  for (const record of records) if (typeof record.id === 'string' && !byId.has(record.id)) byId.set(record.id, record);
  let merged = 0;
  let unknown = 0;
  for (const item of list) {
    const count = isObject(item) ? item.count : undefined;
    const last = isObject(item) ? item.last : undefined;
    if (!isObject(item) || typeof item.id !== 'string' || typeof count !== 'number' || !Number.isInteger(count) || count < 0) continue;
    const record = byId.get(item.id);
    if (!record) {
      unknown++;
      continue;
    }
    record.confirmations = { count, ...(typeof last === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(last) && { last }) };
    merged++;
  }
  return `${source}: confirmations merged into ${plural(merged, 'record')}${unknown ? `; ${plural(unknown, 'listing')} not in this feed left out` : ''}`;
}

function pageName(page: PageInfo): string {
  return `page ${page.number ?? '?'}${page.totalPages !== undefined ? ` of ${page.totalPages}` : ''}${page.totalItems !== undefined ? ` (${page.totalItems} records in all)` : ''}`;
}
