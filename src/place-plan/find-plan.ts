/** Which plan to show for an area. */
import type { LocalityPlan } from '../feed/domain/types.js';
import { periodBounds } from './plan-text.js';
import { yearOf } from './progress.js';

/** The plan for an area; with more than one, the one that runs latest. */
export function latestFor(plans: readonly LocalityPlan[], area: string): LocalityPlan | undefined {
  const mine = plans.filter((p) => p.area_id === area);
  // A period given the wrong way round still ends at its later date.
  const end = (p: LocalityPlan) => {
    const date = periodBounds(p).end;
    return date ? yearOf(date) : -Infinity;
  };
  return mine.reduce<LocalityPlan | undefined>((best, p) => (!best || end(p) > end(best) ? p : best), undefined);
}
