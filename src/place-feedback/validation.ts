/**
 * The form's rules as a zod/mini schema built from its definition, loaded on demand (the element
 * imports this module when the form first shows), so zod is not in the page's first download.
 * Errors follow the GOV.UK wording patterns; postcodes and phone numbers are accepted as people
 * type them and sent tidied up.
 */
import * as z from 'zod/mini';
import { parsePostcode } from '../feed/areas.js';
import type { Question } from '../feed/schema.js';
import { msg, str } from '../ui/localize.js';
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

function ruleFor(q: Question): z.ZodMiniType<Answer, Answer> {
  const label = q.label;
  const required = q.required === true;
  const missing = msg(str`Enter an answer for: ${label}`);
  const select = msg(str`Select an answer for: ${label}`);
  switch (q.kind) {
    case 'multiple_choice':
      return z.array(z.string()).check(z.refine((v) => !required || v.length > 0, msg(str`Select at least one answer for: ${label}`))) as never;
    case 'consent':
      return z.boolean().check(z.refine((v) => !required || v, msg(str`Tick the box to agree: ${label}`))) as never;
    case 'yes_no':
    case 'rating':
    case 'single_choice':
      return z.nullable(z.union([z.string(), z.number(), z.boolean()])).check(z.refine((v) => !required || v !== null, select)) as never;
    default: {
      const max = q.max_length;
      const min = q.min_length ?? 0;
      return z.pipe(
        z.nullable(z.string()).check(
          z.refine((v) => !required || v !== null, missing),
          z.refine((v) => v === null || max === undefined || v.length <= max, msg(str`${label} must be ${max} characters or fewer`)),
          z.refine((v) => v === null || v.length >= min, msg(str`${label} must be ${min} characters or more`)),
          z.refine((v) => v === null || q.kind !== 'email' || EMAIL.test(v), msg('Enter an email address in the correct format, like name@example.com')),
          z.refine((v) => v === null || q.kind !== 'postcode' || parsePostcode(v) !== undefined, msg('Enter a full UK postcode, like G31 4XY')),
          z.refine((v) => v === null || q.kind !== 'phone' || tidyPhone(v) !== undefined, msg('Enter a telephone number, like 0141 287 1234 or +44 141 287 1234')),
        ),
        z.transform((v: string | null): Answer => {
          if (v === null) return null;
          // A postcode is sent as its sector (G31 4): enough to see the neighbourhood, not the street.
          if (q.kind === 'postcode') return parsePostcode(v)?.sector ?? null;
          if (q.kind === 'phone') return tidyPhone(v) ?? null;
          return v;
        }),
      ) as never;
    }
  }
}

export interface FieldError {
  id: string;
  message: string;
}

/** Checks answers against the form's questions: the tidied answers, or one error per field in order. */
export function validate(questions: readonly Question[], answers: Answers): { ok: true; answers: Answers } | { ok: false; errors: FieldError[] } {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const q of questions) shape[q.id] = ruleFor(q);
  const result = z.object(shape).safeParse(answers);
  if (result.success) return { ok: true, answers: result.data as Answers };
  const errors: FieldError[] = [];
  for (const q of questions) {
    const issue = result.error.issues.find((i) => i.path[0] === q.id);
    if (issue) errors.push({ id: q.id, message: issue.message });
  }
  return { ok: false, errors };
}
