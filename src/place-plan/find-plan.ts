/** Which plan to show for an area. */
import type { LocalityPlan } from '../feed/schema.js';

/** The plan for an area; with more than one, the one that runs latest. */
export function latestFor(plans: readonly LocalityPlan[], area: string): LocalityPlan | undefined {
  const mine = plans.filter((p) => p.area_id === area);
  return mine.reduce<LocalityPlan | undefined>((best, p) => (!best || (p.period_end ?? '') > (best.period_end ?? '') ? p : best), undefined);
}

