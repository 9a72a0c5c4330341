/**
 * Record-by-record parsing that keeps what is usable.
 *
 * A record the quick check passes is kept as published. Otherwise:
 * A record is checked against its schema. When it fails, each problem is traced to the deepest part
 * that can be let go of: an optional field, or an item of a list. That part is removed, a warning names
 * it, and the record is checked again. A problem that reaches the record itself (a required field) skips
 * the record. A `null` where a value is optional is treated as absent, without a warning.
 */
import type { z } from 'zod/mini';
import { quickCheck } from './quick-check.js';
import { isWhole } from './schema.js';
import { describeIssue, formatPath, valueAt } from './issues.js';
import type { FeedWarning, JsonPath } from './problems.js';

type AnySchema = z.ZodMiniType;

interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  innerType?: AnySchema;
  in?: AnySchema;
}

const defOf = (schema: AnySchema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Looks through wrappers that do not change the shape (pipes, defaults, readonly). */
function unwrap(schema: AnySchema): AnySchema {
  let node = schema;
  for (;;) {
    const def = defOf(node);
    if (def.type === 'pipe' && def.in) node = def.in;
    else if ((def.type === 'default' || def.type === 'prefault' || def.type === 'readonly' || def.type === 'nullable') && def.innerType) node = def.innerType;
    else return node;
  }
}

/**
 * How many leading segments of `path` name the part to drop for a problem at `path`, or `undefined`
 * when no part inside the record may be dropped (the record must be skipped).
 */
export function dropDepth(root: AnySchema, path: JsonPath): number | undefined {
  let node = unwrap(root);
  if (isWhole(node)) return undefined;
  let best: number | undefined;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const def = defOf(node);
    let child: AnySchema | undefined;
    let droppable = false;
    if (def.type === 'object' && typeof key === 'string' && def.shape) {
      child = def.shape[key];
      if (!child) return best;
      if (defOf(child).type === 'optional') {
        droppable = true;
        child = defOf(child).innerType;
      }
    } else if (def.type === 'array' && typeof key === 'number' && def.element) {
      child = def.element;
      droppable = true;
    }
    if (!child) return best;
    if (droppable) best = i + 1;
    child = unwrap(child);
    if (isWhole(child)) return best;
    node = child;
  }
  return best;
}

/** A deep copy of plain JSON data. */
function copy<T>(value: T): T {
  return typeof structuredClone === 'function' ? structuredClone(value) : (JSON.parse(JSON.stringify(value)) as T);
}

/** Removes the parts named by `paths` from `root` (mutating it). List items are removed, not left as holes. */
function removeParts(root: unknown, paths: JsonPath[]): void {
  const fromLists = new Map<unknown[], Set<number>>();
  for (const path of paths) {
    const parent = valueAt(root, path.slice(0, -1));
    const key = path[path.length - 1];
    if (Array.isArray(parent) && typeof key === 'number') {
      const set = fromLists.get(parent) ?? new Set<number>();
      set.add(key);
      fromLists.set(parent, set);
    } else if (parent && typeof parent === 'object') {
      delete (parent as Record<PropertyKey, unknown>)[key];
    }
  }
  for (const [list, indexes] of fromLists) {
    for (const index of [...indexes].sort((a, b) => b - a)) list.splice(index, 1);
  }
}

export interface RecordResult<T> {
  /** The record as checked, or `undefined` when it had to be skipped. */
  value?: T;
  warnings: FeedWarning[];
}

/** Describes a record for warnings: `services[12] "Food bank" (id 4a1b)`. */
export function describeRecord(raw: unknown, where: JsonPath): string {
  const at = formatPath(where);
  if (!raw || typeof raw !== 'object') return at;
  const record = raw as Record<string, unknown>;
  const label = [record.name, record.title].find((v) => typeof v === 'string' && v.trim() !== '') as string | undefined;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : undefined;
  return [at, label ? JSON.stringify(label.length > 60 ? `${label.slice(0, 60)}…` : label) : '', id ? `(id ${id})` : ''].filter(Boolean).join(' ');
}

/**
 * Checks one record, dropping what cannot be kept. `where` is the record's path in the feed, used to
 * name problems (`services[12]`).
 */
export function parseRecord<S extends AnySchema>(schema: S, raw: unknown, where: JsonPath): RecordResult<z.infer<S>> {
  // Almost every record is valid: keep it as published, without zod's copy (see quick-check.ts).
  if (quickCheck(schema)(raw)) return { value: raw as z.infer<S>, warnings: [] };
  const warnings: FeedWarning[] = [];
  const record = describeRecord(raw, where);
  let input = raw;
  let copied = false;
  for (let round = 0; round < 5; round++) {
    const result = schema.safeParse(input);
    if (result.success) return { value: result.data as z.infer<S>, warnings };
    const drops: JsonPath[] = [];
    const fatal: FeedWarning[] = [];
    for (const issue of result.error.issues) {
      const depth = dropDepth(schema, issue.path);
      const value = valueAt(input, issue.path);
      const message = describeIssue(issue, value);
      if (depth === undefined) {
        fatal.push({ path: formatPath([...where, ...issue.path]), message, action: 'skipped', record });
        continue;
      }
      const part = issue.path.slice(0, depth);
      drops.push(part);
      const partValue = valueAt(input, part);
      if (partValue !== null) {
        const dropped = part.length === issue.path.length ? 'dropped' : `${formatPath([...where, ...part])} dropped`;
        warnings.push({ path: formatPath([...where, ...issue.path]), message: `${message}; ${dropped}`, action: 'dropped', record });
      }
    }
    if (fatal.length > 0) {
      const first = fatal[0];
      const more = fatal.length > 1 ? ` (and ${fatal.length - 1} more problem${fatal.length > 2 ? 's' : ''})` : '';
      // What would have been dropped no longer matters: the record goes as a whole.
      const skipped: FeedWarning[] = [{ ...first, message: `${first.message}; record skipped${more}` }];
      for (const other of fatal.slice(1, 5)) skipped.push({ ...other, message: `${other.message}; record skipped` });
      return { warnings: skipped };
    }
    if (!copied) {
      input = copy(input);
      copied = true;
    }
    removeParts(input, drops);
  }
  warnings.push({ path: formatPath(where), message: 'could not be repaired; record skipped', action: 'skipped', record });
  return { warnings };
}
