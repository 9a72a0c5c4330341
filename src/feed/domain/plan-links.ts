/**
 * The links between a Locality Plan and the rest of the feed: the opportunities that serve a priority
 * (named by the priority, by one of its actions, or by the opportunity itself), the priorities an
 * opportunity serves, the priorities a service delivers, and "you said, we did" (a plan's responses, where they belong, and which of them a
 * resident's feedback reference contributed to). No DOM, no zod: the plan, the directory and the CLI use it.
 */
import { ruleKind, ukMoment } from './schedule.js';
import type { LocalityPlan, Opportunity, PlaceFeed, PlanResponse, Priority, ResponseStatus, Service } from './types.js';

/** False for an opportunity that is over: its closing date has passed, or all its dates have and it does not repeat. */
export function isCurrent(opportunity: Opportunity, now: Date): boolean {
  const today = ukMoment(now).iso;
  if (opportunity.closing_date && opportunity.closing_date < today) return false;
  const dates = opportunity.dates ?? [];
  if (dates.length === 0 || (opportunity.schedules ?? []).some((s) => ruleKind(s))) return true;
  return dates.some((d) => new Date(d.ends_at ?? d.starts_at) >= now);
}

/**
 * The current opportunities that serve a priority, in the feed's order: those the priority or its actions
 * name, and those that name the priority.
 */
export function opportunitiesFor(feed: Pick<PlaceFeed, 'opportunities'>, priority: Priority, now = new Date()): Opportunity[] {
  const named = new Set([...(priority.opportunity_ids ?? []), ...(priority.actions ?? []).flatMap((a) => a.opportunity_ids ?? [])]);
  return feed.opportunities.filter((o) => (named.has(o.id) || o.priority_ids?.includes(priority.id)) && isCurrent(o, now));
}

/** The plan priorities an opportunity serves (named either way), each with its plan. */
export function prioritiesServed(feed: Pick<PlaceFeed, 'locality_plans'>, opportunity: Opportunity): Array<{ plan: LocalityPlan; priority: Priority }> {
  const found: Array<{ plan: LocalityPlan; priority: Priority }> = [];
  for (const plan of feed.locality_plans) {
    for (const priority of plan.priorities) {
      const names =
        priority.opportunity_ids?.includes(opportunity.id) ||
        (priority.actions ?? []).some((a) => a.opportunity_ids?.includes(opportunity.id)) ||
        opportunity.priority_ids?.includes(priority.id);
      if (names) found.push({ plan, priority });
    }
  }
  return found;
}

/** The plan priorities a service delivers: those that name it, or one of whose actions does (`service_ids`). */
export function prioritiesDelivered(feed: Pick<PlaceFeed, 'locality_plans'>, service: Pick<Service, 'id'>): Array<{ plan: LocalityPlan; priority: Priority }> {
  const found: Array<{ plan: LocalityPlan; priority: Priority }> = [];
  for (const plan of feed.locality_plans) {
    for (const priority of plan.priorities) {
      const names = priority.service_ids?.includes(service.id) || (priority.actions ?? []).some((a) => a.service_ids?.includes(service.id));
      if (names) found.push({ plan, priority });
    }
  }
  return found;
}

/**
 * An address for a plan priority from a page's pattern: `{plan}`, `{priority}` and `{area}` are replaced by
 * the ids (URL-encoded); undefined without a pattern.
 */
export function planHref(pattern: string | undefined, plan: LocalityPlan, priority: Priority): string | undefined {
  if (!pattern) return undefined;
  const values: Record<string, string> = { plan: plan.id, priority: priority.id, area: plan.area_id };
  return pattern.replace(/\{(plan|priority|area)\}/g, (_, name: string) => encodeURIComponent(values[name]!));
}

/** The order responses are listed in: what was done, then what is planned, then what will not be done. */
const ORDER: Record<ResponseStatus, number> = { done: 0, planned: 1, not_doing: 2 };

const latest = (r: PlanResponse) => r.updated ?? r.gathered_to ?? r.gathered_from ?? '';

/** A plan's responses, done first, then planned, then not doing, the most recently updated first within each. */
export function sortedResponses(responses: readonly PlanResponse[]): PlanResponse[] {
  return [...responses].sort((a, b) => ORDER[a.status] - ORDER[b.status] || latest(b).localeCompare(latest(a)));
}

/** The priority a response belongs to: its `priority_id`, or the priority holding its `action_id`. */
export function priorityOf(plan: LocalityPlan, response: PlanResponse): Priority | undefined {
  if (response.priority_id) {
    const found = plan.priorities.find((p) => p.id === response.priority_id);
    if (found) return found;
  }
  return response.action_id ? plan.priorities.find((p) => (p.actions ?? []).some((a) => a.id === response.action_id)) : undefined;
}

/** The responses under one priority (sorted as `sortedResponses`). */
export function responsesFor(plan: LocalityPlan, priority: Priority): PlanResponse[] {
  return sortedResponses((plan.responses ?? []).filter((r) => priorityOf(plan, r) === priority));
}

/** A reference as a resident might type it (`abcd1234`, ` ABCD-1234 `) in the form they were shown it: `ABCD 1234`; undefined if it cannot be one. */
export function normalReference(text: string): string | undefined {
  const code = text.replace(/[\s-]/g, '').toUpperCase();
  return /^[0-9A-Z]{8}$/.test(code) ? `${code.slice(0, 4)} ${code.slice(4)}` : undefined;
}

/** The responses a feedback reference contributed to, in the plans given, each with its plan. */
export function responsesForReference(plans: readonly LocalityPlan[], reference: string): Array<{ plan: LocalityPlan; response: PlanResponse }> {
  const wanted = normalReference(reference);
  if (!wanted) return [];
  return plans.flatMap((plan) =>
    sortedResponses(plan.responses ?? [])
      .filter((r) => r.references?.some((ref) => normalReference(ref) === wanted))
      .map((response) => ({ plan, response })),
  );
}

/** True when any response of these plans publishes references: only then can residents look theirs up. */
export const publishesReferences = (plans: readonly LocalityPlan[]): boolean => plans.some((p) => (p.responses ?? []).some((r) => r.references?.length));
