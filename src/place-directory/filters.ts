/**
 * The directory's filters panel, a reactive controller that owns what the resident is typing into it
 * (a postcode, an age not yet readable as one) and how it is laid out (folded away on a narrow screen,
 * open or not). The filters themselves are the element's (they are the search); this asks for changes
 * through the directory's host interface (host.ts).
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { DAYS } from '../feed/domain/schedule.js';
import { areaLabel } from '../ui/area-label.js';
import { heading } from '../ui/heading.js';
import { formatNumber, formatWeekday, msg, str } from '../ui/localize.js';
import type { DirectoryHost, Option } from './host.js';
import type { Facets, Filters } from './source.js';

/** What the panel needs of the postcode lookup, a part loaded when a resident reaches for it (near.ts). */
export interface NearControls {
  /** What is being looked up, shown beside the field; empty when nothing is. */
  busy(): string;
  /** What went wrong with the last lookup. */
  error(): string | undefined;
  /** Looks up the postcode in the field (the form's submit). */
  find(): void;
  locate(): void;
  /** Gets the lookup ready (a resident reached for the field). */
  prepare(): void;
  /** The "nearest to" line and the distance filter, once there is a place to measure from. */
  renderNear(facets: Facets | undefined): unknown;
}

/** " (12)": how many results an option would give; nothing when the source cannot count. */
export const count = (n: number | undefined) => (n === undefined ? '' : ` (${formatNumber(n)})`);

/** A field's error message, GOV.UK style, linked to it by `${id}-error`. */
export const errorText = (id: string, text: string | false | undefined) =>
  text ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${msg('Error:')}</span> ${text}</p>` : nothing;

/** People type "15", " 15 " or "15 years": the number counts. Undefined when it cannot be read as an age. */
export function readAge(value: string): number | undefined {
  const match = /^(\d{1,3})(?:\s*(?:years?|yrs?)(?:\s*old)?)?$/i.exec(value.trim());
  return match && Number(match[1]) <= 130 ? Number(match[1]) : undefined;
}

export class FilterPanel implements ReactiveController {
  /** What is typed in the postcode field. */
  postcode = '';
  /** What the resident typed as an age while it cannot be read as one (then it is kept, and said how to write). */
  badAge?: string;
  /** Narrow enough to fold the filters away. */
  private narrow = false;
  private open = false;
  // Changed in the next frame, not inside the observer's callback: the change itself resizes the element.
  private readonly resize = new ResizeObserver(([entry]) => {
    const narrow = entry.contentRect.width < 640;
    if (narrow !== this.narrow)
      requestAnimationFrame(() => {
        this.narrow = narrow;
        this.host.element.requestUpdate();
      });
  });

  constructor(
    private readonly host: DirectoryHost,
    private readonly near: NearControls,
  ) {
    host.element.addController(this);
  }

  hostConnected(): void {
    this.resize.observe(this.host.element);
  }

  hostDisconnected(): void {
    this.resize.disconnect();
  }

  /** Puts a postcode in the field. */
  setPostcode(postcode: string): void {
    this.postcode = postcode;
    this.host.element.requestUpdate();
  }

  /** The filters were cleared: an unreadable age goes with them. */
  clear(): void {
    this.badAge = undefined;
  }

  private onAge = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value.trim();
    const age = readAge(value);
    this.badAge = value && age === undefined ? value : undefined;
    this.host.setFilter('age', age);
  };

  private find = (event: Event): void => {
    event.preventDefault();
    this.near.find();
  };

  /** One filter's select, each option with the count it would give. */
  select<K extends keyof Filters>(
    name: K,
    label: string,
    any: string,
    options: Option[],
    parse = (v: string) => (v || undefined) as Filters[K],
  ): TemplateResult {
    const value = this.host.resolved()[name];
    return html`<div class="field">
      <label for="f-${name}">${label}</label>
      <select id="f-${name}" .value=${String(value ?? '')} @change=${(e: Event) => this.host.setFilter(name, parse((e.target as HTMLSelectElement).value))}>
        <option value="" ?selected=${value === undefined}>${any}</option>
        ${options.map(([key, text, n]) => html`<option value=${key} ?selected=${String(value) === key}>${text}${count(n)}</option>`)}
      </select>
    </div>`;
  }

  render(facets: Facets | undefined): TemplateResult {
    const host = this.host;
    const source = host.source()!;
    const filters = host.resolved();
    const near = host.near();
    const chosen = host.chosen().length + (near ? 1 : 0);
    const areas = host.areas();
    const fixed = (label: string, value: string) => html`<p class="field"><span class="label">${label}</span>${value}</p>`;
    const check = (name: 'free' | 'open', label: string) =>
      host.offered(name)
        ? html`<div class="choice">
            <input id="f-${name}" type="checkbox" .checked=${Boolean(filters[name])} @change=${(e: Event) => host.setFilter(name, (e.target as HTMLInputElement).checked || undefined)} />
            <label for="f-${name}">${label}${count(facets?.[name])}</label>
          </div>`
        : nothing;
    const area = areas.find((a) => a.id === filters.area);
    const categories = source.categories;
    const busy = this.near.busy() ? 'true' : 'false';
    const error = this.near.error();
    const bad = this.badAge !== undefined;
    const select = <K extends keyof Filters>(name: K, label: string, any: string, options: Option[]) =>
      host.offered(name) ? this.select(name, label, any, options) : nothing;
    const preset = (name: 'area' | 'category', label: string, shown: string | undefined, any: string, options: Option[]) =>
      host.locked(name) ? fixed(label, shown ?? host.preset(name) ?? '') : select(name, label, any, options);
    const controls = html`
      ${
        host.offered('miles')
          ? html`<form class="field near ${error ? 'has-error' : ''}" novalidate @submit=${this.find} @focusin=${() => this.near.prepare()}>
              <label for="postcode">${msg('Near a postcode')}</label>
              <p class="hint" id="postcode-hint">
                ${host.nearestFirst() ? msg('For example, G31 4XY. Results are sorted nearest first.') : msg('For example, G31 4XY. Results are narrowed to those near it.')}
              </p>
              ${errorText('postcode', error)}
              <div class="inline">
                <input id="postcode" name="postcode" type="text" autocomplete="postal-code" spellcheck="false" size="9" aria-describedby=${error ? 'postcode-hint postcode-error' : 'postcode-hint'} aria-invalid=${error ? 'true' : 'false'} .value=${this.postcode} @input=${(e: Event) => (this.postcode = (e.target as HTMLInputElement).value)} />
                <button type="submit" class="button secondary" aria-disabled=${busy}>${msg('Find')}</button>
              </div>
              ${'geolocation' in navigator && host.locates() ? html`<button type="button" class="link-button locate" aria-disabled=${busy} @click=${() => this.near.locate()}>${msg('Use my location')}</button>` : nothing}
              <p class="busy">${this.near.busy()}</p>
            </form>`
          : nothing
      }
      ${near ? this.near.renderNear(facets) : nothing}
      ${preset(
        'category',
        msg('Category'),
        categories.find((c) => c.key === filters.category)?.name,
        msg('All categories'),
        categories.map((c) => [c.key, c.name, facets?.category[c.key]]),
      )}
      ${
        areas.length === 0
          ? nothing
          : preset(
              'area',
              msg('Neighbourhood'),
              area && areaLabel(area),
              msg('All neighbourhoods'),
              areas.map((a) => [a.id, areaLabel(a), facets?.area[a.id]]),
            )
      }
      ${select('kind', msg('Show'), msg('Services and ways to get involved'), [
        ['service', msg('Services'), facets?.kind.service],
        ['opportunity', msg('Ways to get involved'), facets?.kind.opportunity],
      ])}
      ${select(
        'day',
        msg('Open on'),
        msg('Any day'),
        DAYS.map((d) => [d, formatWeekday(d), facets?.day[d]]),
      )}
      ${
        host.offered('age')
          ? html`<div class="field ${bad ? 'has-error' : ''}">
              <label for="f-age">${msg('Age')}</label>
              <p class="hint" id="age-hint">${msg('Only show what is open to someone of this age')}</p>
              ${errorText('age', bad && msg('Enter an age in years, as a number, like 15'))}
              <input id="f-age" type="text" inputmode="numeric" size="4" aria-describedby=${bad ? 'age-hint age-error' : 'age-hint'} aria-invalid=${bad ? 'true' : 'false'} .value=${this.badAge ?? String(filters.age ?? '')} @change=${this.onAge} />
            </div>`
          : nothing
      }
      ${
        host.offered('free') || host.offered('open')
          ? html`<fieldset>
              <legend class="visually-hidden">${msg('Other filters')}</legend>
              ${check('free', msg('Free of charge'))} ${check('open', msg('Open now'))}
            </fieldset>`
          : nothing
      }
      ${facets?.access ? host.journey().renderAccess(facets.access) : nothing}
      ${chosen ? html`<button type="button" class="button secondary" @click=${() => host.clearFilters()}>${msg('Clear all filters')}</button>` : nothing}`;
    // On a narrow screen the filters fold away, so the results come first; they open for a resident who asks.
    return this.narrow
      ? html`<details
          class="filters no-print"
          part="filters"
          ?open=${this.open}
          @toggle=${(e: Event) => {
            this.open = (e.target as HTMLDetailsElement).open;
            host.element.requestUpdate();
          }}
        >
          <summary>${chosen ? msg(str`Filter results (${formatNumber(chosen)} chosen)`) : msg('Filter results')}</summary>
          ${controls}
        </details>`
      : html`<section class="filters no-print" part="filters" aria-labelledby="filters-title">
          ${heading(host.level(), 0, msg('Filter results'), { id: 'filters-title' })}
          ${controls}
        </section>`;
  }
}
