/**
 * Reading the resident's answers out of the form, and the shape each question kind sends: text as
 * typed (trimmed), choices as their values, ratings as numbers, yes/no and consent as booleans,
 * nothing answered as null.
 */
import type { Question } from '../feed/schema.js';

export type Answer = string | string[] | number | boolean | null;
export type Answers = Record<string, Answer>;

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

/** Puts answers back into the form's controls (a saved draft). */
export function writeAnswers(form: HTMLFormElement, answers: Answers): void {
  for (const [id, value] of Object.entries(answers)) {
    const controls = form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`[name="${CSS.escape(id)}"]`);
    for (const control of controls) {
      if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
        const v = control.value;
        control.checked = Array.isArray(value) ? value.includes(v) : typeof value === 'boolean' ? (control.type === 'checkbox' ? value : String(value ? 'yes' : 'no') === v) : String(value) === v;
      } else if (typeof value === 'string') {
        control.value = value;
      }
    }
  }
}

/** True when the question's answer identifies a person: kept in drafts only with consent. */
export function isPersonal(q: Question): boolean {
  return q.personal ?? (q.kind === 'email' || q.kind === 'phone' || q.kind === 'postcode');
}
