/**
 * When someone can be reached, in words and in UK time: "Monday to Thursday: 9:30am to 4:30pm", and
 * "Available now, until 4:30pm" or "Next available Monday at 9:30am".
 */
import type { Schedule } from '../feed/domain/types.js';
import { addDays, monthlyRules, openState, ukMoment, weeklyHours } from '../feed/domain/schedule.js';
import { formatList, formatTime, formatWeekday, msg, str } from '../ui/localize.js';
import { oneLine } from '../ui/rich-text.js';

export interface HoursLine {
  days: string;
  hours: string;
}

/** The weekly hours, consecutive days with the same hours as one line; then monthly rules the feed describes. */
export function hoursLines(schedules: readonly Schedule[] | undefined, at: Date): HoursLine[] {
  const lines: HoursLine[] = [];
  let last: { first: string; day: string; key: string; hours: string } | undefined;
  const flush = () => {
    if (!last) return;
    const from = formatWeekday(last.first as 'MO');
    const to = formatWeekday(last.day as 'MO');
    lines.push({ days: from === to ? from : msg(str`${from} to ${to}`), hours: last.hours });
    last = undefined;
  };
  for (const row of weeklyHours(schedules, at)) {
    const key = row.periods.map((p) => `${p.opens}-${p.closes}`).join();
    if (!key) {
      flush();
      continue;
    }
    if (last && last.key === key) {
      last.day = row.day;
      continue;
    }
    flush();
    const hours = formatList(
      row.periods.map((p) => {
        const opens = formatTime(p.opens);
        const closes = formatTime(p.closes);
        return msg(str`${opens} to ${closes}`);
      }),
    );
    last = { first: row.day, day: row.day, key, hours };
  }
  flush();
  for (const rule of monthlyRules(schedules, at)) {
    const description = oneLine(rule.schedule.description);
    if (!description) continue;
    const opens = rule.opens ? formatTime(rule.opens) : '';
    const closes = rule.closes ? formatTime(rule.closes) : '';
    lines.push({ days: description, hours: opens && closes ? msg(str`${opens} to ${closes}`) : '' });
  }
  return lines;
}

/** "Available now, until 4:30pm", "Next available Monday at 9:30am", or `undefined` when the times cannot tell. */
export function availableNow(schedules: readonly Schedule[] | undefined, at: Date): string | undefined {
  const state = openState(schedules, at);
  if (!state.known) return undefined;
  if (state.open) {
    const time = state.closes ? formatTime(state.closes.time) : '';
    return time ? msg(str`Available now, until ${time}`) : msg('Available now');
  }
  if (!state.opens) return undefined;
  const time = formatTime(state.opens.time);
  const today = ukMoment(at);
  if (state.opens.date === today.iso) return msg(str`Next available today at ${time}`);
  if (state.opens.date === addDays(today, 1).iso) return msg(str`Next available tomorrow at ${time}`);
  const day = formatWeekday(state.opens.weekday);
  return msg(str`Next available ${day} at ${time}`, { id: 'connector.next-available' });
}
