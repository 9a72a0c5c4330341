/**
 * In an opportunity's details: which Locality Plan priorities it serves (named by the priority, one of its
 * actions, or the opportunity itself; feed/domain/plan-links.ts); in a service's, which priorities it
 * delivers (named by the priority or one of its actions, `service_ids`). Each linked to the plan when the page
 * gives a `plan-href` pattern (`{plan}`, `{priority}`, `{area}` replaced by the ids). Part of the details
 * view, so loaded with it. `level`: the details' top heading level (the section is one below).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { planHref, prioritiesDelivered, prioritiesServed } from '../feed/domain/plan-links.js';
import { safeUrl } from '../feed/domain/safe-url.js';
import type { LocalityPlan, Opportunity, Service } from '../feed/domain/types.js';
import { heading } from '../ui/heading.js';
import { msg, str } from '../ui/localize.js';

export function renderServesPlan(
  record: { opportunity: Opportunity } | { service: Service },
  plans: readonly LocalityPlan[],
  pattern: string | undefined,
  level: number,
): TemplateResult | typeof nothing {
  const feed = { locality_plans: plans as LocalityPlan[] };
  const served = 'opportunity' in record ? prioritiesServed(feed, record.opportunity) : prioritiesDelivered(feed, record.service);
  if (served.length === 0) return nothing;
  return html`<section class="serves-plan" part="serves-plan">
    ${heading(level, 1, msg('Part of the Locality Plan'))}
    <ul>
      ${served.map(({ plan, priority }) => {
        const href = safeUrl(planHref(pattern, plan, priority)) ?? relative(planHref(pattern, plan, priority));
        const title = priority.title;
        const planTitle = plan.title;
        return html`<li>${href ? html`<a href=${href}>${title}</a>` : title} <span class="secondary-text">${msg(str`(${planTitle})`)}</span></li>`;
      })}
    </ul>
  </section>`;
}

/**
 * The page's own pattern may be a path on the same site (`/plans/{area}?pp-open={priority}`): it is the
 * page's, not the feed's, so a relative address is allowed, but nothing with a scheme other than safeUrl's.
 */
function relative(href: string | undefined): string | undefined {
  if (!href || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
  return href;
}
