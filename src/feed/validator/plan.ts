/**
 * Derives the plan that check.ts compiles, from the zod schemas' own definitions: types, optional
 * fields, enums, patterns, bounds and the named rules of rules.ts, and writes it as compact text. Anything it does not understand
 * becomes "unsure", so the compiled check never says "valid" where zod would not (a randomized test
 * in tests/feed/load/check.test.ts holds it to that).
 *
 * Runs at build time (scripts/generate-plan.mjs writes plan.generated.ts) and in the tests; never in
 * the widgets.
 */
import type { z } from 'zod/mini';
import type { Plan, PlanCheck, PlanNode } from '../load/check.js';
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

  return dedupe({ nodes, roots: Object.fromEntries(Object.entries(roots).map(([name, schema]) => [name, add(schema)])) });
}

/**
 * The same plan with each distinct node once (many fields share "any text", "a list of phones"...). The
 * last copy is kept, so a node still comes before the nodes it refers to.
 */
function dedupe(plan: Plan): Plan {
  let { nodes, roots } = plan;
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
      .map((node): PlanNode => {
        if (node[0] === 'or') return ['or', node[1].map(ref)];
        if (node[0] === 'arr') return ['arr', ref(node[1])];
        if (node[0] === 'obj') return ['obj', node[1].map(([key, optional, index]): [string, 0 | 1, number] => [key, optional, ref(index)]), node[2]];
        return node;
      });
    roots = Object.fromEntries(Object.entries(roots).map(([name, index]) => [name, ref(index)]));
  }
}

/**
 * The plan as text, as plan.generated.ts ships it (check.ts's `decodePlan` reads it back): a line of
 * roots (`name:node`), then a line per node, its parts separated by tabs. `s` and `n` (text, number),
 * `b`, `a`, `u` (boolean, anything, unsure), `e` (then the allowed values), `|` (then the options,
 * comma-separated), `[` and the item, `{` and the fields (`key!node` required, `key?node` optional,
 * space-separated). Checks follow as parts of their own: `/flags/pattern`, `=rule`, `int`, or a bound
 * such as `ge-90` or `max256`. Smaller to download than the same plan written as data, and no escaping
 * beyond the pattern's own.
 */
export function encodePlan(plan: Plan): string {
  const safe = (text: string) => {
    if (/[\t\n]/.test(text)) throw new Error(`encodePlan: ${JSON.stringify(text)} cannot be written`);
    return text;
  };
  const check = (c: PlanCheck): string => {
    if (c[0] === 're') return `/${c[2]}/${safe(c[1])}`;
    if (c[0] === 'rule') return `=${c[1]}`;
    if (c[0] === 'int') return 'int';
    return `${c[0]}${c[1]}`;
  };
  const withChecks = (head: string, checks: PlanCheck[]) => [head, ...checks.map(check)].join('\t');
  const lines = plan.nodes.map((node) => {
    switch (node[0]) {
      case 'str':
        return withChecks('s', node[1]);
      case 'num':
        return withChecks('n', node[1]);
      case 'bool':
        return 'b';
      case 'any':
        return 'a';
      case 'enum':
        if (!node[1].every((value) => typeof value === 'string')) throw new Error('encodePlan: enum values other than text cannot be written');
        return ['e', ...(node[1] as string[]).map(safe)].join('\t');
      case 'or':
        return `|${node[1].join(',')}`;
      case 'arr':
        return `[${node[1]}`;
      case 'obj': {
        for (const [key] of node[1]) if (!/^[A-Za-z0-9_-]+$/.test(key)) throw new Error(`encodePlan: field name ${JSON.stringify(key)} cannot be written`);
        return withChecks(`{${node[1].map(([key, optional, index]) => `${key}${optional ? '?' : '!'}${index}`).join(' ')}`, node[2]);
      }
      default:
        return 'u';
    }
  });
  return [
    Object.entries(plan.roots)
      .map(([name, index]) => `${name}:${index}`)
      .join(' '),
    ...lines,
  ].join('\n');
}
