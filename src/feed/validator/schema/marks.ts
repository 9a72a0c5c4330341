/**
 * Marks a schema can carry beside zod's own definition, for the code that walks the schemas: a part kept
 * or dropped whole (read by the repair, ../tolerant.ts), the named rule a check runs (read by the one
 * compiler of the schemas, ../schema-spec.ts, so the compiled check calls the same code), and the repair for
 * values that fail (../repairs.ts, tried by the repair).
 */
import type * as z from 'zod/mini';
import type { RuleName } from '../../load/rules.js';
import type { Repairer } from '../repairs.js';

/** A mark: a value attached to a schema (or a check) without changing it. */
function mark<V>() {
  const marks = new WeakMap<object, V>();
  return {
    set: <T extends object>(target: T, value: V): T => (marks.set(target, value), target),
    get: (target: unknown): V | undefined => (typeof target === 'object' && target !== null ? marks.get(target) : undefined),
  };
}

const WHOLE = mark<true>();

/**
 * Marks a part that is kept or dropped as a unit: nothing inside it is dropped on its own, so a problem
 * anywhere inside drops the part (when it is optional or an array item) or skips the record.
 */
export const whole = <T extends z.ZodMiniType>(schema: T): T => WHOLE.set(schema, true);

/** True when `whole()` marked the schema. */
export const isWhole = (schema: unknown): boolean => WHOLE.get(schema) === true;

const RULE = mark<RuleName>();

/**
 * Names a check that is code, one of load/rules.ts's `RULES`, so the compiled check (load/check.ts) calls the
 * same code: `rule('notBlank', z.refine(RULES.notBlank, ...))`.
 */
export const rule = <T extends object>(name: RuleName, check: T): T => RULE.set(check, name);

/** The rule a check runs, when it is one of load/rules.ts's. */
export const ruleOf = (check: object): RuleName | undefined => RULE.get(check);

const REPAIR = mark<Repairer>();

/** Names the repair (../repairs.ts) the validator tries on a value that fails this schema. */
export const repairable = <T extends object>(schema: T, repair: Repairer): T => REPAIR.set(schema, repair);

/** The repair for values that fail the schema, when it has one. */
export const repairOf = (schema: object): Repairer | undefined => REPAIR.get(schema);
