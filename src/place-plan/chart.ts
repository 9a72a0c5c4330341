/**
 * The trend as a small hand-drawn SVG: the reported values as a line with dots, the baseline as a hollow
 * dot, the target as a cross with a dashed line from the baseline to it (the course to be on), and the
 * range and dates as axis labels. Hidden from assistive technology (`aria-hidden`): the sentence from
 * `summaryOf()` and the table stand for it, and nothing in it takes focus.
 */
import { html, svg, nothing, type TemplateResult } from 'lit';
import type { Indicator } from '../feed/domain/types.js';
import { formatDate } from '../ui/localize.js';
import { formatValue } from './indicator-summary.js';
import { sortedValues, yearOf } from './progress.js';

const W = 320;
const H = 150;
const LEFT = 12;
const RIGHT = 308;
const TOP = 24;
const BOTTOM = 112;

const round = (n: number) => Math.round(n * 10) / 10;

export function chartOf(indicator: Indicator): TemplateResult | typeof nothing {
  const values = sortedValues(indicator);
  const { baseline, target } = indicator;
  if (values.length === 0) return nothing;
  const all = [...values, ...(baseline ? [baseline] : []), ...(target ? [target] : [])];
  const xs = all.map((v) => yearOf(v.date));
  const ys = all.map((v) => v.value);
  let [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [low, high] = [Math.min(...ys), Math.max(...ys)];
  let [y0, y1] = [low, high];
  if (x1 === x0) [x0, x1] = [x0 - 0.5, x1 + 0.5];
  if (y1 === y0) [y0, y1] = [y0 - Math.max(1, Math.abs(y0) * 0.1), y1 + Math.max(1, Math.abs(y1) * 0.1)];
  const x = (date: string) => round(LEFT + ((yearOf(date) - x0) / (x1 - x0)) * (RIGHT - LEFT));
  const y = (value: number) => round(BOTTOM - ((value - y0) / (y1 - y0)) * (BOTTOM - TOP));
  const line = values.map((v) => `${x(v.date)},${y(v.value)}`).join(' ');
  const first = all.reduce((a, b) => (yearOf(b.date) < yearOf(a.date) ? b : a));
  const last = all.reduce((a, b) => (yearOf(b.date) > yearOf(a.date) ? b : a));
  const start = baseline ?? values[0];
  const tx = target ? x(target.date) : 0;
  const ty = target ? y(target.value) : 0;
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" aria-hidden="true" focusable="false" part="chart">
    <line class="axis" x1=${LEFT} y1=${TOP} x2=${RIGHT} y2=${TOP}></line>
    <line class="axis" x1=${LEFT} y1=${BOTTOM} x2=${RIGHT} y2=${BOTTOM}></line>
    <text class="label" x="0" y=${y(high) - 7}>${formatValue(indicator, high)}</text>
    ${low < high ? svg`<text class="label" x="0" y=${y(low) + 18}>${formatValue(indicator, low)}</text>` : nothing}
    <text class="label" x="0" y=${H - 4}>${formatDate(first.date, 'short')}</text>
    <text class="label" x=${W} y=${H - 4} text-anchor="end">${formatDate(last.date, 'short')}</text>
    ${
      target
        ? svg`<line class="course" x1=${x(start.date)} y1=${y(start.value)} x2=${tx} y2=${ty}></line>
        <path class="target" d="M${tx - 6} ${ty - 6}L${tx + 6} ${ty + 6}M${tx - 6} ${ty + 6}L${tx + 6} ${ty - 6}"></path>`
        : nothing
    }
    ${values.length > 1 ? svg`<polyline class="series" points=${line}></polyline>` : nothing}
    ${baseline ? svg`<circle class="baseline" cx=${x(baseline.date)} cy=${y(baseline.value)} r="5"></circle>` : nothing}
    ${values.map((v) => svg`<circle class="point" cx=${x(v.date)} cy=${y(v.value)} r="3.5"></circle>`)}
  </svg>`;
}
