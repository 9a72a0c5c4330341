/**
 * What `<place-plan>` draws for one plan: its header and headline, the filters, the priorities' titles
 * (their insides are body-part.ts's), the compass and "Have your say", with the plan's styles. A part of
 * its own (lazy-part.ts), fetched beside the feed (`PlaceElement.feedPart`), so a page's first download
 * is only what shows before the feed comes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalityPlan, PlaceFeed } from '../feed/domain/types.js';
import { LONG_LABEL } from '../feed/domain/limits.js';
import { heading } from '../ui/heading.js';
import { msg } from '../ui/localize.js';
import { shortened } from '../ui/plain-text.js';
import { renderFilterNote, renderFilters } from './filters.js';
import { renderHaveYourSay } from './have-your-say.js';
import { renderHeader, renderHeadline } from './header.js';
import type { PlanView } from './host.js';
import type { PlanLoop } from './loop.js';
import { renderPriorities } from './priorities.js';
import { headlineOf } from './progress.js';

export { shows } from './filters.js';
export { partnersOf } from './progress.js';
export { styles } from './styles.js';

/** One plan; `loop`: closing the loop (loop.ts), once its part is there (the plan shows without it meanwhile). */
export function renderPlan(view: PlanView, plan: LocalityPlan, feed: PlaceFeed, loop: PlanLoop | undefined): TemplateResult {
  const area = feed.areas.find((a) => a.id === plan.area_id);
  const headline = headlineOf(plan.priorities);
  const { compact } = view;
  return html`<article class="plan" part="locality-plan" aria-labelledby="plan-title">
    ${view.fixed ? nothing : html`<p class="back no-print"><button type="button" class="link-button" @click=${view.backToList}>${msg('All Locality Plans')}</button></p>`}
    ${renderHeader(view, plan, area, compact)}
    ${renderHeadline(view, headline, compact)} ${loop?.renderTop(plan)}
    ${
      compact
        ? plan.priorities.length === 0
          ? html`<p class="no-priorities">${msg('No priorities have been published yet.')}</p>`
          : html`${heading(view.level, 1, msg('Priorities'))}
            <ul class="titles">
              ${plan.priorities.map((p) => html`<li>${shortened(p.title, LONG_LABEL)}</li>`)}
            </ul>`
        : html`${renderFilters(view, plan)} ${renderFilterNote(view, plan)} ${renderPriorities(view, plan)} ${loop?.renderCompass(plan)}
          ${renderHaveYourSay(view, plan, feed)}`
    }
  </article>`;
}
