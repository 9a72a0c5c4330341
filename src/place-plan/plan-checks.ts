/**
 * What the plan notices in the data it shows and reads sensibly anyway, said once per page in the
 * console for the site's editor (the feed's own checks are the loader's): a period given the wrong way
 * round (shown earliest first) and an indicator with two values for one date (the later one in the feed
 * is shown).
 */
import type { LocalityPlan } from '../feed/schema.js';
import { duplicateDates } from './progress.js';
import { periodBounds } from './plan-text.js';

const warned = new Set<string>();

/** The problems with a plan, in words for the site's editor (English, like the loader's warnings). */
export function problemsOf(plan: LocalityPlan): string[] {
  const problems: string[] = [];
  const name = `plan "${plan.title}" (id ${plan.id})`;
  const { start, end, reversed } = periodBounds(plan);
  if (reversed) problems.push(`${name}: period_start ${end} is after period_end ${start}; shown as ${start} to ${end}.`);
  for (const priority of plan.priorities ?? []) {
    for (const indicator of priority.indicators ?? []) {
      const dates = duplicateDates(indicator);
      if (dates.length) {
        problems.push(`${name}, indicator "${indicator.title}" (id ${indicator.id}): more than one value for ${dates.join(', ')}; the last one given for each date is shown.`);
      }
    }
  }
  return problems;
}

/** Warns about each problem once per page. */
export function warnAbout(plan: LocalityPlan): void {
  for (const problem of problemsOf(plan)) {
    if (warned.has(problem)) continue;
    warned.add(problem);
    console.warn(`placekit <place-plan>: ${problem}`);
  }
}
