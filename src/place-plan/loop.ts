/**
 * Closing the loop, the part of `<place-plan>` loaded when a plan first needs it (a plan with responses,
 * opportunities, Place Standard results, or a priority opened): under each priority, "How you can help"
 * (the opportunities that serve it: what, when, where, and the area's Community Connector to ask) and
 * "You said, we did" (what residents said and what the partnership did about it); at the top, a short list
 * of the latest responses with the progress report beside it, and "What happened to my feedback?" (a
 * resident's reference looked up among the references the feed publishes: references only, never
 * answers); and the area's Place Standard compass.
 *
 * It owns its state (the look-up's reference and what it found) and talks to the element through
 * `LoopHost`: its heading level, a way to be drawn again, and its shadow root for focus.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  normalReference,
  opportunitiesFor,
  priorityOf,
  responsesFor,
  responsesForReference,
  sortedResponses,
  publishesReferences,
} from '../feed/domain/plan-links.js';
import { resultsForPlan, scaleOf } from '../feed/domain/place-standard.js';
import { mailtoUrl, safeUrl, telUrl } from '../feed/domain/safe-url.js';
import { nextStart, timeOf, ukMoment } from '../feed/domain/schedule.js';
import type { Connector, GatheredBy, LocalityPlan, Opportunity, PlaceFeed, PlanResponse, Priority, ResponseStatus } from '../feed/domain/types.js';
import { renderCompass } from '../ui/compass.js';
import { feedText, hostTextLang } from '../ui/feed-lang.js';
import { heading } from '../ui/heading.js';
import { formatDate, formatList, formatNumber, formatTime, formatWeekday, msg, plural, str } from '../ui/localize.js';
import { oneLine, richText } from '../ui/rich-text.js';
import { loopStyles } from './loop-styles.js';

export { loopStyles };

/** What of the element the part reads (types only; the part never imports the element). */
export interface LoopHost {
  /** The element: formatted text and the look-up ask it to draw again; focus is found in its shadow root. */
  readonly element: ReactiveElement & { readonly renderRoot: HTMLElement | DocumentFragment };
  /** The element's top heading level (2 to 6). */
  level(): number;
  /** The feed as read (the look-up searches all its plans; opportunities, connectors and results come from it). */
  feed(): PlaceFeed;
}

/** How many responses the short list at the top shows (besides those that belong to no priority). */
const TOP = 3;

export class PlanLoop {
  /** The reference the resident looked up (as they typed it), and what was found for it. */
  private looked?: { reference: string; found: Array<{ plan: LocalityPlan; response: PlanResponse }>; valid: boolean };

  constructor(private readonly host: LoopHost) {}

  // ---- At the top -----------------------------------------------------------------------------------

  /** "You said, we did" at the top: the latest few, the progress report beside them, and the reference look-up. */
  renderTop(plan: LocalityPlan): TemplateResult | typeof nothing {
    const feed = this.host.feed();
    const responses = sortedResponses(plan.responses ?? []);
    const lookup = publishesReferences(feed.locality_plans);
    const report = safeUrl(plan.progress_report_url);
    if (responses.length === 0 && !lookup) return nothing;
    const level = this.host.level();
    const done = responses.filter((r) => r.status === 'done').length;
    // The latest few, and every one that belongs to no priority (shown nowhere else).
    const top = responses.filter((r, i) => i < TOP || !priorityOf(plan, r));
    const total = formatNumber(responses.length);
    const doneText = formatNumber(done);
    return html`<section class="you-said-top" part="you-said" aria-labelledby="you-said-heading">
      ${heading(level, 1, msg('You said, we did'), { id: 'you-said-heading' })}
      ${
        responses.length
          ? html`<p>
                ${plural(responses.length, {
                  zero: msg(str`${total} things residents told us, and what we did: ${doneText} done so far.`, { id: 'plan.responses-total.zero' }),
                  one: msg(str`${total} thing residents told us, and what we did: ${doneText} done so far.`, { id: 'plan.responses-total.one' }),
                  two: msg(str`${total} things residents told us, and what we did: ${doneText} done so far.`, { id: 'plan.responses-total.two' }),
                  few: msg(str`${total} things residents told us, and what we did: ${doneText} done so far.`, { id: 'plan.responses-total.few' }),
                  many: msg(str`${total} things residents told us, and what we did: ${doneText} done so far.`, { id: 'plan.responses-total.many' }),
                  other: msg(str`${total} things residents told us, and what we did: ${doneText} done so far.`, { id: 'plan.responses-total.other' }),
                })}
              </p>
              <ul class="responses" role="list">
                ${top.map((r) => this.renderResponse(plan, r, 2, true))}
              </ul>
              ${top.length < responses.length ? html`<p class="secondary-text">${msg('Each priority below lists the rest of what residents told us about it.')}</p>` : nothing}`
          : nothing
      }
      ${
        report
          ? html`<p class="report-link">
              <a href=${report}>${msg('Read the latest progress report')}</a>${plan.progress_report_date ? html` <span class="secondary-text">(${formatDate(plan.progress_report_date)})</span>` : nothing}
            </p>`
          : nothing
      }
      ${lookup ? this.renderLookup(plan) : nothing}
    </section>`;
  }

  /** "What happened to my feedback?": a reference box and what the feed says of it. */
  private renderLookup(plan: LocalityPlan): TemplateResult {
    const level = this.host.level();
    const looked = this.looked;
    const error = looked && !looked.valid ? msg('Enter your reference as it was shown to you, 8 letters and numbers, like 3F2A 9C41') : '';
    return html`<form class="lookup no-print" part="feedback-lookup" @submit=${this.onLookup} novalidate aria-labelledby="lookup-heading">
      ${heading(level, 2, msg('What happened to my feedback?'), { id: 'lookup-heading' })}
      <div class="field ${error ? 'has-error' : ''}">
        <label for="lookup-reference">${msg('Your feedback reference')}</label>
        <p class="hint" id="lookup-hint">${msg('You were shown it after you sent your feedback, for example 3F2A 9C41.')}</p>
        ${error ? html`<p class="error-message" id="lookup-error"><span class="visually-hidden">${msg('Error:')}</span> ${error}</p>` : nothing}
        <div class="inline">
          <input
            id="lookup-reference"
            type="text"
            name="reference"
            class="reference-input"
            autocomplete="off"
            spellcheck="false"
            autocapitalize="characters"
            aria-describedby=${error ? 'lookup-hint lookup-error' : 'lookup-hint'}
            aria-invalid=${error ? 'true' : 'false'}
            .value=${looked?.reference ?? ''}
          />
          <button class="button secondary">${msg('Look it up')}</button>
        </div>
      </div>
      <div class="lookup-result" role="status">${looked?.valid ? this.renderFound(plan, looked.found, normalReference(looked.reference)!) : nothing}</div>
    </form>`;
  }

  private renderFound(plan: LocalityPlan, found: Array<{ plan: LocalityPlan; response: PlanResponse }>, reference: string): TemplateResult {
    if (found.length === 0)
      return html`<p>
        ${msg(
          str`We have not yet published a response that ${reference} contributed to. Feedback is read as it arrives; what residents told us appears here once the partnership has decided what to do.`,
        )}
      </p>`;
    const count = formatNumber(found.length);
    return html`<p>
        ${plural(found.length, {
          zero: msg(str`Your feedback (${reference}) contributed to ${count} things residents told us:`, { id: 'plan.reference-found.zero' }),
          one: msg(str`Your feedback (${reference}) contributed to ${count} thing residents told us:`, { id: 'plan.reference-found.one' }),
          two: msg(str`Your feedback (${reference}) contributed to ${count} things residents told us:`, { id: 'plan.reference-found.two' }),
          few: msg(str`Your feedback (${reference}) contributed to ${count} things residents told us:`, { id: 'plan.reference-found.few' }),
          many: msg(str`Your feedback (${reference}) contributed to ${count} things residents told us:`, { id: 'plan.reference-found.many' }),
          other: msg(str`Your feedback (${reference}) contributed to ${count} things residents told us:`, { id: 'plan.reference-found.other' }),
        })}
      </p>
      <ul class="responses" role="list">
        ${found.map(({ plan: other, response }) => this.renderResponse(other, response, 3, true, other === plan ? undefined : other))}
      </ul>`;
  }

  private onLookup = (event: SubmitEvent): void => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('reference') as HTMLInputElement;
    const reference = input.value;
    const plans = this.host.feed().locality_plans;
    const valid = !!normalReference(reference);
    this.looked = { reference, valid, found: valid ? responsesForReference(plans, reference) : [] };
    const element = this.host.element;
    element.requestUpdate();
    if (!valid) void element.updateComplete.then(() => element.renderRoot.querySelector<HTMLElement>('#lookup-reference')?.focus());
  };

  // ---- Under a priority -----------------------------------------------------------------------------

  /** What a priority's body ends with: what residents said of it, then how to help. */
  renderPriority(plan: LocalityPlan, priority: Priority): TemplateResult {
    return html`${this.renderForPriority(plan, priority)} ${this.renderHelp(plan, priority)}`;
  }

  /** "You said, we did" under its priority. */
  renderForPriority(plan: LocalityPlan, priority: Priority): TemplateResult | typeof nothing {
    const responses = responsesFor(plan, priority);
    if (responses.length === 0) return nothing;
    return html`<section class="you-said" aria-label=${msg(str`You said, we did: ${priority.title}`)}>
      ${heading(this.host.level(), 2, msg('You said, we did'))}
      <ul class="responses" role="list">
        ${responses.map((r) => this.renderResponse(plan, r, 3, false))}
      </ul>
    </section>`;
  }

  /** One response: what residents said (how many, when, how), what the partnership did, and why. */
  private renderResponse(plan: LocalityPlan, response: PlanResponse, depth: number, showPriority: boolean, otherPlan?: LocalityPlan): TemplateResult {
    const level = this.host.level();
    const priority = showPriority ? priorityOf(plan, response) : undefined;
    const action = response.action_id ? plan.priorities.flatMap((p) => p.actions ?? []).find((a) => a.id === response.action_id) : undefined;
    return html`<li class="response ${response.status}" part="response">
      ${heading(level, depth, msg(str`You said: ${response.you_said}`), { class: 'said' })}
      <p class="secondary-text gathered">${gatheredLine(response)}</p>
      <p class="did">
        <span class="response-status ${response.status}">${statusWord(response.status)}</span><span class="visually-hidden">:</span>
        <span lang=${ifDefined(hostTextLang(this.host.element))}>${response.we_did}</span>
      </p>
      ${richText(this.host.element, response.why, level + depth + 1, html`<strong>${response.status === 'not_doing' ? msg('Why not:') : msg('Why:')}</strong>`)}
      ${
        otherPlan || priority || action
          ? html`<p class="secondary-text belongs">
              ${otherPlan ? msg(str`In ${otherPlan.title}.`) : nothing} ${priority ? msg(str`Priority: ${priority.title}.`) : nothing}
              ${action ? msg(str`Action: ${action.title}.`) : nothing}
            </p>`
          : nothing
      }
    </li>`;
  }

  /** "How you can help" under a priority: the opportunities that serve it, and who to ask. */
  renderHelp(plan: LocalityPlan, priority: Priority, now = new Date()): TemplateResult | typeof nothing {
    const feed = this.host.feed();
    const opportunities = opportunitiesFor(feed, priority, now);
    if (opportunities.length === 0) return nothing;
    const level = this.host.level();
    const connector = connectorFor(feed.connectors, plan.area_id);
    return html`<section class="help" part="how-to-help" aria-label=${msg(str`How you can help: ${priority.title}`)}>
      ${heading(level, 2, msg('How you can help'))}
      <ul class="opportunities" role="list">
        ${opportunities.map((o) => this.renderOpportunity(o, now))}
      </ul>
      ${connector ? this.renderAsk(connector) : nothing}
    </section>`;
  }

  private renderOpportunity(opportunity: Opportunity, now: Date): TemplateResult {
    const level = this.host.level();
    const url = safeUrl(opportunity.url);
    const when = whenOf(opportunity, now);
    const where = whereOf(opportunity);
    const lang = hostTextLang(this.host.element);
    return html`<li class="opportunity" part="opportunity">
      ${heading(level, 3, feedText(url ? html`<a href=${url}>${opportunity.name}</a>` : opportunity.name, lang), { class: 'opportunity-title' })}
      <p class="kind secondary-text">${kindLabel(opportunity.kind)}</p>
      ${opportunity.description ? html`<p lang=${ifDefined(lang)}>${oneLine(opportunity.description)}</p>` : nothing}
      <dl class="facts">
        ${when.length ? html`<div><dt>${msg('When')}</dt><dd>${when.join('. ')}</dd></div>` : nothing}
        ${where ? html`<div><dt>${msg('Where')}</dt><dd>${where}</dd></div>` : nothing}
        ${opportunity.commitment ? html`<div><dt>${msg('Time needed')}</dt><dd>${opportunity.commitment}</dd></div>` : nothing}
        ${opportunity.how_to_take_part ? html`<div><dt>${msg('How to take part')}</dt><dd>${oneLine(opportunity.how_to_take_part)}</dd></div>` : nothing}
      </dl>
    </li>`;
  }

  /** "Not sure which suits you? Ask …": the area's Community Connector, with their phone and email. */
  private renderAsk(connector: Connector): TemplateResult {
    const phone = connector.phones?.[0]?.number;
    const tel = phone ? telUrl(phone) : undefined;
    const mail = connector.email ? mailtoUrl(connector.email) : undefined;
    const name = connector.name;
    return html`<p class="ask">
      ${connector.role === 'community_connector' ? msg(str`Not sure which suits you? Ask ${name}, your Community Connector.`) : msg(str`Not sure which suits you? Ask ${name}.`)}
      ${tel ? html`<a href=${tel}>${msg(str`Call ${phone}`)}</a>` : nothing} ${mail ? html`<a href=${mail}>${msg(str`Email ${name}`)}</a>` : nothing}
    </p>`;
  }

  // ---- The compass ----------------------------------------------------------------------------------

  /** The area's Place Standard results beside the plan they informed: the compass, who took part and when. */
  renderCompass(plan: LocalityPlan): TemplateResult | typeof nothing {
    const feed = this.host.feed();
    const result = resultsForPlan(feed.place_standard_results, plan);
    if (!result || result.themes.length === 0) return nothing;
    const level = this.host.level();
    const area = feed.areas.find((a) => a.id === result.area_id)?.name ?? result.area_id;
    const url = safeUrl(result.url);
    const people = formatNumber(result.participants);
    const period = periodText(result.gathered_from, result.gathered_to);
    return html`<section class="place-standard" part="place-standard" aria-labelledby="compass-heading">
      ${heading(level, 1, result.title ?? msg(str`How residents rated ${area}`), { id: 'compass-heading' })}
      <p>
        ${plural(result.participants, {
          zero: msg(str`${people} people took part in the Place Standard, rating each theme of the place.`, { id: 'plan.compass-people.zero' }),
          one: msg(str`${people} person took part in the Place Standard, rating each theme of the place.`, { id: 'plan.compass-people.one' }),
          two: msg(str`${people} people took part in the Place Standard, rating each theme of the place.`, { id: 'plan.compass-people.two' }),
          few: msg(str`${people} people took part in the Place Standard, rating each theme of the place.`, { id: 'plan.compass-people.few' }),
          many: msg(str`${people} people took part in the Place Standard, rating each theme of the place.`, { id: 'plan.compass-people.many' }),
          other: msg(str`${people} people took part in the Place Standard, rating each theme of the place.`, { id: 'plan.compass-people.other' }),
        })}
        ${period ? msg(str`Gathered ${period}.`) : nothing} ${feedText(result.how_gathered ?? nothing, result.how_gathered ? hostTextLang(this.host.element) : undefined)}
      </p>
      ${renderCompass(result.themes, scaleOf(result), { id: 'area-compass-table', lang: hostTextLang(this.host.element) })}
      ${url ? html`<p><a href=${url}>${msg('Read more about these results')}</a></p>` : nothing}
    </section>`;
  }
}

/** The area's Community Connector, else anyone for the area, else the whole council area's. */
function connectorFor(connectors: readonly Connector[], area: string): Connector | undefined {
  const local = connectors.filter((c) => c.area_ids?.includes(area));
  return local.find((c) => c.role === 'community_connector') ?? local[0] ?? connectors.find((c) => !c.area_ids?.length && c.role === 'community_connector');
}

function kindLabel(kind: Opportunity['kind']): string {
  return kind === 'volunteering'
    ? msg('Volunteering')
    : kind === 'meeting'
      ? msg('Community meeting')
      : kind === 'consultation'
        ? msg('Consultation')
        : msg('Event');
}

/** When: the next date (UK time) and the closing date. */
function whenOf(opportunity: Opportunity, now: Date): string[] {
  const dates = (opportunity.dates ?? []).map((d) => new Date(d.starts_at)).filter((d) => d >= now);
  const repeating = nextStart(opportunity.schedules, now);
  if (repeating) dates.push(repeating);
  const next = dates.sort((a, b) => a.getTime() - b.getTime())[0];
  const lines: string[] = [];
  if (next) {
    const m = ukMoment(next);
    const day = `${formatWeekday(m.weekday)} ${formatDate(m.iso)}`;
    const time = formatTime(timeOf(m.minutes));
    lines.push(msg(str`Next: ${day} at ${time}`));
  }
  if (opportunity.closing_date) {
    const date = formatDate(opportunity.closing_date);
    lines.push(msg(str`Closing date: ${date}`));
  }
  return lines;
}

/** Where: the first place's name and address, and "online" when it can be done online. */
function whereOf(opportunity: Opportunity): string {
  const location = opportunity.locations?.[0];
  const address = location?.addresses?.[0];
  const place = [location?.name, address?.address_1, address?.postal_code].filter(Boolean).join(', ');
  if (place && opportunity.online) return msg(str`${place}, or online`);
  return place || (opportunity.online ? msg('Online') : '');
}

function statusWord(status: ResponseStatus): string {
  return status === 'done' ? msg('Done') : status === 'planned' ? msg('Planned') : msg('Not doing');
}

function gatheredBy(how: GatheredBy): string {
  switch (how) {
    case 'survey':
      return msg('a survey');
    case 'street_stall':
      return msg('street stalls');
    case 'form':
      return msg('the online form');
    case 'meeting':
      return msg('community meetings');
    case 'event':
      return msg('events');
    case 'place_standard':
      return msg('the Place Standard');
    default:
      return msg('other ways');
  }
}

function periodText(from?: string, to?: string): string {
  if (from && to && from !== to) {
    const a = formatDate(from);
    const b = formatDate(to);
    return msg(str`from ${a} to ${b}`);
  }
  const one = to ?? from;
  return one ? msg(str`in ${formatDate(one)}`) : '';
}

/** "12 people said this, in a survey and at street stalls, from March 2026 to May 2026." */
export function gatheredLine(response: PlanResponse): string {
  const parts: string[] = [];
  if (response.count) {
    const n = formatNumber(response.count);
    parts.push(
      plural(response.count, {
        zero: msg(str`${n} people said this`, { id: 'plan.response-people.zero' }),
        one: msg(str`${n} person said this`, { id: 'plan.response-people.one' }),
        two: msg(str`${n} people said this`, { id: 'plan.response-people.two' }),
        few: msg(str`${n} people said this`, { id: 'plan.response-people.few' }),
        many: msg(str`${n} people said this`, { id: 'plan.response-people.many' }),
        other: msg(str`${n} people said this`, { id: 'plan.response-people.other' }),
      }),
    );
  }
  if (response.gathered_by?.length) {
    const how = formatList(response.gathered_by.map(gatheredBy));
    parts.push(msg(str`through ${how}`));
  }
  const period = periodText(response.gathered_from, response.gathered_to);
  if (period) parts.push(period);
  return parts.length ? `${parts.join(', ')}.` : '';
}
