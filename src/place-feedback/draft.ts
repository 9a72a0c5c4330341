/**
 * Drafts, only when the page opts in (`save-draft`): the answers so far, in localStorage, per form and
 * page. Answers that identify a person are left out unless the resident has ticked the form's consent
 * box, and even then are kept apart and dropped a day after the draft was last saved; the whole draft
 * goes after 7 days. Both happen on the page that holds the draft (a timer), when a draft is read, and
 * when any placekit page finds old drafts (wake.ts calls `sweepDrafts`). The draft is deleted when the
 * resident sends. Loaded only by forms with `save-draft`, and by pages that hold a draft.
 */
import type { Question } from '../feed/domain/types.js';
import { type Answers, isPersonal, readAnswers } from './answers.js';
import { DRAFT_PREFIX } from './wake.js';

/** What is stored: when it was last saved, the answers, and apart from them the personal ones (with consent). */
interface Draft {
  saved: number;
  answers: Answers;
  personal?: Answers;
}

const DAY = 86_400_000;
/** How long a draft is kept, and its personal answers. */
export const DRAFT_LIFE = { all: 7 * DAY, personal: DAY };

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

const keyOf = (formId: string) => `${DRAFT_PREFIX}${formId}:${location.pathname}`;
/** This page's timers, one per draft: the next time the draft must lose its personal answers or go. */
const timers = new Map<string, ReturnType<typeof setTimeout>>();

/**
 * Reads a draft and brings it up to date: removed when older than 7 days (or unreadable: drafts saved
 * before they expired cannot say how old they are), its personal answers dropped when older than a day;
 * then the page is set to do the same when that time comes. The draft as it now stands, if any.
 */
function tidy(key: string): Draft | undefined {
  clearTimeout(timers.get(key));
  timers.delete(key);
  try {
    const draft = JSON.parse(localStorage.getItem(key) ?? 'null') as Draft | null;
    if (!draft) return undefined;
    const age = Date.now() - draft.saved;
    if (!(age <= DRAFT_LIFE.all) || typeof draft.answers !== 'object') {
      localStorage.removeItem(key);
      return undefined;
    }
    if (draft.personal && age > DRAFT_LIFE.personal) {
      delete draft.personal;
      localStorage.setItem(key, JSON.stringify(draft));
    }
    const next = (draft.personal ? DRAFT_LIFE.personal : DRAFT_LIFE.all) - age;
    timers.set(
      key,
      setTimeout(() => tidy(key), next + 1),
    );
    return draft;
  } catch {
    // Storage blocked, or an item that is not a draft: nothing to keep.
    try {
      localStorage.removeItem(key);
    } catch {
      // blocked storage holds nothing
    }
    return undefined;
  }
}

export function saveDraft(formId: string, questions: readonly Question[], answers: Answers): void {
  const consented = questions.some((q) => q.kind === 'consent' && answers[q.id] === true);
  const draft: Draft = { saved: Date.now(), answers: {} };
  for (const q of questions) {
    if (!isPersonal(q)) draft.answers[q.id] = answers[q.id] ?? null;
    else if (consented) (draft.personal ??= {})[q.id] = answers[q.id] ?? null;
  }
  try {
    localStorage.setItem(keyOf(formId), JSON.stringify(draft));
    tidy(keyOf(formId));
  } catch {
    // Storage full or blocked: the draft is a convenience, the form still works.
  }
}

/** Keeps the form's answers as they are now (read here, so that reading them is no part of the page's first download). */
export function saveForm(formId: string, questions: readonly Question[], form: HTMLFormElement): void {
  saveDraft(formId, questions, readAnswers(form, questions));
}

/** The draft's answers, personal ones included while they are kept; nothing when there is no draft or it expired. */
export function loadDraft(formId: string): Answers | undefined {
  const draft = tidy(keyOf(formId));
  return draft && { ...draft.answers, ...draft.personal };
}

export function clearDraft(formId: string): void {
  clearTimeout(timers.get(keyOf(formId)));
  timers.delete(keyOf(formId));
  try {
    localStorage.removeItem(keyOf(formId));
  } catch {
    // nothing stored
  }
}

/** Brings every draft in this browser up to date (any form, any page): wake.ts calls it where drafts are found. */
export function sweepDrafts(): void {
  const keys: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(DRAFT_PREFIX)) keys.push(key);
    }
  } catch {
    return;
  }
  for (const key of keys) tidy(key);
}
