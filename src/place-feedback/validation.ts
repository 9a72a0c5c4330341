/**
 * The form's rules, checked in plain code from its definition (no zod: a few rules per question kind do
 * not need a schema library, and placekit.js carries this module), loaded on demand (the element imports
 * it when the form first shows). Errors follow the GOV.UK wording patterns; postcodes and phone numbers
 * are accepted as people type them and sent tidied up.
 */
import { parsePostcode } from '../feed/domain/areas.js';
import type { Question } from '../feed/domain/types.js';
import { formatNumber, msg, plural, str } from '../ui/localize.js';
import { oneLine } from '../ui/rich-text.js';
import type { Answer, Answers } from './answers.js';

/** A UK or international phone number as typed: digits, spaces, brackets, dashes, dots, a leading +. */
export function tidyPhone(input: string): string | undefined {
  if (!/^\+?[\d\s().-]+$/.test(input)) return undefined;
  let digits = input.replace(/[\s().-]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  digits = digits.replace(/^\+44\(?0?/, '+44');
  if (/^0\d{9,10}$/.test(digits) || /^\+44\d{9,10}$/.test(digits) || /^\+[1-9]\d{6,14}$/.test(digits)) return digits;
  return undefined;
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** The first problem with one answer, in the order the form reads them, or undefined when it is fine. */
function problemWith(q: Question, value: Answer): string | undefined {
  const label = oneLine(q.label);
  const required = q.required === true;
  switch (q.kind) {
    case 'multiple_choice':
      return required && !(Array.isArray(value) && value.length > 0) ? msg(str`Select at least one answer for: ${label}`) : undefined;
    case 'consent':
      return required && value !== true ? msg(str`Tick the box to agree: ${label}`) : undefined;
    case 'yes_no':
    case 'rating':
    case 'single_choice':
      return required && (value === null || value === undefined) ? msg(str`Select an answer for: ${label}`) : undefined;
    default: {
      const max = q.max_length;
      const min = q.min_length ?? 0;
      if (typeof value !== 'string') return required || (value !== null && value !== undefined) ? msg(str`Enter an answer for: ${label}`) : undefined;
      if (max !== undefined && value.length > max) return atMost(label, max);
      if (value.length < min) return atLeast(label, min);
      if (q.kind === 'email' && !EMAIL.test(value)) return msg('Enter an email address in the correct format, like name@example.com');
      if (q.kind === 'postcode' && parsePostcode(value) === undefined) return msg('Enter a full UK postcode, like G31 4XY');
      if (q.kind === 'phone' && tidyPhone(value) === undefined) return msg('Enter a telephone number, like 0141 287 1234 or +44 141 287 1234');
      return undefined;
    }
  }
}

/** The answer as it is sent: a postcode as its sector (G31 4), enough to see the neighbourhood, not the street; a phone number tidied. */
function tidied(q: Question, value: Answer): Answer {
  if (value === undefined) return null;
  if (typeof value !== 'string') return value;
  if (q.kind === 'postcode') return parsePostcode(value)?.sector ?? null;
  if (q.kind === 'phone') return tidyPhone(value) ?? null;
  return value;
}

export interface FieldError {
  id: string;
  message: string;
}

/** Checks answers against the form's questions: the tidied answers, or one error per field in order. */
export function validate(questions: readonly Question[], answers: Answers): { ok: true; answers: Answers } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const checked: Answers = {};
  for (const q of questions) {
    const message = problemWith(q, answers[q.id]);
    if (message !== undefined) errors.push({ id: q.id, message });
    else checked[q.id] = tidied(q, answers[q.id]);
  }
  return errors.length ? { ok: false, errors } : { ok: true, answers: checked };
}

/** "Your name must be 200 characters or fewer", in the plural form for the number. */
function atMost(label: string, count: number): string {
  const n = formatNumber(count);
  return plural(count, {
    zero: msg(str`${label} must be ${n} characters or fewer`, { id: 'length.max.zero' }),
    one: msg(str`${label} must be ${n} character or fewer`, { id: 'length.max.one' }),
    two: msg(str`${label} must be ${n} characters or fewer`, { id: 'length.max.two' }),
    few: msg(str`${label} must be ${n} characters or fewer`, { id: 'length.max.few' }),
    many: msg(str`${label} must be ${n} characters or fewer`, { id: 'length.max.many' }),
    other: msg(str`${label} must be ${n} characters or fewer`, { id: 'length.max.other' }),
  });
}

/** "Your story must be 10 characters or more", in the plural form for the number. */
function atLeast(label: string, count: number): string {
  const n = formatNumber(count);
  return plural(count, {
    zero: msg(str`${label} must be ${n} characters or more`, { id: 'length.min.zero' }),
    one: msg(str`${label} must be ${n} character or more`, { id: 'length.min.one' }),
    two: msg(str`${label} must be ${n} characters or more`, { id: 'length.min.two' }),
    few: msg(str`${label} must be ${n} characters or more`, { id: 'length.min.few' }),
    many: msg(str`${label} must be ${n} characters or more`, { id: 'length.min.many' }),
    other: msg(str`${label} must be ${n} characters or more`, { id: 'length.min.other' }),
  });
}
