/**
 * What `<place-feedback>` and its on-demand half (send.ts, the Sender) say to each other, types only: the
 * element hands the Sender a `FormHost` made of its own state and calls; the Sender reads through it and
 * changes the form only by calling it. Neither module imports the other for this (no import cycle).
 */
import type { TemplateResult } from 'lit';
import type { Outbox, Refusal } from '../ui/outbox/types.js';
import type { FieldError } from './validation.js';

/** Where the form is: filling in, sending, waiting in the outbox, delivered, or refused by the endpoint. */
export type FeedbackState = 'form' | 'sending' | 'queued' | 'sent' | 'rejected';

/** `detail` of every place-feedback event: the submission's key and the form id, never the answers. */
export interface FeedbackEventDetail {
  key: string;
  formId: string;
}

/** `detail` of `place-feedback-failed`. */
export interface FeedbackFailedDetail extends FeedbackEventDetail {
  /** The HTTP status the endpoint answered with. */
  status: number;
}

/**
 * A refusal as the form shows it: `late` when it came after the form said the feedback would be sent,
 * `alert` when it is announced rather than given the focus (the resident's focus was elsewhere on the page).
 */
export type ShownRefusal = Refusal & { late?: boolean; alert?: boolean };

/** The drafts' module (draft.ts), loaded only by forms with `save-draft`. */
export type Drafts = typeof import('./draft.js');

/** The form element as the Sender sees it. */
export interface FormHost {
  /** The element: events are fired from it, its shadow root read, its updates awaited. */
  readonly element: HTMLElement & { readonly updateComplete: Promise<boolean>; readonly renderRoot: HTMLElement | DocumentFragment };
  readonly phase: FeedbackState;
  /** The refusal being shown, while `phase` is `rejected`. */
  readonly refusal?: ShownRefusal;
  /** The answers' errors (none while there are none). */
  readonly errors: readonly FieldError[];
  /** The element's settings: the form's id, the context sent with the answers, `save-draft`. */
  readonly form?: string;
  readonly area?: string;
  readonly subject?: string;
  readonly saveDraft: boolean;
  /** When the form first showed (the spam guard's clock), and the longest minimum fill time (ms). */
  readonly shownAt: number;
  readonly minFillTime: number;
  /** A heading at the form's level (see the element). */
  heading(text: unknown, cls: string, id?: string, focusable?: boolean): TemplateResult;
  /** A long text from the feed, formatted under the form's heading. */
  text(text: string | undefined, depth?: number): unknown;
  /** The drafts' storage (only with `save-draft`). */
  drafts(): Promise<Drafts>;
  /** The outbox (loaded again if its first load failed). */
  outbox(): Promise<Outbox>;
  /** Moves the form to `phase` (with the refusal shown for `rejected`); `focus`: a selector focused once it is drawn. */
  moveTo(phase: FeedbackState, options?: { refusal?: ShownRefusal; focus?: string }): void;
  /** Shows the answers' errors ([] to clear them); `focus` as for `moveTo`. */
  showErrors(errors: FieldError[], focus?: string): void;
}
