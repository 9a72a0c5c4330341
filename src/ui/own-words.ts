/**
 * placekit's own words for dates and lists, for an interface language the browser has no date data for
 * (Chromium has none for Welsh or Gaelic): month and weekday names and "a"/"agus" from placekit's messages,
 * so no English word sits in a Welsh sentence. localize.ts loads this file with a language's translations;
 * English never needs it (every browser has English dates).
 */
import { msg, str } from '@lit/localize';

/** en-GB's day, month and year parts in UK time, made once. */
let partsFormat: Intl.DateTimeFormat | undefined;

/** A month's name for a date ("31 March 2025") or on its own ("March 2025"), in placekit's own words. */
function monthName(month: number, style: 'long' | 'short', alone: boolean): string {
  if (style === 'short') return MONTHS_SHORT()[month - 1];
  return (alone ? MONTHS_ALONE() : MONTHS_IN_DATE())[month - 1];
}

// Used where the browser has no date data for the interface language: each is a message, so Welsh and
// Gaelic say them (Gaelic's months change after a day: "31 dhen Mhàrt 2025", "Am Màrt 2025").
const MONTHS_IN_DATE = (): string[] => [
  msg('January', { id: 'month.1' }),
  msg('February', { id: 'month.2' }),
  msg('March', { id: 'month.3' }),
  msg('April', { id: 'month.4' }),
  msg('May', { id: 'month.5' }),
  msg('June', { id: 'month.6' }),
  msg('July', { id: 'month.7' }),
  msg('August', { id: 'month.8' }),
  msg('September', { id: 'month.9' }),
  msg('October', { id: 'month.10' }),
  msg('November', { id: 'month.11' }),
  msg('December', { id: 'month.12' }),
];
const MONTHS_ALONE = (): string[] => [
  msg('January', { id: 'month.alone.1' }),
  msg('February', { id: 'month.alone.2' }),
  msg('March', { id: 'month.alone.3' }),
  msg('April', { id: 'month.alone.4' }),
  msg('May', { id: 'month.alone.5' }),
  msg('June', { id: 'month.alone.6' }),
  msg('July', { id: 'month.alone.7' }),
  msg('August', { id: 'month.alone.8' }),
  msg('September', { id: 'month.alone.9' }),
  msg('October', { id: 'month.alone.10' }),
  msg('November', { id: 'month.alone.11' }),
  msg('December', { id: 'month.alone.12' }),
];
const MONTHS_SHORT = (): string[] => [
  msg('Jan', { id: 'month.short.1' }),
  msg('Feb', { id: 'month.short.2' }),
  msg('Mar', { id: 'month.short.3' }),
  msg('Apr', { id: 'month.short.4' }),
  msg('May', { id: 'month.short.5' }),
  msg('Jun', { id: 'month.short.6' }),
  msg('Jul', { id: 'month.short.7' }),
  msg('Aug', { id: 'month.short.8' }),
  msg('Sept', { id: 'month.short.9' }),
  msg('Oct', { id: 'month.short.10' }),
  msg('Nov', { id: 'month.short.11' }),
  msg('Dec', { id: 'month.short.12' }),
];
const WEEKDAYS = (): string[] => [
  msg('Monday', { id: 'weekday.MO' }),
  msg('Tuesday', { id: 'weekday.TU' }),
  msg('Wednesday', { id: 'weekday.WE' }),
  msg('Thursday', { id: 'weekday.TH' }),
  msg('Friday', { id: 'weekday.FR' }),
  msg('Saturday', { id: 'weekday.SA' }),
  msg('Sunday', { id: 'weekday.SU' }),
];
const WEEKDAYS_SHORT = (): string[] => [
  msg('Mon', { id: 'weekday.short.MO' }),
  msg('Tue', { id: 'weekday.short.TU' }),
  msg('Wed', { id: 'weekday.short.WE' }),
  msg('Thu', { id: 'weekday.short.TH' }),
  msg('Fri', { id: 'weekday.short.FR' }),
  msg('Sat', { id: 'weekday.short.SA' }),
  msg('Sun', { id: 'weekday.short.SU' }),
];

/** Day, month and year of an instant in UK time, as numbers (en-GB's parts, whatever the language). */
export function ukDate(instant: Date): [number, number, number] {
  partsFormat ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Europe/London' });
  const parts = partsFormat.formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return [part('year'), part('month'), part('day')];
}

/** "31 March 2025" or "March 2025" in placekit's words, for a language the browser has no dates for. */
export function ownDate(year: number, month: number, day: number | undefined, style: 'long' | 'short'): string {
  const y = String(year);
  if (day === undefined) {
    const name = monthName(month, style, true);
    return msg(str`${name} ${y}`, { id: 'date.month-year' });
  }
  const name = monthName(month, style, false);
  const d = String(day);
  return msg(str`${d} ${name} ${y}`, { id: 'date.day-month-year' });
}

/** "Monday", or "Mon" when short, by the day's index (Monday 0). */
export function weekdayName(index: number, style: 'long' | 'short'): string | undefined {
  return (style === 'long' ? WEEKDAYS() : WEEKDAYS_SHORT())[index];
}

/** "food, clothes and toiletries" in placekit's words. */
export function ownList(items: string[], type: 'conjunction' | 'disjunction'): string {
  const head = items.slice(0, -1).join(', ');
  const last = items[items.length - 1];
  return type === 'conjunction' ? msg(str`${head} and ${last}`, { id: 'list.and' }) : msg(str`${head} or ${last}`, { id: 'list.or' });
}
