/**
 * A plan's priorities (local outcomes): each a heading that opens and closes it, a line of counts, and
 * inside why it matters, what partners will do (the actions that pass the filters) and how progress is
 * measured (priority-body.ts, loaded on demand: body-part.ts). A closed priority's body is drawn only when printing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Indicator, LocalityPlan, PlanAction, Priority } from '../feed/domain/types.js';
import { hostTextLang } from '../ui/feed-lang.js';
import { heading } from '../ui/heading.js';
import { formatNumber, msg, plural, str } from '../ui/localize.js';
import { filtering, shows } from './filters.js';
import type { PlanView } from './host.js';
import { isBehind, statusOf } from './progress.js';
import { LONG_LABEL } from '../feed/domain/limits.js';
import { shortened } from '../ui/plain-text.js';

/** The priorities, each opening and closing, with a button to open or close them all. */
export function renderPriorities(view: PlanView, plan: LocalityPlan): TemplateResult {
  const priorities = plan.priorities;
  if (priorities.length === 0) return html`<p class="no-priorities">${msg('No priorities have been published yet.')}</p>`;
  const allOpen = priorities.every((p) => view.open.has(p.id));
  return html`<div class="priorities-bar no-print">
      <button type="button" class="button secondary expand-all" @click=${() => view.setOpen(allOpen ? [] : priorities.map((p) => p.id))}>
        ${allOpen ? msg('Close all priorities') : msg('Open all priorities')}
      </button>
    </div>
    <div class="priorities">${priorities.map((p, i) => renderPriority(view, plan, p, i))}</div>`;
}

function renderPriority(view: PlanView, plan: LocalityPlan, priority: Priority, index: number): TemplateResult {
  const expanded = view.open.has(priority.id);
  const actions = priority.actions ?? [];
  const indicators = priority.indicators ?? [];
  const shown = filtering(view) ? actions.filter((a) => shows(a, view.status, view.partner)) : actions;
  const body = `priority-${index}`;
  return html`<section class="priority" part="priority">
    ${heading(
      view.level,
      1,
      html`<button type="button" part="priority-toggle" class="toggle" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${body} @click=${() => view.toggle(priority.id)}>
        <span class="chevron" aria-hidden="true"></span><span lang=${ifDefined(hostTextLang(view.element))}>${shortened(priority.title, LONG_LABEL)}</span>
      </button>`,
      { class: 'priority-title' },
    )}
    <p class="priority-meta secondary-text">${priorityMeta(view, actions, shown, indicators)}</p>
    <div class="priority-body" id=${body} ?hidden=${!expanded}>
      ${expanded || view.printing ? view.renderBody(plan, priority, index, shown) : nothing}
    </div>
  </section>`;
}

function priorityMeta(view: PlanView, actions: PlanAction[], shown: PlanAction[], indicators: Indicator[]): string {
  const actionText = filtering(view) ? matching(shown.length, actions.length) : actionCount(actions.length);
  const behind = actions.filter((a) => isBehind(statusOf(a))).length;
  const behindText = behind > 0 ? msg(str`${formatNumber(behind)} behind`) : '';
  const indicatorText = indicatorCount(indicators.length);
  return [actionText, behindText, indicatorText].filter(Boolean).join(' · ');
}

/** "3 of 12 actions match": the form follows the total. */
/** @internal Exported for tests/localization/plurals.test.ts. */
export function matching(count: number, of: number): string {
  const shown = formatNumber(count);
  const total = formatNumber(of);
  return plural(of, {
    zero: msg(str`${shown} of ${total} actions match`, { id: 'plan.matching.zero' }),
    one: msg(str`${shown} of ${total} action matches`, { id: 'plan.matching.one' }),
    two: msg(str`${shown} of ${total} actions match`, { id: 'plan.matching.two' }),
    few: msg(str`${shown} of ${total} actions match`, { id: 'plan.matching.few' }),
    many: msg(str`${shown} of ${total} actions match`, { id: 'plan.matching.many' }),
    other: msg(str`${shown} of ${total} actions match`, { id: 'plan.matching.other' }),
  });
}

/** "12 actions". */
/** @internal Exported for tests/localization/plurals.test.ts. */
export function actionCount(count: number): string {
  const total = formatNumber(count);
  return plural(count, {
    zero: msg(str`${total} actions`, { id: 'plan.actions.zero' }),
    one: msg(str`${total} action`, { id: 'plan.actions.one' }),
    two: msg(str`${total} actions`, { id: 'plan.actions.two' }),
    few: msg(str`${total} actions`, { id: 'plan.actions.few' }),
    many: msg(str`${total} actions`, { id: 'plan.actions.many' }),
    other: msg(str`${total} actions`, { id: 'plan.actions.other' }),
  });
}

/** "4 indicators". */
/** @internal Exported for tests/localization/plurals.test.ts. */
export function indicatorCount(count: number): string {
  const total = formatNumber(count);
  return plural(count, {
    zero: msg(str`${total} indicators`, { id: 'plan.indicators.zero' }),
    one: msg(str`${total} indicator`, { id: 'plan.indicators.one' }),
    two: msg(str`${total} indicators`, { id: 'plan.indicators.two' }),
    few: msg(str`${total} indicators`, { id: 'plan.indicators.few' }),
    many: msg(str`${total} indicators`, { id: 'plan.indicators.many' }),
    other: msg(str`${total} indicators`, { id: 'plan.indicators.other' }),
  });
}
