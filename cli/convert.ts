/**
 * `placekit convert <source...>`: builds a placekit feed from Open Referral UK JSON, keeping each
 * service record exactly as published.
 *
 * Sources may be files or URLs holding a single service (`GET /services/{id}`), a page of an Open
 * Referral UK API (`GET /services`: `{contents: [...], page_number, total_pages}`), a JSON list of
 * services, or an existing placekit feed (its services, areas and other sections are carried over).
 * With `--all-pages`, a page URL is followed page by page to the end.
 */
import { writeFile } from 'node:fs/promises';
import { parseFeedData } from '../src/feed/parse.js';
import { FORMAT_VERSION, SECTION_NAMES, type SectionName } from '../src/feed/schema.js';
import { InputError, readInput } from './input.js';

export interface ConvertOptions {
  publisher?: string;
  website?: string;
  licence?: string;
  areas?: string;
  out?: string;
  allPages: boolean;
  updated?: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a source holds, as sections of records. */
function recordsOf(data: unknown, source: string): Partial<Record<SectionName, unknown[]>> {
  if (Array.isArray(data)) return { services: data };
  if (!isObject(data)) throw new InputError(`${source} holds ${data === null ? 'null' : typeof data}, not Open Referral UK records`);
  if ('format_version' in data) {
    const sections: Partial<Record<SectionName, unknown[]>> = {};
    for (const name of SECTION_NAMES) if (Array.isArray(data[name])) sections[name] = data[name] as unknown[];
    return sections;
  }
  if (Array.isArray(data.contents)) return { services: data.contents };
  if ('id' in data && 'name' in data) return { services: [data] };
  throw new InputError(`${source} is neither a service, a list of services, an Open Referral UK page nor a placekit feed`);
}

/** The URL of the next page of an Open Referral UK listing, or `undefined` at the end. */
function nextPage(url: string, page: Json): string | undefined {
  const number = Number(page.page_number);
  const total = Number(page.total_pages);
  if (page.last_page === true || !Number.isFinite(number) || (Number.isFinite(total) && number >= total)) return undefined;
  const next = new URL(url);
  next.searchParams.set('page', String(number + 1));
  return next.href;
}

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

export async function convertCommand(sources: string[], options: ConvertOptions): Promise<number> {
  if (sources.length === 0) {
    console.error('placekit convert: name at least one Open Referral UK file or URL, e.g. placekit convert services.json --publisher "My Council" --out feed.json');
    return 2;
  }
  const sections: Record<SectionName, unknown[]> = Object.fromEntries(SECTION_NAMES.map((n) => [n, []])) as never;
  const seen = new Map<SectionName, Set<string>>(SECTION_NAMES.map((n) => [n, new Set()]));
  let duplicates = 0;
  const add = (found: Partial<Record<SectionName, unknown[]>>) => {
    for (const name of SECTION_NAMES) {
      for (const record of found[name] ?? []) {
        const id = isObject(record) && (typeof record.id === 'string' || typeof record.id === 'number') ? String(record.id) : undefined;
        if (id !== undefined && seen.get(name)!.has(id)) {
          duplicates++;
          continue;
        }
        if (id !== undefined) seen.get(name)!.add(id);
        sections[name].push(record);
      }
    }
  };
  try {
    for (const source of sources) {
      let url: string | undefined = source;
      let pages = 0;
      while (url) {
        const text = await readInput(url);
        let data: unknown;
        try {
          data = JSON.parse(text);
        } catch (error) {
          throw new InputError(`${url} is not JSON: ${(error as Error).message}`);
        }
        add(recordsOf(data, url));
        pages++;
        url = options.allPages && /^https?:/i.test(url) && isObject(data) && Array.isArray(data.contents) && pages < 10_000 ? nextPage(url, data) : undefined;
      }
    }
    if (options.areas) {
      // A list of areas, or any feed whose areas to reuse.
      const data: unknown = JSON.parse(await readInput(options.areas));
      add({ areas: Array.isArray(data) ? data : isObject(data) && Array.isArray(data.areas) ? data.areas : [] });
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof SyntaxError) {
      console.error(`placekit convert: ${error.message}`);
      return 1;
    }
    throw error;
  }

  if (sections.taxonomy_terms.length === 0) sections.taxonomy_terms = termsUsed(sections.services);
  const feed: Json = {
    format_version: FORMAT_VERSION,
    publisher: {
      name: options.publisher ?? 'Unnamed publisher (set --publisher)',
      ...(options.website && { website: options.website }),
      ...(options.licence && { licence: { name: options.licence } }),
    },
    updated: options.updated ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ...Object.fromEntries(SECTION_NAMES.filter((n) => sections[n].length > 0).map((n) => [n, sections[n]])),
  };
  const text = `${JSON.stringify(feed, null, 2)}\n`;
  if (options.out) await writeFile(options.out, text, 'utf8');
  else process.stdout.write(text);

  // Tell the publisher how the widgets will read it; the feed is written as published either way.
  const result = parseFeedData(feed);
  const counts = SECTION_NAMES.filter((n) => result.counts[n].kept + result.counts[n].skipped > 0)
    .map((n) => `${n} ${result.counts[n].kept}`)
    .join(', ');
  const problems = result.warnings.filter((w) => w.action !== 'noted').length;
  console.error(
    `placekit convert: ${options.out ? `wrote ${options.out}` : 'wrote the feed'} with ${counts || 'no records'}` +
      `${duplicates ? `; ${duplicates} duplicate record${duplicates === 1 ? '' : 's'} left out` : ''}` +
      `${problems ? `; ${problems} problem${problems === 1 ? '' : 's'} to look at: run placekit validate on it` : ''}` +
      `${options.publisher ? '' : '; set --publisher to name the publisher'}.`,
  );
  return 0;
}
