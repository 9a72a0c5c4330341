/**
 * What `<place-feedback>` POSTs, checked field by field, and the fingerprint that tells whether two
 * bodies sent with one idempotency key are the same submission.
 *
 * `{form_id, answers, context: {area?, subject?, subject_name?, page_url}, submitted_at, idempotency_key, suspected_spam?}`.
 * `subject_name` is what the subject is called when the page sent it (a directory's listing: the service's name).
 * Answers are text, numbers, true/false, lists of text or null, keyed by question id. `suspected_spam`
 * names the signals that made the widget suspect a script (`honeypot`, `too_fast`). Fields placekit does
 * not know are kept apart (`rest`: a newer widget may send more) but not checked, beyond a limit on how
 * deep they nest. `null` is read as absent, as in the feed.
 */
import { createHash } from 'node:crypto';

export interface Submission {
  form_id: string;
  answers: Record<string, AnswerValue>;
  context: { area?: string; subject?: string; subject_name?: string; page_url: string };
  submitted_at: string;
  idempotency_key: string;
  /** The signals that made the widget suspect a script; absent when none fired. */
  suspected_spam?: string[];
  /** What of the body is not above: unknown fields, at the top and in `context`. */
  rest: Record<string, unknown>;
}

export type AnswerValue = string | number | boolean | string[] | null;

/** A body that is JSON but not a submission: which field, and what is wrong with it. */
export class SubmissionError extends Error {}

/** Keys as the widget makes them (UUIDs) and as other clients reasonably might. */
export const KEY_PATTERN = /^[A-Za-z0-9._:-]{8,200}$/;
/** How deep a body may nest (the widget's nests 3 deep); deeper is refused before anything walks it. */
const MAX_DEPTH = 32;
/** Signal names in `suspected_spam`: a few short words. */
const SIGNAL = /^[a-z0-9_-]{1,40}$/i;
const MAX_SIGNALS = 10;
/** Fields of the body and of its context that placekit reads. */
const KNOWN = new Set(['form_id', 'answers', 'context', 'submitted_at', 'idempotency_key', 'suspected_spam']);
const KNOWN_CONTEXT = new Set(['area', 'subject', 'subject_name', 'page_url']);
/** Question ids, as the feed's schema allows them. */
const QUESTION_ID = /^[a-z][a-z0-9_-]{0,63}$/i;
const MAX_TEXT = 100_000;
const MAX_ANSWERS = 500;
const MAX_CHOICES = 200;
const MAX_ID = 256;
/** A subject's name (a service's name in a directory). */
const MAX_NAME = 1000;
const MAX_URL = 2048;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: unknown, field: string, max: number, required: boolean): string | undefined {
  if (value === undefined || value === null) {
    if (required) throw new SubmissionError(`${field} is missing`);
    return undefined;
  }
  if (typeof value !== 'string') throw new SubmissionError(`${field} must be text`);
  if (required && value.trim() === '') throw new SubmissionError(`${field} is empty`);
  if (value.length > max) throw new SubmissionError(`${field} is longer than ${max} characters`);
  return value;
}

function answer(value: unknown, field: string): AnswerValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new SubmissionError(`${field} must be a finite number`);
    return value;
  }
  if (typeof value === 'string') {
    if (value.length > MAX_TEXT) throw new SubmissionError(`${field} is longer than ${MAX_TEXT} characters`);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length > MAX_CHOICES) throw new SubmissionError(`${field} has more than ${MAX_CHOICES} choices`);
    value.forEach((item, index) => {
      if (typeof item !== 'string' || item.length > MAX_ID) throw new SubmissionError(`${field}[${index}] must be a choice's value (text)`);
    });
    return value as string[];
  }
  throw new SubmissionError(`${field} must be text, a number, true or false, a list of choices, or null`);
}

/** Whether the value nests deeper than `max` objects and arrays (walked without recursion). */
function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/** The fields of an object that are not among `known`, as an object of their own (empty when none). */
function unknownFields(value: Json, known: ReadonlySet<string>): Json {
  const rest: Json = {};
  for (const [key, field] of Object.entries(value))
    if (!known.has(key)) Object.defineProperty(rest, key, { value: field, enumerable: true, writable: true, configurable: true });
  return rest;
}

/** What of a body placekit does not read: unknown fields at the top, and in `context` under `rest.context`. */
export function restOf(body: Json): Json {
  const rest = unknownFields(body, KNOWN);
  if (isObject(body.context)) {
    const context = unknownFields(body.context, KNOWN_CONTEXT);
    if (Object.keys(context).length > 0) rest.context = context;
  }
  return rest;
}

function signals(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_SIGNALS || !value.every((item) => typeof item === 'string' && SIGNAL.test(item))) {
    throw new SubmissionError(`suspected_spam must be a list of 1 to ${MAX_SIGNALS} signal names (letters, digits, - or _)`);
  }
  return value as string[];
}

/** Checks a parsed body; throws SubmissionError naming the first field that is wrong. */
export function readSubmission(body: unknown): Submission {
  if (!isObject(body)) throw new SubmissionError('the body must be a JSON object');
  if (nestsDeeperThan(body, MAX_DEPTH)) throw new SubmissionError(`the body is nested more than ${MAX_DEPTH} levels deep`);
  const form_id = text(body.form_id, 'form_id', MAX_ID, true)!;
  const idempotency_key = text(body.idempotency_key, 'idempotency_key', 200, true)!;
  if (!KEY_PATTERN.test(idempotency_key)) {
    throw new SubmissionError('idempotency_key must be 8 to 200 letters, digits, or . _ : -');
  }
  // The reference a resident is shown is the key's first 8 letters and digits: a key needs that many.
  if (idempotency_key.replace(/[^A-Za-z0-9]/g, '').length < 8)
    throw new SubmissionError('idempotency_key must hold at least 8 letters or digits (its first 8 are the reference)');
  const submitted_at = text(body.submitted_at, 'submitted_at', 64, true)!;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(submitted_at) || Number.isNaN(Date.parse(submitted_at))) {
    throw new SubmissionError('submitted_at must be a date and time in ISO 8601 (2026-11-22T10:15:00.000Z)');
  }
  if (body.answers === undefined || body.answers === null) throw new SubmissionError('answers is missing');
  if (!isObject(body.answers)) throw new SubmissionError('answers must be an object of answers by question id');
  const entries = Object.entries(body.answers);
  if (entries.length > MAX_ANSWERS) throw new SubmissionError(`answers has more than ${MAX_ANSWERS} questions`);
  // No prototype: an answer id is only ever an own key (QUESTION_ID keeps out `__proto__` as well).
  const answers: Record<string, AnswerValue> = Object.create(null);
  for (const [id, value] of entries) {
    if (!QUESTION_ID.test(id)) throw new SubmissionError(`answers: "${id.slice(0, 70)}" is not a question id`);
    answers[id] = answer(value, `answers.${id}`);
  }
  if (body.context === undefined || body.context === null) throw new SubmissionError('context is missing (it holds page_url)');
  if (!isObject(body.context)) throw new SubmissionError('context must be an object');
  const page_url = text(body.context.page_url, 'context.page_url', MAX_URL, true)!;
  if (!/^https?:\/\//i.test(page_url)) throw new SubmissionError('context.page_url must be an http or https address');
  const area = text(body.context.area, 'context.area', MAX_ID, false);
  const subject = text(body.context.subject, 'context.subject', MAX_ID, false);
  const subject_name = text(body.context.subject_name, 'context.subject_name', MAX_NAME, false);
  const suspected_spam = signals(body.suspected_spam);
  return {
    form_id,
    answers,
    context: {
      ...(area !== undefined && { area }),
      ...(subject !== undefined && { subject }),
      ...(subject_name !== undefined && { subject_name }),
      page_url,
    },
    submitted_at,
    idempotency_key,
    ...(suspected_spam && { suspected_spam }),
    rest: restOf(body),
  };
}

/** JSON with object keys sorted, so that key order and whitespace do not make two bodies differ. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256 of the body's canonical JSON: equal for the same submission however it was serialized. */
export function fingerprint(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}
