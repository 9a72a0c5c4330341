/**
 * Where drafts are kept (`<place-feedback save-draft>`): one localStorage item per form and page, dated,
 * with the answers that identify a person apart. A draft goes 7 days after it was last saved; its personal
 * answers (kept only with consent; the form decides which they are) a day after. Both happen on the page
 * that holds the draft (a timer), when a draft is read, and when any placekit page finds drafts (wake.ts
 * calls `sweepDrafts`). This is the storage side only, with no knowledge of forms: the form's side
 * (src/place-feedback/draft.ts) reads and writes the controls. Loaded only by forms with `save-draft`, and
 * by pages that hold a draft.
 */
import { DRAFT_PREFIX } from './keys.js';
import type { Answers } from './types.js';

/** What is stored: when it was last saved, the answers, and apart from them the personal ones (with consent). */
export interface Draft {
  saved: number;
  answers: Answers;
  personal?: Answers;
}

const DAY = 86_400_000;
/** How long a draft is kept, and its personal answers. */
export const DRAFT_LIFE = { all: 7 * DAY, personal: DAY };

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

/** Keeps a form's draft on this page, dated now. */
export function writeDraft(formId: string, answers: Answers, personal?: Answers): void {
  const draft: Draft = { saved: Date.now(), answers, ...(personal && { personal }) };
  try {
    localStorage.setItem(keyOf(formId), JSON.stringify(draft));
    tidy(keyOf(formId));
  } catch {
    // Storage full or blocked: the draft is a convenience, the form still works.
  }
}

/** A form's draft on this page, brought up to date; nothing when there is none or it expired. */
export function readDraft(formId: string): Draft | undefined {
  return tidy(keyOf(formId));
}

export function removeDraft(formId: string): void {
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
