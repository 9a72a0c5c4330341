/**
 * Reading an HSDS tabular data package: one CSV file per table, found through its `datapackage.json`
 * (Frictionless Data Package) or, without one, by the files' names in a folder. Councils' exports are
 * rarely tidy, so this reads what spreadsheets and database exports really write:
 *
 * - CSV is parsed by csv-parse (quoted commas, quotes and line breaks, CRLF or LF, a byte-order mark);
 * - a file that is not UTF-8 is read as Windows-1252 (Excel's plain "CSV" format) and noted;
 * - header names are trimmed and lower-cased; empty and whitespace-only cells are absent values; ids are
 *   trimmed (they are joined on); line breaks inside a text become `\n`;
 * - table names are matched in singular or plural and in the older HSDS/ORUK names
 *   (`services.csv`, `service.csv`, `physical_addresses.csv`, `service_attributes.csv`...); two files of
 *   one table (the Open Referral UK example has `address.csv` and `addresses.csv`) are merged by id;
 * - numbers the feed reads as numbers (coordinates, ages, amounts...) become numbers when they are ones,
 *   and stay text otherwise, for `placekit validate` to name.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, normalize, sep } from 'node:path';
import { parse } from 'csv-parse/sync';
import { httpGet, isHttpUrl } from './http-get.js';
import { InputError } from './input.js';

/** One row: column name to value. Empty cells are left out. */
export type Row = Record<string, string | number>;

/** The tables of a package by their HSDS 3.0 name (`service`, `phone`...). */
export type Tables = Map<string, Row[]>;

export interface TabularPackage {
  tables: Tables;
  /** What a publisher should know: files read in another encoding, merged tables, rows cut short. */
  notes: string[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Each HSDS 3.0 table and the file or resource names it goes by. */
const TABLE_NAMES: Record<string, string[]> = {
  organization: ['organizations', 'organisation', 'organisations'],
  organization_identifier: ['organization_identifiers'],
  service: ['services'],
  service_at_location: ['service_at_locations', 'services_at_location', 'services_at_locations'],
  location: ['locations'],
  address: ['addresses', 'physical_address', 'physical_addresses', 'postal_address', 'postal_addresses'],
  phone: ['phones'],
  schedule: ['schedules', 'regular_schedule', 'regular_schedules'],
  service_area: ['service_areas'],
  language: ['languages'],
  funding: ['fundings'],
  accessibility: ['accessibilities', 'accessibility_for_disabilities'],
  cost_option: ['cost_options'],
  contact: ['contacts'],
  required_document: ['required_documents'],
  attribute: ['attributes', 'service_attribute', 'service_attributes'],
  taxonomy_term: ['taxonomy_terms'],
  taxonomy: ['taxonomies'],
};
const CANONICAL = new Map<string, string>(
  Object.entries(TABLE_NAMES).flatMap(([table, names]) => [[table, table], ...names.map((name): [string, string] => [name, table])]),
);

/** What older names of a table (its resource name or its file's) say about its rows. */
function fromOlderName(names: string[], row: Row): Row {
  const name = names.map((n) => n.toLowerCase()).find((n) => /^(physical_address|postal_address|service_attribute)/.test(n)) ?? '';
  if (/^physical_address/.test(name) && row.address_type === undefined) return { ...row, address_type: 'physical' };
  if (/^postal_address/.test(name) && row.address_type === undefined) return { ...row, address_type: 'postal' };
  // HSDS 2.0's service_attributes link a service to a taxonomy term.
  if (/^service_attribute/.test(name) && row.link_id === undefined && row.service_id !== undefined) {
    const { service_id, ...rest } = row;
    return { ...rest, link_id: service_id, link_entity: 'service' };
  }
  return row;
}

/** The HSDS 3.0 name of a table, from a file or resource name, or undefined when placekit does not read it. */
export function tableName(name: string): string | undefined {
  return CANONICAL.get(
    name
      .trim()
      .toLowerCase()
      .replace(/\.csv$/, '')
      .replace(/[\s-]+/g, '_'),
  );
}

/** Columns the feed reads as numbers. */
const NUMERIC = new Set(['latitude', 'longitude', 'minimum_age', 'maximum_age', 'amount', 'interval', 'count', 'year_incorporated']);
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Text of a file: UTF-8, or Windows-1252 when it is not UTF-8 (noted). */
function decode(bytes: Uint8Array, label: string, notes: string[], encoding?: string): string {
  if (encoding && !/^utf-?8$/i.test(encoding)) {
    try {
      return new TextDecoder(encoding).decode(bytes);
    } catch {
      throw new InputError(`${label}: the encoding "${encoding}" its datapackage.json names is not one placekit knows`);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    notes.push(`${label} is not UTF-8: read as Windows-1252 (what Excel writes as plain "CSV"); save it as "CSV UTF-8" to be sure of every character`);
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The line where the quoted field that never closes begins. csv-parse reports the end of the file, which
 * tells a publisher nothing in a file of 2,000 lines; this only finds that line, it parses nothing.
 */
function unclosedQuoteLine(text: string, delimiter: string): number | undefined {
  let line = 1;
  let opened: number | undefined;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (opened !== undefined) {
      if (char === '"' && text[i + 1] === '"') i++;
      else if (char === '"') {
        opened = undefined;
        fieldStart = false;
      } else if (char === '\n') line++;
      continue;
    }
    if (char === '"' && fieldStart) opened = line;
    if (char === '\n') line++;
    fieldStart = char === delimiter || char === '\n' || (char === '\r' && text[i + 1] === '\n') || (char === '\uFEFF' && i === 0);
  }
  return opened;
}

/** Parses one CSV file into rows. */
export function parseCsv(text: string, label: string, notes: string[], delimiter = ','): Row[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, delimiter, skip_empty_lines: true, relax_column_count: true, relax_quotes: true, info: true }) as never;
  } catch (error) {
    const opened = (error as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuoteLine(text, delimiter) : undefined;
    const where = opened === undefined ? (error as Error).message : `a quoted text starting on line ${opened} never ends (a double quote is missing)`;
    throw new InputError(`${label} is not readable CSV: ${where}`);
  }
  if (records.length === 0) return [];
  const header = records[0].record.map((name) => name.trim().toLowerCase());
  if (header.length === 1 && /[;\t|]/.test(header[0])) {
    throw new InputError(
      `${label} has one column, "${header[0]}": its values seem to be separated by "${/;/.test(header[0]) ? ';' : /\t/.test(header[0]) ? 'tab' : '|'}", and placekit reads comma-separated files (or the delimiter datapackage.json names)`,
    );
  }
  const long: number[] = [];
  const rows: Row[] = [];
  for (const { record, info } of records.slice(1)) {
    // No prototype: a column named "constructor" or "__proto__" is a column like any other.
    const row: Row = Object.create(null) as Row;
    record.forEach((cell, column) => {
      const name = header[column];
      if (name === undefined) {
        if (cell.trim() !== '') long.push(info.lines);
        return;
      }
      if (name === '' || cell.trim() === '' || name in row) return;
      // Ids are joined on, so a stray space must not break a link; a line break inside a text is "\n" whatever the file's line ends.
      row[name] =
        NUMERIC.has(name) && NUMBER.test(cell.trim())
          ? Number(cell.trim())
          : name === 'id' || name.endsWith('_id')
            ? cell.trim()
            : cell.replace(/\r\n?/g, '\n');
    });
    if (Object.keys(row).length > 0) rows.push(row);
  }
  if (long.length > 0) {
    notes.push(
      `${label}: ${long.length} row${long.length === 1 ? ' has' : 's have'} more cells than the header has columns (line${long.length === 1 ? '' : 's'} ${long.slice(0, 3).join(', ')}${long.length > 3 ? '...' : ''}); the extra cells were left out. A text with a comma or a line break must be in double quotes`,
    );
  }
  return rows;
}

/** Adds rows to a table; rows of a second file with an id already read fill in the first one's gaps. */
function addRows(tables: Tables, table: string, rows: Row[], label: string, notes: string[]) {
  const existing = tables.get(table);
  if (!existing) {
    tables.set(table, rows);
    return;
  }
  const byId = new Map(existing.filter((row) => row.id !== undefined).map((row) => [String(row.id), row]));
  let merged = 0;
  for (const row of rows) {
    const first = row.id === undefined ? undefined : byId.get(String(row.id));
    if (!first) {
      existing.push(row);
      continue;
    }
    merged++;
    for (const [column, value] of Object.entries(row))
      if (!Object.hasOwn(first, column)) Object.defineProperty(first, column, { value, enumerable: true, writable: true, configurable: true });
  }
  notes.push(
    `${label} is a second file of the ${table} table: read with it${merged ? `, ${merged} row${merged === 1 ? '' : 's'} with the same id merged (the first file's values win)` : ''}`,
  );
}

interface Resource {
  /** The file or URL to read. */
  location: string;
  /** The name it is reported by. */
  label: string;
  /** The HSDS table name it was matched from (older names say something about their rows). */
  name: string;
  delimiter?: string;
  encoding?: string;
}

async function readBytes(location: string): Promise<Uint8Array> {
  if (isHttpUrl(location)) {
    try {
      return (await httpGet(location, 'text/csv, */*')).bytes;
    } catch (error) {
      throw new InputError(`${location} ${(error as Error).message}`);
    }
  }
  try {
    return await readFile(location);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `no such file: ${location}` : `could not read ${location}: ${(error as Error).message}`);
  }
}

async function readResources(resources: Resource[], source: string, unread: string[]): Promise<TabularPackage> {
  const tables: Tables = new Map();
  const notes: string[] = [];
  for (const resource of resources) {
    const table = tableName(resource.name);
    if (!table) continue;
    const bytes = await readBytes(resource.location);
    const rows = parseCsv(decode(bytes, resource.label, notes, resource.encoding), resource.label, notes, resource.delimiter).map((row) =>
      fromOlderName([resource.name, basename(resource.label, extname(resource.label))], row),
    );
    addRows(tables, table, rows, resource.label, notes);
  }
  if (!tables.has('service')) {
    const found = [...resources.map((r) => r.label), ...unread].join(', ') || 'no CSV files';
    throw new InputError(`${source} has no services table: placekit looks for services.csv (or a datapackage.json resource named "service"); found ${found}`);
  }
  if (unread.length > 0) notes.push(`not read (placekit has no use for them): ${unread.join(', ')}`);
  return { tables, notes };
}

/** True for a Frictionless data package descriptor (`datapackage.json`). */
export function isDataPackage(data: unknown): data is Json & { resources: unknown[] } {
  return (
    isObject(data) && Array.isArray(data.resources) && !('format_version' in data) && data.resources.some((r) => isObject(r) && ('path' in r || 'data' in r))
  );
}

/** Where a resource path points, relative to the descriptor at `base` (a folder or a URL). */
function resolvePath(path: string, base: string, descriptor: string): string {
  if (isHttpUrl(path)) return path;
  if (isHttpUrl(base)) {
    const url = new URL(path, base);
    if (isHttpUrl(url.href)) return url.href;
    throw new InputError(`${descriptor} names "${path}", which is not a web address beside it`);
  }
  // The Data Package standard forbids absolute paths and `..`: a package names only its own files.
  if (isAbsolute(path) || /^[a-z][a-z0-9+.-]*:/i.test(path) || normalize(path).split(sep).includes('..')) {
    throw new InputError(
      `${descriptor} names the file "${path}", outside the package: a data package may only name files beside it or below it (or web addresses)`,
    );
  }
  return join(base, path);
}

/** Reads the tables a `datapackage.json` (already parsed, found at `source`) describes. */
export async function readDataPackage(descriptor: Json & { resources: unknown[] }, source: string): Promise<TabularPackage> {
  const base = isHttpUrl(source) ? source : dirname(source);
  const resources: Resource[] = [];
  const unread: string[] = [];
  for (const resource of descriptor.resources) {
    if (!isObject(resource)) continue;
    const paths =
      typeof resource.path === 'string' ? [resource.path] : Array.isArray(resource.path) ? resource.path.filter((p): p is string => typeof p === 'string') : [];
    const name = typeof resource.name === 'string' ? resource.name : paths[0] ? basename(paths[0], extname(paths[0])) : '';
    if (!tableName(name) || paths.length === 0) {
      unread.push(paths[0] ?? (name || 'a resource without a path'));
      continue;
    }
    const dialect = isObject(resource.dialect) ? resource.dialect : {};
    for (const path of paths) {
      resources.push({
        location: resolvePath(path, base, source),
        label: path,
        name,
        ...(typeof dialect.delimiter === 'string' && { delimiter: dialect.delimiter }),
        ...(typeof resource.encoding === 'string' && { encoding: resource.encoding }),
      });
    }
  }
  return readResources(resources, source, unread);
}

/** True when `source` is a folder on disk. */
export async function isFolder(source: string): Promise<boolean> {
  try {
    return (await stat(source)).isDirectory();
  } catch {
    return false;
  }
}

/** Reads a folder: its `datapackage.json` when it has one, else its CSV files by name. */
export async function readPackageFolder(folder: string): Promise<TabularPackage> {
  const descriptorPath = join(folder, 'datapackage.json');
  const files = (await readdir(folder)).sort();
  if (files.includes('datapackage.json')) {
    let descriptor: unknown;
    try {
      descriptor = JSON.parse((await readFile(descriptorPath, 'utf8')).replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new InputError(`${descriptorPath} is not JSON: ${(error as Error).message}`);
    }
    if (!isDataPackage(descriptor)) throw new InputError(`${descriptorPath} is not a data package: it has no "resources" list naming CSV files`);
    return readDataPackage(descriptor, descriptorPath);
  }
  const csv = files.filter((file) => extname(file).toLowerCase() === '.csv');
  const resources = csv
    .filter((file) => tableName(basename(file, extname(file))))
    .map((file) => ({ location: join(folder, file), label: file, name: basename(file, extname(file)) }));
  const unread = csv.filter((file) => !tableName(basename(file, extname(file))));
  return readResources(resources, folder, unread);
}
