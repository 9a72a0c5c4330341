import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { isOpenAt, monthlyRules, nextStart, openState, opensOnWeekday, weeklyHours } from '../../../src/feed/domain/schedule.js';
import type { Schedule } from '../../../src/feed/domain/types.js';

const weekdays: Schedule[] = [{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' }];
const splitDay: Schedule[] = [
  { freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '12:30' },
  { freq: 'WEEKLY', byday: 'MO', opens_at: '13:30', closes_at: '17:00' },
];
const nightCafe: Schedule[] = [{ freq: 'WEEKLY', byday: 'FR,SA', opens_at: '20:00', closes_at: '02:00' }];
const helpline: Schedule[] = [{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '24:00' }];
const firstTuesday: Schedule[] = [{ freq: 'MONTHLY', byday: '1TU', opens_at: '18:30', closes_at: '20:00' }];

// Times below are instants (UTC); the comments give the UK wall clock. 2026-11-23 is a Monday (GMT);
// 2026-07-06 is a Monday (BST, UTC+1).
const at = (iso: string) => new Date(iso);

for (const zone of ['Europe/London', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
  describe(`opening times, with the browser in ${zone}`, () => {
    before(async () => {
      await executeServerCommand('emulate-timezone', { zone });
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
    });
    after(() => executeServerCommand('emulate-timezone', { zone: 'Europe/London' }));

    it('is open between the times on the days given, in UK time', () => {
      expect(isOpenAt(weekdays, at('2026-11-23T08:59:00Z'))).to.equal(false); // Mon 08:59
      expect(isOpenAt(weekdays, at('2026-11-23T09:00:00Z'))).to.equal(true); // Mon 09:00
      expect(isOpenAt(weekdays, at('2026-11-23T16:59:00Z'))).to.equal(true);
      expect(isOpenAt(weekdays, at('2026-11-23T17:00:00Z'))).to.equal(false); // closes at 17:00
      expect(isOpenAt(weekdays, at('2026-11-22T12:00:00Z'))).to.equal(false); // Sunday
    });

    it('follows British Summer Time', () => {
      expect(isOpenAt(weekdays, at('2026-07-06T08:30:00Z'))).to.equal(true); // 09:30 BST
      expect(isOpenAt(weekdays, at('2026-07-06T16:30:00Z'))).to.equal(false); // 17:30 BST
      expect(isOpenAt(weekdays, at('2026-07-06T07:30:00Z'))).to.equal(false); // 08:30 BST
    });

    it('handles several periods in a day', () => {
      expect(isOpenAt(splitDay, at('2026-11-23T12:00:00Z'))).to.equal(true);
      expect(isOpenAt(splitDay, at('2026-11-23T13:00:00Z'))).to.equal(false);
      expect(openState(splitDay, at('2026-11-23T13:00:00Z')).opens).to.deep.equal({ time: '13:30', date: '2026-11-23', weekday: 'MO' });
      expect(openState(splitDay, at('2026-11-23T10:00:00Z')).closes).to.deep.equal({ time: '12:30', date: '2026-11-23' });
    });

    it('handles times that close after midnight', () => {
      expect(isOpenAt(nightCafe, at('2026-11-20T21:00:00Z'))).to.equal(true); // Fri 21:00
      expect(isOpenAt(nightCafe, at('2026-11-21T01:30:00Z'))).to.equal(true); // Sat 01:30, from Friday
      expect(isOpenAt(nightCafe, at('2026-11-22T01:30:00Z'))).to.equal(true); // Sun 01:30, from Saturday
      expect(isOpenAt(nightCafe, at('2026-11-23T01:30:00Z'))).to.equal(false); // Mon 01:30: Sunday is not listed
      expect(isOpenAt(nightCafe, at('2026-11-21T02:00:00Z'))).to.equal(false);
      expect(openState(nightCafe, at('2026-11-20T21:00:00Z')).closes).to.deep.equal({ time: '02:00', date: '2026-11-21' });
    });

    it('knows a service open round the clock', () => {
      expect(openState(helpline, at('2026-11-23T03:00:00Z'))).to.deep.equal({ open: true, known: true });
    });

    it('reads monthly rules: the first Tuesday of the month', () => {
      expect(isOpenAt(firstTuesday, at('2026-12-01T19:00:00Z'))).to.equal(true); // Tue 1 Dec
      expect(isOpenAt(firstTuesday, at('2026-12-08T19:00:00Z'))).to.equal(false); // second Tuesday
      expect(nextStart(firstTuesday, at('2026-11-22T12:00:00Z'))?.toISOString()).to.equal('2026-12-01T18:30:00.000Z');
      expect(nextStart(firstTuesday, at('2027-04-01T12:00:00Z'))?.toISOString()).to.equal('2027-04-06T17:30:00.000Z'); // 18:30 BST
      expect(monthlyRules(firstTuesday)[0]).to.deep.include({ days: [{ ordinal: 1, day: 'TU' }], opens: '18:30', closes: '20:00' });
    });

    it('respects valid_from and valid_to', () => {
      const summer: Schedule[] = [
        { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '10:00', closes_at: '15:00', valid_from: '2027-06-28', valid_to: '2027-08-13' },
      ];
      expect(isOpenAt(summer, at('2027-07-05T10:00:00Z'))).to.equal(true); // 11:00 BST
      expect(isOpenAt(summer, at('2027-08-16T10:00:00Z'))).to.equal(false);
      expect(isOpenAt(summer, at('2026-11-23T11:00:00Z'))).to.equal(false);
    });

    it('says nothing either way when schedules have no readable times', () => {
      expect(openState([{ description: 'By appointment' }], at('2026-11-23T10:00:00Z'))).to.deep.equal({ open: false, known: false });
      expect(openState(undefined, at('2026-11-23T10:00:00Z')).known).to.equal(false);
    });

    it('lays out the regular week for a table, Monday first', () => {
      const week = weeklyHours([...weekdays, ...nightCafe], at('2026-11-22T12:00:00Z'));
      expect(week.map((row) => row.day)).to.deep.equal(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
      expect(week[4].periods).to.deep.equal([
        { opens: '09:00', closes: '17:00' },
        { opens: '20:00', closes: '02:00' },
      ]);
      expect(week[6].periods).to.deep.equal([]);
      expect(opensOnWeekday(nightCafe, 'SA', at('2026-11-23T10:00:00Z'))).to.equal(true);
      expect(opensOnWeekday(weekdays, 'SU', at('2026-11-23T10:00:00Z'))).to.equal(false);
    });

    // Times with a zone, as HSDS 3.0 asks (issue 14): an instant on each date, shown in UK time.
    const utcMondays: Schedule[] = [{ freq: 'WEEKLY', byday: 'MO', opens_at: '10:00Z', closes_at: '12:00:00.000Z' }];
    const everyDayUtc: Schedule[] = [{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '10:00:00.5z', closes_at: '16:00Z' }];
    const bstWednesdays: Schedule[] = [{ freq: 'WEEKLY', byday: 'WE', opens_at: '09:00+01:00', closes_at: '17:30+0100' }];

    it('turns 10:00Z into 11:00 on a July date and 10:00 on a January one', () => {
      expect(weeklyHours(utcMondays, at('2026-07-06T12:00:00Z'))[0].periods).to.deep.equal([{ opens: '11:00', closes: '13:00' }]);
      expect(weeklyHours(utcMondays, at('2026-01-05T12:00:00Z'))[0].periods).to.deep.equal([{ opens: '10:00', closes: '12:00' }]);
      expect(openState(utcMondays, at('2026-07-06T09:30:00Z')).opens).to.deep.equal({ time: '11:00', date: '2026-07-06', weekday: 'MO' }); // 10:30 BST: not yet
      expect(isOpenAt(utcMondays, at('2026-07-06T10:30:00Z'))).to.equal(true); // 11:30 BST
      expect(isOpenAt(utcMondays, at('2026-07-06T11:30:00Z'))).to.equal(true); // 12:30 BST, 11:30 UTC: open until 12:00 UTC
      expect(isOpenAt(utcMondays, at('2026-07-06T12:00:00Z'))).to.equal(false);
      expect(isOpenAt(utcMondays, at('2026-01-05T09:30:00Z'))).to.equal(false);
      expect(isOpenAt(utcMondays, at('2026-01-05T10:30:00Z'))).to.equal(true);
      expect(nextStart(utcMondays, at('2026-07-01T00:00:00Z'))?.toISOString()).to.equal('2026-07-06T10:00:00.000Z');
      expect(monthlyRules([{ freq: 'MONTHLY', byday: '1TU', opens_at: '18:30Z', closes_at: '20:00Z' }], at('2026-07-01T12:00:00Z'))[0]).to.deep.include({
        opens: '19:30',
        closes: '21:00',
      });
    });

    it('reads an offset as written: 09:00+01:00 is 09:00 in summer and 08:00 in winter', () => {
      expect(weeklyHours(bstWednesdays, at('2026-07-08T12:00:00Z'))[2].periods).to.deep.equal([{ opens: '09:00', closes: '17:30' }]);
      expect(weeklyHours(bstWednesdays, at('2026-12-09T12:00:00Z'))[2].periods).to.deep.equal([{ opens: '08:00', closes: '16:30' }]);
      expect(isOpenAt(bstWednesdays, at('2026-12-09T08:15:00Z'))).to.equal(true); // 08:15 GMT
    });

    it('changes with the clocks, day by day, in the week they go forward and the week they go back', () => {
      // Summer time starts at 01:00 UTC on Sunday 29 March 2026 and ends at 01:00 UTC on Sunday 25 October.
      const spring = weeklyHours(everyDayUtc, at('2026-03-26T12:00:00Z')); // Thursday to Wednesday
      expect(spring.map((row) => `${row.day} ${row.periods[0].opens}`)).to.deep.equal([
        'MO 11:00',
        'TU 11:00',
        'WE 11:00',
        'TH 10:00',
        'FR 10:00',
        'SA 10:00',
        'SU 11:00',
      ]);
      const autumn = weeklyHours(everyDayUtc, at('2026-10-22T12:00:00Z'));
      expect(autumn.map((row) => `${row.day} ${row.periods[0].opens}`)).to.deep.equal([
        'MO 10:00',
        'TU 10:00',
        'WE 10:00',
        'TH 11:00',
        'FR 11:00',
        'SA 11:00',
        'SU 10:00',
      ]);
      expect(isOpenAt(everyDayUtc, at('2026-03-28T10:30:00Z'))).to.equal(true); // Saturday 10:30 GMT
      expect(isOpenAt(everyDayUtc, at('2026-03-29T15:30:00Z'))).to.equal(true); // Sunday 16:30 BST
      expect(openState(everyDayUtc, at('2026-03-29T16:30:00Z')).opens).to.deep.equal({ time: '11:00', date: '2026-03-30', weekday: 'MO' });
    });

    it('puts a time with a zone on the UK day it falls on', () => {
      // 23:30 UTC on a Monday in July is 00:30 on Tuesday in the UK; 00:30+01:00 on a Tuesday in winter is 23:30 on Monday.
      const lateMonday: Schedule[] = [{ freq: 'WEEKLY', byday: 'MO', opens_at: '23:30Z', closes_at: '00:30Z' }];
      expect(isOpenAt(lateMonday, at('2026-07-06T23:45:00Z'))).to.equal(true); // Tue 00:45 BST
      expect(isOpenAt(lateMonday, at('2026-07-06T22:45:00Z'))).to.equal(false); // Mon 23:45 BST
      expect(weeklyHours(lateMonday, at('2026-07-06T12:00:00Z')).filter((row) => row.periods.length)).to.deep.equal([
        { day: 'TU', periods: [{ opens: '00:30', closes: '01:30' }] },
      ]);
      const earlyTuesday: Schedule[] = [{ freq: 'WEEKLY', byday: 'TU', opens_at: '00:30+01:00', closes_at: '02:00+01:00' }];
      expect(isOpenAt(earlyTuesday, at('2026-01-05T23:45:00Z'))).to.equal(true); // Mon 23:45 GMT
      expect(isOpenAt(earlyTuesday, at('2026-01-06T00:45:00Z'))).to.equal(true); // Tue 00:45 GMT
      expect(isOpenAt(earlyTuesday, at('2026-01-06T01:15:00Z'))).to.equal(false);
    });
  });
}
