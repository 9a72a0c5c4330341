/**
 * When nothing matches: the ways out (each one filter to remove, or a wider distance), loaded when a
 * search first finds nothing. A feed with nothing in it says so instead of blaming the filters.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { heading } from '../ui/heading.js';
import { formatMiles, msg, str } from '../ui/localize.js';
import type { DirectoryHost } from './host.js';
import { MILES, type Filters } from './source.js';

export const styles = css`
  .no-results ul {
    margin-block-end: 0;
  }
  .no-results li {
    margin-block-end: 0.35em;
  }
`;

export function renderNoResults(host: DirectoryHost): TemplateResult {
  const chosen = host.chosen();
  const { query: typed, filters } = host.search();
  const query = typed.trim();
  if (!query && !chosen.length) {
    return html`<p class="notice no-results" part="no-results">${msg('Nothing is listed here yet. Please check again soon.')}</p>`;
  }
  const miles = filters.miles;
  const wider = miles && MILES.find((m) => m > miles);
  // Each way out goes away once taken: focus goes to the count, which says what came of it.
  const way = <K extends keyof Filters>(name: K, label: string, value?: Filters[K]) =>
    chosen.includes(name)
      ? html`<li><button type="button" class="link-button" @click=${() => host.setFilter(name, value, true)}>${label}</button></li>`
      : nothing;
  return html`<div class="notice no-results" part="no-results">
    ${heading(host.level(), 1, msg('Nothing matches your search and filters.'), { class: 'title', rank: 2 })}
    <p>${msg('You could:')}</p>
    <ul>
      ${query ? html`<li>${msg('check the spelling, or use fewer or different words')}</li>` : nothing}
      ${way('miles', wider ? msg(str`search within ${formatMiles(wider)}`) : msg('search at any distance'), wider || undefined)}
      ${way('open', msg('remove the filter: open now'))} ${way('day', msg('remove the filter: open on a day'))}
      ${way('free', msg('remove the filter: free of charge'))} ${way('age', msg('remove the filter: age'))}
      ${way('kind', msg('show services and ways to get involved'))} ${way('category', msg('search all categories'))}
      ${way('area', msg('search all neighbourhoods'))}
      ${chosen.length ? html`<li><button type="button" class="link-button" @click=${() => host.clearFilters()}>${msg('clear all filters')}</button></li>` : nothing}
    </ul>
  </div>`;
}
