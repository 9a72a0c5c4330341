import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { calendarEvents, calendarFileName, escapeText, foldLine, icsCalendar, recurrence } from '../../../src/place-directory/journeys/ics.js';
import type { Entry } from '../../../src/place-directory/entries.js';
import type { Opportunity } from '../../../src/feed/domain/types.js';

const entry = (record: Partial<Opportunity> & { kind: Opportunity['kind'] }): Entry =>
  ({
    n: 0,
    id: record.id ?? 'opp-1',
    kind: 'opportunity',
    record: { id: 'opp-1', name: 'Parkhead Community Forum', ...record } as Opportunity,
    name: record.name ?? 'Parkhead Community Forum',
    organisation: '',
    description: '',
    categories: [],
    areaIds: [],
    points: [],
    schedules: record.schedules ?? [],
    free: false,
  }) as Entry;

/** Parses the file with ical.js (a full RFC 5545 reader) and gives its events and time zone. */
function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  const zone = component.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

const at = new Date('2027-01-10T12:00:00Z');

describe('Add to calendar: the .ics file (RFC 5545, read back with ical.js)', () => {
  it('gives a one-off meeting its UK times on both sides of the clocks changing', () => {
    const meeting = entry({
      kind: 'meeting',
      dates: [
        { starts_at: '2027-03-10T18:00:00+00:00', ends_at: '2027-03-10T20:00:00+00:00' },
        { starts_at: '2027-06-09T17:00:00Z', ends_at: '2027-06-09T19:00:00Z' },
        { starts_at: '2026-12-01T18:00:00Z' },
      ],
      locations: [{ name: 'Parkhead Library', addresses: [{ address_1: '64 Tollcross Road', city: 'Glasgow', postal_code: 'G31 4XA' }] }],
      description: 'Residents, councillors; and <b>partners</b>, together.',
    });
    const text = icsCalendar(calendarEvents(meeting, at, 'https://council.example/directory?pd-id=opp-1'), at);
    const events = parse(text);
    expect(events, 'the date already past is left out').to.have.length(2);
    const [march, june] = events;
    expect(march.startDate.toJSDate().toISOString()).to.equal('2027-03-10T18:00:00.000Z');
    expect(march.startDate.zone.tzid).to.equal('Europe/London');
    expect(`${march.startDate.hour}:${march.startDate.minute}`).to.equal('18:0');
    // 17:00 UTC in June is 6pm British Summer Time, written as the UK time it is.
    expect(june.startDate.toJSDate().toISOString()).to.equal('2027-06-09T17:00:00.000Z');
    expect(june.startDate.hour).to.equal(18);
    expect(june.endDate.hour).to.equal(20);
    expect(march.summary).to.equal('Parkhead Community Forum');
    expect(march.location).to.equal('Parkhead Library, 64 Tollcross Road, Glasgow, G31 4XA');
    expect(march.description).to.contain('Residents, councillors; and partners, together.');
    expect(march.description).to.contain('https://council.example/directory?pd-id=opp-1');
    expect(march.uid).to.not.equal(june.uid);
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(true);
  });

  it('gives a repeating meeting its recurrence, staying at 6:30pm UK time through summer time', () => {
    const monthly = entry({ kind: 'meeting', schedules: [{ freq: 'MONTHLY', byday: '1TU', opens_at: '18:30', closes_at: '20:00', valid_to: '2027-12-31' }] });
    const [event] = parse(icsCalendar(calendarEvents(monthly, at, ''), at));
    expect(event.isRecurring()).to.equal(true);
    const rule = event.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).to.equal('MONTHLY');
    expect(rule.parts.BYDAY).to.deep.equal(['1TU']);
    const iterator = event.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next && starts.length < 20; next = iterator.next()) starts.push(next.toJSDate().toISOString());
    // First Tuesdays from February 2027: 6:30pm GMT is 18:30Z, 6:30pm BST is 17:30Z.
    expect(starts.slice(0, 5)).to.deep.equal([
      '2027-02-02T18:30:00.000Z',
      '2027-03-02T18:30:00.000Z',
      '2027-04-06T17:30:00.000Z',
      '2027-05-04T17:30:00.000Z',
      '2027-06-01T17:30:00.000Z',
    ]);
    expect(starts.at(-1), 'until the end of 2027').to.equal('2027-12-07T18:30:00.000Z');
    expect(starts).to.have.length(11);
    expect(event.endDate.hour * 60 + event.endDate.minute).to.equal(20 * 60);
  });

  it('writes weekly rules with their days and interval, and leaves volunteering and past consultations out', () => {
    expect(recurrence({ freq: 'WEEKLY', byday: 'tu, th', interval: 2 })).to.equal('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH');
    expect(recurrence({ freq: 'MONTHLY', bymonthday: '1, 15' })).to.equal('FREQ=MONTHLY;BYMONTHDAY=1,15');
    expect(recurrence({ opens_at: '10:00' })).to.equal(undefined);
    expect(calendarEvents(entry({ kind: 'volunteering', schedules: [{ freq: 'WEEKLY', byday: 'TU', opens_at: '09:30' }] }), at, '')).to.deep.equal([]);
    expect(calendarEvents(entry({ kind: 'consultation', closing_date: '2026-12-01' }), at, '')).to.deep.equal([]);
  });

  it('gives a consultation its closing date as a whole day', () => {
    const consultation = entry({ kind: 'consultation', name: 'Have your say on the Springburn plan', closing_date: '2027-05-14' });
    const [event] = parse(icsCalendar(calendarEvents(consultation, at, 'https://council.example/x'), at));
    expect(event.startDate.isDate).to.equal(true);
    expect(event.startDate.toString()).to.equal('2027-05-14');
    expect(event.endDate.toString()).to.equal('2027-05-15');
    expect(event.summary).to.equal('Have your say by 14 May 2027: Have your say on the Springburn plan');
  });

  it('escapes text and folds long lines without splitting a character', () => {
    expect(escapeText('a\\b;c,d\ne')).to.equal('a\\\\b\\;c\\,d\\ne');
    const long = `DESCRIPTION:${'Ceann na Pàirce, Gàidhlig '.repeat(12)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(folded.replace(/\r\n /g, '')).to.equal(long);
    const hostile = entry({ kind: 'event', name: 'Gala; "night",\r\nBEGIN:VEVENT', dates: [{ starts_at: '2027-06-12T11:00:00+01:00' }] });
    const events = parse(icsCalendar(calendarEvents(hostile, at, ''), at));
    expect(events).to.have.length(1);
    expect(events[0].summary).to.equal('Gala; "night",\r\nBEGIN:VEVENT'.replace(/\r\n/, '\n'));
    expect(calendarFileName(hostile)).to.equal('gala-night-begin-vevent.ics');
  });
});
