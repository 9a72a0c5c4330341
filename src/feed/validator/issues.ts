/**
 * What is wrong with a value, in one line for the publisher: zod's issues as placekit words them. Only
 * the validator (parse.ts, tolerant.ts) needs this, so it stays out of the widgets' first download.
 */
import type { z } from 'zod/mini';
import type { JsonPath } from '../load/problems.js';

/** `['services', 12, 'schedules', 0, 'opens_at']` becomes `services[12].schedules[0].opens_at`. */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** The value found at `path` inside `root`, or `undefined`. */
export function valueAt(root: unknown, path: JsonPath): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  int: 'a whole number',
};

/**
 * A short, safe rendering of a value for a message: `"9am"`, `100`, `a list`. Characters a publisher
 * could not see in a message (no-break and zero-width spaces) are written as `\u00a0` and the like.
 */
export function shown(value: unknown): string {
  if (typeof value === 'string') {
    // Long values keep their start and their end (an email's domain, a link's last part).
    const cut = value.length > 60 ? `${value.slice(0, 40)}…${value.slice(-15)}` : value;
    return JSON.stringify(cut).replace(/[\u00A0\u00AD\u200B-\u200D\u2060\uFEFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return kindOf(value);
}

const FORMATS: Record<string, string> = {
  date: 'must be a date, YYYY-MM-DD',
  datetime: 'must be a date and time such as 2026-03-01T09:30:00Z',
  email: 'must be an email address',
  url: 'must be a URL',
};

/** One line that says what is wrong with the value at an issue's path. */
export function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  const custom = issue.message && issue.message !== 'Invalid input' ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'is required';
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${kindOf(value)}${value !== null && typeof value !== 'object' ? ` (is ${shown(value)})` : ''}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'must not be empty' : `must be at least ${min} characters`;
      if (issue.origin === 'array') return `must have at least ${min} item${min === 1 ? '' : 's'}`;
      return `${custom ?? `must be at least ${min}`} (is ${shown(value)})`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `must be at most ${max} characters`;
      if (issue.origin === 'array') return `must have at most ${max} items`;
      return `${custom ?? `must be at most ${max}`} (is ${shown(value)})`;
    }
    case 'invalid_format':
      return `${custom ?? FORMATS[issue.format] ?? `must be in the ${issue.format} format`} (is ${shown(value)})`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')} (is ${shown(value)})`;
    case 'invalid_union':
      return custom ? `${custom} (is ${shown(value)})` : `must be text or a number, not ${kindOf(value)}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    default:
      // A rule's own message may already name what it refers to (a form's questions); a plain value is named here.
      if (!custom) return `is not valid (is ${shown(value)})`;
      return value === undefined || (issue.code === 'custom' && (typeof value === 'object' || custom.includes(shown(value))))
        ? custom
        : `${custom} (is ${shown(value)})`;
  }
}
