import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FeedResult } from '../feed/load/read.js';
import type { FeedbackForm } from '../feed/domain/types.js';
import { msg } from '../ui/localize.js';
import { heading } from '../ui/heading.js';
import { LazyPart, onDemand } from '../ui/lazy-part.js';
import { PlaceElement } from '../ui/place-element.js';
import { warnOnce } from '../ui/warn.js';
import { richText } from '../ui/rich-text.js';
import { feedText, hostTextLang } from '../ui/feed-lang.js';
import { baseStyles, formStyles } from '../ui/styles.js';
import type { Outbox } from '../ui/outbox/types.js';
import type { FeedbackEventDetail, FeedbackFailedDetail, FeedbackState, FormHost, ShownRefusal } from './host.js';
import { DraftKeeper } from './draft-keeper.js';
import { loadOutbox } from './outbox-loader.js';
import { formProblems, renderBroken } from './broken.js';
import { countText, renderQuestion, repeatsTitle } from './questions.js';
import type { Sender } from './send.js';
import { styles } from './styles.js';
import { THEMES, ThemesPart } from './themes-part.js';
import type { FieldError } from './validation.js';

export type { FeedbackEventDetail, FeedbackFailedDetail, FeedbackState } from './host.js';

/**
 * A feedback form from the feed, delivered to the form's endpoint exactly once whatever the network
 * does. The privacy notice comes before the questions (after the first, when the first is the form's title
 * in other words: then that question is the heading, GOV.UK's "question as heading"); answers are checked when the resident sends
 * (the GOV.UK pattern: "There is a problem" summary, inline errors, the page title marked, answers
 * kept). Each submission gets one idempotency key when the resident presses send; until it is
 * delivered it waits in the browser's outbox and is retried on reload and when the connection returns.
 * Spam is never dropped and never a barrier (no CAPTCHA): a honeypot field hidden from everyone, assistive
 * technology and autofill included, and a minimum fill time that fits the answers mark a submission as
 * suspected (`suspected_spam`), and it is sent like any other; the receiver keeps it apart for review, and
 * the resident is told what really happened to it.
 * A form with `place_standard` in the feed asks the Place Standard's themes, then shows the resident their own compass.
 * The form's title is at `heading-level`, and unlike other elements' headings its size follows the level, so
 * under a page's `h3` (as the plan embeds it) the title is never drawn bigger than the heading above it.
 *
 * @tagname place-feedback
 * @summary A feedback form whose answers are never lost on the way.
 *
 * @fires place-feedback-submit - The resident sent valid answers, now handed to the outbox. `detail`:
 *   `{key, formId}`: never the answers (nor in the other three), so these events are safe for analytics.
 * @fires place-feedback-queued - Delivery failed for now; the submission waits in the outbox. `detail`: `{key, formId}`.
 * @fires place-feedback-delivered - The endpoint accepted the submission: at once, or by a later retry from
 *   this tab or another tab of the site. `detail`: `{key, formId}`.
 * @fires place-feedback-failed - The endpoint refused it (a 4xx), at once or on a later retry after the form said it
 *   would be sent; the answers are in the form again. `detail`: `{key, formId, status}`.
 *
 * @csspart feedback-form - The form: title, introduction, privacy notice, questions and send button.
 * @csspart privacy - The privacy notice.
 * @csspart error-summary - The "There is a problem" summary.
 * @csspart submit-button - The send button.
 * @csspart confirmation - The panel shown once the feedback is sent or saved to send later.
 * @csspart reference - The short reference in that panel.
 * @csspart own-compass - After a Place Standard form is sent: the resident's own compass, its sentence and table.
 *
 * @cssproperty --place-color-confirmation - The confirmation panel's background. Default: #00703c.
 * @cssproperty --place-color-confirmation-text - Its text. Default: #ffffff.
 */
export class PlaceFeedbackElement extends PlaceElement {
  static override styles = [baseStyles, formStyles, styles];

  /**
   * @internal Parts loaded on demand (lazy-part.ts): what works once send is pressed (send.ts), fetched when
   * the form first shows; the drafts (draft.ts), only with `save-draft`. Tests replace a loader to see one fail.
   */
  static parts = { sender: onDemand(() => import('./send.js')), drafts: onDemand(() => import('./draft.js')), themes: THEMES };

  /** @internal Loads the outbox (tests and stories put a stand-in here). */
  static outbox: () => Promise<Outbox> = loadOutbox;

  /**
   * @internal Spam signal: the longest minimum fill time (milliseconds). Each submission's own minimum fits
   * its answers (send.ts): none for one click, a second per answer typed, a quarter per further choice, up to this.
   * Sent sooner, it is marked `too_fast` (still sent).
   */
  static minFillTime = 3000;

  /** The id of the form in the feed's `feedback_forms`. */
  @property() form?: string;

  /** Context sent with the answers: the area (an area id from the feed) the page is about, so one form serves many pages. */
  @property() area?: string;

  /** Context sent with the answers: what the page is about, e.g. a plan or service id. */
  @property() subject?: string;

  /** Context sent with the answers: what the subject is called (a service's name), for whoever reads them. */
  @property({ attribute: 'subject-name' }) subjectName?: string;

  /**
   * A form given whole instead of by its id in the feed (the directory's listing report builds its own).
   * The feed still loads: it is what the page is about.
   */
  @property({ attribute: false }) definition?: FeedbackForm;

  /**
   * Keeps a draft of the answers in this browser until they are sent (off by default, for shared
   * computers). Answers that identify a person are kept only once the consent box is ticked.
   */
  @property({ type: Boolean, attribute: 'save-draft' }) saveDraft = false;

  /** A Place Standard form's themes `one-at-a-time` (with Previous and Next) or on `one-page`; absent: as the feed says, one at a time by default. */
  @property() layout?: 'one-at-a-time' | 'one-page';

  // The state below is private; send.ts, the element's other half, reads it and changes it through `formHost`.
  /** @internal */ @state() private phase: FeedbackState = 'form';
  /** @internal */ @state() private errors: FieldError[] = [];
  /** @internal */ @state() private lengths: Record<string, number> = {};
  /** @internal */ @state() private countNote = '';
  /** @internal The refusal shown while `rejected` (host.ts). */
  @state() private refusal?: ShownRefusal;

  /** @internal When the form first showed (the spam guard's clock starts). */
  private shownAt = 0;
  /** @internal A press of send being checked or sent: more presses do nothing. */
  private busy = false;
  /** @internal What works once send is pressed (send.ts), loaded when the form first shows. */
  private sender?: Sender;
  /** @internal send.ts for this form: the styles of what it draws join the element's own. */
  private readonly senderPart = new LazyPart(this, PlaceFeedbackElement.parts.sender, {
    styles: (part) => part.sendStyles,
    ready: ({ Sender }) => (this.sender = new Sender(this.formHost())),
  });
  /** @internal Place Standard forms. */ private readonly themes = new ThemesPart(this, { layout: () => this.layout, hasErrors: () => !!this.errors.length });
  /** @internal */ private outboxReady?: Promise<Outbox>;
  /** @internal */ private countTimer?: ReturnType<typeof setTimeout>;
  /** @internal */ private focusAfterRender?: string;

  /**
   * @internal Draft storage, loaded only by forms with `save-draft`. One load shared by every call, so that
   * saves and the deletion on send happen in the order they were asked for (the deletion is never overtaken).
   */
  private drafts() {
    return PlaceFeedbackElement.parts.drafts.get();
  }

  /** @internal The draft, with `save-draft` (draft-keeper.ts). */
  private readonly draft = new DraftKeeper({
    element: this,
    form: () => this.form,
    saveDraft: () => this.saveDraft,
    sending: () => this.phase === 'sending',
    drafts: () => this.drafts(),
    restored: (lengths) => {
      // Answers filled in on an earlier visit count as time spent: a resident back only to press send is no script.
      this.shownAt -= PlaceFeedbackElement.minFillTime;
      this.lengths = lengths;
    },
  });

  /** @internal The outbox, loaded when the form showed; loaded again if that failed (the connection may be back). */
  private outbox(): Promise<Outbox> {
    return (this.outboxReady ??= PlaceFeedbackElement.outbox()).catch(() => (this.outboxReady = PlaceFeedbackElement.outbox()));
  }

  /** @internal What the Sender (send.ts) may read and do (host.ts): the element's state, read live, and the calls that change it. */
  private formHost(): FormHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below read the element, not the object they sit on
    const el = this;
    return {
      element: el,
      get phase() {
        return el.phase;
      },
      get refusal() {
        return el.refusal;
      },
      get errors() {
        return el.errors;
      },
      get form() {
        return el.form;
      },
      get area() {
        return el.area;
      },
      get subject() {
        return el.subject;
      },
      get subjectName() {
        return el.subjectName;
      },
      get saveDraft() {
        return el.saveDraft;
      },
      get shownAt() {
        return el.shownAt;
      },
      get minFillTime() {
        return PlaceFeedbackElement.minFillTime;
      },
      heading: (text, cls, id, focusable) => el.heading(text, cls, id, focusable),
      text: (text, depth) => el.text(text, depth),
      drafts: () => el.drafts(),
      outbox: () => el.outbox(),
      moveTo: (phase, options = {}) => {
        el.phase = phase;
        if (options.refusal) el.refusal = options.refusal;
        if (options.focus) el.focusAfterRender = options.focus;
      },
      showErrors: (errors, focus) => {
        el.errors = errors;
        if (focus) el.focusAfterRender = focus;
      },
    };
  }

  /**
   * @internal A heading at the form's level. Unlike other elements' headings, its size follows the level, so
   * that under a page's `h3` the form's `h4` title is not drawn larger than the `h3` (the plan embeds the
   * form under its own headings); `main`: the form's or the panel's own title.
   */
  private heading(text: unknown, cls: string, id?: string, focusable = false): TemplateResult {
    return heading(this.level, 0, text, { id, class: `${cls} h l${this.level}`, focusable });
  }

  /**
   * @internal A long text from the feed (the introduction, privacy notice, confirmation) as formatted text,
   * its headings below the heading it sits under: the form's (`depth` 1), or the privacy notice's (2).
   */
  private text(text: string | undefined, depth = 1): unknown {
    return richText(this, text, this.level + depth);
  }

  /** Where the form is: `form`, `sending`, `queued`, `sent` or `rejected`. */
  get state(): FeedbackState {
    return this.phase;
  }

  /** @internal */
  protected override get loadingLabel(): string {
    return msg('Loading the form…');
  }

  /** @internal */
  protected override get errorTitle(): string {
    return msg('Sorry, we could not load this form');
  }

  /** @internal */
  protected override get retryLabel(): string {
    return msg('Try loading the form again');
  }

  /** @internal */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sender?.dispose();
  }

  /** @internal */
  protected override renderFeed(result: FeedResult): TemplateResult {
    const found = this.formIn(result);
    if (!found) return renderBroken(this.level, this.form ?? '', formProblems(result, this.form ?? ''));
    if (found.place_standard && !this.themes.use(found)) return this.themes.waiting(this.loadingLabel, this.errorTitle, this.retryLabel);
    const definition = this.themes.expanded(found);
    const { phase, sender } = this;
    // While queued the form stays, hidden, with the answers as typed: a later refusal shows it again.
    // Once sent it goes, and the answers with it.
    return html`${sender && (phase === 'sent' || phase === 'queued') ? html`${sender.renderPanel(definition, result.feed.locality_plans)}${this.themes.renderOwn(found)}` : nothing}${phase === 'sent' ? nothing : this.renderForm(definition, found)}`;
  }

  /**
   * @internal The form. Its spam trap is out of everyone's reach: off screen, inert, aria-hidden, out of the
   * Tab order, unlabelled, and named so that no autofill takes it for a person's details.
   */
  private renderForm(definition: FeedbackForm, found: FeedbackForm): TemplateResult {
    const busy = this.phase === 'sending';
    const lang = hostTextLang(this);
    const view = (q: FeedbackForm['questions'][number]) => ({ error: this.errors.find((e) => e.id === q.id)?.message, length: this.lengths[q.id] ?? 0, lang });
    // A first question saying what the title says is the heading, the same words never read twice in a row.
    const first = found.place_standard || !repeatsTitle(found.questions[0], definition.title) ? undefined : found.questions[0];
    const about = html`${this.text(definition.introduction)}
      <div class="notice privacy" part="privacy">
        ${heading(this.level, 1, msg('How we use your answers'), { class: 'title', rank: 2 })}
        ${this.text(definition.privacy_notice, 2)}
      </div>`;
    const asHeading = (label: unknown) => this.heading(label, 'title main', 'title');
    const rest = html`${found.questions.map((q) => (q === first ? html`${renderQuestion(q, { ...view(q), asHeading })}${about}` : renderQuestion(q, view(q))))}
      <div class="visually-hidden" aria-hidden="true" inert><input name="placekit-trap" tabindex="-1" autocomplete="off" /></div>
      <button class="button submit" part="submit-button" aria-disabled=${busy ? 'true' : 'false'}>${definition.submit_label ? feedText(definition.submit_label, lang) : msg('Send')}</button>`;
    return html`<form part="feedback-form" class="l${this.level}" novalidate ?hidden=${this.phase === 'queued'} @submit=${(e: SubmitEvent) => this.onSubmit(e, definition, found)}
      @input=${(e: Event) => this.onInput(e, definition)} @change=${(e: Event) => this.onInput(e, definition)} aria-labelledby="title">
      ${this.sender?.renderSummary()}
      ${this.phase === 'rejected' ? (this.sender?.renderRefusal() ?? this.renderUnsent()) : nothing}
      ${first ? nothing : html`${this.heading(feedText(definition.title, lang), 'title main', 'title')} ${about}`}
      ${this.themes.render(found, view, rest)}
      <p class="visually-hidden" role="status">${busy ? msg('Sending…') : this.countNote}</p>
    </form>`;
  }

  /** @internal The form to show: the one given, or the feed's with this id. */
  private formIn(result: FeedResult): FeedbackForm | undefined {
    return this.definition ?? result.feed.feedback_forms.find((f) => f.id === this.form);
  }

  /**
   * @internal When the form first shows, the spam guard's clock starts and what sending needs is fetched (so a
   * connection lost while filling in cannot stop the submission reaching the outbox). A form the feed has
   * but cannot give (it was left out): the site's editor is told why, once.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const result = this.feedResult;
    if (!result) return;
    if (this.formIn(result)) {
      if (this.shownAt) return;
      this.shownAt = Date.now();
      void this.senderPart.load();
      this.outboxReady = PlaceFeedbackElement.outbox();
      this.outboxReady.catch(() => undefined);
      return;
    }
    const problems = formProblems(result, this.form ?? '');
    if (problems.length)
      warnOnce(this, `the form "${this.form ?? ''}" in the feed cannot be used: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }

  /**
   * @internal Nothing could be checked or sent (send.ts could not be fetched, even on a second try): the one
   * refusal the element draws itself; every other is send.ts's (Sender.renderRefusal).
   */
  private renderUnsent(): TemplateResult {
    return html`<div class="notice error refusal" tabindex="-1">
      ${this.heading(msg('Your feedback could not be sent'), 'title')}
      <p>${msg('Check your internet connection, then send again. Your answers are still here.')}</p>
    </div>`;
  }

  /** @internal */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.focusAfterRender;
    this.focusAfterRender = undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  /** @internal */
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
    this.draft.save(definition, target.form);
  }

  private async onSubmit(event: SubmitEvent, definition: FeedbackForm, found: FeedbackForm): Promise<void> {
    event.preventDefault();
    // Read now: once the event is over, its target (inside the shadow root) is cleared.
    const form = event.target as HTMLFormElement;
    if (this.themes.submitted(event, form, found)) return;
    // A double click, or a press while checking or sending: the first press is the one that counts.
    if (this.busy) return;
    this.busy = true;
    try {
      // Loaded when the form showed; tried once more now if that failed (the connection may be back).
      const sender = (await this.senderPart.load()) && this.sender;
      if (sender) await sender.submit(form, definition);
      else {
        // Nothing can be checked or sent: say so, the answers stay as they are.
        this.phase = 'rejected';
        this.refusal = { status: 0 };
        this.focusAfterRender = '.refusal';
      }
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'place-feedback': PlaceFeedbackElement;
  }
}

declare module '../ui/events.js' {
  interface PlaceEventMap {
    'place-feedback-submit': FeedbackEventDetail;
    'place-feedback-queued': FeedbackEventDetail;
    'place-feedback-delivered': FeedbackEventDetail;
    'place-feedback-failed': FeedbackFailedDetail;
  }
}
