/**
 * The inside of an open priority (or of every priority, printed): why it matters, what partners will do
 * and how progress is measured (indicator.ts, chart.ts), then what residents said of it (loop.ts). A part
 * loaded on demand (body-part.ts): a plan's first screen shows the priorities' titles only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalityPlan, PlanAction, Priority } from '../feed/domain/types.js';
import { feedText, hostTextLang } from '../ui/feed-lang.js';
import { heading } from '../ui/heading.js';
import { formatDate, msg } from '../ui/localize.js';
import { hasText, richText } from '../ui/rich-text.js';
import { shortened } from '../ui/plain-text.js';
import { LONG_LABEL } from '../feed/domain/limits.js';
import type { PlanView } from './host.js';
import { renderIndicator } from './indicator.js';
import { partnersOf, statusOf } from './progress.js';
import { statusIcon, statusLabel } from './status.js';

export { indicatorStyles as styles } from './indicator-styles.js';

/** The inside of a priority: why it matters, its actions and its indicators; then what residents said of it and how to help (loop.ts). */
export function renderPriorityBody(view: PlanView, plan: LocalityPlan, priority: Priority, index: number, shown: PlanAction[]): TemplateResult {
  const actions = priority.actions ?? [];
  const indicators = priority.indicators ?? [];
  return html`${hasText(priority.why) ? richText(view.element, priority.why, view.level + 2, html`<strong>${msg('Why it matters:')}</strong>`) : nothing}
      ${heading(view.level, 2, msg('What partners will do'))}
      ${
        actions.length === 0
          ? html`<p>${msg('No actions listed yet.')}</p>`
          : shown.length === 0
            ? html`<p>${msg('No actions in this priority match the filters.')}</p>`
            : html`<ul class="actions" role="list">${shown.map((a) => renderAction(view, a))}</ul>`
      }
      ${heading(view.level, 2, msg('How progress is measured'))}
      ${
        indicators.length === 0
          ? html`<p>${msg('No measures of progress listed yet.')}</p>`
          : html`<div class="indicators">${indicators.map((ind, i) => renderIndicator(view, ind, `${index}-${i}`))}</div>`
      }
      ${view.loop?.renderPriority(plan, priority)}`;
}

function renderAction(view: PlanView, action: PlanAction): TemplateResult {
  const status = statusOf(action);
  const partners = partnersOf(action).filter((name) => name !== action.lead_partner?.trim());
  return html`<li class="action" part="action">
    ${heading(view.level, 3, feedText(shortened(action.title, LONG_LABEL), hostTextLang(view.element)), { class: 'action-title' })}
    <p class="status ${status}" part="status">${statusIcon(status)}<span>${statusLabel(status)}</span></p>
    ${richText(view.element, action.description, view.level + 3)}
    <dl class="facts">
      ${action.lead_partner ? html`<div><dt>${msg('Lead partner')}</dt><dd>${action.lead_partner}</dd></div>` : nothing}
      ${partners.length ? html`<div><dt>${msg('Working with')}</dt><dd>${partners.join(', ')}</dd></div>` : nothing}
      ${action.timescale ? html`<div><dt>${msg('Timescale')}</dt><dd>${action.timescale}</dd></div>` : nothing}
      ${action.due ? html`<div><dt>${msg('Due')}</dt><dd>${formatDate(action.due)}</dd></div>` : nothing}
      ${action.updated ? html`<div><dt>${msg('Progress reported')}</dt><dd>${formatDate(action.updated)}</dd></div>` : nothing}
    </dl>
    ${richText(view.element, action.status_note, view.level + 3)}
  </li>`;
}
