/**
 * The Place Standard compass: a radar chart of how a place's themes were rated, as the tool draws it (one
 * spoke per theme, the middle for the lowest rating, the rim for the highest), with a one-sentence summary
 * and the figures as a real table, as the plan's charts have. The SVG is hidden from assistive technology
 * (the sentence and the table stand for it); its spokes are numbered as the table's rows are.
 *
 * One resident's own ratings (after sending the form) or an area's published results (each theme's median,
 * and the middle half of ratings, lower to upper quartile, drawn as a band). Loaded on demand by
 * `<place-feedback>` and `<place-plan>`: `compassStyles` joins the element's styles when it arrives. Drawn in
 * the plan's chart colour (`--place-color-chart-line`) where it is set, the link colour elsewhere.
 */
import { breakable } from './rich-text.js';
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Scale, ThemeResult } from '../feed/domain/types.js';
import { formatList, formatNumber, msg, str } from './localize.js';

export interface CompassOptions {
  /** The ratings are one resident's own (their rating in `median`), not an area's results. */
  own?: boolean;
  /** For ids inside the element's shadow root. */
  id: string;
  /** The feed's language, when the themes' names are not in the interface's. */
  lang?: string;
}

const C = 200;
const R = 150;
const round = (n: number) => Math.round(n * 10) / 10;

/** Where value `v` of theme `i` of `n` is drawn: the lowest rating a seventh of the way out (as the tool's own compass), the highest on the rim. */
function point(i: number, n: number, v: number, scale: Scale): [number, number] {
  const span = scale.max - scale.min + 1;
  const r = (R * (Math.min(scale.max, Math.max(scale.min, v)) - scale.min + 1)) / span;
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  return [round(C + r * Math.cos(angle)), round(C + r * Math.sin(angle))];
}

const polygon = (themes: ThemeResult[], scale: Scale, value: (t: ThemeResult) => number) =>
  themes.map((t, i) => point(i, themes.length, value(t), scale).join(',')).join(' ');

const outOf = (value: number, scale: Scale) => {
  const v = formatNumber(value, { maximumFractionDigits: 1 });
  const max = formatNumber(scale.max);
  return msg(str`${v} out of ${max}`);
};

/** One sentence: which themes were rated highest and lowest, and how. */
export function compassSummary(themes: readonly ThemeResult[], scale: Scale, own = false): string {
  if (themes.length === 0) return msg('No themes have been rated.');
  const top = Math.max(...themes.map((t) => t.median));
  const bottom = Math.min(...themes.map((t) => t.median));
  const names = (value: number) => formatList(themes.filter((t) => t.median === value).map((t) => t.name));
  const high = names(top);
  const low = names(bottom);
  const topText = outOf(top, scale);
  const bottomText = outOf(bottom, scale);
  if (top === bottom) return own ? msg(str`You rated every theme ${topText}.`) : msg(str`Every theme had a median rating of ${topText}.`);
  return own
    ? msg(str`You rated ${high} highest (${topText}) and ${low} lowest (${bottomText}).`)
    : msg(str`Rated highest: ${high} (median ${topText}). Rated lowest: ${low} (median ${bottomText}).`);
}

/** The spread as words: "3 to 5". */
const spreadOf = (t: ThemeResult) =>
  t.lower_quartile === undefined || t.upper_quartile === undefined
    ? ''
    : msg(str`${formatNumber(t.lower_quartile, { maximumFractionDigits: 1 })} to ${formatNumber(t.upper_quartile, { maximumFractionDigits: 1 })}`);

/** The chart alone (hidden from assistive technology). */
function chart(themes: ThemeResult[], scale: Scale): TemplateResult {
  const n = themes.length;
  const rings = [];
  for (let v = scale.min; v <= scale.max; v++) rings.push(polygon(themes, scale, () => v));
  const spread = themes.every((t) => t.lower_quartile !== undefined && t.upper_quartile !== undefined);
  return html`<svg class="compass-chart" viewBox="0 0 400 400" aria-hidden="true" focusable="false">
    ${rings.map((points, i) => svg`<polygon class=${i === rings.length - 1 ? 'rim' : 'ring'} points=${points}></polygon>`)}
    ${themes.map((_, i) => {
      const [x, y] = point(i, n, scale.max, scale);
      const [tx, ty] = labelAt(i, n);
      return svg`<line class="spoke" x1=${C} y1=${C} x2=${x} y2=${y}></line><text class="number" x=${tx} y=${ty} text-anchor="middle" dominant-baseline="central">${formatNumber(i + 1)}</text>`;
    })}
    ${
      spread
        ? svg`<path class="spread" fill-rule="evenodd" d=${`M${polygon(themes, scale, (t) => t.upper_quartile!)}Z M${polygon(themes, scale, (t) => t.lower_quartile!)}Z`}></path>`
        : nothing
    }
    <polygon class="rating" points=${polygon(themes, scale, (t) => t.median)}></polygon>
    ${themes.map((t, i) => {
      const [x, y] = point(i, n, t.median, scale);
      return svg`<circle class="dot" cx=${x} cy=${y} r="4.5"></circle>`;
    })}
  </svg>`;
}

/** Spoke numbers sit just outside the rim. */
function labelAt(i: number, n: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  return [round(C + (R + 24) * Math.cos(angle)), round(C + (R + 24) * Math.sin(angle))];
}

/** The compass: the chart with its summary as caption, then the table. */
export function renderCompass(themes: ThemeResult[], scale: Scale, options: CompassOptions): TemplateResult {
  const own = !!options.own;
  const spread = !own && themes.some((t) => spreadOf(t));
  const counted = !own && themes.some((t) => t.responses !== undefined);
  const range = msg(str`${formatNumber(scale.min)} to ${formatNumber(scale.max)}`);
  const caption = own ? msg('Your ratings') : msg('Ratings by theme');
  return html`<figure class="compass">
      ${themes.length >= 3 ? chart(themes, scale) : nothing}
      <figcaption class="summary">${compassSummary(themes, scale, own)}</figcaption>
    </figure>
    <div class="table-scroll" role="region" tabindex="0" aria-label=${caption}>
    <table class="compass-table words" id=${options.id}>
      <caption class="visually-hidden">${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Theme')}</th>
          <th scope="col">${own ? msg(str`Your rating (${range})`) : msg(str`Median (${range})`)}</th>
          ${spread ? html`<th scope="col">${msg('Middle half of ratings')}</th>` : nothing}
          ${counted ? html`<th scope="col">${msg('Ratings')}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${themes.map(
          (t, i) =>
            html`<tr>
              <th scope="row"><span class="theme-number">${formatNumber(i + 1)}</span> <span lang=${ifDefined(options.lang)}>${breakable(t.name)}</span></th>
              <td>${formatNumber(t.median, { maximumFractionDigits: 1 })}</td>
              ${spread ? html`<td>${spreadOf(t)}</td>` : nothing}
              ${counted ? html`<td>${t.responses === undefined ? '' : formatNumber(t.responses)}</td>` : nothing}
            </tr>`,
        )}
      </tbody>
    </table>
    </div>`;
}

export const compassStyles = css`
  /* Words in a table stay whole (styles.ts): where a language's words are longer than a narrow screen
     allows, the table scrolls inside its own region, which a keyboard can reach; the page never does. */
  .table-scroll {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  .compass {
    margin: 0 0 0.5em;
  }
  .compass-chart {
    display: block;
    inline-size: 100%;
    max-inline-size: 24em;
    block-size: auto;
    margin-block-end: 0.5em;
  }
  .compass-chart .ring,
  .compass-chart .rim,
  .compass-chart .spoke {
    fill: none;
    stroke: var(--_place-border);
    stroke-width: 1;
  }
  .compass-chart .rim {
    stroke-width: 2;
  }
  .compass-chart .number {
    font-size: 15px;
    fill: currentColor;
    color: var(--_place-text-secondary);
  }
  .compass-chart .spread {
    fill: currentColor;
    fill-opacity: 0.18;
    color: var(--_place-chart-line, var(--_place-link));
  }
  .compass-chart .rating {
    fill: none;
    stroke: currentColor;
    stroke-width: 3;
    stroke-linejoin: round;
    color: var(--_place-chart-line, var(--_place-link));
  }
  .compass-chart .dot {
    fill: currentColor;
    color: var(--_place-chart-line, var(--_place-link));
  }
  .compass-table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  .compass-table th,
  .compass-table td {
    padding: 0.3em 0.5em 0.3em 0;
    /* A cell is sized from its smallest width: "Median" keeps its letters together at 320 px (see decisions). */
    overflow-wrap: break-word;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_place-border);
  }
  .compass-table th[scope='row'] {
    font-weight: 400;
  }
  .compass-table td {
    font-variant-numeric: tabular-nums;
  }
  .theme-number {
    display: inline-block;
    min-inline-size: 1.5em;
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .compass-chart .ring,
    .compass-chart .rim,
    .compass-chart .spoke {
      stroke: GrayText;
    }
    .compass-chart .number,
    .compass-chart .rating,
    .compass-chart .dot,
    .compass-chart .spread {
      color: CanvasText;
    }
  }
`;
