/**
 * The feed check that runs without zod: a predicate per section, compiled from a plan that
 * `scripts/generate-plan.mjs` derives from the zod schemas (see plan.ts). It answers "valid" or "not
 * sure", like quick-check.ts, but needs neither zod nor the schemas, so a page whose feed is valid never
 * downloads the validator: load.ts fetches it (parse.ts and zod, in their own chunk) only when a record
 * is not sure.
 *
 * A value that means "none" where a field is optional (`null`, blank text, an age of -1: rules.ts's
 * `isAbsent`) is removed, and so is such an item of a list, as the full parse does.
 */
import { RULES, isAbsent, type RuleName } from './rules.js';

export type PlanCheck = ['re', string, string] | ['ge' | 'gt' | 'le' | 'lt' | 'max' | 'min', number] | ['int'] | ['rule', RuleName];
export type PlanNode =
  | ['str', PlanCheck[]]
  | ['num', PlanCheck[]]
  | ['bool']
  | ['any']
  | ['enum', unknown[]]
  | ['or', number[]]
  | ['arr', number]
  | ['obj', Array<[key: string, optional: 0 | 1, node: number]>, PlanCheck[]]
  | ['unsure'];

export interface Plan {
  nodes: PlanNode[];
  roots: Record<string, number>;
}

export type Predicate = (value: unknown) => boolean;

/** The plan from its text (plan.ts's `encodePlan` describes the format). */
export function decodePlan(text: string): Plan {
  const [rootLine, ...lines] = text.split('\n');
  const check = (part: string): PlanCheck => {
    if (part[0] === '/') return ['re', part.slice(part.indexOf('/', 1) + 1), part.slice(1, part.indexOf('/', 1))];
    if (part[0] === '=') return ['rule', part.slice(1) as RuleName];
    if (part === 'int') return ['int'];
    const kind = /^[a-z]+/.exec(part)![0] as 'ge';
    return [kind, Number(part.slice(kind.length))];
  };
  const nodes = lines.map((line): PlanNode => {
    const [head, ...parts] = line.split('\t');
    const rest = head.slice(1);
    switch (head[0]) {
      case 's':
        return ['str', parts.map(check)];
      case 'n':
        return ['num', parts.map(check)];
      case 'b':
        return ['bool'];
      case 'a':
        return ['any'];
      case 'e':
        return ['enum', parts];
      case '|':
        return ['or', rest.split(',').map(Number)];
      case '[':
        return ['arr', Number(rest)];
      case '{':
        return [
          'obj',
          rest
            ? rest.split(' ').map((field): [string, 0 | 1, number] => {
                const at = field.search(/[!?]\d+$/);
                return [field.slice(0, at), field[at] === '?' ? 1 : 0, Number(field.slice(at + 1))];
              })
            : [],
          parts.map(check),
        ];
      default:
        return ['unsure'];
    }
  });
  return { nodes, roots: Object.fromEntries(rootLine.split(' ').map((root) => [root.split(':')[0], Number(root.split(':')[1])])) };
}

function checker(checks: PlanCheck[]): Predicate {
  const tests = checks.map((check): Predicate => {
    switch (check[0]) {
      case 're': {
        const pattern = new RegExp(check[1], check[2]);
        return (v) => pattern.test(v as string);
      }
      case 'ge':
        return (v) => (v as number) >= check[1];
      case 'gt':
        return (v) => (v as number) > check[1];
      case 'le':
        return (v) => (v as number) <= check[1];
      case 'lt':
        return (v) => (v as number) < check[1];
      case 'max':
        return (v) => (v as string).length <= check[1];
      case 'min':
        return (v) => (v as string).length >= check[1];
      case 'int':
        return (v) => Number.isSafeInteger(v);
      case 'rule':
        return RULES[check[1]];
    }
  });
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return tests[0];
  return (value) => tests.every((test) => test(value));
}

/** Compiles every root of the plan; nodes shared between roots are compiled once. */
export function compilePlan(plan: Plan): Record<string, Predicate> {
  // planOf lists a node before the nodes it refers to, so compiling from the end gives every node its
  // parts' predicates directly; a reference back (a recursive schema) goes through a lookup.
  const compiled: Predicate[] = [];
  const node = (index: number): Predicate => compiled[index] ?? ((value) => compiled[index](value));
  function compile(spec: PlanNode): Predicate {
    switch (spec[0]) {
      case 'str': {
        const ok = checker(spec[1]);
        return (v) => typeof v === 'string' && ok(v);
      }
      case 'num': {
        const ok = checker(spec[1]);
        return (v) => typeof v === 'number' && Number.isFinite(v) && ok(v);
      }
      case 'bool':
        return (v) => typeof v === 'boolean';
      case 'any':
        return () => true;
      case 'enum': {
        const allowed = new Set(spec[1]);
        return (v) => allowed.has(v);
      }
      case 'or': {
        const options = spec[1].map(node);
        return (v) => options.some((option) => option(v));
      }
      case 'arr': {
        const item = node(spec[1]);
        // A list of anything (the header's sections) is the records' own: each record is judged by itself.
        const keep = plan.nodes[spec[1]][0] === 'any';
        return (v) => {
          if (!Array.isArray(v)) return false;
          for (let i = 0; i < v.length; i++) {
            if (!keep && isAbsent(v[i])) v.splice(i--, 1);
            else if (!item(v[i])) return false;
          }
          return true;
        };
      }
      case 'obj': {
        const fields = spec[1].map(([key, optional, index]) => ({ key, optional, check: node(index) }));
        const ok = checker(spec[2]);
        return (v) => {
          if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
          const record = v as Record<string, unknown>;
          for (const field of fields) {
            const value = record[field.key];
            if (value === undefined || (field.optional && isAbsent(value, field.key))) {
              if (!field.optional) return false;
              if (value !== undefined) delete record[field.key];
            } else if (!field.check(value)) {
              return false;
            }
          }
          return ok(v);
        };
      }
      default:
        return () => false;
    }
  }
  for (let index = plan.nodes.length - 1; index >= 0; index--) compiled[index] = compile(plan.nodes[index]);
  return Object.fromEntries(Object.entries(plan.roots).map(([name, index]) => [name, compiled[index]]));
}
