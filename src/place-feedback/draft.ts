/**
 * Drafts, only when the page opts in (`save-draft`): the form's side. The answers so far are read from the
 * form and put back into it here; they are kept per form and page by the drafts' storage
 * (src/ui/outbox/drafts.ts), which also expires them. Answers that identify a person are left out unless
 * the resident has ticked the form's consent box, and even then are kept apart (dropped a day after the
 * draft was last saved). The draft is deleted when the resident sends. Loaded only by forms with
 * `save-draft`.
 */
import type { Question } from '../feed/domain/types.js';
import { readDraft, removeDraft, writeDraft } from '../ui/outbox/drafts.js';
import type { Answers } from '../ui/outbox/types.js';
import { isPersonal, readAnswers } from './answers.js';

/** Puts answers back into the form's controls (a saved draft). */
export function writeAnswers(form: HTMLFormElement, answers: Answers): void {
  for (const [id, value] of Object.entries(answers)) {
    const controls = form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`[name="${CSS.escape(id)}"]`);
    for (const control of controls) {
      if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
        const v = control.value;
        control.checked = Array.isArray(value)
          ? value.includes(v)
          : typeof value === 'boolean'
            ? control.type === 'checkbox'
              ? value
              : String(value ? 'yes' : 'no') === v
            : String(value) === v;
      } else if (typeof value === 'string') {
        control.value = value;
      }
    }
  }
}

export function saveDraft(formId: string, questions: readonly Question[], answers: Answers): void {
  const consented = questions.some((q) => q.kind === 'consent' && answers[q.id] === true);
  const kept: Answers = {};
  let personal: Answers | undefined;
  for (const q of questions) {
    if (!isPersonal(q)) kept[q.id] = answers[q.id] ?? null;
    else if (consented) (personal ??= {})[q.id] = answers[q.id] ?? null;
  }
  writeDraft(formId, kept, personal);
}

/** Keeps the form's answers as they are now (read here, so that reading them is no part of the page's first download). */
export function saveForm(formId: string, questions: readonly Question[], form: HTMLFormElement): void {
  saveDraft(formId, questions, readAnswers(form, questions));
}

/** The draft's answers, personal ones included while they are kept; nothing when there is no draft or it expired. */
export function loadDraft(formId: string): Answers | undefined {
  const draft = readDraft(formId);
  return draft && { ...draft.answers, ...draft.personal };
}

export { removeDraft as clearDraft };
