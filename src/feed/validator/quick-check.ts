/**
 * A fast yes/unsure check compiled from the same zod schemas, so that large feeds load quickly.
 *
 * zod/mini's parser visits every key of every object and builds a new copy of each record, which
 * for 10,000 services costs most of a resident's patience. Nearly every record in a real feed is
 * valid, so each record is first run through a predicate compiled from the schema's own definitions
 * (types, optional fields, enums, and zod's own check functions for formats, patterns and bounds). It
 * allocates nothing and answers only "valid" or "not sure". A valid record is kept as published; a
 * "not sure" one goes through zod's full parse and the tolerant repair in `tolerant.ts`.
 *
 * The predicate must never say "valid" where zod would not: anything it does not understand (object
 * refinements, pipes, lazy schemas) makes it answer "not sure". A randomized test holds it to zod.
 */
import type { z } from 'zod/mini';

type Check = { _zod: { check(payload: { value: unknown; issues: unknown[] }): void } };

interface Def {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  entries?: Record<string, unknown>;
  checks?: Check[];
}

interface Internals {
  def: Def;
  traits: Set<string>;
}

type Predicate = (value: unknown) => boolean;

const NOT_SURE: Predicate = () => false;
const compiled = new WeakMap<object, Predicate>();

const internals = (schema: z.ZodMiniType): Internals => (schema as unknown as { _zod: Internals })._zod;

/** The schema's checks, including the schema itself when it is one (string formats such as email). */
function checksOf(schema: z.ZodMiniType): Check[] {
  const { def, traits } = internals(schema);
  const checks = [...(def.checks ?? [])];
  if (traits.has('$ZodCheck')) checks.unshift(schema as unknown as Check);
  return checks;
}

/** True when every check leaves no issue. One payload object is reused: no allocation per value. */
function passes(checks: Check[]): (value: unknown) => boolean {
  if (checks.length === 0) return () => true;
  const payload = { value: undefined as unknown, issues: [] as unknown[] };
  return (value) => {
    payload.value = value;
    if (payload.issues.length > 0) payload.issues.length = 0;
    for (const check of checks) {
      check._zod.check(payload);
      if (payload.issues.length > 0) return false;
    }
    return true;
  };
}

function compile(schema: z.ZodMiniType): Predicate {
  const { def } = internals(schema);
  switch (def.type) {
    case 'string': {
      const ok = passes(checksOf(schema));
      return (value) => typeof value === 'string' && ok(value);
    }
    case 'number': {
      const ok = passes(checksOf(schema));
      return (value) => typeof value === 'number' && Number.isFinite(value) && ok(value);
    }
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'unknown':
    case 'any':
      return () => true;
    case 'enum': {
      const allowed = new Set(Object.values(def.entries ?? {}));
      return (value) => allowed.has(value);
    }
    case 'union': {
      const options = (def.options ?? []).map(quickCheck);
      return (value) => options.some((option) => option(value));
    }
    case 'array': {
      if (def.checks?.length) return NOT_SURE;
      const element = quickCheck(def.element!);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (const item of value) if (!element(item)) return false;
        return true;
      };
    }
    case 'object': {
      // Refinements across fields (the feedback form's) are zod's to judge.
      if (def.checks?.length) return NOT_SURE;
      const fields = Object.entries(def.shape ?? {}).map(([key, field]) => {
        const optional = internals(field).def.type === 'optional';
        return { key, optional, check: quickCheck(optional ? internals(field).def.innerType! : field) };
      });
      return (value) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
        const record = value as Record<string, unknown>;
        for (const field of fields) {
          const v = record[field.key];
          if (v === undefined) {
            if (!field.optional) return false;
          } else if (!field.check(v)) {
            return false;
          }
        }
        return true;
      };
    }
    default:
      return NOT_SURE;
  }
}

/** The compiled predicate for a schema: `true` only for values zod would accept unchanged. */
export function quickCheck(schema: z.ZodMiniType): Predicate {
  let predicate = compiled.get(schema);
  if (!predicate) {
    // Guard against recursive schemas while compiling: not sure until compiled.
    compiled.set(schema, NOT_SURE);
    predicate = compile(schema);
    compiled.set(schema, predicate);
  }
  return predicate;
}
