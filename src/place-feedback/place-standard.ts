/**
 * The Place Standard form kind of `<place-feedback>`, loaded when a form with `place_standard` first shows:
 * each theme of the place (from the feed: its name, its question, the scale) rated on the scale with
 * "what is good" and "what could be better", one theme at a time (the default: a small screen, one thing
 * to think about) or all on one page; then, after sending, the resident's own compass.
 *
 * The themes are questions like any other (`themeQuestions`: a rating `<id>`, comments `<id>-good` and
 * `<id>-better`), so the answers are checked, kept in drafts, sent through the outbox and taken by
 * `placekit receive` exactly as other forms' are. One at a time, every theme's controls stay in the form
 * (the steps not shown are `hidden`), so nothing typed is lost going back and forth; the form's own
 * questions and the send button come after the last theme. While the answers have errors every theme is
 * shown, so each link of the error summary reaches its field.
 *
 * It owns the step it is at and talks to the element through `ThemeHost`.
 */
import { css, html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { ownResults, scaleOf, themeQuestions } from '../feed/domain/place-standard.js';
import type { FeedbackForm, Question } from '../feed/domain/types.js';
import { compassStyles, renderCompass } from '../ui/compass.js';
import { heading } from '../ui/heading.js';
import { currentLocale, formatNumber, msg, str } from '../ui/localize.js';
import { readAnswers } from './answers.js';
import type { QuestionView } from './questions.js';

/** What of the element the part reads and asks (types only; the part never imports the element). */
export interface ThemeHost {
  /** The element: its updates are asked for and awaited, its shadow root searched for focus. */
  readonly element: ReactiveElement & { readonly renderRoot: HTMLElement | DocumentFragment };
  /** The form's heading level. */
  level(): number;
  /** `one-at-a-time` or `one-page`: the page's choice, over the feed's. */
  layout(): string | undefined;
  /** The answers have errors: then every theme is shown. */
  hasErrors(): boolean;
  /** Draws a question as the form draws its own (questions.ts, which the element's first download carries). */
  question(q: Question, view: QuestionView): TemplateResult;
}

export class ThemeForm {
  /** The step shown, one at a time: a theme, or (after the last) the form's own questions. */
  private step = 0;
  /** The themes' questions for a form in a language (placekit's own words in them follow the language). */
  private cache?: { form: FeedbackForm; locale: string; questions: Question[] };

  constructor(private readonly host: ThemeHost) {}

  /** The form as the sender sees it: the themes' questions, then the form's own. */
  expanded(form: FeedbackForm): FeedbackForm {
    return { ...form, questions: [...this.themeQuestions(form), ...form.questions] };
  }

  private themeQuestions(form: FeedbackForm): Question[] {
    const locale = currentLocale();
    if (this.cache?.form !== form || this.cache.locale !== locale)
      this.cache = {
        form,
        locale,
        questions: themeQuestions(form.place_standard!, {
          good: msg('What is good about this?'),
          better: msg('What could be better?'),
          low: msg('A lot of room for improvement'),
          high: msg('Very little room for improvement'),
        }),
      };
    return this.cache.questions;
  }

  /** One at a time (unless the page or the feed asks for one page, or the answers have errors to show). */
  private stepping(form: FeedbackForm): boolean {
    const layout = this.host.layout() ?? (form.place_standard?.layout === 'all_on_one_page' ? 'one-page' : 'one-at-a-time');
    return layout !== 'one-page' && !this.host.hasErrors();
  }

  private steps(form: FeedbackForm): number {
    return form.place_standard!.themes.length + (form.questions.length ? 1 : 0);
  }

  /** Whether the element shows its own questions and the send button now: at the last step, or on one page. */
  restShown(form: FeedbackForm): boolean {
    return !this.stepping(form) || this.step >= this.steps(form) - 1;
  }

  /** The themes, each under its heading, and the way between them. */
  render(form: FeedbackForm, view: (q: Question) => QuestionView): TemplateResult {
    const standard = form.place_standard!;
    const questions = this.themeQuestions(form);
    const stepping = this.stepping(form);
    const steps = this.steps(form);
    const level = this.host.level();
    const total = formatNumber(standard.themes.length);
    const step = Math.min(this.step, steps - 1);
    return html`<div class="themes ${stepping ? 'stepping' : ''}">
      ${standard.themes.map((theme, i) => {
        const n = formatNumber(i + 1);
        return html`<section class="theme" aria-labelledby="theme-${i}" ?hidden=${stepping && step !== i}>
          ${stepping ? html`<p class="step-count secondary-text">${msg(str`Theme ${n} of ${total}`)}</p>` : nothing}
          ${heading(level, 1, msg(str`${n}. ${theme.name}`), { id: `theme-${i}`, class: 'theme-title', focusable: true })}
          ${questions.slice(i * 3, i * 3 + 3).map((q, k) => this.host.question(q, themeView(view(q), k, form)))}
        </section>`;
      })}
      ${stepping ? this.renderNav(form, step, steps) : nothing}
    </div>`;
  }

  private renderNav(form: FeedbackForm, step: number, steps: number): TemplateResult {
    const themes = form.place_standard!.themes.length;
    const last = step >= steps - 1;
    return html`<div class="step-nav">
      ${step > 0 ? html`<button type="button" class="button secondary" @click=${() => this.go(step - 1)}>${msg('Previous')}</button>` : nothing}
      ${
        last
          ? nothing
          : html`<button type="button" class="button secondary next" @click=${() => this.go(step + 1)}>
              ${step + 1 < themes ? msg('Next theme') : msg('Next')}
            </button>`
      }
    </div>`;
  }

  /** To another step, its heading focused (the resident hears where they are); the last step's own questions have none, so the first of them is focused. */
  private go(step: number): void {
    this.step = step;
    const element = this.host.element;
    element.requestUpdate();
    void element.updateComplete.then(() => {
      const root = element.renderRoot;
      const target = root.querySelector<HTMLElement>(`#theme-${step}`) ?? root.querySelector<HTMLElement>('.rest input, .rest textarea, .submit');
      target?.focus();
    });
  }

  /** Enter pressed in a theme before the last step moves on rather than sending half the form. True when it did. */
  interceptSubmit(event: Event, form: FeedbackForm): boolean {
    if (this.restShown(form)) return false;
    event.preventDefault();
    this.go(this.step + 1);
    return true;
  }

  /** Back to the first theme (the form is shown afresh). */
  reset(): void {
    this.step = 0;
  }

  /** The ratings given, read from the form (for the resident's own compass). */
  ratingsOf(formElement: HTMLFormElement, form: FeedbackForm): Record<string, unknown> {
    return readAnswers(
      formElement,
      this.themeQuestions(form).filter((q) => q.kind === 'rating'),
    );
  }

  /** After sending: the resident's own compass. */
  renderOwn(form: FeedbackForm, ratings: Record<string, unknown>): TemplateResult | typeof nothing {
    const standard = form.place_standard!;
    const themes = ownResults(standard, ratings);
    if (themes.length === 0) return nothing;
    return html`<section class="own-compass" part="own-compass" aria-labelledby="own-compass-title">
      ${heading(this.host.level(), 1, msg('Your Place Standard compass'), { id: 'own-compass-title' })}
      <p>${msg('How you rated each theme: the further out, the better you think it is.')}</p>
      ${renderCompass(themes, scaleOf(standard), { own: true, id: 'own-compass-table' })}
    </section>`;
  }
}

export const themeStyles = css`
    ${compassStyles}
    .theme {
      margin-block-end: 1.5em;
    }
    .theme-title {
      margin-block-end: 0.5em;
    }
    .step-count {
      margin-block-end: 0.25em;
    }
    .step-nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
      margin-block-end: 1.5em;
    }
    .own-compass {
      margin-block: 1em;
    }
  `;

/**
 * A theme question's view: the words placekit gives where the feed gives none (the comment boxes' labels,
 * the rating scale's end labels) are the interface's, so they are not marked with the feed's language
 * (a Welsh label marked `lang="en-GB"` would be read in an English voice). `k` is the question's place in
 * its theme: the rating, "What is good", "What could be better".
 */
function themeView(view: QuestionView, k: number, form: FeedbackForm): QuestionView {
  const standard = form.place_standard!;
  if (k === 0) {
    const scale = scaleOf(standard);
    return { ...view, interfaceEnds: { min: !scale.min_label, max: !scale.max_label } };
  }
  const own = k === 1 ? standard.good_label : standard.better_label;
  return own ? view : { ...view, lang: undefined };
}
