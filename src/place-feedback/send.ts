/**
 * The half of `<place-feedback>` that works once the resident presses send: the answers checked
 * (validation.ts), the "There is a problem" summary and the page title, the submission handed to the
 * outbox, and what the form shows after (sent, saved to send later, or refused, at once or later).
 * Loaded when the form first shows, as a chunk of its own: not in the page's first download, yet here
 * before anyone can press send.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { publishesReferences } from '../feed/domain/plan-links.js';
import type { FeedbackForm, LocalityPlan } from '../feed/domain/types.js';
import { emit } from '../ui/events.js';
import { msg } from '../ui/localize.js';
import { hasText } from '../ui/rich-text.js';
import { type Answers, readAnswers } from './answers.js';
import type { Outcome, Refusal } from '../ui/outbox/types.js';
import type { FeedbackEventDetail, FormHost, ShownRefusal } from './host.js';
import { referenceOf } from './reference.js';
export { sendStyles } from './send-styles.js';
import { validate } from './validation.js';

/** Forms on this page whose answers have errors: while there are any, the page title starts "Error: ". */
const withErrors = new Set<HTMLElement>();

/** The question kinds a resident types into. */
const TYPED = ['short_text', 'long_text', 'email', 'postcode', 'phone'];

/**
 * The least time a person needs to give these answers, in milliseconds (at most `minFillTime`): a second
 * for each answer typed (a paste, then the next field), a quarter of a second for each choice after the
 * first. A form answered with one click ("Was this useful? Yes") has none: a resident does that in a second.
 */
function minimumFor(questions: FeedbackForm['questions'], answers: Answers, most: number): number {
  let typed = 0;
  let clicks = -1;
  for (const q of questions) {
    const value = answers[q.id];
    if (TYPED.includes(q.kind)) typed += value ? 1 : 0;
    else clicks += Array.isArray(value) ? value.length : value === null || (value === false && q.kind === 'consent') ? 0 : 1;
  }
  return Math.min(most, typed * 1000 + Math.max(0, clicks) * 250);
}

export class Sender {
  /** The idempotency key of the submission last sent; its first eight characters are the reference. */
  key = '';
  private stopListening?: () => void;

  constructor(private readonly host: FormHost) {}

  /**
   * One press of send with the form's answers: checked, then sent (the element ignores presses meanwhile).
   * A submission that looks like a script's (the hidden field filled, or sent sooner than a person could)
   * is sent all the same, marked with the signals that fired, and the resident sees what really happened.
   */
  async submit(form: HTMLFormElement, definition: FeedbackForm): Promise<void> {
    const host = this.host;
    const answers = readAnswers(form, definition.questions);
    const signals = [
      ...((form.elements.namedItem('placekit-trap') as HTMLInputElement).value ? ['honeypot'] : []),
      ...(Date.now() - host.shownAt < minimumFor(definition.questions, answers, host.minFillTime) ? ['too_fast'] : []),
    ];
    const checked = validate(definition.questions, answers);
    if (!checked.ok) {
      host.showErrors(checked.errors, '.error-summary');
      this.markTitle(true);
      return;
    }
    host.showErrors([]);
    this.markTitle(false);
    const key = (this.key = crypto.randomUUID());
    const id = host.form;
    if (host.saveDraft && id) void host.drafts().then(({ clearDraft }) => clearDraft(id));
    host.moveTo('sending');
    const detail: FeedbackEventDetail = { key, formId: definition.id };
    emit(host.element, 'place-feedback-submit', detail);
    const outcome = await this.deliver(definition, checked.answers, detail, signals).catch((): Outcome => ({ state: 'rejected', status: 0 }));
    if (outcome.state === 'rejected') return this.refuse(definition, detail, outcome, false);
    this.show(outcome.state);
    await host.element.updateComplete;
    emit(host.element, outcome.state === 'sent' ? 'place-feedback-delivered' : 'place-feedback-queued', detail);
  }

  /** Stops listening for a waiting submission and takes "Error: " off the title (the element left the page). */
  dispose(): void {
    this.stopListening?.();
    this.markTitle(false);
  }

  /** "There is a problem", with a link to each field in error; nothing when there is none. */
  renderSummary(): TemplateResult | typeof nothing {
    const { errors } = this.host;
    // As GOV.UK's: the summary takes the focus, and its content is an alert.
    return errors.length
      ? html`<div class="error-summary" part="error-summary" tabindex="-1">
          <div role="alert">
            ${this.host.heading(msg('There is a problem'), '')}
            <ul>
              ${errors.map((e) => html`<li><a href="#q-${e.id}" @click=${(event: Event) => this.focusField(event, e.id)}>${e.message}</a></li>`)}
            </ul>
          </div>
        </div>`
      : nothing;
  }

  /**
   * The panel once the feedback is sent or saved to send later, with its reference. When the feed's plans
   * take this form's feedback (or publish the references feedback contributed to), the resident is told why
   * to keep the reference: the plan's "What happened to my feedback?" finds it (issue 20).
   */
  renderPanel(definition: FeedbackForm, plans: readonly LocalityPlan[]): TemplateResult {
    const sent = this.host.phase === 'sent';
    const lookup = plans.some((p) => p.feedback_form_id === definition.id) || publishesReferences(plans);
    return html`<div class=${sent ? 'confirmation' : 'confirmation queued'} part="confirmation">
        ${this.host.heading(sent ? (definition.confirmation?.title ?? msg('Thank you: your feedback has been sent')) : msg('Your feedback is saved and will be sent'), 'title main', undefined, true)}
        <p>${msg('Your reference:')} <strong class="reference" part="reference">${referenceOf(this.key)}</strong></p>
        ${
          lookup
            ? html`<p class="keep-reference">
                ${msg('Keep this reference. When the partnership publishes what residents told it and what it did, "What happened to my feedback?" on the Locality Plan shows what yours contributed to.')}
              </p>`
            : nothing
        }
      </div>
      <div role="status">
        ${
          sent
            ? hasText(definition.confirmation?.message)
              ? this.host.text(definition.confirmation?.message)
              : html`<p>${msg('There is nothing else you need to do.')}</p>`
            : html`<p>${msg('We could not reach the service that receives this form just now. Your answers are kept in this browser and will be sent automatically when the connection returns. You do not need to send them again.')}</p>`
        }
      </div>`;
  }

  /** "Your feedback could not be sent": why, and the endpoint's message as text. */
  renderRefusal(): TemplateResult {
    const refusal = this.host.refusal;
    // A late refusal the resident's focus was not near: announced, since the focus stays where they are.
    return html`<div class="notice error refusal" tabindex="-1" role=${ifDefined(refusal?.alert ? 'alert' : undefined)}>
      ${this.host.heading(msg('Your feedback could not be sent'), 'title')}
      <p>
        ${
          refusal?.reason === 'removed'
            ? msg(
                'We saved it to send later, but it was removed from this browser before it could be sent. Your answers are back in the form: send them again.',
              )
            : refusal?.reason === 'expired'
              ? msg(
                  'We saved it to send later, but could not reach the service that receives this form for 7 days. Your answers are back in the form: send them again.',
                )
              : !refusal?.status
                ? msg('Check your internet connection, then send again. Your answers are still here.')
                : refusal.late
                  ? msg(
                      'We saved it to send later, but the service that receives this form did not accept it. Your answers are back in the form: check them and send again.',
                    )
                  : msg('The service that receives this form did not accept it. Your answers are still here: you can try again later.')
        }
      </p>
      ${refusal?.message ? html`<p class="secondary-text">${refusal.message}</p>` : nothing}
    </div>`;
  }

  private focusField(event: Event, id: string): void {
    event.preventDefault();
    const field = this.host.element.renderRoot.querySelector(`[data-question="${CSS.escape(id)}"]`);
    field?.scrollIntoView({ block: 'start' });
    field?.querySelector<HTMLElement>('input, textarea')?.focus();
  }

  /** One "Error: " however many forms on the page have errors; taken off the title as it is now once none has. */
  private markTitle(on: boolean): void {
    const prefix = `${msg('Error:')} `;
    const form = this.host.element;
    if (on === withErrors.has(form)) return;
    if (on) withErrors.add(form);
    else withErrors.delete(form);
    const marked = document.title.startsWith(prefix);
    if (on && !marked) document.title = prefix + document.title;
    else if (!on && marked && !withErrors.size) document.title = document.title.slice(prefix.length);
  }

  private show(phase: 'sent' | 'queued'): void {
    this.host.moveTo(phase, { focus: '.confirmation .title' });
  }

  /**
   * The endpoint refused the submission (or, with status 0, nothing could be sent or kept): the form again
   * with the answers as the resident left them, the reason, and `place-feedback-failed`. `late`: the form
   * had said it was saved and would be sent.
   */
  private async refuse(definition: FeedbackForm, detail: FeedbackEventDetail, refusal: Refusal, late: boolean): Promise<void> {
    const host = this.host;
    // The focus goes to the reason, unless a late refusal finds the resident busy elsewhere on the page.
    const focus = !late || host.element.matches(':focus-within');
    const shown: ShownRefusal = { ...refusal, late, alert: !focus };
    host.moveTo('rejected', { refusal: shown, focus: focus ? '.refusal' : undefined });
    await host.element.updateComplete;
    const form = host.element.renderRoot.querySelector('form');
    // The draft was deleted when they pressed send: with save-draft it is kept again until the answers go.
    const id = host.form;
    if (host.saveDraft && id && form) void host.drafts().then(({ saveDraft }) => saveDraft(id, definition.questions, readAnswers(form, definition.questions)));
    if (refusal.status) emit(host.element, 'place-feedback-failed', { ...detail, status: refusal.status });
  }

  /** Hands the submission to the outbox (with the spam signals that fired, if any), listening for a later delivery or refusal while it waits. */
  private async deliver(definition: FeedbackForm, answers: Answers, detail: FeedbackEventDetail, signals: string[]): Promise<Outcome> {
    const host = this.host;
    const outbox = await host.outbox();
    const { key } = detail;
    const mine = (settled: string) => settled === key && this.key === key && host.phase === 'queued';
    this.stopListening?.();
    const stops = [
      outbox.onDelivered((delivered) => {
        if (!mine(delivered)) return;
        this.stopListening?.();
        host.moveTo('sent');
        void host.element.updateComplete.then(() => emit(host.element, 'place-feedback-delivered', detail));
      }),
      outbox.onRefused((refused, refusal) => {
        if (!mine(refused)) return;
        this.stopListening?.();
        void this.refuse(definition, detail, refusal, true);
      }),
    ];
    this.stopListening = () => stops.forEach((stop) => stop());
    const page = new URL(location.href);
    return outbox.send(definition.endpoint, {
      form_id: definition.id,
      answers,
      context: {
        ...(host.area && { area: host.area }),
        ...(host.subject && { subject: host.subject }),
        ...(host.subjectName && { subject_name: host.subjectName }),
        page_url: page.origin + page.pathname,
      },
      submitted_at: new Date().toISOString(),
      idempotency_key: key,
      ...(signals.length > 0 && { suspected_spam: signals }),
    });
  }
}
