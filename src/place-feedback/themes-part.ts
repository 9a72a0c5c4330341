/**
 * `<place-feedback>`'s use of its Place Standard part (place-standard.ts, loaded when a form with
 * `place_standard` first shows), in the first download: what the form shows while the part loads or when it
 * cannot be fetched, the form as the sender sees it (themes and questions), the themes drawn before the
 * form's own questions, Enter on an earlier theme, and the ratings kept for the resident's own compass.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedbackForm, Question } from '../feed/domain/types.js';
import { renderFallback } from '../ui/feed-status.js';
import { LazyPart, onDemand, type OnDemand } from '../ui/lazy-part.js';
import { msg } from '../ui/localize.js';
import type { PlaceElement } from '../ui/place-element.js';
import { retryPanel } from '../ui/retry-panel.js';
import type { ThemeForm, ThemeHost } from './place-standard.js';
import { renderQuestion, type QuestionView } from './questions.js';

type Part = typeof import('./place-standard.js');

/** The part for the whole page (`PlaceFeedbackElement.parts.themes`; tests replace its load to see it fail). */
export const THEMES: OnDemand<Part> = onDemand(() => import('./place-standard.js'));

export class ThemesPart {
  private form?: ThemeForm;
  private readonly lazy: LazyPart<Part>;
  /** The ratings last sent: the resident's own compass is drawn from them (kept in the page only). */
  private ratings?: Record<string, unknown>;

  /** `layout`: the element's attribute; `hasErrors`: whether the answers have errors (then every theme is shown). */
  constructor(
    private readonly host: PlaceElement,
    { layout, hasErrors }: Pick<ThemeHost, 'layout' | 'hasErrors'>,
  ) {
    this.lazy = new LazyPart(host, THEMES, {
      styles: (p) => p.themeStyles,
      ready: ({ ThemeForm }) => (this.form = new ThemeForm({ element: host, level: () => host.level, layout, hasErrors, question: renderQuestion })),
    });
  }

  /** From render: the themes of a Place Standard form once the part is there (undefined for another form). */
  use(found: FeedbackForm): ThemeForm | undefined {
    return found.place_standard && this.lazy.use() ? this.form : undefined;
  }

  /** What a Place Standard form shows until its part is there: the loading line, or the retry panel. */
  waiting(loading: string, title: string, action: string): TemplateResult {
    const { lazy } = this;
    if (!lazy.failed) return renderFallback(loading);
    return retryPanel({ level: this.host.level, title, message: msg('Check your connection and try again.'), action, retry: lazy.retry, busy: lazy.busy });
  }

  /** The form as the sender sees it: its themes' questions first. */
  expanded(found: FeedbackForm): FeedbackForm {
    return this.form && found.place_standard ? this.form.expanded(found) : found;
  }

  /** The themes, then `rest` (the form's own questions and the send button), shown after the last theme. */
  render(found: FeedbackForm, view: (q: Question) => QuestionView, rest: TemplateResult): unknown {
    const form = this.use(found);
    return form ? html`${form.render(found, view)}<div class="rest" ?hidden=${!form.restShown(found)}>${rest}</div>` : rest;
  }

  /** A press of send: true when it only moves on to the next theme; otherwise the ratings are kept for the compass. */
  submitted(event: Event, formElement: HTMLFormElement, found: FeedbackForm): boolean {
    const form = this.use(found);
    if (!form) return false;
    if (form.interceptSubmit(event, found)) return true;
    this.ratings = form.ratingsOf(formElement, found);
    return false;
  }

  /** After sending: the resident's own compass. */
  renderOwn(found: FeedbackForm): unknown {
    const form = this.use(found);
    return form && this.ratings ? form.renderOwn(found, this.ratings) : nothing;
  }
}
