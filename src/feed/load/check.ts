/**
 * The compiled check: a spec (spec.ts) turned into a predicate per root, with no zod. It answers "valid"
 * or "not sure", never "invalid", and must never say "valid" where zod would not (tests/feed/load/
 * check.test.ts and tests/feed/validator/quick-check.test.ts hold it to zod on thousands of damaged
 * records). Compiled from the generated spec (spec.generated.ts, by read.ts's `compiledChecks`), it serves
 * both paths: the page takes a feed that passes as it is, so a page whose feed is valid never downloads
 * the validator (load.ts fetches it only when a record is not sure), and the validator runs the same
 * predicates as its quick check (validator/quick-check.ts) before zod's full parse.
 *
 * A value that means "none" where a field is optional (`null`, blank text, an age of -1: rules.ts's
 * `isAbsent`) is removed, and so is such an item of a list, as the full parse does.
 */
import { RULES, isAbsent, isRecord } from './rules.js';
import type { Spec, SpecCheck, SpecNode } from './spec.js';

export type Predicate = (value: unknown) => boolean;

function checker(checks: SpecCheck[]): Predicate {
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

/** Compiles every root of the spec; nodes shared between roots are compiled once. */
export function compileSpec(spec: Spec): Record<string, Predicate> {
  // specOf lists a node before the nodes it refers to, so compiling from the end gives every node its
  // parts' predicates directly; a reference back (a recursive schema) goes through a lookup.
  const compiled: Predicate[] = [];
  const node = (index: number): Predicate => compiled[index] ?? ((value) => compiled[index](value));
  function compile(part: SpecNode): Predicate {
    switch (part[0]) {
      case 'str': {
        const ok = checker(part[1]);
        return (v) => typeof v === 'string' && ok(v);
      }
      case 'num': {
        const ok = checker(part[1]);
        return (v) => typeof v === 'number' && Number.isFinite(v) && ok(v);
      }
      case 'bool':
        return (v) => typeof v === 'boolean';
      case 'any':
        return () => true;
      case 'enum': {
        const allowed = new Set(part[1]);
        return (v) => allowed.has(v);
      }
      case 'or': {
        const options = part[1].map(node);
        return (v) => options.some((option) => option(v));
      }
      case 'arr': {
        const item = node(part[1]);
        // A list of anything (the header's sections) is the records' own: each record is judged by itself.
        const keep = spec.nodes[part[1]][0] === 'any';
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
        const fields = part[1].map(([key, optional, index]) => ({ key, optional, check: node(index) }));
        const ok = checker(part[2]);
        return (v) => {
          if (!isRecord(v)) return false;
          for (const field of fields) {
            const value = v[field.key];
            if (value === undefined || (field.optional && isAbsent(value, field.key))) {
              if (!field.optional) return false;
              if (value !== undefined) delete v[field.key];
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
  for (let index = spec.nodes.length - 1; index >= 0; index--) compiled[index] = compile(spec.nodes[index]);
  return Object.fromEntries(Object.entries(spec.roots).map(([name, index]) => [name, compiled[index]]));
}
