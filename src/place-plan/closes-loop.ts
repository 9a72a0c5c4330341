/**
 * `<place-plan>`'s use of its loop part (loop.ts, loaded on demand): asked for when a plan first has any of
 * it ("you said, we did" responses, feedback references to look up, Place Standard results, or an
 * opportunity serving one of its priorities), so a plan with none of these never downloads it.
 */
import type { LocalityPlan, PlaceFeed } from '../feed/domain/types.js';
import { LazyPart, onDemand, type OnDemand } from '../ui/lazy-part.js';
import type { PlaceElement } from '../ui/place-element.js';
import type { PlanLoop } from './loop.js';

type Part = typeof import('./loop.js');

/** The part for the whole page (`PlacePlanElement.parts.loop`; tests replace its load to see it fail). */
export const LOOP: OnDemand<Part> = onDemand(() => import('./loop.js'));

export function closesLoop(plan: LocalityPlan, feed: PlaceFeed): boolean {
  return (
    feed.place_standard_results.length > 0 ||
    feed.locality_plans.some((p) => p.responses?.length) ||
    feed.opportunities.some((o) => o.priority_ids?.length) ||
    plan.priorities.some((p) => p.opportunity_ids?.length || p.actions?.some((a) => a.opportunity_ids?.length))
  );
}

export class LoopPart {
  private loop?: PlanLoop;
  private readonly lazy: LazyPart<Part>;

  constructor(host: PlaceElement) {
    this.lazy = new LazyPart(host, LOOP, {
      styles: (part) => part.loopStyles,
      ready: ({ PlanLoop }) => (this.loop = new PlanLoop({ element: host, level: () => host.level, feed: () => host.feedResult!.feed })),
    });
  }

  /** From render: the loop for this plan, once its part is there (asked for when the plan has any of it). */
  use(plan: LocalityPlan, feed: PlaceFeed): PlanLoop | undefined {
    return closesLoop(plan, feed) && this.lazy.use() ? this.loop : undefined;
  }

  /** The loop, once the part is there (a priority's body ends with it). */
  get value(): PlanLoop | undefined {
    return this.lazy.value && this.loop;
  }
}
