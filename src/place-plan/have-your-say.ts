import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeUrl } from '../feed/domain/safe-url.js';
import type { LocalityPlan, PlaceFeed } from '../feed/domain/types.js';
import { heading } from '../ui/heading.js';
import { msg } from '../ui/localize.js';
import type { PlanView } from './host.js';

/**
 * "Have your say": the plan's feedback form (with `<place-feedback>` on the page, opened by a button; else a
 * link to the partnership) and the area's `<place-connector>` card; left out when there is neither.
 */
export function renderHaveYourSay(view: PlanView, plan: LocalityPlan, feed: PlaceFeed): TemplateResult | typeof nothing {
  const found = plan.feedback_form_id ? feed.feedback_forms.find((f) => f.id === plan.feedback_form_id) : undefined;
  const link = safeUrl(plan.partnership_url) ?? safeUrl(plan.document_url);
  // Only a way to give views counts: the form (with <place-feedback> on the page, or a link instead),
  // or a contact card that has someone for this area. Without either the section is left out.
  const form = found && (customElements.get('place-feedback') || link) ? found : undefined;
  const connector = !!customElements.get('place-connector') && feed.connectors.some((c) => !c.area_ids?.length || c.area_ids.includes(plan.area_id));
  if (!form && !connector) return nothing;
  return html`<section class="have-your-say" part="have-your-say" aria-labelledby="say-heading">
    ${heading(view.level, 1, msg('Have your say'), { id: 'say-heading' })}
    ${
      form
        ? html`<p>${msg('Tell the partnership what you think of this plan and what matters most where you live.')}</p>
          ${
            customElements.get('place-feedback')
              ? html`<button type="button" class="button no-print say-button" aria-expanded=${view.feedbackOpen ? 'true' : 'false'} aria-controls="say-form" @click=${() => view.toggleFeedback()}>
                  ${msg('Comment on this plan')}
                </button>
                <div id="say-form" class="say-form" ?hidden=${!view.feedbackOpen}>
                  ${
                    view.feedbackOpen
                      ? html`<place-feedback form=${form.id} subject=${plan.id} area=${plan.area_id} heading-level=${view.level + 2} feed=${ifDefined(view.feed)}></place-feedback>`
                      : nothing
                  }
                </div>`
              : link
                ? html`<p><a href=${link}>${msg('Contact the partnership about this plan')}</a></p>`
                : nothing
          }`
        : nothing
    }
    ${connector ? html`<place-connector area=${plan.area_id} layout="compact" heading-level=${view.level + 2} feed=${ifDefined(view.feed)}></place-connector>` : nothing}
  </section>`;
}
