/**
 * Reading the resident's answers out of the form, and the shape each question kind sends: text as
 * typed (trimmed), choices as their values, ratings as numbers, yes/no and consent as booleans,
 * nothing answered as null.
 */
import type { Question } from '../feed/domain/types.js';
import type { Answers } from '../ui/outbox/types.js';

export type { Answer, Answers } from '../ui/outbox/types.js';

/** The raw value of each question from the form's controls (before validation). */
export function readAnswers(form: HTMLFormElement, questions: readonly Question[]): Answers {
  const data = new FormData(form);
  const answers: Answers = {};
  for (const q of questions) {
    const values = data.getAll(q.id).map(String);
    if (q.kind === 'multiple_choice') answers[q.id] = values;
    else if (q.kind === 'consent') answers[q.id] = values.length > 0;
    else if (q.kind === 'yes_no') answers[q.id] = values[0] === undefined ? null : values[0] === 'yes';
    else if (q.kind === 'rating') answers[q.id] = values[0] === undefined ? null : Number(values[0]);
    else answers[q.id] = values[0]?.trim() || null;
  }
  return answers;
}

/** True when the question's answer identifies a person: kept in drafts only with consent. */
export function isPersonal(q: Question): boolean {
  return q.personal ?? (q.kind === 'email' || q.kind === 'phone' || q.kind === 'postcode');
}
