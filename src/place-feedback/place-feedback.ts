import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FeedResult } from '../feed/parse.js';
import type { FeedbackForm } from '../feed/schema.js';
import { emit } from '../ui/events.js';
import { msg, str } from '../ui/localize.js';
import { PlaceElement } from '../ui/place-element.js';
import { baseStyles, formStyles } from '../ui/styles.js';
import { type Answers, readAnswers } from './answers.js';
import { loadOutbox } from './outbox-loader.js';
import { countText, renderQuestion } from './questions.js';
import { referenceOf } from './reference.js';
import { styles } from './styles.js';
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

/** The delivery side (outbox.ts), as this form uses it. */
export interface Outbox {
  send(endpoint: string, submission: { form_id: string; answers: Answers; context: { area?: string; subject?: string; page_url: string }; submitted_at: string; idempotency_key: string }): Promise<{ state: 'sent' } | { state: 'queued' } | { state: 'rejected'; status: number; message?: string }>;
  onDelivered(listener: (key: string) => void): () => void;
}
type Outcome = Awaited<ReturnType<Outbox['send']>>;
type Validation = typeof import('./validation.js');

/**
 * A feedback form from the feed, delivered to the form's endpoint exactly once whatever the network
 * does. The privacy notice comes before the questions; answers are checked when the resident sends
 * (the GOV.UK pattern: "There is a problem" summary, inline errors, the page title marked, answers
 * kept). Each submission gets one idempotency key when the resident presses send; until it is
 * delivered it waits in the browser's outbox and is retried on reload and when the connection returns.
 * A hidden honeypot field and a minimum fill time drop spam silently; there is never a CAPTCHA.
 *
 * @tagname place-feedback
 * @summary A feedback form whose answers are never lost on the way.
 *
 * @fires place-feedback-submit - The resident sent valid answers. `detail`: `{key, formId}`.
 * @fires place-feedback-queued - Delivery failed for now; the submission waits in the outbox. `detail`: `{key, formId}`.
 * @fires place-feedback-delivered - The endpoint accepted the submission (now or later). `detail`: `{key, formId}`.
 * @fires place-feedback-failed - The endpoint refused it (a 4xx); the answers stay in the form. `detail`: `{key, formId, status}`.
 *
 * @csspart form - The form.
 * @csspart privacy - The privacy notice.
 * @csspart error-summary - The "There is a problem" summary.
 * @csspart submit-button - The send button.
 * @csspart confirmation - The panel shown once the feedback is sent or saved to send later.
 * @csspart reference - The short reference in that panel.
 *
 * @cssproperty --place-color-confirmation - The confirmation panel's background. Default: #00703c.
 * @cssproperty --place-color-confirmation-text - Its text. Default: #ffffff.
 */
export class PlaceFeedbackElement extends PlaceElement {
  static override styles = [baseStyles, formStyles, styles];

  /** @internal Loads the outbox (tests and stories put a stand-in here). */
  static outbox: () => Promise<Outbox> = loadOutbox;

  /**
   * @internal Spam guard: sends faster than this after the form appeared are dropped (milliseconds).
   * A form with nothing to type (a "Was this useful?" yes or no) allows at most a second: a resident
   * can click twice in under three, a script sends at once.
   */
  static minFillTime = 3000;

  /** The id of the form in the feed's `feedback_forms`. */
  @property() form?: string;

  /** The level of the form's headings (2 to 6), to fit the page's outline: 2 under the page's `h1`. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Context sent with the answers: the area (an area id from the feed) the page is about. */
  @property() area?: string;

  /** Context sent with the answers: what the page is about, e.g. a plan or service id. */
  @property() subject?: string;

  /**
   * Keeps a draft of the answers in this browser until they are sent (off by default, for shared
   * computers). Answers that identify a person are kept only once the consent box is ticked.
   */
  @property({ type: Boolean, attribute: 'save-draft' }) saveDraft = false;

  /** @internal */ @state() private phase: FeedbackState = 'form';
  /** @internal */ @state() private errors: FieldError[] = [];
  /** @internal */ @state() private lengths: Record<string, number> = {};
  /** @internal */ @state() private countNote = '';
  /** @internal */ @state() private key = '';
  /** @internal */ @state() private refusal?: { status: number; message?: string };

  private shownAt = 0;
  private pageTitle?: string;
  private validation?: Promise<Validation>;
  private outboxReady?: Promise<Outbox>;
  private countTimer?: ReturnType<typeof setTimeout>;
  private stopListening?: () => void;
  private restoredFor?: string;
  private focusAfterRender?: string;

  /** Draft storage, loaded only by forms with `save-draft`. */
  private drafts() {
    return import('./draft.js');
  }

  private get level(): number {
    return Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
  }

  /** Where the form is: `form`, `sending`, `queued`, `sent` or `rejected`. */
  get state(): FeedbackState {
    return this.phase;
  }

  protected override get loadingLabel(): string {
    return msg('Loading the form…');
  }

  protected override get errorTitle(): string {
    return msg('Sorry, we could not load this form');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.markTitle(false);
    this.stopListening?.();
  }

  protected override renderFeed(result: FeedResult): TemplateResult {
    const definition = result.feed.feedback_forms.find((f) => f.id === this.form);
    if (!definition) return this.renderBroken(result);
    if (this.phase === 'sent' || this.phase === 'queued') return this.renderPanel(definition);
    if (!this.shownAt) {
      this.shownAt = Date.now();
      this.validation = import('./validation.js');
      // Fetched now, so a connection lost while filling in cannot stop the submission reaching the outbox.
      this.outboxReady = PlaceFeedbackElement.outbox();
      this.outboxReady.catch(() => undefined);
    }
    const busy = this.phase === 'sending';
    return html`<form part="form" novalidate @submit=${(e: SubmitEvent) => this.onSubmit(e, definition)} @input=${(e: Event) => this.onInput(e, definition)}
      @change=${(e: Event) => this.onInput(e, definition)} aria-labelledby="title">
      ${this.errors.length ? this.renderSummary() : nothing}
      ${this.phase === 'rejected' ? this.renderRefusal() : nothing}
      <div role="heading" aria-level=${this.level} id="title" class="title h">${definition.title}</div>
      ${definition.introduction ? html`<p>${definition.introduction}</p>` : nothing}
      <div class="notice privacy" part="privacy">
        <p class="title">${msg('How we use your answers')}</p>
        <p>${definition.privacy_notice}</p>
      </div>
      ${definition.questions.map((q) => renderQuestion(q, { error: this.errors.find((e) => e.id === q.id)?.message, length: this.lengths[q.id] ?? 0 }))}
      <div class="trap">
        <label for="trap">${msg('Leave this blank')}</label>
        <input type="text" id="trap" name="placekit-trap" tabindex="-1" autocomplete="off" />
      </div>
      <button class="button submit" part="submit-button" aria-disabled=${busy ? 'true' : 'false'}>${definition.submit_label ?? msg('Send')}</button>
      <p class="visually-hidden" role="status">${busy ? msg('Sending…') : this.countNote}</p>
    </form>`;
  }

  private renderBroken(result: FeedResult): TemplateResult {
    const id = this.form ?? '';
    const problems = result.warnings.filter((w) => w.path.startsWith('feedback_forms[') && (w.record ?? '').includes(`(id ${id})`));
    if (problems.length) console.warn(`place-feedback: the form "${id}" in the feed cannot be used: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    return html`<div class="notice error broken" part="error" role="status">
      <p class="title">${msg('This form is not available at the moment')}</p>
      <p>${msg('Please try again later. If it keeps happening, let the website’s owner know.')}</p>
      <p class="secondary-text">
        ${problems.length
          ? msg(str`For the website’s owner: the form “${id}” in the feed has a problem: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`)
          : msg(str`For the website’s owner: the feed has no form with the id “${id}”.`)}
      </p>
    </div>`;
  }

  private renderSummary(): TemplateResult {
    return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="summary-title">
      <div role="heading" aria-level=${this.level} id="summary-title" class="h">${msg('There is a problem')}</div>
      <ul>
        ${this.errors.map((e) => html`<li><a href="#q-${e.id}" @click=${(ev: Event) => this.focusField(ev, e.id)}>${e.message}</a></li>`)}
      </ul>
    </div>`;
  }

  private renderRefusal(): TemplateResult {
    return html`<div class="notice error refusal" tabindex="-1">
      <div role="heading" aria-level=${this.level} class="title h">${msg('Your feedback could not be sent')}</div>
      <p>
        ${this.refusal?.status
          ? msg('The service that receives this form did not accept it. Your answers are still here: you can try again later.')
          : msg('Check your internet connection, then send again. Your answers are still here.')}
      </p>
      ${this.refusal?.message ? html`<p class="secondary-text">${this.refusal.message}</p>` : nothing}
    </div>`;
  }

  private renderPanel(definition: FeedbackForm): TemplateResult {
    const sent = this.phase === 'sent';
    return html`<div class=${sent ? 'confirmation' : 'confirmation queued'} part="confirmation">
      <div role="heading" aria-level=${this.level} class="title h" tabindex="-1">
        ${sent ? (definition.confirmation?.title ?? msg('Thank you: your feedback has been sent')) : msg('Your feedback is saved and will be sent')}
      </div>
      <p>${msg('Your reference:')} <strong class="reference" part="reference">${referenceOf(this.key)}</strong></p>
    </div>
    <div role="status">
      ${sent
        ? html`<p>${definition.confirmation?.message ?? msg('There is nothing else you need to do.')}</p>`
        : html`<p>${msg('We could not reach the service that receives this form just now. Your answers are kept in this browser and will be sent automatically when the connection returns. You do not need to send them again.')}</p>`}
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const form = this.renderRoot.querySelector('form');
    if (form && this.saveDraft && this.form && this.restoredFor !== this.form) {
      this.restoredFor = this.form;
      const id = this.form;
      void this.drafts().then(({ loadDraft, writeAnswers }) => {
        const draft = loadDraft(id);
        if (!draft) return;
        writeAnswers(form, draft);
        const lengths: Record<string, number> = {};
        for (const area of form.querySelectorAll('textarea')) lengths[area.name] = area.value.length;
        this.lengths = lengths;
      });
    }
    const target = this.focusAfterRender;
    this.focusAfterRender = undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  private onInput(event: Event, definition: FeedbackForm): void {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const question = definition.questions.find((q) => q.id === target.name);
    if (question?.kind === 'long_text' && question.max_length && event.type === 'input') {
      const max = question.max_length;
      this.lengths = { ...this.lengths, [question.id]: target.value.length };
      clearTimeout(this.countTimer);
      // Announced once the resident pauses, not on every key.
      this.countTimer = setTimeout(() => (this.countNote = countText(max, target.value.length)), 1000);
    }
    const { form } = target;
    if (this.saveDraft && this.form && form) {
      const id = this.form;
      void this.drafts().then(({ saveDraft }) => saveDraft(id, definition.questions, readAnswers(form, definition.questions)));
    }
  }

  private focusField(event: Event, id: string): void {
    event.preventDefault();
    const field = this.renderRoot.querySelector(`[data-question="${CSS.escape(id)}"]`);
    field?.scrollIntoView({ block: 'start' });
    field?.querySelector<HTMLElement>('input, textarea')?.focus();
  }

  private markTitle(on: boolean): void {
    const prefix = msg('Error:');
    if (on && this.pageTitle === undefined) {
      this.pageTitle = document.title;
      document.title = `${prefix} ${document.title}`;
    } else if (!on && this.pageTitle !== undefined) {
      document.title = this.pageTitle;
      this.pageTitle = undefined;
    }
  }

  private async onSubmit(event: SubmitEvent, definition: FeedbackForm): Promise<void> {
    event.preventDefault();
    if (this.phase === 'sending') return;
    const form = event.target as HTMLFormElement;
    const typed = definition.questions.some((q) => ['short_text', 'long_text', 'email', 'postcode', 'phone'].includes(q.kind));
    const minimum = typed ? PlaceFeedbackElement.minFillTime : Math.min(PlaceFeedbackElement.minFillTime, 1000);
    const spam = (form.elements.namedItem('placekit-trap') as HTMLInputElement).value !== '' || Date.now() - this.shownAt < minimum;
    this.phase = 'sending';
    const answers = readAnswers(form, definition.questions);
    const checked = (await this.validation!).validate(definition.questions, answers);
    if (!checked.ok) {
      this.phase = 'form';
      this.errors = checked.errors;
      this.markTitle(true);
      this.focusAfterRender = '.error-summary';
      return;
    }
    this.errors = [];
    this.markTitle(false);
    this.key = crypto.randomUUID();
    const id = this.form;
    if (this.saveDraft && id) void this.drafts().then(({ clearDraft }) => clearDraft(id));
    if (spam) {
      // Suspected spam: the usual thanks, nothing sent, no events.
      this.show('sent');
      return;
    }
    const detail: FeedbackEventDetail = { key: this.key, formId: definition.id };
    emit(this, 'place-feedback-submit', detail);
    const outcome = await this.deliver(definition, checked.answers).catch((): Outcome => ({ state: 'rejected', status: 0 }));
    if (outcome.state === 'rejected') {
      this.phase = 'rejected';
      this.refusal = { status: outcome.status, message: outcome.message };
      this.focusAfterRender = '.refusal';
      if (outcome.status) emit<FeedbackFailedDetail>(this, 'place-feedback-failed', { ...detail, status: outcome.status });
      return;
    }
    this.show(outcome.state);
    await this.updateComplete;
    emit(this, outcome.state === 'sent' ? 'place-feedback-delivered' : 'place-feedback-queued', detail);
  }

  private show(phase: 'sent' | 'queued'): void {
    this.phase = phase;
    this.focusAfterRender = '.confirmation .title';
  }

  private async deliver(definition: FeedbackForm, answers: Answers): ReturnType<Outbox['send']> {
    const outbox = await (this.outboxReady ?? PlaceFeedbackElement.outbox()).catch(() => (this.outboxReady = PlaceFeedbackElement.outbox()));
    const key = this.key;
    this.stopListening?.();
    this.stopListening = outbox.onDelivered((delivered) => {
      if (delivered !== key || this.key !== key) return;
      this.stopListening?.();
      this.phase = 'sent';
      void this.updateComplete.then(() => emit(this, 'place-feedback-delivered', { key, formId: definition.id }));
    });
    const page = new URL(location.href);
    return outbox.send(definition.endpoint, {
      form_id: definition.id,
      answers,
      context: { ...(this.area && { area: this.area }), ...(this.subject && { subject: this.subject }), page_url: page.origin + page.pathname },
      submitted_at: new Date().toISOString(),
      idempotency_key: key,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'place-feedback': PlaceFeedbackElement;
  }
  interface HTMLElementEventMap {
    'place-feedback-submit': CustomEvent<FeedbackEventDetail>;
    'place-feedback-queued': CustomEvent<FeedbackEventDetail>;
    'place-feedback-delivered': CustomEvent<FeedbackEventDetail>;
    'place-feedback-failed': CustomEvent<FeedbackFailedDetail>;
  }
}
