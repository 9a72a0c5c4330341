/**
 * Whether a plan needs its loop part (loop.ts, loaded on demand): it has "you said, we did" responses,
 * the feed publishes feedback references to look up or Place Standard results, or an opportunity serves
 * one of its priorities. A plan with none of these never downloads the part.
 */
import type { LocalityPlan, PlaceFeed } from '../feed/domain/types.js';

export function closesLoop(plan: LocalityPlan, feed: PlaceFeed): boolean {
  return (
    feed.place_standard_results.length > 0 ||
    feed.locality_plans.some((p) => p.responses?.length) ||
    feed.opportunities.some((o) => o.priority_ids?.length) ||
    plan.priorities.some((p) => p.opportunity_ids?.length || p.actions?.some((a) => a.opportunity_ids?.length))
  );
}
