/**
 * Drafts, only when the page opts in (`save-draft`): the answers so far, in localStorage, per form and
 * page. Answers that identify a person are left out unless the resident has ticked the form's consent
 * box. The draft is deleted when the resident sends. Loaded only by forms with `save-draft`.
 */
import type { Question } from '../feed/schema.js';
import { type Answers, isPersonal, readAnswers } from './answers.js';

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


const keyOf = (formId: string) => `placekit-feedback-draft:${formId}:${location.pathname}`;

export function saveDraft(formId: string, questions: readonly Question[], answers: Answers): void {
  const consented = questions.some((q) => q.kind === 'consent' && answers[q.id] === true);
  const kept: Answers = {};
  for (const q of questions) if (consented || !isPersonal(q)) kept[q.id] = answers[q.id] ?? null;
  try {
    localStorage.setItem(keyOf(formId), JSON.stringify(kept));
  } catch {
    // Storage full or blocked: the draft is a convenience, the form still works.
  }
}

/** Keeps the form's answers as they are now (read here, so that reading them is no part of the page's first download). */
export function saveForm(formId: string, questions: readonly Question[], form: HTMLFormElement): void {
  saveDraft(formId, questions, readAnswers(form, questions));
}

export function loadDraft(formId: string): Answers | undefined {
  try {
    const text = localStorage.getItem(keyOf(formId));
    return text ? (JSON.parse(text) as Answers) : undefined;
  } catch {
    return undefined;
  }
}

export function clearDraft(formId: string): void {
  try {
    localStorage.removeItem(keyOf(formId));
  } catch {
    // nothing stored
  }
}
