/**
 * The list of results: the count as the list's heading (focused after a change the resident made
 * elsewhere), one item per result with what a resident needs to choose, and the pages. A part of its
 * own (lazy-part.ts), fetched beside the feed (`PlaceElement.feedPart`), or as the API's part loads.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { feedText } from '../ui/feed-lang.js';
import { heading } from '../ui/heading.js';
import { formatMiles, formatNumber, msg, str } from '../ui/localize.js';
import { agesText, costSummary, kindLabel, timeLines } from './describe.js';
import { isClosed, type Category, type Entry } from './entries.js';
import { countText } from './results.js';
import type { SearchResponse } from './source.js';

export interface ResultsOptions {
  level: number;
  page: number;
  size: number;
  categories: readonly Category[];
  /** Opens a result's details. */
  open(entry: Entry): void;
  goToPage(page: number): void;
  /** A resident is about to open a result: the details view may load. */
  prefetch(): void;
  /** What to show when nothing matches (a part loaded on demand). */
  none(): unknown;
  /** A distance in words ("Within a 10 minute walk (about 0.4 miles)"): the postcode lookup's part, loaded whenever there is a distance. */
  distance?(miles: number): string;
  /** Each result's "Add to my list" (journeys/journeys.ts). */
  toggle?(entry: Entry): unknown;
  /** The records' language when it is not the interface's (feed-lang.ts): names and summaries are marked. */
  lang?: string;
}

function renderHit(o: ResultsOptions, entry: Entry, miles: number | undefined, at: Date): TemplateResult {
  const { open, when } = timeLines(entry, at);
  const categories = o.categories.filter((c) => entry.categories.includes(c.key)).map((c) => c.name);
  const summary = entry.description.length > 180 ? `${entry.description.slice(0, 180).replace(/\s+\S*$/, '')}…` : entry.description;
  const facts = [
    miles !== undefined && html`<li class="strong">${o.distance?.(miles) ?? msg(str`${formatMiles(miles)} away`)}</li>`,
    isClosed(entry) && html`<li class="strong">${msg('Temporarily closed')}</li>`,
    open && html`<li class=${open.open ? 'open' : ''}>${open.text}</li>`,
    ...when,
    costSummary(entry, at),
    agesText(entry),
    categories.join(', '),
  ];
  return html`<li class="result" part="result">
    ${heading(o.level, 1, html`<button type="button" class="link-button" data-id=${entry.id} @click=${() => o.open(entry)}>${feedText(entry.name, o.lang)}</button>`)}
    <p class="secondary-text">${entry.kind === 'opportunity' ? html`${kindLabel(entry)}${entry.organisation ? ' · ' : ''}` : nothing}${feedText(entry.organisation, o.lang)}</p>
    ${summary ? html`<p lang=${ifDefined(o.lang)}>${summary}</p>` : nothing}
    <ul class="facts">
      ${facts.map((fact) => (!fact ? nothing : typeof fact === 'string' ? html`<li>${fact}</li>` : fact))}
    </ul>
    ${o.toggle ? html`<p class="no-print">${o.toggle(entry)}</p>` : nothing}
  </li>`;
}

export function renderResults(o: ResultsOptions, response: SearchResponse): TemplateResult {
  const pages = Math.max(1, Math.ceil(response.total / o.size));
  const page = Math.min(o.page, pages);
  const at = new Date();
  const button = (to: number, label: string) => html`<button type="button" class="button secondary" @click=${() => o.goToPage(to)}>${label}</button>`;
  return html`
    ${heading(o.level, 0, countText(response.total, o.page, o.size), { id: 'results-title', focusable: true })}
    ${
      response.total === 0
        ? o.none()
        : html`<ul class="plain result-list" part="results" @pointerover=${o.prefetch} @focusin=${o.prefetch}>
            ${response.hits.map((hit) => renderHit(o, hit.entry, hit.miles, at))}
          </ul>`
    }
    ${
      pages > 1
        ? html`<nav class="pagination no-print" part="pagination" aria-label=${msg('Result pages')}>
            ${page > 1 ? button(page - 1, msg('Previous page')) : nothing}
            <span>${msg(str`Page ${formatNumber(page)} of ${formatNumber(pages)}`)}</span>
            ${page < pages ? button(page + 1, msg('Next page')) : nothing}
          </nav>`
        : nothing
    }
  `;
}
