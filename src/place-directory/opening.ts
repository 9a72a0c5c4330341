/**
 * "Open now" and "open on a day" for many entries at once, quickly enough to filter and count on every
 * keystroke. Plain weekly rules (the usual case) are compiled once into a week of periods; anything
 * else (monthly rules, date bounds, intervals) is asked of src/feed/domain/schedule.ts, cached per minute.
 * Always UK time.
 */
import { DAYS, addDays, appliesOn, hasZone, isOpenAt, periodOf, ruleKind, ukMoment, type Day, type Period, type UkMoment } from '../feed/domain/schedule.js';
import type { Schedule } from '../feed/domain/types.js';

type Week = Period[][] & { days?: number };

const compiled = new WeakMap<readonly Schedule[], Week | null>();

function compile(schedules: readonly Schedule[]): Week | null {
  let week = compiled.get(schedules);
  if (week !== undefined) return week;
  week = DAYS.map(() => []) as Week;
  for (const schedule of schedules) {
    const period = periodOf(schedule);
    if (!period) continue;
    if (
      ruleKind(schedule) !== 'weekly' ||
      hasZone(schedule) ||
      schedule.valid_from ||
      schedule.valid_to ||
      schedule.dtstart ||
      schedule.until ||
      (schedule.interval ?? 1) > 1
    ) {
      week = null;
      break;
    }
    for (const day of schedule.byday!.toUpperCase().split(',')) {
      const index = DAYS.indexOf(day.trim() as Day);
      if (index >= 0) week[index].push(period);
    }
  }
  if (week) week.days = week.reduce((bits, periods, i) => (periods.length ? bits | (1 << i) : bits), 0);
  compiled.set(schedules, week);
  return week;
}

/** Answers "open now?" and "open on …?" for one moment, caching what it works out. */
export class OpeningClock {
  readonly moment: UkMoment;
  private readonly open = new Map<readonly Schedule[], boolean>();
  private readonly days = new Map<readonly Schedule[], number>();

  constructor(readonly at: Date) {
    this.moment = ukMoment(at);
  }

  /** True when open at this moment, UK time. */
  isOpen(schedules: readonly Schedule[]): boolean {
    if (schedules.length === 0) return false;
    const week = compile(schedules);
    if (week) {
      const day = DAYS.indexOf(this.moment.weekday);
      const minutes = this.moment.minutes;
      return week[day].some((p) => p.opens <= minutes && minutes < p.closes) || week[(day + 6) % 7].some((p) => p.closes > 1440 && minutes < p.closes - 1440);
    }
    let open = this.open.get(schedules);
    if (open === undefined) this.open.set(schedules, (open = isOpenAt(schedules, this.at)));
    return open;
  }

  /** The days (bit 0 Monday … bit 6 Sunday) in the coming seven on which a period starts. */
  openDays(schedules: readonly Schedule[]): number {
    if (schedules.length === 0) return 0;
    const week = compile(schedules);
    if (week) return week.days!;
    let bits = this.days.get(schedules);
    if (bits === undefined) {
      bits = 0;
      for (let offset = 0; offset < 7; offset++) {
        const date = addDays(this.moment, offset);
        if (schedules.some((s) => periodOf(s) && appliesOn(s, date))) bits |= 1 << DAYS.indexOf(date.weekday);
      }
      this.days.set(schedules, bits);
    }
    return bits;
  }
}
