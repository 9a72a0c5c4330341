/**
 * The validator's quick check is the page's: the compiled check of the generated spec (load/check.ts,
 * compiled once per page by load/read.ts), so the two paths take exactly the same records as they are.
 * zod/mini's parser visits every key and copies every record; nearly every record of a real feed is valid,
 * so each is first run through this check, which allocates nothing, and only a "not sure" goes to zod and
 * the tolerant repair (tolerant.ts).
 */
import type { z } from 'zod/mini';
import type { Predicate } from '../load/check.js';
import { compiledChecks } from '../load/read.js';
import { SECTIONS } from './schema/feed.js';

const sectionOf = new Map<object, string>(Object.entries(SECTIONS).map(([name, schema]) => [schema, name]));
const NOT_SURE: Predicate = () => false;

/**
 * The compiled check for a section's schema: `true` only for values zod would accept as they are, once
 * absent values are removed (which it does, as the full parse would). Any other schema is "not sure".
 */
export function quickCheck(schema: z.ZodMiniType): Predicate {
  const name = sectionOf.get(schema);
  return name === undefined ? NOT_SURE : compiledChecks()[name];
}
