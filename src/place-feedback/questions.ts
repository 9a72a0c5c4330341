/**
 * One question as GOV.UK form markup: label (or legend), hint, inline error ("Error:" for screen
 * readers), then the control. Ids are per shadow root: `q-<id>`, `q-<id>-hint`, `q-<id>-error`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Question } from '../feed/domain/types.js';
import { formatNumber, msg, plural, str } from '../ui/localize.js';
import { oneLine } from '../ui/rich-text.js';

export interface QuestionView {
  error?: string;
  /** Characters typed so far (long text with a limit). */
  length: number;
  /** The feed's language, when the question's own words (label, hint, options) are not the interface's. */
  lang?: string;
  /** Which of a rating's end labels are the interface's words (a Place Standard's defaults), not the feed's. */
  interfaceEnds?: { min: boolean; max: boolean };
  /**
   * The form's heading, drawn around the question's label (legend) when the question says what the form's
   * title says: the GOV.UK "question as heading" pattern, so the same words are not read twice in a row.
   */
  asHeading?: (label: unknown) => TemplateResult;
}

/** Words only: "Was this page useful?" and "was this page useful" are the same question. */
const words = (text: string) =>
  text
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** True when a question can be drawn as the form's heading (not a consent box, whose label follows it) and says what the title says. */
export function repeatsTitle(q: Question | undefined, title: string): boolean {
  return !!q && q.kind !== 'consent' && words(q.label) !== '' && words(q.label) === words(title);
}

/** The label's words, as the form's heading when `view.asHeading` is given. */
const labelled = (q: Question, view: QuestionView, label: (content: unknown) => TemplateResult) =>
  view.asHeading ? view.asHeading(label(oneLine(q.label))) : label(oneLine(q.label));

const describedBy = (q: Question, error?: string, extra = '') =>
  [q.hint ? `q-${q.id}-hint` : '', error ? `q-${q.id}-error` : '', extra].filter(Boolean).join(' ') || undefined;

function hintAndError(q: Question, error?: string, lang?: string): TemplateResult {
  return html`${q.hint ? html`<p class="hint" id="q-${q.id}-hint" lang=${ifDefined(lang)}>${oneLine(q.hint)}</p>` : nothing}${
    error ? html`<p class="error-message" id="q-${q.id}-error"><span class="visually-hidden">${msg('Error:')}</span> ${error}</p>` : nothing
  }`;
}

/** What the count under a long answer says. */
export function countText(max: number, length: number): string {
  const left = max - length;
  return left >= 0 ? remaining(left) : tooMany(-left);
}

function remaining(count: number): string {
  const n = formatNumber(count);
  return plural(count, {
    zero: msg(str`You have ${n} characters remaining`, { id: 'characters.remaining.zero' }),
    one: msg(str`You have ${n} character remaining`, { id: 'characters.remaining.one' }),
    two: msg(str`You have ${n} characters remaining`, { id: 'characters.remaining.two' }),
    few: msg(str`You have ${n} characters remaining`, { id: 'characters.remaining.few' }),
    many: msg(str`You have ${n} characters remaining`, { id: 'characters.remaining.many' }),
    other: msg(str`You have ${n} characters remaining`, { id: 'characters.remaining.other' }),
  });
}

function tooMany(count: number): string {
  const n = formatNumber(count);
  return plural(count, {
    zero: msg(str`You have ${n} characters too many`, { id: 'characters.too-many.zero' }),
    one: msg(str`You have ${n} character too many`, { id: 'characters.too-many.one' }),
    two: msg(str`You have ${n} characters too many`, { id: 'characters.too-many.two' }),
    few: msg(str`You have ${n} characters too many`, { id: 'characters.too-many.few' }),
    many: msg(str`You have ${n} characters too many`, { id: 'characters.too-many.many' }),
    other: msg(str`You have ${n} characters too many`, { id: 'characters.too-many.other' }),
  });
}

function choices(
  q: Question,
  view: QuestionView,
  type: 'radio' | 'checkbox',
  options: Array<{ value: string; label: string; hint?: string; interfaceHint?: boolean }>,
  optionLang: string | undefined,
): TemplateResult {
  const { error, lang } = view;
  return html`<fieldset class="field ${error ? 'has-error' : ''}" id="q-${q.id}" aria-describedby=${ifDefined(describedBy(q, error))} data-question=${q.id}>
    <legend lang=${ifDefined(lang)}>${view.asHeading ? view.asHeading(oneLine(q.label)) : oneLine(q.label)}</legend>
    ${hintAndError(q, error, lang)}
    <div class=${q.kind === 'rating' || q.kind === 'yes_no' ? 'choices inline' : 'choices'}>
      ${options.map(
        (o, i) => html`<div class="choice">
          <input type=${type} id="q-${q.id}-${i}" name=${q.id} value=${o.value} aria-describedby=${ifDefined(o.hint ? `q-${q.id}-${i}-hint` : undefined)} />
          <label for="q-${q.id}-${i}"><span lang=${ifDefined(optionLang)}>${oneLine(o.label)}</span>${o.hint ? html` <span class="hint" id="q-${q.id}-${i}-hint" lang=${ifDefined(o.interfaceHint ? undefined : lang)}>${oneLine(o.hint)}</span>` : nothing}</label>
        </div>`,
      )}
    </div>
  </fieldset>`;
}

export function renderQuestion(q: Question, view: QuestionView): TemplateResult {
  const { error, lang } = view;
  switch (q.kind) {
    case 'single_choice':
      return choices(q, view, 'radio', q.options ?? [], lang);
    case 'multiple_choice':
      return choices(q, view, 'checkbox', q.options ?? [], lang);
    case 'yes_no':
      return choices(
        q,
        view,
        'radio',
        [
          { value: 'yes', label: msg('Yes') },
          { value: 'no', label: msg('No') },
        ],
        undefined,
      );
    case 'rating': {
      const { min = 1, max = 5, min_label, max_label } = q.scale ?? {};
      const options = [];
      for (let n = min; n <= max; n++) {
        const end = n === min ? 'min' : n === max ? 'max' : undefined;
        options.push({
          value: String(n),
          label: formatNumber(n),
          hint: end && (end === 'min' ? min_label : max_label),
          interfaceHint: end && view.interfaceEnds?.[end],
        });
      }
      return choices(q, view, 'radio', options, undefined);
    }
    case 'consent':
      return html`<div class="field ${error ? 'has-error' : ''}" data-question=${q.id}>
        ${hintAndError(q, error, lang)}
        <div class="choice">
          <input type="checkbox" id="q-${q.id}" name=${q.id} value="yes" aria-describedby=${ifDefined(describedBy(q, error))} aria-invalid=${error ? 'true' : 'false'} />
          <label for="q-${q.id}" lang=${ifDefined(lang)}>${oneLine(q.label)}</label>
        </div>
      </div>`;
    case 'long_text': {
      const max = q.max_length;
      return html`<div class="field ${error ? 'has-error' : ''}" data-question=${q.id}>
        ${labelled(q, view, (label) => html`<label for="q-${q.id}" lang=${ifDefined(lang)}>${label}</label>`)}
        ${hintAndError(q, error, lang)}
        <textarea id="q-${q.id}" name=${q.id} rows="5" aria-describedby=${ifDefined(describedBy(q, error, max ? `q-${q.id}-count` : ''))} aria-invalid=${error ? 'true' : 'false'} ?required=${q.required}></textarea>
        ${
          max
            ? html`<p class="hint count ${view.length > max ? 'over' : ''}" id="q-${q.id}-count" aria-hidden="true">${countText(max, view.length)}</p>`
            : nothing
        }
      </div>`;
    }
    default: {
      const type = q.kind === 'email' ? 'email' : q.kind === 'phone' ? 'tel' : 'text';
      const autocomplete = q.kind === 'email' ? 'email' : q.kind === 'phone' ? 'tel' : q.kind === 'postcode' ? 'postal-code' : 'off';
      return html`<div class="field ${error ? 'has-error' : ''}" data-question=${q.id}>
        ${labelled(q, view, (label) => html`<label for="q-${q.id}" lang=${ifDefined(lang)}>${label}</label>`)}
        ${hintAndError(q, error, lang)}
        <input type=${type} id="q-${q.id}" name=${q.id} class=${q.kind} autocomplete=${autocomplete} spellcheck=${q.kind === 'short_text' ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy(q, error))} aria-invalid=${error ? 'true' : 'false'} ?required=${q.required} />
      </div>`;
    }
  }
}
