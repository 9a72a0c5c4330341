/**
 * Fields the widgets do not read. The loader ignores them silently (Open Referral UK feeds carry many
 * that placekit has no use for); the validator notes them, once per field, so that a misspelt field
 * ("closing_data") does not go unnoticed. Fields with nothing in them (`""`, `null`) are not noted.
 */
import type { z } from 'zod/mini';
import { FeedHeader, SECTIONS, SECTION_NAMES } from '../src/feed/validator/schema/feed.js';
import type { FeedWarning } from '../src/feed/load/problems.js';
import { isAbsent } from '../src/feed/load/rules.js';

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

function walk(schema: z.ZodMiniType, value: unknown, path: string, found: Map<string, number>): void {
  const def = defOf(unwrap(schema));
  if (def.type === 'array' && Array.isArray(value) && def.element) {
    for (const item of value) walk(def.element, item, `${path}[*]`, found);
  } else if (def.type === 'object' && def.shape && value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      const field = def.shape[key];
      if (field) walk(field, child, `${path}.${key}`, found);
      // An empty value carries nothing, misspelt or not (live directories write "" for every field they have).
      else if (!isAbsent(child, key)) found.set(`${path}.${key}`, (found.get(`${path}.${key}`) ?? 0) + 1);
    }
  }
}

/** The header's fields and the sections, from the schema itself (a new header field such as `listing_reports` is never called unknown). */
const HEADER = new Set(Object.keys(FeedHeader.shape));

/** One note per unknown field path, with how many records carry it. */
export function unknownFields(data: unknown): FeedWarning[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  const found = new Map<string, number>();
  for (const key of Object.keys(data)) if (!HEADER.has(key)) found.set(key, 1);
  for (const name of SECTION_NAMES) {
    const records = (data as Record<string, unknown>)[name];
    if (Array.isArray(records)) for (const record of records) walk(SECTIONS[name], record, `${name}[*]`, found);
  }
  return [...found].map(([path, count]) => ({
    path,
    message: `not a field placekit reads, so it is ignored${count > 1 ? ` (in ${count} places)` : ''}; check the spelling if it should be used`,
    action: 'noted' as const,
  }));
}
