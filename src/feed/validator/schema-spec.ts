/**
 * The one compiler of the zod schemas: it reads their own definitions (types, optional fields, enums,
 * patterns, bounds, and the named rules of load/rules.ts) and writes them as a spec (load/spec.ts), plain
 * data that load/check.ts compiles into predicates without zod. At build time, scripts/generate-spec.mjs
 * writes the spec of the feed's header and sections into load/spec.generated.ts; that one compiled check
 * serves both paths: the page's first read (load/read.ts) and the validator's quick check before zod's full
 * parse (quick-check.ts). It runs at build time and in the tests, never in a page or the validator.
 *
 * Anything it does not understand becomes "unsure", so the compiled check never says "valid" where zod
 * would not (randomized tests in tests/feed/load/check.test.ts and tests/feed/validator/quick-check.test.ts
 * hold it to that; check.test.ts also fails when spec.generated.ts is out of date with the schemas).
 */
import type { z } from 'zod/mini';
import type { Spec, SpecCheck, SpecNode } from '../load/spec.js';
import { ruleOf } from './schema/marks.js';

interface Def {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  entries?: Record<string, unknown>;
  checks?: object[];
  // check definitions
  check?: string;
  format?: string;
  pattern?: RegExp;
  value?: number;
  inclusive?: boolean;
  maximum?: number;
  minimum?: number;
}

const internals = (schema: object) => (schema as { _zod: { def: Def; traits: Set<string> } })._zod;

/** A check as spec data, or undefined when the spec cannot express it. */
function specCheck(check: object): SpecCheck | undefined {
  const rule = ruleOf(check);
  if (rule) return ['rule', rule];
  const def = internals(check).def;
  switch (def.check) {
    case 'string_format':
      return def.pattern ? ['re', def.pattern.source, def.pattern.flags.replace(/[gy]/g, '')] : undefined;
    case 'greater_than':
      return def.value === undefined ? undefined : [def.inclusive ? 'ge' : 'gt', def.value];
    case 'less_than':
      return def.value === undefined ? undefined : [def.inclusive ? 'le' : 'lt', def.value];
    case 'max_length':
      return def.maximum === undefined ? undefined : ['max', def.maximum];
    case 'min_length':
      return def.minimum === undefined ? undefined : ['min', def.minimum];
    case 'number_format':
      return def.format === 'safeint' ? ['int'] : undefined;
    default:
      return undefined;
  }
}

/** All checks of a schema (including the schema itself when it is one, as string formats are). */
function specChecks(schema: z.ZodMiniType): SpecCheck[] | undefined {
  const { def, traits } = internals(schema);
  const checks = [...(traits.has('$ZodCheck') ? [schema] : []), ...(def.checks ?? [])];
  const specified = checks.map(specCheck);
  return specified.every((c) => c !== undefined) ? (specified as SpecCheck[]) : undefined;
}

export function specOf(roots: Record<string, z.ZodMiniType>): Spec {
  const nodes: SpecNode[] = [];
  const indexes = new Map<object, number>();

  const add = (schema: z.ZodMiniType): number => {
    const known = indexes.get(schema);
    if (known !== undefined) return known;
    const index = nodes.push(['unsure']) - 1;
    indexes.set(schema, index);
    nodes[index] = describe(schema);
    return index;
  };

  function describe(schema: z.ZodMiniType): SpecNode {
    const { def } = internals(schema);
    const checks = specChecks(schema);
    switch (def.type) {
      case 'string':
        return checks ? ['str', checks] : ['unsure'];
      case 'number':
        return checks ? ['num', checks] : ['unsure'];
      case 'boolean':
        return ['bool'];
      case 'unknown':
      case 'any':
        return ['any'];
      case 'enum':
        return ['enum', Object.values(def.entries ?? {})];
      case 'union':
        return ['or', (def.options ?? []).map(add)];
      case 'array':
        return def.checks?.length ? ['unsure'] : ['arr', add(def.element!)];
      case 'object': {
        if (!checks) return ['unsure'];
        const fields = Object.entries(def.shape ?? {}).map(([key, field]): [string, 0 | 1, number] => {
          const optional = internals(field).def.type === 'optional';
          return [key, optional ? 1 : 0, add(optional ? internals(field).def.innerType! : field)];
        });
        return ['obj', fields, checks];
      }
      default:
        return ['unsure'];
    }
  }

  return dedupe({ nodes, roots: Object.fromEntries(Object.entries(roots).map(([name, schema]) => [name, add(schema)])) });
}

/**
 * The same spec with each distinct node once (many fields share "any text", "a list of phones"...). The
 * last copy is kept, so a node still comes before the nodes it refers to.
 */
function dedupe(spec: Spec): Spec {
  let { nodes, roots } = spec;
  for (;;) {
    const keys = nodes.map((node) => JSON.stringify(node));
    const last = new Map(keys.map((key, index) => [key, index]));
    if (last.size === nodes.length) return { nodes, roots };
    const renumbered: number[] = [];
    keys.forEach((key, index) => {
      if (last.get(key) === index) renumbered[index] = renumbered.filter((n) => n !== undefined).length;
    });
    const ref = (index: number) => renumbered[last.get(keys[index])!];
    nodes = nodes
      .filter((_, index) => last.get(keys[index]) === index)
      .map((node): SpecNode => {
        if (node[0] === 'or') return ['or', node[1].map(ref)];
        if (node[0] === 'arr') return ['arr', ref(node[1])];
        if (node[0] === 'obj') return ['obj', node[1].map(([key, optional, index]): [string, 0 | 1, number] => [key, optional, ref(index)]), node[2]];
        return node;
      });
    roots = Object.fromEntries(Object.entries(roots).map(([name, index]) => [name, ref(index)]));
  }
}
