/**
 * The feed's rules that are code rather than shape: used by the zod schemas (validator/schema/) and, without
 * zod, by the compiled check that lets a valid feed load without the validator (check.ts). One
 * definition each, so both always agree.
 */
import { isSafeUrl } from '../domain/safe-url.js';

/** A JSON object: not null, not a list. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text that says something. */
export const notBlank = (value: string): boolean => value.trim() !== '';

/**
 * Values that mean "none", as live directories write them, read exactly as if the field were absent:
 * `null`, blank text (`""`, spaces), `-1` in an age (Open Referral UK's "no limit"), and an object with
 * nothing in it but its own `id`, such values and lists of them. `key` is the field's name. A list is
 * never absent as a field (`"priorities": []` says "none" on purpose); its absent items are removed.
 */
export function isAbsent(value: unknown, key?: PropertyKey, depth = 0): boolean {
  // Runs on every optional value of every record the widgets read: no allocation, and most values are
  // settled by their first character or their first field.
  if (value == null) return true;
  if (typeof value === 'string') {
    const first = value.charCodeAt(0);
    return !(first > 32 && first < 127) && !/\S/.test(value);
  }
  if (value === -1) return /_age$/.test(key as string);
  // Only a plain object can hold nothing (its own "constructor" field does not make it one), and nothing
  // nested deeper than a record's parts is read as empty: a value 20,000 levels deep is not walked.
  if (depth++ > 9 || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const k in value as Record<string, unknown>) {
    const v = (value as Record<string, unknown>)[k];
    if (k !== 'id' && !isAbsent(v, k, depth) && !(Array.isArray(v) && v.every((item) => isAbsent(item, '', depth)))) return false;
  }
  return true;
}

/** A feedback form's endpoint: https, or http on localhost for development. */
export function isAllowedEndpoint(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}

/**
 * A problem a form's rule found: which (its words are the validator's, schema/feed.ts, so pages that only
 * need a yes or a no do not download them), where, and the value.
 */
export interface RuleProblem {
  problem: 'no questions' | 'id twice' | 'theme twice' | 'options' | 'scale' | 'points';
  path: Array<string | number>;
  input: unknown;
}

interface FormShape {
  questions: Array<{ id: string; kind: string; options?: unknown[]; scale?: { min: number; max: number } }>;
  place_standard?: { themes: Array<{ id: string }>; scale?: { min: number; max: number } };
}

/**
 * A form's rules across its questions: ids unique, choices with two options or more, scales of 2 to 11 points.
 * A Place Standard form's themes are questions too (`<id>`, `<id>-good`, `<id>-better`): their ids must not clash.
 */
export function formProblems(form: FormShape): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const seen = new Set<string>();
  const standard = form.place_standard;
  if (form.questions.length === 0 && !standard?.themes.length) problems.push({ problem: 'no questions', input: form.questions, path: ['questions'] });
  if (standard?.scale && standard.scale.max <= standard.scale.min)
    problems.push({ problem: 'scale', input: standard.scale, path: ['place_standard', 'scale'] });
  standard?.themes.forEach((theme, index) => {
    if (seen.has(theme.id)) problems.push({ problem: 'theme twice', input: theme.id, path: ['place_standard', 'themes', index, 'id'] });
    for (const suffix of ['', '-good', '-better']) seen.add(theme.id + suffix);
  });
  form.questions.forEach((question, index) => {
    if (seen.has(question.id)) problems.push({ problem: 'id twice', input: question.id, path: ['questions', index, 'id'] });
    seen.add(question.id);
    const choice = question.kind === 'single_choice' || question.kind === 'multiple_choice';
    if (choice && (question.options?.length ?? 0) < 2) problems.push({ problem: 'options', input: question.options, path: ['questions', index, 'options'] });
    const span = question.scale && question.scale.max - question.scale.min;
    if (span! <= 0) problems.push({ problem: 'scale', input: question.scale, path: ['questions', index, 'scale'] });
    // Each point is a radio button: 0 to 10 is the longest scale a resident can take in.
    if (span! > 10) problems.push({ problem: 'points', input: question.scale, path: ['questions', index, 'scale'] });
  });
  return problems;
}

/** The rules by name, as the compiled check refers to them. */
export const RULES = {
  notBlank: (value: unknown) => notBlank(value as string),
  safeUrl: (value: unknown) => isSafeUrl(value as string),
  allowedEndpoint: (value: unknown) => isAllowedEndpoint(value as string),
  form: (value: unknown) => formProblems(value as FormShape).length === 0,
};
export type RuleName = keyof typeof RULES;
