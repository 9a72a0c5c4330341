/**
 * Short descriptions of an entry's facts, in words, shared by the result list and the details view:
 * open now, cost, ages, kind of opportunity, and when an opportunity next happens.
 */
import { nextStart, openState, periodOf, ruleKind, timeOf, ukMoment } from '../feed/domain/schedule.js';
import type { Opportunity, Schedule, Service } from '../feed/domain/types.js';
import { currentLocale, formatDate, formatMoney, formatTime, formatWeekday, msg, str } from '../ui/localize.js';
import { oneLine } from '../ui/rich-text.js';
import { costsOn, isClosed, type Entry } from './entries.js';

/** "Saturday 6 March 2027 at 10am", UK time. */
export function formatDateTime(date: Date): string {
  const m = ukMoment(date);
  const day = `${formatWeekday(m.weekday)} ${formatDate(m.iso)}`;
  const time = formatTime(timeOf(m.minutes));
  return msg(str`${day} at ${time}`);
}

const lines = new WeakMap<Entry, { minute: string; open?: { open: boolean; text: string }; when: string[] }>();

/** What the list says of an entry's times, worked out once a minute (the list redraws on every keystroke). */
export function timeLines(entry: Entry, at: Date): { open?: { open: boolean; text: string }; when: string[] } {
  const minute = `${Math.floor(at.getTime() / 60000)} ${currentLocale()}`;
  let cached = lines.get(entry);
  if (cached?.minute !== minute) {
    const open = entry.kind === 'service' ? openLine(entry, at) : undefined;
    lines.set(entry, (cached = { minute, ...(open && { open }), when: whenLines(entry, at) }));
  }
  return cached;
}

/** True when a schedule's dates (`valid_from` to `valid_to`, `dtstart` to `until`) include the UK date `today`. */
export const inForce = (s: Schedule, today: string): boolean =>
  (s.valid_from ?? '') <= today && (s.dtstart ?? '') <= today && (s.valid_to ?? '~') >= today && (s.until ?? '~').slice(0, 10) >= today;

/**
 * "Open now, until 2pm" / "Closed now, opens Tuesday at 10am"; undefined when the schedules cannot say:
 * none has readable times in force today (a schedule for 2005 says nothing of today), or the service is
 * closed (its "Temporarily closed" says it all).
 */
export function openLine(entry: Entry, at: Date): { open: boolean; text: string } | undefined {
  const today = ukMoment(at).iso;
  if (isClosed(entry) || !entry.schedules.some((s) => ruleKind(s) && periodOf(s) && inForce(s, today))) return undefined;
  const state = openState(entry.schedules, at);
  if (state.open) {
    const time = state.closes && formatTime(state.closes.time);
    return { open: true, text: time ? msg(str`Open now, until ${time}`) : msg('Open 24 hours') };
  }
  if (!state.opens) return { open: false, text: msg('Closed now') };
  const time = formatTime(state.opens.time);
  const day = state.opens.date === ukMoment(at).iso ? msg('today') : formatWeekday(state.opens.weekday);
  return { open: false, text: msg(str`Closed now, opens ${day} at ${time}`) };
}

/** Today's cost in a few words for the list: "Free", "£2.50", or the feed's own words (as plain text). */
export function costSummary(entry: Entry, at: Date): string | undefined {
  if (entry.free) return msg('Free');
  const record = entry.record as Service;
  const costs = costsOn(record, ukMoment(at).iso).filter((c) => c.amount);
  if (costs.length) {
    const money = formatMoney(Math.min(...costs.map((c) => c.amount!)), costs[0].currency || 'GBP');
    return costs.length > 1 ? msg(str`From ${money}`) : money;
  }
  return oneLine(record.fees_description || record.fees) || undefined;
}

/** "Ages 12 to 25", "Ages 65 and over", "Ages up to 5", or undefined for everyone. */
export function agesText(entry: Entry): string | undefined {
  const { minAge: min, maxAge: max } = entry;
  if (min !== undefined && max !== undefined) return msg(str`Ages ${min} to ${max}`);
  if (min) return msg(str`Ages ${min} and over`);
  if (max !== undefined) return msg(str`Ages up to ${max}`);
  return undefined;
}

export function kindLabel(entry: Entry): string {
  if (entry.kind === 'service') return msg('Service');
  const kind = (entry.record as Opportunity).kind;
  return kind === 'volunteering'
    ? msg('Volunteering')
    : kind === 'meeting'
      ? msg('Community meeting')
      : kind === 'consultation'
        ? msg('Consultation')
        : msg('Event');
}

/** An opportunity's next date, from its one-off dates and its repeating schedules. */
export function nextDate(opportunity: Opportunity, at: Date): Date | undefined {
  const dates = (opportunity.dates ?? []).map((d) => new Date(d.starts_at)).filter((d) => d >= at);
  const repeating = nextStart(opportunity.schedules, at);
  if (repeating) dates.push(repeating);
  return dates.sort((a, b) => a.getTime() - b.getTime())[0];
}

/** When an opportunity happens, in words: "Next: Saturday 6 March 2027 at 10am" and its closing date. */
export function whenLines(entry: Entry, at: Date): string[] {
  if (entry.kind !== 'opportunity') return [];
  const opportunity = entry.record as Opportunity;
  const lines: string[] = [];
  const next = nextDate(opportunity, at);
  if (next) {
    const when = formatDateTime(next);
    lines.push(msg(str`Next: ${when}`));
  }
  if (opportunity.closing_date) {
    const date = formatDate(opportunity.closing_date);
    lines.push(opportunity.kind === 'consultation' ? msg(str`Closes ${date}: have your say by then`) : msg(str`Closing date: ${date}`));
  }
  return lines;
}
