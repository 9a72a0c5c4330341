/**
 * What a JSON document from an Open Referral UK API (or a publisher's file) holds, as feed sections:
 *
 * - a service (`GET /services/{id}`), ORUK 1.0 or HSDS 3.0 UK;
 * - a list of services, a page of `GET /services` in the 3.0 shape
 *   (`{contents, total_items, total_pages, page_number, size, first_page, last_page, empty}`) or the
 *   1.0 shape (`{content, totalElements, totalPages, number, size, first, last}`);
 * - an organization with its services (`organization_full`): each service, with the organization;
 * - a service at a location in full (`service_at_location_full`): the service, at that location;
 * - a placekit feed: its sections.
 *
 * Anything else (a taxonomy, a taxonomy term or a list of them, a bare location, an organization
 * without its services) is refused with a sentence that says what it is and what to convert instead.
 */
import { SECTION_NAMES, type SectionName } from '../src/feed/validator/schema/feed.js';
import { InputError } from './input.js';
import { fromV1Service, isV1Service, serviceAtLocationFromV1 } from '../src/feed/domain/oruk-v1.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where a page sits in an API's list, as the page says it. */
export interface PageInfo {
  /** `3.0` (`page_number`...) or `1.0` (`number`...). */
  shape: '3.0' | '1.0';
  number?: number;
  totalPages?: number;
  totalItems?: number;
  last?: boolean;
  empty?: boolean;
}

export interface OrukDocument {
  sections: Partial<Record<SectionName, unknown[]>>;
  page?: PageInfo;
  /** Records of a list or page that are not services, by what they are: `["2 taxonomy terms", "1 location"]`. */
  leftOut: string[];
  /** Services renamed from ORUK 1.0 fields. */
  fromV1: number;
}

/** Things that are not services, with what to say about them. */
const KINDS = {
  taxonomy_term: {
    one: 'a taxonomy term',
    noun: 'taxonomy term',
    many: 'taxonomy terms',
    hint: 'placekit takes the categories from the taxonomy terms inside each service',
  },
  taxonomy: { one: 'a taxonomy', noun: 'taxonomy', many: 'taxonomies', hint: 'placekit takes the categories from the taxonomy terms inside each service' },
  vocabulary: {
    one: 'a vocabulary name',
    noun: 'vocabulary name',
    many: 'vocabulary names',
    hint: 'placekit takes the categories from the taxonomy terms inside each service',
  },
  location: {
    one: 'a location',
    noun: 'location',
    many: 'locations',
    hint: 'convert the services at it instead (GET /services, or GET /service_at_locations/{id} for one service at one place)',
  },
  organization: {
    one: 'an organization',
    after: ' without its services',
    noun: 'organization without its services',
    many: 'organizations without their services',
    hint: 'ask the API for it with its services (GET /organizations/{id}?full_service=true) and convert that',
  },
  service_at_location: {
    one: 'a service_at_location',
    after: ' that only names its service',
    noun: 'service_at_location that only names its service',
    many: 'service_at_locations that only name their services',
    hint: 'ask the API for it in full (GET /service_at_locations/{id}), which holds the service, and convert that',
  },
  api: {
    one: "the API's description of itself (GET /)",
    noun: 'API description',
    many: 'API descriptions',
    hint: 'point at its list of services instead: /services, with --all-pages',
  },
  other: { one: 'a record that is not a service', noun: 'record of another kind', many: 'records that are not services', hint: '' },
} as const;
type Kind = keyof typeof KINDS;

/** Fields only services have. */
const SERVICE_FIELDS = [
  'status',
  'service_at_locations',
  'organization',
  'cost_options',
  'application_process',
  'fees',
  'fees_description',
  'eligibility_description',
  'minimum_age',
  'maximum_age',
  'assured_date',
  'assurer_email',
  'alert',
  'required_documents',
  'service_areas',
  'interpretation_services',
  'accreditations',
  'regular_schedules',
  'holiday_schedules',
  'service_taxonomys',
  'eligibilitys',
  'fundings',
  'attending_type',
  'attending_access',
  'deliverable_type',
];
const TERM_FIELDS = ['term', 'term_uri', 'taxonomy_id', 'parent_id', 'vocabulary', 'parent', 'code'];
const LOCATION_FIELDS = [
  'latitude',
  'longitude',
  'addresses',
  'physical_addresses',
  'location_type',
  'accessibility',
  'accessibility_for_disabilities',
  'transportation',
  'external_identifier',
];
const ORGANIZATION_FIELDS = [
  'website',
  'logo',
  'organization_identifiers',
  'legal_status',
  'year_incorporated',
  'parent_organization_id',
  'tax_status',
  'tax_id',
  'programs',
];

const has = (record: Json, fields: readonly string[]) => fields.some((field) => field in record);

type Read = { services: Json[]; fromV1: number } | { kind: Kind; name?: string };

/** A service in 3.0 names, and whether it was renamed from 1.0. */
function service(record: Json): { services: Json[]; fromV1: number } {
  return isV1Service(record) ? { services: [fromV1Service(record)], fromV1: 1 } : { services: [record], fromV1: 0 };
}

/** One record: the services it gives, or what it is instead. */
function readRecord(record: unknown): Read {
  if (typeof record === 'string') return { kind: 'vocabulary', name: record };
  if (!isObject(record)) return { kind: 'other' };
  const name = typeof record.name === 'string' ? record.name : undefined;

  // A service at a location, in full: the service, placed at that location.
  if (isObject(record.service)) {
    const { service: inner, service_id: _serviceId, ...site } = record;
    const read = service(inner as Json);
    const [found] = read.services;
    const sites = Array.isArray(found.service_at_locations) ? found.service_at_locations : [];
    const placed = sites.some((s) => isObject(s) && s.id !== undefined && s.id === site.id);
    if (!placed && (isObject(site.location) || site.location_id !== undefined))
      read.services = [{ ...found, service_at_locations: [...sites, serviceAtLocationFromV1(site)] }];
    return read;
  }
  if ('service_id' in record && ('location_id' in record || isObject(record.location)) && name === undefined) return { kind: 'service_at_location' };

  // An organization with its services: each service, with the organization.
  if (Array.isArray(record.services)) {
    const { services, ...organization } = record;
    if (services.length === 0) return { kind: 'organization', name };
    const out: Json[] = [];
    let fromV1 = 0;
    for (const item of services) {
      if (!isObject(item)) continue;
      const read = service(item);
      fromV1 += read.fromV1;
      out.push(...read.services.map((s) => (s.organization === undefined ? { ...s, organization } : s)));
    }
    return out.length ? { services: out, fromV1 } : { kind: 'organization', name };
  }
  if (has(record, SERVICE_FIELDS)) return service(record);
  if ('openapi_url' in record || ('version' in record && 'profile' in record && name === undefined)) return { kind: 'api', name };
  if (has(record, TERM_FIELDS)) return { kind: 'taxonomy_term', name };
  if (has(record, LOCATION_FIELDS)) return { kind: 'location', name };
  if (has(record, ORGANIZATION_FIELDS)) return { kind: 'organization', name };
  if ('version' in record && Object.keys(record).every((field) => ['id', 'name', 'description', 'uri', 'version'].includes(field)))
    return { kind: 'taxonomy', name };
  if ('id' in record && name !== undefined) return service(record);
  return { kind: 'other', name };
}

/** Words naming a thing that is not a service. */
function described(kind: Kind, name?: string): string {
  const what = KINDS[kind];
  return `${what.one}${name ? ` ("${name}")` : ''}${'after' in what ? what.after : ''}`;
}

function refusal(source: string, what: string, kind: Kind, many: boolean): InputError {
  const hint = KINDS[kind].hint;
  return new InputError(
    `${source} is ${what}, not ${many ? 'services' : 'a service'}. placekit convert reads services (GET /services, /services/{id}), organizations with their services, and services at locations${hint ? `; ${hint}` : ''}.`,
  );
}

/** Reads the records of a list or page; refuses it when none of them is a service. */
function readList(items: unknown[], source: string, container: (many: string) => string): OrukDocument {
  const services: Json[] = [];
  const leftOut = new Map<Kind, number>();
  let fromV1 = 0;
  let kinds = new Set<Kind>();
  for (const item of items) {
    const read = readRecord(item);
    if ('services' in read) {
      services.push(...read.services);
      fromV1 += read.fromV1;
    } else {
      kinds.add(read.kind);
      leftOut.set(read.kind, (leftOut.get(read.kind) ?? 0) + 1);
    }
  }
  if (services.length === 0 && leftOut.size > 0) {
    kinds = kinds.size === 1 ? kinds : new Set(['other']);
    const [kind] = kinds;
    throw refusal(source, container(KINDS[kind].many), kind, true);
  }
  const named = [...leftOut].map(([kind, n]) => `${n} ${n === 1 ? KINDS[kind].noun : KINDS[kind].many}`);
  return { sections: { services }, leftOut: named, fromV1 };
}

const numberOf = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
const flag = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);

/** What one JSON document holds. `source` names it in messages. */
export function readDocument(data: unknown, source: string): OrukDocument {
  if (Array.isArray(data)) return readList(data, source, (many) => `a list of ${data.length} ${many}`);
  if (!isObject(data)) throw new InputError(`${source} holds ${data === null ? 'null' : typeof data}, not Open Referral UK records`);
  if ('format_version' in data) {
    const sections: Partial<Record<SectionName, unknown[]>> = {};
    for (const name of SECTION_NAMES) if (Array.isArray(data[name])) sections[name] = data[name] as unknown[];
    return { sections, leftOut: [], fromV1: 0 };
  }
  const { contents, content } = data;
  if (Array.isArray(contents)) {
    const page: PageInfo = {
      shape: '3.0',
      number: numberOf(data.page_number),
      totalPages: numberOf(data.total_pages),
      totalItems: numberOf(data.total_items),
      last: flag(data.last_page),
      empty: flag(data.empty),
    };
    const of = page.totalItems !== undefined ? `, ${page.totalItems} in all` : '';
    return { ...readList(contents, source, (many) => `a page of ${many} (${contents.length} on this page${of})`), page };
  }
  if (Array.isArray(content)) {
    const page: PageInfo = {
      shape: '1.0',
      number: numberOf(data.number),
      totalPages: numberOf(data.totalPages),
      totalItems: numberOf(data.totalElements),
      last: flag(data.last),
      empty: flag(data.empty),
    };
    const of = page.totalItems !== undefined ? `, ${page.totalItems} in all` : '';
    return { ...readList(content, source, (many) => `a page of ${many} (${content.length} on this page${of})`), page };
  }
  const read = readRecord(data);
  if ('services' in read) return { sections: { services: read.services }, leftOut: [], fromV1: read.fromV1 };
  if (read.kind === 'other') throw new InputError(`${source} is neither a service, a list of services, an Open Referral UK page nor a placekit feed`);
  throw refusal(source, described(read.kind, read.name), read.kind, false);
}
