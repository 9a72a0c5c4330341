/**
 * The form's draft (with `save-draft`): a reactive controller that owns it. The answers are saved as they
 * are typed and written back into the form when it first shows again (draft.ts, loaded on demand, does
 * the storage). It talks to `<place-feedback>` through `DraftHost`: it never writes the element's fields.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedbackForm } from '../feed/domain/types.js';
import type { Drafts } from './host.js';

/** What the draft keeper reads of the form element and tells it. */
export interface DraftHost {
  readonly element: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  /** The form's id, and whether the page asked for drafts (`save-draft`). */
  form(): string | undefined;
  saveDraft(): boolean;
  /** Sending now: the draft has just been deleted and must not come back. */
  sending(): boolean;
  /** The drafts' module, loaded on demand. */
  drafts(): Promise<Drafts>;
  /** A draft was written back into the form: the long answers' lengths, for their counts. */
  restored(lengths: Record<string, number>): void;
}

export class DraftKeeper implements ReactiveController {
  /** The form whose draft was written back (once per form id). */
  private restoredFor?: string;

  constructor(private readonly host: DraftHost) {
    host.element.addController(this);
  }

  /** Once the form is on the page: its draft, if there is one, is written back into it. */
  hostUpdated(): void {
    const id = this.host.form();
    const form = this.host.element.renderRoot.querySelector('form');
    if (!form || !id || !this.host.saveDraft() || this.restoredFor === id) return;
    this.restoredFor = id;
    void this.host.drafts().then(({ loadDraft, writeAnswers }) => {
      const draft = loadDraft(id);
      if (!draft) return;
      writeAnswers(form, draft);
      const lengths: Record<string, number> = {};
      for (const area of form.querySelectorAll('textarea')) lengths[area.name] = area.value.length;
      this.host.restored(lengths);
    });
  }

  /** An answer changed: the draft is saved (not while sending). */
  save(definition: FeedbackForm, form: HTMLFormElement | null): void {
    const id = this.host.form();
    if (!this.host.saveDraft() || !id || !form || this.host.sending()) return;
    void this.host.drafts().then(({ saveForm }) => saveForm(id, definition.questions, form));
  }
}
