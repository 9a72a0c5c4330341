/**
 * Services rebuilt from the tables of an HSDS 3.0 tabular data package, nested the way an Open Referral
 * UK API answers `GET /services/{id}`: each service with its organization (and its identifiers, phones,
 * contacts), its service_at_locations (each with its location: addresses, phones, schedules,
 * accessibility, languages), phones, schedules, service areas, languages, funding, cost options, required
 * documents, contacts (with their phones) and attributes (with their taxonomy terms).
 *
 * A row that names several parents goes to the most specific one it names that exists: a phone with a
 * `contact_id` and a `service_id` is the contact's; a schedule with a `service_id` and a `location_id` is
 * the schedule of that service at that location. A language goes to everything it names (a service, a
 * location, a phone). Columns that only said where a row belongs are left out of the nested record. Rows
 * that belong nowhere are counted and reported, never silently lost.
 */
import { type Row, type Tables, tableName } from './tabular-package.js';

type Json = Record<string, unknown>;

/** A parent a row may name: the column and the parent's table, or the service_at_location joining a service and a location. */
type Link = readonly [column: string, parent: string] | 'service+location';

const ORGANIZATION: Link = ['organization_id', 'organization'];
const SERVICE: Link = ['service_id', 'service'];
const LOCATION: Link = ['location_id', 'location'];
const SITE: Link = ['service_at_location_id', 'service_at_location'];

/** Where each kind of row belongs, most specific first (`every`: to each parent it names). */
const PLACES: Record<string, { links: Link[]; every?: boolean }> = {
  service_at_location: { links: [SERVICE] },
  organization_identifier: { links: [ORGANIZATION] },
  address: { links: [LOCATION] },
  accessibility: { links: [LOCATION] },
  phone: { links: [['contact_id', 'contact'], SITE, 'service+location', SERVICE, LOCATION, ORGANIZATION] },
  schedule: { links: [SITE, 'service+location', SERVICE, LOCATION] },
  contact: { links: [SITE, 'service+location', SERVICE, LOCATION, ORGANIZATION] },
  service_area: { links: [SITE, SERVICE] },
  language: { links: [['phone_id', 'phone'], LOCATION, SERVICE], every: true },
  funding: { links: [SERVICE, ORGANIZATION] },
  cost_option: { links: [SERVICE] },
  required_document: { links: [SERVICE] },
};

/** The lists each record holds, in the order an API writes them. Attributes come last, on any record. */
const CHILDREN: Record<string, [field: string, table: string][]> = {
  service: [
    ['phones', 'phone'],
    ['schedules', 'schedule'],
    ['service_areas', 'service_area'],
    ['service_at_locations', 'service_at_location'],
    ['languages', 'language'],
    ['funding', 'funding'],
    ['cost_options', 'cost_option'],
    ['required_documents', 'required_document'],
    ['contacts', 'contact'],
  ],
  organization: [
    ['organization_identifiers', 'organization_identifier'],
    ['phones', 'phone'],
    ['contacts', 'contact'],
    ['funding', 'funding'],
  ],
  service_at_location: [
    ['phones', 'phone'],
    ['schedules', 'schedule'],
    ['service_areas', 'service_area'],
    ['contacts', 'contact'],
  ],
  location: [
    ['addresses', 'address'],
    ['phones', 'phone'],
    ['schedules', 'schedule'],
    ['accessibility', 'accessibility'],
    ['languages', 'language'],
    ['contacts', 'contact'],
  ],
  contact: [['phones', 'phone']],
  phone: [['languages', 'language']],
};

/** Where an attribute with no `link_entity` is looked for, in this order. */
const ATTRIBUTE_TARGETS = [
  'service',
  'location',
  'organization',
  'service_at_location',
  'contact',
  'phone',
  'address',
  'accessibility',
  'organization_identifier',
  'schedule',
  'cost_option',
  'service_area',
  'funding',
  'required_document',
  'language',
];

/** Columns that only said where a row belongs. */
function linkColumns(table: string): Set<string> {
  const columns = new Set<string>();
  for (const link of PLACES[table]?.links ?? []) {
    if (link === 'service+location') columns.add('service_id').add('location_id');
    else columns.add(link[0]);
  }
  if (table === 'attribute') columns.add('link_id').add('link_entity');
  // A location is reached through a service, whose organization is already there.
  if (table === 'location') columns.add('organization_id');
  return columns;
}

const key = (table: string, id: unknown) => `${table}\u0000${String(id)}`;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export interface RebuiltServices {
  services: Json[];
  notes: string[];
}

/** Rebuilds every service of the package with everything the tables say about it. */
export function servicesFromTables(tables: Tables): RebuiltServices {
  const rowsOf = (table: string): Row[] => tables.get(table) ?? [];
  const byId = new Map<string, Map<string, Row>>();
  for (const [table, rows] of tables) byId.set(table, new Map(rows.filter((row) => row.id !== undefined).map((row) => [String(row.id), row])));
  const find = (table: string, id: unknown): Row | undefined => (id === undefined ? undefined : byId.get(table)?.get(String(id)));

  const siteOf = new Map<string, string>();
  for (const site of rowsOf('service_at_location')) {
    if (site.id !== undefined && site.service_id !== undefined && site.location_id !== undefined)
      siteOf.set(`${site.service_id}\u0000${site.location_id}`, String(site.id));
  }

  const children = new Map<string, Map<string, Row[]>>();
  const adopt = (parent: string, table: string, row: Row) => {
    const lists = children.get(parent) ?? new Map<string, Row[]>();
    children.set(parent, lists);
    lists.set(table, [...(lists.get(table) ?? []), row]);
  };
  const orphans = new Map<string, Row[]>();
  const orphan = (table: string, row: Row) => orphans.set(table, [...(orphans.get(table) ?? []), row]);

  for (const [table, place] of Object.entries(PLACES)) {
    for (const row of rowsOf(table)) {
      let placed = false;
      for (const link of place.links) {
        let parent: string | undefined;
        if (link === 'service+location') {
          const site = row.service_id !== undefined && row.location_id !== undefined ? siteOf.get(`${row.service_id}\u0000${row.location_id}`) : undefined;
          if (site !== undefined) parent = key('service_at_location', site);
        } else if (find(link[1], row[link[0]])) {
          parent = key(link[1], row[link[0]]);
        }
        if (parent === undefined) continue;
        adopt(parent, table, row);
        placed = true;
        if (!place.every) break;
      }
      if (!placed) orphan(table, row);
    }
  }
  for (const row of rowsOf('attribute')) {
    const named = typeof row.link_entity === 'string' ? tableName(row.link_entity) : undefined;
    const target = (named ? [named] : ATTRIBUTE_TARGETS).find((table) => find(table, row.link_id));
    if (target) adopt(key(target, row.link_id), 'attribute', row);
    else orphan('attribute', row);
  }

  const strip = (table: string, row: Row): Json => {
    const drop = linkColumns(table);
    return Object.fromEntries(Object.entries(row).filter(([column]) => !drop.has(column)));
  };

  const attribute = (row: Row): Json => {
    const out = strip('attribute', row);
    const term = find('taxonomy_term', row.taxonomy_term_id);
    if (term) {
      const taxonomy = find('taxonomy', term.taxonomy_id);
      out.taxonomy_term = { ...term, ...(term.taxonomy === undefined && taxonomy?.name !== undefined && { taxonomy: taxonomy.name }) };
    }
    return out;
  };

  const missing = new Map<string, string[]>();
  const build = (table: string, row: Row): Json => {
    const out = strip(table, row);
    if (table === 'service' && row.organization_id !== undefined) {
      const organization = find('organization', row.organization_id);
      if (organization) out.organization = build('organization', organization);
      else missing.set('organization', [...(missing.get('organization') ?? []), String(row.organization_id)]);
    }
    if (table === 'service_at_location' && row.location_id !== undefined) {
      const location = find('location', row.location_id);
      if (location) out.location = build('location', location);
      else missing.set('location', [...(missing.get('location') ?? []), String(row.location_id)]);
    }
    const own = row.id === undefined ? undefined : children.get(key(table, row.id));
    for (const [field, child] of CHILDREN[table] ?? []) {
      const rows = own?.get(child);
      if (rows?.length) out[field] = rows.map((item) => build(child, item));
    }
    const attributes = own?.get('attribute');
    if (attributes?.length) out.attributes = attributes.map(attribute);
    return out;
  };

  const services = rowsOf('service').map((row) => build('service', row));

  const notes: string[] = [];
  for (const [table, rows] of orphans) {
    const example = rows[0];
    const names = Object.entries(example)
      .filter(([column]) => column === 'id' || linkColumns(table).has(column))
      .map(([column, value]) => `${column} "${value}"`)
      .join(', ');
    notes.push(
      `${plural(rows.length, `${table} row`)} name${rows.length === 1 ? 's' : ''} no record in the package, so ${rows.length === 1 ? 'it was' : 'they were'} left out (${names || 'no link columns'})`,
    );
  }
  for (const [table, ids] of missing) {
    const unique = [...new Set(ids)];
    const holder = table === 'organization' ? 'services' : 'service_at_locations';
    notes.push(
      `${holder} name ${plural(unique.length, `${table}_id`)} that no ${table} row has (${unique
        .slice(0, 3)
        .map((id) => `"${id}"`)
        .join(', ')}${unique.length > 3 ? '...' : ''}), so they have no ${table}`,
    );
  }
  return { services, notes };
}
