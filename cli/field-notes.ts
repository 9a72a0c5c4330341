/**
 * What the validator notes about fields, beyond what the reader reports:
 * - Fields the widgets do not read. The loader ignores them silently (Open Referral UK feeds carry many
 *   that placekit has no use for); the validator notes them, once per field, so that a misspelt field
 *   ("closing_data") does not go unnoticed. Fields with nothing in them (`""`, `null`) are not noted.
 * - Texts longer than the elements show at once (`LONG_TEXT`): a resident sees the first part and a
 *   "Show more" button.
 *
 * Field names come from the feed: they are looked up as the schema's own fields only (a field called
 * `constructor` or `__proto__` is a field like any other), and quoted at most 60 characters long.
 */
import type { z } from 'zod/mini';
import { FeedHeader, SECTIONS, SECTION_NAMES } from '../src/feed/validator/schema/feed.js';
import type { FeedWarning } from '../src/feed/load/problems.js';
import { clip } from '../src/feed/load/read.js';
import { isAbsent } from '../src/feed/load/rules.js';
import { LONG_TEXT } from '../src/feed/domain/limits.js';
import { formatPath } from '../src/feed/validator/issues.js';

interface Def {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
}
const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(schema: z.ZodMiniType): z.ZodMiniType {
  let node = schema;
  while (defOf(node).type === 'optional' && defOf(node).innerType) node = defOf(node).innerType!;
  return node;
}

interface Found {
  /** Unknown field paths (list positions as `[*]`) and how many records carry each. */
  unknown: Map<string, number>;
  long: FeedWarning[];
}

/** A field name as a path shows it: quoted when it is not a plain name, at most 60 characters. */
const field = (key: string) => formatPath([clip(key)]).replace(/^(?!\[)/, '.');

function walk(schema: z.ZodMiniType, value: unknown, path: string, at: string, found: Found): void {
  const def = defOf(unwrap(schema));
  if (def.type === 'array' && Array.isArray(value) && def.element) {
    value.forEach((item, index) => walk(def.element!, item, `${path}[*]`, `${at}[${index}]`, found));
  } else if (def.type === 'object' && def.shape && value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      const known = Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
      if (known) walk(known, child, `${path}.${key}`, `${at}.${key}`, found);
      // An empty value carries nothing, misspelt or not (live directories write "" for every field they have).
      else if (!isAbsent(child, key)) found.unknown.set(`${path}${field(key)}`, (found.unknown.get(`${path}${field(key)}`) ?? 0) + 1);
    }
  } else if (typeof value === 'string' && value.length > LONG_TEXT) {
    found.long.push({
      path: at,
      message: `is ${value.length.toLocaleString('en-GB')} characters long: residents see the first ${LONG_TEXT.toLocaleString('en-GB')} or so, and a "Show more" button for the rest`,
      action: 'noted',
    });
  }
}

/** The header's fields and the sections, from the schema itself (a new header field such as `listing_reports` is never called unknown). */
const HEADER = new Set(Object.keys(FeedHeader.shape));

/** One note per unknown field path, with how many records carry it, and one per text longer than the elements show at once. */
export function fieldNotes(data: unknown): FeedWarning[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  const found: Found = { unknown: new Map(), long: [] };
  for (const key of Object.keys(data)) if (!HEADER.has(key)) found.unknown.set(field(key).replace(/^\./, ''), 1);
  for (const name of SECTION_NAMES) {
    const records = Object.hasOwn(data, name) ? (data as Record<string, unknown>)[name] : undefined;
    if (Array.isArray(records)) records.forEach((record, index) => walk(SECTIONS[name], record, `${name}[*]`, `${name}[${index}]`, found));
  }
  return [
    ...[...found.unknown].map(([path, count]) => ({
      path,
      message: `not a field placekit reads, so it is ignored${count > 1 ? ` (in ${count} places)` : ''}; check the spelling if it should be used`,
      action: 'noted' as const,
    })),
    ...found.long,
  ];
}
