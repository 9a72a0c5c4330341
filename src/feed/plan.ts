/**
 * Derives the plan that check.ts compiles, from the zod schemas' own definitions: types, optional
 * fields, enums, patterns, bounds and the named rules of rules.ts. Anything it does not understand
 * becomes "unsure", so the compiled check never says "valid" where zod would not (a randomized test
 * in tests/feed/check.test.ts holds it to that).
 *
 * Runs at build time (scripts/generate-plan.mjs writes plan.generated.ts) and in the tests; never in
 * the widgets.
 */
import type { z } from 'zod/mini';
import type { Plan, PlanCheck, PlanNode } from './check.js';
import { ruleOf } from './schema.js';

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

/** A check as plan data, or undefined when the plan cannot express it. */
function planCheck(check: object): PlanCheck | undefined {
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
function planChecks(schema: z.ZodMiniType): PlanCheck[] | undefined {
  const { def, traits } = internals(schema);
  const checks = [...(traits.has('$ZodCheck') ? [schema] : []), ...(def.checks ?? [])];
  const planned = checks.map(planCheck);
  return planned.every((c) => c !== undefined) ? (planned as PlanCheck[]) : undefined;
}

export function planOf(roots: Record<string, z.ZodMiniType>): Plan {
  const nodes: PlanNode[] = [];
  const indexes = new Map<object, number>();

  const add = (schema: z.ZodMiniType): number => {
    const known = indexes.get(schema);
    if (known !== undefined) return known;
    const index = nodes.push(['unsure']) - 1;
    indexes.set(schema, index);
    nodes[index] = describe(schema);
    return index;
  };

  function describe(schema: z.ZodMiniType): PlanNode {
    const { def } = internals(schema);
    const checks = planChecks(schema);
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

  return { nodes, roots: Object.fromEntries(Object.entries(roots).map(([name, schema]) => [name, add(schema)])) };
}
