/**
 * Record-by-record parsing that keeps what is usable.
 *
 * First, values that mean "none" (`null`, blank text, an age of -1, an empty object: load/rules.ts's
 * `isAbsent`) are removed where a field is optional, and from lists, without a warning: the same as the
 * compiled check does in the widgets (load/check.ts). A record the quick check then passes is kept as it is.
 * Otherwise the record is checked against its schema. A value that fails and has a repair (repairs.ts: a
 * website without https://, an email with a stray space) is repaired when the schema then accepts it,
 * with a `repaired` warning. Any other problem is traced to the deepest part that can be let go of: an
 * optional field, or an item of a list. That part is removed, a warning names it, and the record is
 * checked again. A problem that reaches the record itself (a required field) skips the record.
 */
import type { z } from 'zod/mini';
import { quickCheck } from './quick-check.js';
import { isAbsent } from '../load/rules.js';
import { isWhole, repairOf } from './schema/marks.js';
import { describeIssue, formatPath, valueAt } from './issues.js';
import type { FeedWarning, JsonPath } from '../load/problems.js';

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

/** The schema of the value at `path` inside a value of `root`'s schema, or `undefined`. */
function schemaAt(root: AnySchema, path: JsonPath): AnySchema | undefined {
  let node: AnySchema | undefined = root;
  for (const key of path) {
    const def = defOf(unwrap(node));
    node = def.type === 'object' && typeof key === 'string' ? def.shape?.[key] : def.type === 'array' && typeof key === 'number' ? def.element : undefined;
    if (!node) return undefined;
    if (defOf(node).type === 'optional') node = defOf(node).innerType;
    if (!node) return undefined;
  }
  return unwrap(node);
}

type Cleaner = (value: unknown) => unknown;
const cleaners = new WeakMap<object, Cleaner>();
const same: Cleaner = (value) => value;

/**
 * A function that returns the value without its absent parts (see the module comment), or the value
 * itself, untouched, when it has none: copies are made only along the way to what is removed.
 */
export function cleaner(schema: AnySchema): Cleaner {
  let clean = cleaners.get(schema);
  if (clean) return clean;
  cleaners.set(schema, (value) => clean!(value)); // a recursive schema refers to itself while compiling
  const def = defOf(unwrap(schema));
  clean = same;
  if (def.type === 'object' && def.shape) {
    const fields = Object.entries(def.shape).map(([key, field]) => {
      const optional = defOf(field).type === 'optional';
      return { key, optional, clean: cleaner(optional ? defOf(field).innerType! : field) };
    });
    clean = (value) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      const record = value as Record<string, unknown>;
      let out = record;
      for (const { key, optional, clean } of fields) {
        const item = record[key];
        if (item === undefined) continue;
        const next = optional && isAbsent(item, key) ? undefined : clean(item);
        if (next === item) continue;
        if (out === record) out = { ...record };
        if (next === undefined) delete out[key];
        else out[key] = next;
      }
      return out;
    };
  } else if (def.type === 'array' && def.element && !['unknown', 'any'].includes(defOf(def.element).type)) {
    const item = cleaner(def.element);
    clean = (value) => {
      if (!Array.isArray(value)) return value;
      let out: unknown[] | undefined;
      value.forEach((element, index) => {
        const absent = isAbsent(element);
        const next = absent ? undefined : item(element);
        if (absent || next !== element) out ??= value.slice(0, index);
        if (out && !absent) out.push(next);
      });
      return out ?? value;
    };
  }
  cleaners.set(schema, clean);
  return clean;
}

/** A deep copy of plain JSON data. */
function copy<T>(value: T): T {
  return typeof structuredClone === 'function' ? structuredClone(value) : (JSON.parse(JSON.stringify(value)) as T);
}

/** Puts `value` at `path` inside `root` (mutating it). */
function setAt(root: unknown, path: JsonPath, value: unknown): void {
  const parent = valueAt(root, path.slice(0, -1));
  if (parent && typeof parent === 'object') (parent as Record<PropertyKey, unknown>)[path[path.length - 1]] = value;
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

/**
 * The repair (repairs.ts) of a value that fails its schema, when the schema has one and accepts what it
 * gives; `undefined` otherwise. A repair that leaves the value out needs a place that can do without it.
 */
function repairValue(schema: AnySchema, path: JsonPath, value: unknown): { value?: unknown; message: string } | undefined {
  const leaf = schemaAt(schema, path);
  const repair = leaf && repairOf(leaf)?.(value);
  if (!repair) return undefined;
  if (repair.value === undefined) return dropDepth(schema, path) === path.length ? repair : undefined;
  return leaf!.safeParse(repair.value).success ? repair : undefined;
}

export interface Repairs {
  /** New values by path; `undefined` leaves the value out. */
  fixes: Array<[JsonPath, unknown]>;
  /** The issues no repair answers. */
  rest: z.core.$ZodIssue[];
}

/**
 * Repairs what it can among a parse's issues, adding a `repaired` warning for each (path inside the
 * feed: `where` then the issue's); the caller applies the fixes with {@link applyFixes}.
 */
export function findRepairs(schema: AnySchema, input: unknown, issues: z.core.$ZodIssue[], where: JsonPath, warnings: FeedWarning[], record?: string): Repairs {
  const fixes: Repairs['fixes'] = [];
  const rest: z.core.$ZodIssue[] = [];
  const done = new Set<string>();
  for (const issue of issues) {
    const at = formatPath(issue.path);
    if (done.has(at)) continue;
    const repair = repairValue(schema, issue.path, valueAt(input, issue.path));
    if (!repair) {
      rest.push(issue);
      continue;
    }
    done.add(at);
    fixes.push([issue.path, repair.value]);
    warnings.push({ path: formatPath([...where, ...issue.path]), message: repair.message, action: 'repaired', ...(record && { record }) });
  }
  return { fixes, rest };
}

/** Puts each fix in place (mutating `root`), then removes the `drops`; list items go without holes. */
export function applyFixes(root: unknown, fixes: Repairs['fixes'], drops: JsonPath[] = []): void {
  for (const [path, value] of fixes) {
    if (value === undefined) drops.push(path);
    else setAt(root, path, value);
  }
  removeParts(root, drops);
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
  const cleaned = cleaner(schema)(raw);
  // Almost every record is valid: keep it as published, without zod's copy (see quick-check.ts).
  if (quickCheck(schema)(cleaned)) return { value: cleaned as z.infer<S>, warnings: [] };
  const warnings: FeedWarning[] = [];
  const record = describeRecord(raw, where);
  let input = cleaned;
  let copied = false;
  for (let round = 0; round < 5; round++) {
    const result = schema.safeParse(input);
    if (result.success) return { value: result.data as z.infer<S>, warnings };
    const drops: JsonPath[] = [];
    const fatal: FeedWarning[] = [];
    const { fixes, rest } = findRepairs(schema, input, result.error.issues, where, warnings, record);
    for (const issue of rest) {
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
      if (!isAbsent(partValue, part[part.length - 1])) {
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
    applyFixes(input, fixes, drops);
  }
  warnings.push({ path: formatPath(where), message: 'could not be repaired; record skipped', action: 'skipped', record });
  return { warnings };
}
