/**
 * The schema's spec: the zod schemas written as plain data (types, optional fields, enums, patterns,
 * bounds and the named rules of rules.ts), which check.ts compiles into predicates without zod. The one
 * compiler of the schemas makes it at build time (validator/schema-spec.ts's `specOf`; scripts/
 * generate-spec.mjs writes spec.generated.ts), and its compiled check serves both the page's first read
 * and the validator's quick check.
 *
 * "Spec", not "plan": in placekit a plan is a Locality Plan.
 *
 * A spec is a list of nodes and the roots that name some of them; a node refers to others by index, and
 * comes before the nodes it refers to (a recursive schema refers back).
 */
import type { RuleName } from './rules.js';

/** A check on a value: a pattern (source, flags), a bound, a whole number, or a rule that is code. */
export type SpecCheck = ['re', string, string] | ['ge' | 'gt' | 'le' | 'lt' | 'max' | 'min', number] | ['int'] | ['rule', RuleName];

/** One part of the schema. `unsure`: something the spec cannot say, which the check never calls valid. */
export type SpecNode =
  | ['str', SpecCheck[]]
  | ['num', SpecCheck[]]
  | ['bool']
  | ['any']
  | ['enum', unknown[]]
  | ['or', number[]]
  | ['arr', number]
  | ['obj', Array<[key: string, optional: 0 | 1, node: number]>, SpecCheck[]]
  | ['unsure'];

export interface Spec {
  nodes: SpecNode[];
  roots: Record<string, number>;
}

/**
 * The spec as text, as spec.generated.ts ships it ({@link decodeSpec} reads it back): a line of roots
 * (`name:node`), then a line per node, its parts separated by tabs. `s` and `n` (text, number), `b`, `a`,
 * `u` (boolean, anything, unsure), `e` (then the allowed values), `|` (then the options, comma-separated),
 * `[` and the item, `{` and the fields (`key!node` required, `key?node` optional, space-separated). Checks
 * follow as parts of their own: `/flags/pattern`, `=rule`, `int`, or a bound such as `ge-90` or `max256`.
 * Smaller to download than the same spec written as data, and no escaping beyond the pattern's own.
 * Build time only: pages decode, never encode.
 */
export function encodeSpec(spec: Spec): string {
  const safe = (text: string) => {
    if (/[\t\n]/.test(text)) throw new Error(`encodeSpec: ${JSON.stringify(text)} cannot be written`);
    return text;
  };
  const check = (c: SpecCheck): string => {
    if (c[0] === 're') return `/${c[2]}/${safe(c[1])}`;
    if (c[0] === 'rule') return `=${c[1]}`;
    if (c[0] === 'int') return 'int';
    return `${c[0]}${c[1]}`;
  };
  const withChecks = (head: string, checks: SpecCheck[]) => [head, ...checks.map(check)].join('\t');
  const lines = spec.nodes.map((node) => {
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
        if (!node[1].every((value) => typeof value === 'string')) throw new Error('encodeSpec: enum values other than text cannot be written');
        return ['e', ...(node[1] as string[]).map(safe)].join('\t');
      case 'or':
        return `|${node[1].join(',')}`;
      case 'arr':
        return `[${node[1]}`;
      case 'obj': {
        for (const [key] of node[1]) if (!/^[A-Za-z0-9_-]+$/.test(key)) throw new Error(`encodeSpec: field name ${JSON.stringify(key)} cannot be written`);
        return withChecks(`{${node[1].map(([key, optional, index]) => `${key}${optional ? '?' : '!'}${index}`).join(' ')}`, node[2]);
      }
      default:
        return 'u';
    }
  });
  return [
    Object.entries(spec.roots)
      .map(([name, index]) => `${name}:${index}`)
      .join(' '),
    ...lines,
  ].join('\n');
}

/** The spec from its text ({@link encodeSpec} describes the format). */
export function decodeSpec(text: string): Spec {
  const [rootLine, ...lines] = text.split('\n');
  const check = (part: string): SpecCheck => {
    if (part[0] === '/') return ['re', part.slice(part.indexOf('/', 1) + 1), part.slice(1, part.indexOf('/', 1))];
    if (part[0] === '=') return ['rule', part.slice(1) as RuleName];
    if (part === 'int') return ['int'];
    const kind = /^[a-z]+/.exec(part)![0] as 'ge';
    return [kind, Number(part.slice(kind.length))];
  };
  const nodes = lines.map((line): SpecNode => {
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
