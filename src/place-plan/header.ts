/** The top of a plan: its header (title, area, period, partnership, links) and the headline of its progress. */
import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../feed/domain/safe-url.js';
import type { Area, LocalityPlan } from '../feed/domain/types.js';
import { areaLabel } from '../ui/area-label.js';
import { feedText, hostTextLang } from '../ui/feed-lang.js';
import { heading } from '../ui/heading.js';
import { formatDate, formatNumber, msg, str } from '../ui/localize.js';
import { richText } from '../ui/rich-text.js';
import type { PlanView } from './host.js';
import { actionsLine, indicatorsLine, periodOf } from './plan-text.js';
import { STATUSES, type Headline } from './progress.js';
import { statusIcon, statusLabel } from './status.js';
import { LONG_LABEL } from '../feed/domain/limits.js';
import { shortened } from '../ui/plain-text.js';

/** The plan's title, area, period, partnership and links (`compact`: no summary, no links). */
export function renderHeader(view: PlanView, plan: LocalityPlan, area: Area | undefined, compact: boolean): TemplateResult {
  const period = periodOf(plan);
  const partnershipUrl = safeUrl(plan.partnership_url);
  const documentUrl = safeUrl(plan.document_url);
  const reportUrl = safeUrl(plan.progress_report_url);
  return html`<header part="header">
    ${heading(view.level, 0, feedText(shortened(plan.title, LONG_LABEL), hostTextLang(view.element)), { id: 'plan-title', focusable: true })}
    <dl class="meta">
      ${area ? html`<div><dt>${msg('Area')}</dt><dd>${areaLabel(area)}</dd></div>` : nothing}
      ${period ? html`<div><dt>${msg('Period')}</dt><dd>${period}</dd></div>` : nothing}
      ${plan.updated ? html`<div><dt>${msg('Last updated')}</dt><dd>${formatDate(plan.updated)}</dd></div>` : nothing}
      ${
        plan.partnership
          ? html`<div><dt>${msg('Partnership')}</dt><dd>${partnershipUrl ? html`<a href=${partnershipUrl}>${plan.partnership}</a>` : plan.partnership}</dd></div>`
          : nothing
      }
    </dl>
    ${compact ? nothing : richText(view.element, plan.summary, view.level + 1)}
    ${
      !compact && (documentUrl || reportUrl)
        ? html`<ul class="links">
          ${documentUrl ? html`<li><a href=${documentUrl}>${msg('Read the full plan')}</a></li>` : nothing}
          ${reportUrl ? html`<li><a href=${reportUrl}>${msg('Read the latest progress report')}</a></li>` : nothing}
        </ul>`
        : nothing
    }
  </header>`;
}

/** Progress at a glance: actions by status and indicators on course, counted from the data. */
export function renderHeadline(view: PlanView, headline: Headline, compact: boolean): TemplateResult {
  return html`<section class="headline" part="headline" aria-labelledby="headline-heading">
    ${heading(view.level, 1, msg('Progress at a glance'), { id: 'headline-heading' })}
    <p class="headline-actions">${actionsLine(headline)}</p>
    ${headline.indicators ? html`<p class="headline-indicators">${indicatorsLine(headline)}</p>` : nothing}
    ${
      headline.actions && !compact
        ? html`<ul class="status-counts" role="list">
          ${STATUSES.filter((s) => headline.statuses[s] > 0).map((s) => {
            const label = statusLabel(s);
            const count = formatNumber(headline.statuses[s]);
            return html`<li class="status">${statusIcon(s)}<span>${msg(str`${label}: ${count}`)}</span></li>`;
          })}
        </ul>`
        : nothing
    }
  </section>`;
}

// ---- Filters --------------------------------------------------------------------------------------
