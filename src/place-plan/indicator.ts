/**
 * One indicator of a plan's priority: its title, whether it is on course (an icon and words), a small
 * trend chart with its target (chart.ts) and one sentence saying the same (indicator-summary.ts), and
 * the figures as a table behind a button.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { safeUrl } from '../feed/domain/safe-url.js';
import type { Indicator, IndicatorValue } from '../feed/domain/types.js';
import { feedText, hostTextLang } from '../ui/feed-lang.js';
import { heading } from '../ui/heading.js';
import { formatDate, msg, str } from '../ui/localize.js';
import { breakable, richText } from '../ui/rich-text.js';
import { chartOf } from './chart.js';
import type { PlanView } from './host.js';
import { formatValue, summaryOf } from './indicator-summary.js';
import { courseOf, sortedValues, type Course } from './progress.js';

/** One indicator: its verdict, trend chart and one-sentence summary, and its figures as a table behind a button. */
export function renderIndicator(view: PlanView, indicator: Indicator, key: string): TemplateResult {
  const course = courseOf(indicator);
  const table = `table-${key}`;
  const showTable = view.tables.has(key);
  const values = sortedValues(indicator);
  const sourceUrl = safeUrl(indicator.source_url);
  const baseline = indicator.baseline;
  // The button's name says which indicator (several are on a page); it starts with the words seen.
  const title = indicator.title;
  return html`<div class="indicator" part="indicator">
    ${heading(view.level, 3, feedText(indicator.title, hostTextLang(view.element)), { class: 'indicator-title' })}
    ${richText(view.element, indicator.description, view.level + 4)}
    <p class="course ${course}">${courseIcon(course)}${courseLabel(course)}</p>
    <figure>
      ${chartOf(indicator)}
      <figcaption class="summary">${summaryOf(indicator)}</figcaption>
    </figure>
    ${
      values.length || indicator.baseline || indicator.target
        ? html`<button type="button" class="link-button table-toggle no-print"
              aria-label=${showTable ? msg(str`Hide table: ${title}`) : msg(str`Show as table: ${title}`)}
              aria-expanded=${showTable ? 'true' : 'false'} aria-controls=${table} @click=${() => view.toggleTable(key)}>
            <svg class="chevron-icon" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><path d="M2.5 .8l5.5 4.2-5.5 4.2z"></path></svg>
            <span>${showTable ? msg('Hide table') : msg('Show as table')}</span>
          </button>
          <table id=${table} class="numbers words" part="table" ?hidden=${!showTable}>
            <caption class="visually-hidden">${msg(str`${indicator.title}: figures`)}</caption>
            <thead>
              <tr><th scope="col">${msg('Date')}</th><th scope="col">${msg('Figure')}</th><th scope="col">${msg('Note')}</th></tr>
            </thead>
            <tbody>
              ${baseline && !values.some((v) => sameAsBaseline(v, baseline)) ? row(indicator, baseline.date, baseline.value, [msg('Baseline'), baseline.note]) : nothing}
              ${values.map((v) => row(indicator, v.date, v.value, baseline && sameAsBaseline(v, baseline) ? [msg('Baseline'), v.note ?? baseline.note] : [v.note]))}
              ${indicator.target ? row(indicator, indicator.target.date, indicator.target.value, [msg('Target'), indicator.target.note]) : nothing}
            </tbody>
          </table>`
        : nothing
    }
    ${
      indicator.source
        ? html`<p class="source secondary-text">${msg('Source:')} ${sourceUrl ? html`<a href=${sourceUrl}>${indicator.source}</a>` : indicator.source}</p>`
        : nothing
    }
  </div>`;
}

function courseLabel(course: Course): string {
  switch (course) {
    case 'on':
      return msg('On course');
    case 'off':
      return msg('Not on course');
    case 'met':
      return msg('Target date passed: met');
    case 'missed':
      return msg('Target date passed: not met');
    default:
      return msg('Not enough data to tell');
  }
}

/**
 * Each verdict's shape, drawn as SVG so forced colours keep it (a CSS background would vanish there):
 * a filled square (on course), a triangle pointing down (not on course), a star (met), a cross
 * (missed), a bar (not enough data). None is the shape of an action status.
 */
const COURSE_SHAPES: Record<Course, TemplateResult> = {
  on: svg`<rect x="1.5" y="1.5" width="13" height="13" class="fill"></rect>`,
  off: svg`<path d="M8 15.2L.6 1h14.8z" class="fill"></path>`,
  met: svg`<path d="M8.0 0.8L9.9 5.9L15.4 6.2L11.1 9.6L12.6 14.9L8.0 11.9L3.4 14.9L4.9 9.6L0.6 6.2L6.1 5.9z" class="fill"></path>`,
  missed: svg`<path d="M2.5 2.5l11 11M13.5 2.5l-11 11" class="ring thick"></path>`,
  unknown: svg`<rect x="1" y="6" width="14" height="4" class="fill"></rect>`,
};

function courseIcon(course: Course): TemplateResult {
  return html`<svg class="status-icon course-icon ${course}" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${COURSE_SHAPES[course]}</svg>`;
}

function sameAsBaseline(value: IndicatorValue, baseline: IndicatorValue): boolean {
  return value.date === baseline.date && value.value === baseline.value;
}

function row(indicator: Indicator, date: string, value: number, notes: Array<string | undefined>): TemplateResult {
  return html`<tr><th scope="row">${formatDate(date)}</th><td>${breakable(formatValue(indicator, value))}</td><td>${breakable(notes.filter(Boolean).join(': '))}</td></tr>`;
}
