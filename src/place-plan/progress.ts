/**
 * Progress counted from the data, never typed into the feed: actions by status, and whether each
 * indicator is on course. Values may arrive in any order; they are sorted by date here.
 */
import type { ActionStatus, Indicator, IndicatorValue, PlanAction, Priority } from '../feed/domain/types.js';

/** Every status, in the order residents read them; `none` is an action whose status was not reported. */
export const STATUSES = ['complete', 'on_track', 'minor_slippage', 'major_slippage', 'not_started', 'reported_later', 'none'] as const;
export type StatusKey = (typeof STATUSES)[number];

export const statusOf = (action: PlanAction): StatusKey => action.status ?? 'none';

/** "Behind": minor or major slippage. */
export const isBehind = (status: StatusKey): boolean => status === 'minor_slippage' || status === 'major_slippage';

export function countStatuses(actions: readonly PlanAction[]): Record<StatusKey, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<StatusKey, number>;
  for (const action of actions) counts[statusOf(action)]++;
  return counts;
}

/** A partial date ("2025", "2025-03", "2025-03-31") as a year with a fraction, for drawing and comparing. */
export function yearOf(date: string): number {
  const [y, m = '1', d = '1'] = date.split('-');
  return Number(y) + (Number(m) - 1) / 12 + (Number(d) - 1) / 365;
}

/** The reported values, oldest first, one per date: of two values for one date, the last one given counts. */
export function sortedValues(indicator: Indicator): IndicatorValue[] {
  return distinctValues(indicator);
}

/**
 * Where an indicator stands:
 * - `on` / `off`: the latest value is on the good side of (or on) the straight line from baseline to
 *   target at the latest value's date;
 * - `met` / `missed`: the target date has passed, judged against the target itself;
 * - `unknown`: no target, or fewer than two points to go on.
 */
export type Course = 'on' | 'off' | 'met' | 'missed' | 'unknown';

export function courseOf(indicator: Indicator, today = new Date()): Course {
  const values = sortedValues(indicator);
  const target = indicator.target;
  const start = indicator.baseline ?? values[0];
  const latest = values[values.length - 1];
  if (!target || !start || !latest) return 'unknown';
  const points = new Set([...values.map((v) => yearOf(v.date)), yearOf(start.date)]);
  if (points.size < 2) return 'unknown';
  const up = indicator.direction ? indicator.direction === 'up' : target.value > start.value;
  if (!indicator.direction && target.value === start.value) return 'unknown';
  const better = (value: number, than: number) => (up ? value >= than : value <= than);
  const now = today.getUTCFullYear() + today.getUTCMonth() / 12 + (today.getUTCDate() - 1) / 365;
  const targetAt = yearOf(target.date);
  if (targetAt <= now) return better(latest.value, target.value) ? 'met' : 'missed';
  const startAt = yearOf(start.date);
  const span = targetAt - startAt;
  const share = span > 0 ? Math.min(1, Math.max(0, (yearOf(latest.date) - startAt) / span)) : 1;
  const expected = start.value + (target.value - start.value) * share;
  // Rounding in published figures: a hair's breadth either side of the line counts as on it.
  return better(latest.value + (up ? 1e-9 : -1e-9), expected) ? 'on' : 'off';
}

export interface Headline {
  actions: number;
  statuses: Record<StatusKey, number>;
  indicators: number;
  onCourse: number;
  /** Indicators that can be judged at all (not `unknown`). */
  judged: number;
}

export function headlineOf(priorities: readonly Priority[], today?: Date): Headline {
  const actions = priorities.flatMap((p) => p.actions ?? []);
  const indicators = priorities.flatMap((p) => p.indicators ?? []);
  const courses = indicators.map((i) => courseOf(i, today));
  return {
    actions: actions.length,
    statuses: countStatuses(actions),
    indicators: indicators.length,
    onCourse: courses.filter((c) => c === 'on' || c === 'met').length,
    judged: courses.filter((c) => c !== 'unknown').length,
  };
}

/** Everyone named on an action: the lead partner first, then the others. */
export function partnersOf(action: PlanAction): string[] {
  const names = [action.lead_partner, ...(action.partners ?? [])].map((n) => n?.trim()).filter((n): n is string => !!n);
  return [...new Set(names)];
}

export type { ActionStatus };

/** The values with one per date (the last one given for a date wins), oldest first. */
export function distinctValues(indicator: Indicator): IndicatorValue[] {
  const byDate = new Map<string, IndicatorValue>();
  for (const value of indicator.values ?? []) {
    byDate.delete(value.date);
    byDate.set(value.date, value);
  }
  return [...byDate.values()].sort((a, b) => yearOf(a.date) - yearOf(b.date));
}
