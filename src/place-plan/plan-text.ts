/** A plan's period and headline in words, shared by the plan view and the list's tiles. */
import type { LocalityPlan } from '../feed/domain/types.js';
import { formatDate, formatNumber, msg, plural, str } from '../ui/localize.js';
import { yearOf, type Headline } from './progress.js';

/**
 * The period's ends, earliest first: a period given the wrong way round (end before start) is read
 * the right way round, and `reversed` says so.
 */
export function periodBounds(plan: Pick<LocalityPlan, 'period_start' | 'period_end'>): { start?: string; end?: string; reversed: boolean } {
  const { period_start: start, period_end: end } = plan;
  if (start && end && yearOf(end) < yearOf(start)) return { start: end, end: start, reversed: true };
  return { start, end, reversed: false };
}

export function periodOf(plan: LocalityPlan): string {
  const bounds = periodBounds(plan);
  const start = bounds.start && formatDate(bounds.start);
  const end = bounds.end && formatDate(bounds.end);
  if (start && end) return msg(str`${start} to ${end}`);
  if (start) return msg(str`From ${start}`);
  if (end) return msg(str`Until ${end}`);
  return '';
}

/** "9 of 20 actions complete, 2 with major slippage." */
export function actionsLine(h: Headline): string {
  if (h.actions === 0) return msg('No actions reported yet.');
  const done = formatNumber(h.statuses.complete);
  const total = formatNumber(h.actions);
  const complete = plural(h.actions, {
    zero: msg(str`${done} of ${total} actions complete`, { id: 'plan.complete.zero' }),
    one: msg(str`${done} of ${total} action complete`, { id: 'plan.complete.one' }),
    two: msg(str`${done} of ${total} actions complete`, { id: 'plan.complete.two' }),
    few: msg(str`${done} of ${total} actions complete`, { id: 'plan.complete.few' }),
    many: msg(str`${done} of ${total} actions complete`, { id: 'plan.complete.many' }),
    other: msg(str`${done} of ${total} actions complete`, { id: 'plan.complete.other' }),
  });
  const major = h.statuses.major_slippage;
  if (!major) return msg(str`${complete}.`);
  const slipping = formatNumber(major);
  return msg(str`${complete}, ${slipping} with major slippage.`);
}

/** "5 of 8 indicators on course." */
export function indicatorsLine(h: Headline): string {
  if (h.judged === 0) {
    return plural(h.indicators, {
      zero: msg('Not enough data yet to tell if the indicators are on course.', { id: 'plan.no-data.zero' }),
      one: msg('Not enough data yet to tell if the indicator is on course.', { id: 'plan.no-data.one' }),
      two: msg('Not enough data yet to tell if the indicators are on course.', { id: 'plan.no-data.two' }),
      few: msg('Not enough data yet to tell if the indicators are on course.', { id: 'plan.no-data.few' }),
      many: msg('Not enough data yet to tell if the indicators are on course.', { id: 'plan.no-data.many' }),
      other: msg('Not enough data yet to tell if the indicators are on course.', { id: 'plan.no-data.other' }),
    });
  }
  const on = formatNumber(h.onCourse);
  const total = formatNumber(h.indicators);
  const line = plural(h.indicators, {
    zero: msg(str`${on} of ${total} indicators on course`, { id: 'plan.on-course.zero' }),
    one: msg(str`${on} of ${total} indicator on course`, { id: 'plan.on-course.one' }),
    two: msg(str`${on} of ${total} indicators on course`, { id: 'plan.on-course.two' }),
    few: msg(str`${on} of ${total} indicators on course`, { id: 'plan.on-course.few' }),
    many: msg(str`${on} of ${total} indicators on course`, { id: 'plan.on-course.many' }),
    other: msg(str`${on} of ${total} indicators on course`, { id: 'plan.on-course.other' }),
  });
  const unknown = h.indicators - h.judged;
  if (!unknown) return msg(str`${line}.`);
  const n = formatNumber(unknown);
  return msg(str`${line} (not enough data to tell for ${n}).`);
}
