/**
 * "Add to calendar" for meetings, events and consultations: an iCalendar file (RFC 5545) a resident's
 * phone or computer opens in its calendar.
 *
 * - Times are UK wall-clock times with `TZID=Europe/London` and the zone's own rules (VTIMEZONE), so a
 *   meeting at 6:30pm stays at 6:30pm on both sides of the clocks changing, as it does in the
 *   directory. A one-off date is written as the UK time it falls at.
 * - A repeating meeting (an HSDS weekly or monthly schedule) is one event with its recurrence (RRULE):
 *   from its next date, every `interval` weeks or months, on its days, until its `valid_to`/`until`.
 *   A rule's `count` is left out (counted from a start the calendar does not know); `until` bounds it.
 * - A consultation gets its closing date as an all-day event ("Have your say by ...").
 * - Text is escaped (backslash, semicolon, comma, new lines), lines folded at 75 octets without
 *   splitting a character, CRLF line ends; each event has a UID that stays the same for the same
 *   listing and date, so adding it twice updates it rather than doubling it.
 */
import { ruleKind, minutesOf, nextStart, ukDate, ukInstant, ukMoment, type UkDate } from '../../feed/domain/schedule.js';
import type { Opportunity, Schedule } from '../../feed/domain/types.js';
import { msg, str, formatDate } from '../../ui/localize.js';
import { oneLine, plainText } from '../../ui/rich-text.js';
import type { Entry } from '../entries.js';

/** A date-time as the calendar reads it: a UK wall-clock time, or a whole day. */
export type When = { date: string } | { local: string };

export interface CalendarEvent {
  uid: string;
  summary: string;
  start: When;
  end?: When;
  rrule?: string;
  description?: string;
  location?: string;
  url?: string;
}

const CRLF = '\r\n';

/** RFC 5545 TEXT: backslash, semicolon and comma escaped, new lines as `\n`. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A content line folded at 75 octets (UTF-8), never inside a character; continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; the others 74 after their leading space.
    if (octets + size > (parts.length ? 74 : 75)) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join(`${CRLF} `);
}

const compact = (iso: string) => iso.replace(/-/g, '');
const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYYMMDDTHHMMSS` for a UK date and minutes since its midnight (a time past midnight rolls into the next day). */
function localStamp(date: UkDate, minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const rest = minutes - days * 1440;
  const day = days ? ukDate(new Date(Date.UTC(date.year, date.month - 1, date.day + days)).toISOString().slice(0, 10))! : date;
  return `${compact(day.iso)}T${pad(Math.floor(rest / 60))}${pad(rest % 60)}00`;
}

/** An instant as UTC, `YYYYMMDDTHHMMSSZ`. */
export const utcStamp = (at: Date): string => `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

/** An instant as a UK wall-clock time. */
export function ukLocal(at: Date): When {
  const m = ukMoment(at);
  return { local: localStamp(m, m.minutes) };
}

function when(name: string, value: When): string {
  return 'date' in value ? `${name};VALUE=DATE:${compact(value.date)}` : `${name};TZID=Europe/London:${value.local}`;
}

/** The UK's rules since 1996 (EU summer time): BST from the last Sunday of March at 1am UTC to the last Sunday of October. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'X-LIC-LOCATION:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** A whole calendar file. `now` stamps it (DTSTAMP). */
export function icsCalendar(events: readonly CalendarEvent[], now: Date, version = ''): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//placekit//placekit ${version}//EN`.replace('  ', ' '), 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (events.some((e) => !('date' in e.start))) lines.push(...VTIMEZONE);
  for (const event of events) {
    lines.push('BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${utcStamp(now)}`, when('DTSTART', event.start));
    if (event.end) lines.push(when('DTEND', event.end));
    if (event.rrule) lines.push(`RRULE:${event.rrule}`);
    lines.push(`SUMMARY:${escapeText(event.summary)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * The recurrence of an HSDS schedule, from `start` (a date it happens on): `FREQ=WEEKLY;BYDAY=TU,TH`,
 * `FREQ=MONTHLY;BYDAY=1TU`, with INTERVAL and UNTIL (the end of its last UK day, in UTC, as RFC 5545 asks
 * when the start has a zone).
 */
export function recurrence(schedule: Schedule): string | undefined {
  const kind = ruleKind(schedule);
  if (!kind) return undefined;
  const parts = [`FREQ=${kind === 'weekly' ? 'WEEKLY' : 'MONTHLY'}`];
  if (schedule.interval && schedule.interval > 1) parts.push(`INTERVAL=${schedule.interval}`);
  const byday = schedule.byday?.replace(/\s+/g, '').replace(/\+/g, '').toUpperCase();
  if (byday) parts.push(`BYDAY=${byday}`);
  const bymonthday = kind === 'monthly' ? schedule.bymonthday?.replace(/\s+/g, '') : undefined;
  if (bymonthday) parts.push(`BYMONTHDAY=${bymonthday}`);
  const last = [schedule.valid_to, schedule.until?.slice(0, 10)].filter((d): d is string => !!d && !!ukDate(d)).sort()[0];
  if (last) parts.push(`UNTIL=${utcStamp(ukInstant(ukDate(last)!, 1439))}`);
  return parts.join(';');
}

/** Where it happens, in one line: the first place's name and address, or "Online". */
function placeLine(opportunity: Opportunity): string | undefined {
  const location = opportunity.locations?.[0];
  const address = location?.addresses?.[0];
  const words = [location?.name, address?.address_1, address?.address_2, address?.city, address?.postal_code].map((w) => oneLine(w)).filter(Boolean);
  if (words.length) return words.join(', ');
  return opportunity.online ? msg('Online') : undefined;
}

/** Whether a listing can go in a calendar: a meeting, event or consultation with a date, a repeating time or a closing date. */
export function hasCalendar(entry: Entry, at: Date): boolean {
  return calendarEvents(entry, at, '').length > 0;
}

/** At most this many one-off dates go in one file. */
const MOST_DATES = 20;

/**
 * The calendar events of a meeting, event or consultation: its dates still to come, its repeating
 * schedules (each from its next date), and a consultation's closing date. `link` is where to read more
 * (the listing in the directory, or its own website).
 */
export function calendarEvents(entry: Entry, at: Date, link: string, domain = 'placekit'): CalendarEvent[] {
  if (entry.kind !== 'opportunity') return [];
  const opportunity = entry.record as Opportunity;
  if (opportunity.kind === 'volunteering') return [];
  const today = ukMoment(at).iso;
  if (opportunity.closing_date && opportunity.closing_date < today) return [];
  const location = placeLine(opportunity);
  const about = plainText(opportunity.description).slice(0, 1500);
  const how = plainText(opportunity.how_to_take_part).slice(0, 1000);
  const description = [about, how, link && msg(str`More: ${link}`)].filter(Boolean).join('\n\n');
  const uid = (suffix: string) => `${encodeURIComponent(entry.id)}-${suffix}@${domain}`;
  const base = { summary: entry.name, description, ...(location && { location }), ...(link && { url: link }) };
  const events: CalendarEvent[] = [];
  const dates = (opportunity.dates ?? [])
    .filter((d) => new Date(d.ends_at ?? d.starts_at) >= at)
    .sort((a, b) => a.starts_at.localeCompare(b.starts_at))
    .slice(0, MOST_DATES);
  for (const date of dates) {
    const start = new Date(date.starts_at);
    const end = date.ends_at ? new Date(date.ends_at) : undefined;
    events.push({ ...base, uid: uid(utcStamp(start)), start: ukLocal(start), ...(end && end > start && { end: ukLocal(end) }) });
  }
  (opportunity.schedules ?? []).forEach((schedule, index) => {
    const rrule = recurrence(schedule);
    const first = rrule && nextStart([schedule], at);
    if (!rrule || !first) return;
    const day = ukMoment(first);
    const opens = minutesOf(schedule.opens_at, day) ?? 0;
    let closes = minutesOf(schedule.closes_at, day);
    if (closes !== undefined && closes <= opens) closes += 1440;
    const notes = [schedule.description, schedule.notes].map((w) => oneLine(w)).filter(Boolean);
    events.push({
      ...base,
      ...(notes.length && { description: [notes.join('. '), description].filter(Boolean).join('\n\n') }),
      uid: uid(`schedule-${index}`),
      start: { local: localStamp(day, opens) },
      ...(closes !== undefined && { end: { local: localStamp(day, closes) } }),
      rrule,
    });
  });
  if (opportunity.kind === 'consultation' && opportunity.closing_date) {
    const date = opportunity.closing_date;
    const next = ukDate(date)!;
    const following = new Date(Date.UTC(next.year, next.month - 1, next.day + 1)).toISOString().slice(0, 10);
    const day = formatDate(date);
    events.push({
      ...base,
      uid: uid(`closes-${date}`),
      summary: msg(str`Have your say by ${day}: ${entry.name}`),
      start: { date },
      end: { date: following },
    });
  }
  return events;
}

/** A file name for the listing: its name in plain letters, digits and hyphens. */
export function calendarFileName(entry: Entry): string {
  const name = entry.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${name || 'event'}.ics`;
}
