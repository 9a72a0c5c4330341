/**
 * The plan's action filters (status, partner) as a form, and the note printed in their place; `shows` says
 * whether an action passes them. The state is the element's, read and changed through `PlanView` (host.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalityPlan, PlanAction } from '../feed/domain/types.js';
import { formatNumber, msg, plural, str } from '../ui/localize.js';
import type { PlanView } from './host.js';
import { STATUSES, countStatuses, isBehind, partnersOf, statusOf, type StatusKey } from './progress.js';
import { statusLabel } from './status.js';

/** The status filter's value for "minor or major slippage". */
export const BEHIND = 'behind';

/** Whether an action passes the filters (`status`: a status, `behind` or '' for all; `partner`: a name or ''). */
export function shows(action: PlanAction, status: string, partner: string): boolean {
  const key = statusOf(action);
  const statusOk = !status || (status === BEHIND ? isBehind(key) : key === status);
  return statusOk && (!partner || partnersOf(action).includes(partner));
}

/** Whether any filter is on. */
export function filtering(view: PlanView): boolean {
  return !!(view.status || view.partner);
}

/** The status and partner filters, with how many actions each choice shows. */
export function renderFilters(view: PlanView, plan: LocalityPlan): TemplateResult | typeof nothing {
  const actions = plan.priorities.flatMap((p) => p.actions ?? []);
  if (actions.length === 0) return nothing;
  const byPartner = actions.filter((a) => shows(a, view.status, ''));
  const byStatus = actions.filter((a) => shows(a, '', view.partner));
  const statuses = countStatuses(byStatus);
  const behind = statuses.minor_slippage + statuses.major_slippage;
  const partners = new Map<string, number>();
  for (const action of actions) for (const name of partnersOf(action)) partners.set(name, 0);
  for (const action of byPartner) for (const name of partnersOf(action)) partners.set(name, (partners.get(name) ?? 0) + 1);
  const names = [...partners.keys()].sort((a, b) => a.localeCompare(b));
  const shown = actions.filter((a) => shows(a, view.status, view.partner)).length;
  const count = (n: number) => formatNumber(n);
  return html`<form class="filters no-print" part="filters" @submit=${(e: Event) => e.preventDefault()}>
    <fieldset>
      <legend>${msg('Filter actions')}</legend>
      <div class="inline">
        <div class="field">
          <label for="filter-status">${msg('Status')}</label>
          <select id="filter-status" @change=${(e: Event) => view.setFilter('status', (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!view.status}>${msg(str`All statuses (${count(byStatus.length)})`)}</option>
            <option value=${BEHIND} ?selected=${view.status === BEHIND}>${msg(str`Behind: minor or major slippage (${count(behind)})`)}</option>
            ${STATUSES.filter((s) => statuses[s] > 0 || s === view.status).map((s) => {
              const label = statusLabel(s);
              return html`<option value=${s} ?selected=${view.status === s}>${msg(str`${label} (${count(statuses[s])})`)}</option>`;
            })}
          </select>
        </div>
        ${
          names.length > 0
            ? html`<div class="field">
              <label for="filter-partner">${msg('Partner')}</label>
              <select id="filter-partner" @change=${(e: Event) => view.setFilter('partner', (e.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${!view.partner}>${msg(str`All partners (${count(byPartner.length)})`)}</option>
                ${names.map((name) => {
                  const n = count(partners.get(name) ?? 0);
                  return html`<option value=${name} ?selected=${view.partner === name}>${msg(str`${name} (${n})`)}</option>`;
                })}
              </select>
            </div>`
            : nothing
        }
      </div>
      <div class="inline">
        ${
          behind > 0 || view.status === BEHIND
            ? html`<button
              type="button"
              class="button secondary behind"
              aria-pressed=${view.status === BEHIND ? 'true' : 'false'}
              @click=${() => view.setFilter('status', view.status === BEHIND ? '' : BEHIND)}
            >
              ${msg('Show what is behind')}
            </button>`
            : nothing
        }
        ${filtering(view) ? html`<button type="button" class="button secondary clear" @click=${() => view.clearFilters()}>${msg('Clear filters')}</button>` : nothing}
      </div>
    </fieldset>
    <p class="filter-outcome" role="status">
      ${filtering(view) ? showingActions(shown, actions.length) : nothing}
    </p>
  </form>`;
}

/** Printed instead of the filters (which do not print): what the printout leaves out. */
export function renderFilterNote(view: PlanView, plan: LocalityPlan): TemplateResult | typeof nothing {
  if (!filtering(view)) return nothing;
  const actions = plan.priorities.flatMap((p) => p.actions ?? []);
  const shown = actions.filter((a) => shows(a, view.status, view.partner)).length;
  const status = view.status === BEHIND ? msg('Behind: minor or major slippage') : view.status ? statusLabel(view.status as StatusKey) : '';
  return html`<div class="filter-note print-only" part="filter-note">
    <p>${showingActions(shown, actions.length)}</p>
    <ul>
      ${status ? html`<li>${msg(str`Status: ${status}`)}</li>` : nothing}
      ${view.partner ? html`<li>${msg(str`Partner: ${view.partner}`)}</li>` : nothing}
    </ul>
  </div>`;
}

/** "Showing 3 of 12 actions": the form follows the total. */
/** @internal Exported for tests/localization/plurals.test.ts. */
export function showingActions(count: number, of: number): string {
  const shown = formatNumber(count);
  const total = formatNumber(of);
  return plural(of, {
    zero: msg(str`Showing ${shown} of ${total} actions`, { id: 'plan.showing.zero' }),
    one: msg(str`Showing ${shown} of ${total} action`, { id: 'plan.showing.one' }),
    two: msg(str`Showing ${shown} of ${total} actions`, { id: 'plan.showing.two' }),
    few: msg(str`Showing ${shown} of ${total} actions`, { id: 'plan.showing.few' }),
    many: msg(str`Showing ${shown} of ${total} actions`, { id: 'plan.showing.many' }),
    other: msg(str`Showing ${shown} of ${total} actions`, { id: 'plan.showing.other' }),
  });
}
