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
}

const describedBy = (q: Question, error?: string, extra = '') =>
  [q.hint ? `q-${q.id}-hint` : '', error ? `q-${q.id}-error` : '', extra].filter(Boolean).join(' ') || undefined;

function hintAndError(q: Question, error?: string): TemplateResult {
  return html`${q.hint ? html`<p class="hint" id="q-${q.id}-hint">${oneLine(q.hint)}</p>` : nothing}${
    error ? html`<p class="error-message" id="q-${q.id}-error"><span class="visually-hidden">${msg('Error:')}</span> ${error}</p>` : nothing
  }`;
}

/** What the count under a long answer says. */
export function countText(max: number, length: number): string {
  const left = max - length;
  return left >= 0
    ? plural(left, { one: msg(str`You have ${formatNumber(left)} character remaining`), other: msg(str`You have ${formatNumber(left)} characters remaining`) })
    : plural(-left, {
        one: msg(str`You have ${formatNumber(-left)} character too many`),
        other: msg(str`You have ${formatNumber(-left)} characters too many`),
      });
}

function choices(
  q: Question,
  error: string | undefined,
  type: 'radio' | 'checkbox',
  options: Array<{ value: string; label: string; hint?: string }>,
): TemplateResult {
  return html`<fieldset class="field ${error ? 'has-error' : ''}" id="q-${q.id}" aria-describedby=${ifDefined(describedBy(q, error))} data-question=${q.id}>
    <legend>${oneLine(q.label)}</legend>
    ${hintAndError(q, error)}
    <div class=${q.kind === 'rating' || q.kind === 'yes_no' ? 'choices inline' : 'choices'}>
      ${options.map(
        (o, i) => html`<div class="choice">
          <input type=${type} id="q-${q.id}-${i}" name=${q.id} value=${o.value} aria-describedby=${ifDefined(o.hint ? `q-${q.id}-${i}-hint` : undefined)} />
          <label for="q-${q.id}-${i}">${oneLine(o.label)}${o.hint ? html` <span class="hint" id="q-${q.id}-${i}-hint">${oneLine(o.hint)}</span>` : nothing}</label>
        </div>`,
      )}
    </div>
  </fieldset>`;
}

export function renderQuestion(q: Question, view: QuestionView): TemplateResult {
  const { error } = view;
  switch (q.kind) {
    case 'single_choice':
      return choices(q, error, 'radio', q.options ?? []);
    case 'multiple_choice':
      return choices(q, error, 'checkbox', q.options ?? []);
    case 'yes_no':
      return choices(q, error, 'radio', [
        { value: 'yes', label: msg('Yes') },
        { value: 'no', label: msg('No') },
      ]);
    case 'rating': {
      const { min = 1, max = 5, min_label, max_label } = q.scale ?? {};
      const options = [];
      for (let n = min; n <= max; n++) {
        options.push({ value: String(n), label: formatNumber(n), hint: n === min ? min_label : n === max ? max_label : undefined });
      }
      return choices(q, error, 'radio', options);
    }
    case 'consent':
      return html`<div class="field ${error ? 'has-error' : ''}" data-question=${q.id}>
        ${hintAndError(q, error)}
        <div class="choice">
          <input type="checkbox" id="q-${q.id}" name=${q.id} value="yes" aria-describedby=${ifDefined(describedBy(q, error))} aria-invalid=${error ? 'true' : 'false'} />
          <label for="q-${q.id}">${oneLine(q.label)}</label>
        </div>
      </div>`;
    case 'long_text': {
      const max = q.max_length;
      return html`<div class="field ${error ? 'has-error' : ''}" data-question=${q.id}>
        <label for="q-${q.id}">${oneLine(q.label)}</label>
        ${hintAndError(q, error)}
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
        <label for="q-${q.id}">${oneLine(q.label)}</label>
        ${hintAndError(q, error)}
        <input type=${type} id="q-${q.id}" name=${q.id} class=${q.kind} autocomplete=${autocomplete} spellcheck=${q.kind === 'short_text' ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy(q, error))} aria-invalid=${error ? 'true' : 'false'} ?required=${q.required} />
      </div>`;
    }
  }
}
