/**
 * Opening times from HSDS schedules, always in UK time (Europe/London) whatever the viewer's clock or
 * zone says: is it open now, when does it close or next open, the regular week as a table, and the
 * next date of a repeating meeting.
 *
 * Supported rules: WEEKLY (`byday`, `interval` with `dtstart`), MONTHLY (`bymonthday`, or `byday` with
 * ordinals such as `1TU` or `-1FR`), bounded by `valid_from` / `valid_to` and `dtstart` / `until`.
 * A period whose `closes_at` is not after `opens_at` runs past midnight into the next day; `00:00`
 * to `24:00` is all day. Rules that cannot be read are ignored, never guessed.
 *
 * Times without a zone are UK wall-clock times. A time with `Z` or an offset (`10:00Z`, `09:00+01:00`,
 * as HSDS 3.0 asks) is an instant on each date the rule falls on, turned into UK time for that date:
 * `10:00Z` opens at 11:00 on a July date and at 10:00 on a January one.
 */
import type { Schedule } from './types.js';

export type Day = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export const DAYS: readonly Day[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export const UK_TIME_ZONE = 'Europe/London';

/** A calendar date in the UK. */
export interface UkDate {
  /** `YYYY-MM-DD` */
  iso: string;
  year: number;
  month: number;
  day: number;
  weekday: Day;
}

/** A moment as a UK wall clock shows it. */
export interface UkMoment extends UkDate {
  /** Minutes since midnight, UK time. */
  minutes: number;
}

/** Minutes since midnight: `[opens, closes)`; `closes` may exceed 1440 for a period past midnight. */
export interface Period {
  opens: number;
  closes: number;
}

let formatter: Intl.DateTimeFormat | undefined;
const WEEKDAY_NAMES: Record<string, Day> = { Mon: 'MO', Tue: 'TU', Wed: 'WE', Thu: 'TH', Fri: 'FR', Sat: 'SA', Sun: 'SU' };

/** The UK date and wall-clock time of an instant. */
export function ukMoment(at: Date): UkMoment {
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: UK_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
    hourCycle: 'h23',
  });
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(at)) parts[part.type] = part.value;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  return {
    iso: `${parts.year}-${parts.month}-${parts.day}`,
    year,
    month,
    day,
    weekday: WEEKDAY_NAMES[parts.weekday] ?? 'MO',
    minutes: (Number(parts.hour) % 24) * 60 + Number(parts.minute),
  };
}

/** The calendar date `offset` days after `date` (calendar arithmetic; no time zone involved). */
export function addDays(date: UkDate, offset: number): UkDate {
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day + offset));
  const year = utc.getUTCFullYear();
  const month = utc.getUTCMonth() + 1;
  const day = utc.getUTCDate();
  return {
    iso: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    year,
    month,
    day,
    weekday: DAYS[(utc.getUTCDay() + 6) % 7],
  };
}

/** Reads `YYYY-MM-DD` as a UK calendar date. */
export function ukDate(iso: string): UkDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  return addDays({ iso, year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), weekday: 'MO' }, 0);
}

/** A time's hours and minutes, and its zone when it has one: `Z`, or an offset (`+01:00`, `-0500`, `+01`). */
const TIME = /^(\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?(z|([+-])(\d\d):?(\d\d)?)?$/i;

/** True when the schedule's times carry a zone, so that their UK time depends on the date. */
export const hasZone = (schedule: Schedule): boolean => [schedule.opens_at, schedule.closes_at].some((time) => !!TIME.exec(time ?? '')?.[3]);

/**
 * `HH:MM[:SS]` as minutes since midnight, UK time, on the UK date `date` (today when not given), or
 * `undefined`. A time with a zone can fall on the day before or after: then it is below 0 or from 1440.
 */
export function minutesOf(time: string | undefined, date?: UkDate): number | undefined {
  const match = TIME.exec(time ?? '');
  if (!match) return undefined;
  const minutes = +match[1] * 60 + +match[2];
  if (minutes > 1440) return undefined;
  if (!match[3]) return minutes;
  // The instant it names on that date, then the UK wall clock at that instant.
  const day = date ?? ukMoment(new Date());
  const midnight = Date.UTC(day.year, day.month - 1, day.day);
  const offset = match[4] ? (match[4] === '-' ? -1 : 1) * (+match[5] * 60 + +(match[6] ?? 0)) : 0;
  const uk = ukMoment(new Date(midnight + (minutes - offset) * 60_000));
  return (Date.UTC(uk.year, uk.month - 1, uk.day) - midnight) / 60_000 + uk.minutes;
}

/** Minutes since midnight as `HH:MM`. */
export function timeOf(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

interface DayRule {
  ordinal?: number;
  day: Day;
}

function dayRules(byday: string | undefined): DayRule[] {
  if (!byday) return [];
  return byday
    .toUpperCase()
    .split(',')
    .flatMap((part) => {
      const match = /^\s*([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)\s*$/.exec(part);
      if (!match) return [];
      return [{ day: match[2] as Day, ...(match[1] !== undefined && { ordinal: Number(match[1]) }) }];
    });
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function weekIndex(date: UkDate): number {
  const days = Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;
  // 1970-01-05 was a Monday: count weeks from there so weeks start on Monday.
  return Math.floor((days - 4) / 7);
}

/** The kind of rule a schedule is, once read; `undefined` when it is not a repeating rule. */
export function ruleKind(schedule: Schedule): 'weekly' | 'monthly' | undefined {
  const freq = schedule.freq ?? (schedule.byday ? 'WEEKLY' : schedule.bymonthday ? 'MONTHLY' : undefined);
  if (freq === 'WEEKLY' && dayRules(schedule.byday).length > 0) return 'weekly';
  if (freq === 'MONTHLY' && (dayRules(schedule.byday).length > 0 || schedule.bymonthday)) return 'monthly';
  return undefined;
}

/** True when the schedule's rule falls on this UK date (ignoring times). */
export function appliesOn(schedule: Schedule, date: UkDate): boolean {
  const iso = date.iso;
  if (schedule.valid_from && iso < schedule.valid_from) return false;
  if (schedule.valid_to && iso > schedule.valid_to) return false;
  if (schedule.dtstart && iso < schedule.dtstart) return false;
  if (schedule.until && iso > schedule.until.slice(0, 10)) return false;
  const kind = ruleKind(schedule);
  const interval = schedule.interval && schedule.interval > 1 ? schedule.interval : 1;
  const start = schedule.dtstart ? ukDate(schedule.dtstart) : undefined;
  if (kind === 'weekly') {
    if (!dayRules(schedule.byday).some((rule) => rule.day === date.weekday)) return false;
    return interval === 1 || !start || (weekIndex(date) - weekIndex(start)) % interval === 0;
  }
  if (kind === 'monthly') {
    if (interval > 1 && start && ((date.year - start.year) * 12 + date.month - start.month) % interval !== 0) return false;
    const length = daysInMonth(date.year, date.month);
    const monthDays = (schedule.bymonthday ?? '')
      .split(',')
      .map((d) => Number(d.trim()))
      .filter((d) => Number.isInteger(d) && d !== 0);
    if (monthDays.some((d) => (d > 0 ? d : length + d + 1) === date.day)) return true;
    return dayRules(schedule.byday).some((rule) => {
      if (rule.day !== date.weekday) return false;
      if (rule.ordinal === undefined || rule.ordinal === 0) return true;
      return rule.ordinal > 0 ? Math.ceil(date.day / 7) === rule.ordinal : Math.ceil((length - date.day + 1) / 7) === -rule.ordinal;
    });
  }
  return false;
}

/**
 * A schedule's period on a day it applies (the UK date `date`, today when not given: it matters only for
 * times with a zone), or `undefined` when it has no readable times.
 */
export function periodOf(schedule: Schedule, date?: UkDate): Period | undefined {
  const opens = minutesOf(schedule.opens_at, date);
  const closes = minutesOf(schedule.closes_at, date);
  if (opens === undefined || closes === undefined) return undefined;
  if (closes > opens) return { opens, closes };
  // Not after the opening time: past midnight (20:00 to 02:00), or all day when equal.
  return { opens, closes: closes === opens ? opens + 1440 : closes + 1440 };
}

/**
 * The periods open on a UK date, merged and sorted: the rule's own on that date, and what runs on from
 * the evening before (or, for times with a zone, falls on this date from a rule of the day before or
 * after).
 */
export function periodsOn(schedules: readonly Schedule[] | undefined, date: UkDate): Period[] {
  const periods: Period[] = [];
  for (const schedule of schedules ?? []) {
    const zoned = hasZone(schedule);
    for (let shift = zoned ? -2 : -1; shift <= (zoned ? 1 : 0); shift++) {
      const day = addDays(date, shift);
      const period = appliesOn(schedule, day) && periodOf(schedule, day);
      if (period) periods.push({ opens: Math.max(period.opens + shift * 1440, 0), closes: Math.min(period.closes + shift * 1440, 1440) });
    }
  }
  return merge(periods);
}

function merge(periods: Period[]): Period[] {
  const sorted = periods.filter((p) => p.closes > p.opens).sort((a, b) => a.opens - b.opens);
  const out: Period[] = [];
  for (const period of sorted) {
    const last = out[out.length - 1];
    if (last && period.opens <= last.closes) last.closes = Math.max(last.closes, period.closes);
    else out.push({ ...period });
  }
  return out;
}

export interface OpenState {
  /** Open at that moment. */
  open: boolean;
  /** When open: the UK time it closes (`HH:MM`), and whether that is after midnight. */
  closes?: { time: string; date: string };
  /** When closed: the next opening within two weeks, as a UK date and time. */
  opens?: { time: string; date: string; weekday: Day };
  /** False when the schedules give no readable times at all, so "open now" cannot be said either way. */
  known: boolean;
}

/** Whether the schedules are open at an instant, and what changes next. */
export function openState(schedules: readonly Schedule[] | undefined, at: Date): OpenState {
  const known = (schedules ?? []).some((s) => ruleKind(s) && periodOf(s));
  if (!known) return { open: false, known };
  const now = ukMoment(at);
  const today = periodsOn(schedules, now);
  const current = today.find((p) => p.opens <= now.minutes && now.minutes < p.closes);
  if (current) {
    let closing: UkDate = now;
    let closesAt = current.closes;
    // A period that runs to midnight may carry on into tomorrow; a week of that is round the clock.
    for (let days = 0; closesAt === 1440; days++) {
      if (days === 7) return { open: true, known };
      const next = addDays(closing, 1);
      const morning = periodsOn(schedules, next).find((p) => p.opens === 0);
      if (!morning) break;
      closing = next;
      closesAt = morning.closes;
    }
    return { open: true, known, closes: { time: timeOf(closesAt), date: closesAt === 1440 ? addDays(closing, 1).iso : closing.iso } };
  }
  for (let offset = 0; offset <= 14; offset++) {
    const date = addDays(now, offset);
    const next = periodsOn(schedules, date).find((p) => offset > 0 || p.opens > now.minutes);
    if (next) return { open: false, known, opens: { time: timeOf(next.opens), date: date.iso, weekday: date.weekday } };
  }
  return { open: false, known };
}

/** True when open at the instant. */
export function isOpenAt(schedules: readonly Schedule[] | undefined, at: Date): boolean {
  return openState(schedules, at).open;
}

/** True when the schedules have a period on that weekday in the week containing `at` (for "open on Saturday"). */
export function opensOnWeekday(schedules: readonly Schedule[] | undefined, weekday: Day, at: Date): boolean {
  const now = ukMoment(at);
  const offset = (DAYS.indexOf(weekday) - DAYS.indexOf(now.weekday) + 7) % 7;
  return periodsOn(schedules, addDays(now, offset)).some((p) => p.opens > 0 || p.closes > 0);
}

export interface WeekRow {
  day: Day;
  /** `HH:MM` pairs; `closes` of `24:00` means midnight; a period past midnight shows its real closing time. */
  periods: Array<{ opens: string; closes: string }>;
}

/** The regular week of the weekly rules in force on `at`, Monday first, for an opening-times table. */
export function weeklyHours(schedules: readonly Schedule[] | undefined, at: Date = new Date()): WeekRow[] {
  const today = ukMoment(at);
  const rows: WeekRow[] = DAYS.map((day) => ({ day, periods: [] }));
  for (let offset = 0; offset < 7; offset++) {
    const date = addDays(today, offset);
    for (const schedule of schedules ?? []) {
      const period = ruleKind(schedule) === 'weekly' && appliesOn(schedule, date) && periodOf(schedule, date);
      if (!period) continue;
      // A time with a zone may fall on the UK day before or after the rule's: it is listed on that day.
      const days = Math.floor(period.opens / 1440);
      const closes = period.closes - days * 1440;
      rows[DAYS.indexOf(addDays(date, days).weekday)].periods.push({ opens: timeOf(period.opens), closes: closes === 1440 ? '24:00' : timeOf(closes) });
    }
  }
  for (const row of rows) row.periods.sort((a, b) => a.opens.localeCompare(b.opens));
  return rows;
}

/** What a monthly rule says, for wording such as "first Tuesday of the month". */
export interface MonthlyRule {
  /** Ordinal weekdays: `{ordinal: 1, day: 'TU'}` is the first Tuesday; -1 is the last. */
  days: DayRule[];
  /** Days of the month: 1 to 31, or negative from the end. */
  monthDays: number[];
  opens?: string;
  closes?: string;
  schedule: Schedule;
}

/** The monthly rules in force on `at`, for wording beside the weekly table. */
export function monthlyRules(schedules: readonly Schedule[] | undefined, at: Date = new Date()): MonthlyRule[] {
  const today = ukMoment(at).iso;
  return (schedules ?? [])
    .filter((s) => ruleKind(s) === 'monthly' && !(s.valid_to && s.valid_to < today) && !(s.until && s.until < today))
    .map((schedule) => {
      const period = periodOf(schedule, ukMoment(at));
      return {
        days: dayRules(schedule.byday),
        monthDays: (schedule.bymonthday ?? '')
          .split(',')
          .map((d) => Number(d.trim()))
          .filter((d) => Number.isInteger(d) && d !== 0),
        ...(period && { opens: timeOf(period.opens), closes: period.closes === 1440 ? '24:00' : timeOf(period.closes) }),
        schedule,
      };
    });
}

/** The instant a UK wall-clock time happens on a UK date (the right offset in summer and winter). */
export function ukInstant(date: UkDate, minutes: number): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  // Guess with the wall time as UTC, then correct by the offset the UK had at that instant.
  let instant = wall;
  for (let i = 0; i < 2; i++) {
    const seen = ukMoment(new Date(instant));
    const seenWall = Date.UTC(seen.year, seen.month - 1, seen.day, 0, seen.minutes);
    instant += wall - seenWall;
  }
  return new Date(instant);
}

/** The next start of a repeating schedule at or after `at`, within `horizonDays`. */
export function nextStart(schedules: readonly Schedule[] | undefined, at: Date, horizonDays = 400): Date | undefined {
  const now = ukMoment(at);
  let best: Date | undefined;
  for (const schedule of schedules ?? []) {
    if (!ruleKind(schedule)) continue;
    for (let offset = 0; offset <= horizonDays; offset++) {
      const date = addDays(now, offset);
      if (schedule.valid_to && date.iso > schedule.valid_to) break;
      if (!appliesOn(schedule, date)) continue;
      const opens = minutesOf(schedule.opens_at, date) ?? 0;
      if (offset === 0 && opens < now.minutes) continue;
      const start = ukInstant(date, opens);
      if (!best || start < best) best = start;
      break;
    }
  }
  return best;
}
