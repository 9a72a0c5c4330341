import { expect } from '@open-wc/testing';
import {
  formatDate,
  formatList,
  formatMiles,
  formatMoney,
  formatNumber,
  formatTime,
  formatWeekday,
  plural,
  setPlacekitLocale,
  currentLocale,
} from '../../src/ui/localize.js';

describe('localize', () => {
  it('formats dates as people read them, not ISO strings', () => {
    expect(formatDate('2025-03')).to.equal('March 2025');
    expect(formatDate('2025')).to.equal('2025');
    expect(formatDate('2025-03-31')).to.equal('31 March 2025');
    expect(formatDate('2026-11-22T23:30:00-05:00')).to.equal('23 November 2026');
    expect(formatDate('soon')).to.equal('soon');
  });

  it('writes times the GOV.UK way', () => {
    expect(formatTime('09:00')).to.equal('9am');
    expect(formatTime('17:30')).to.equal('5:30pm');
    expect(formatTime('12:00')).to.equal('midday');
    expect(formatTime('00:00')).to.equal('midnight');
    expect(formatTime('24:00')).to.equal('midnight');
    expect(formatTime('12:15')).to.equal('12:15pm');
  });

  it('formats numbers, money, miles, weekdays and lists in British English', () => {
    expect(formatNumber(12345.6)).to.equal('12,345.6');
    expect(formatMoney(2.5)).to.equal('£2.50');
    expect(formatMoney(35)).to.equal('£35');
    expect(formatMiles(0.44)).to.equal('0.4 miles');
    expect(formatMiles(1)).to.equal('1 mile');
    expect(formatMiles(12.6)).to.equal('13 miles');
    expect(formatWeekday('MO')).to.equal('Monday');
    expect(formatWeekday('SU', 'short')).to.equal('Sun');
    expect(formatList(['food', 'clothes', 'toiletries'])).to.equal('food, clothes and toiletries');
    expect(plural(1, { one: 'one', other: 'many' })).to.equal('one');
    expect(plural(2, { one: 'one', other: 'many' })).to.equal('many');
  });

  it('switches to Gaelic and Welsh and back, the words translated, and falls back to English', async () => {
    await setPlacekitLocale('gd-GB');
    expect(currentLocale()).to.equal('gd');
    expect(formatTime('12:00')).to.equal('meadhan-latha');
    await setPlacekitLocale('cy');
    expect(currentLocale()).to.equal('cy');
    expect(formatTime('12:00')).to.equal('canol dydd');
    await setPlacekitLocale('fr');
    expect(currentLocale()).to.equal('en');
    expect(formatTime('12:00')).to.equal('midday');
  });
});
