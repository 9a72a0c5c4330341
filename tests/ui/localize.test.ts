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
  intlLocale,
  resetIntlCache,
  wantedLanguage,
  interfaceLanguage,
} from '../../src/ui/localize.js';
import { feedLang } from '../../src/ui/feed-lang.js';

const FORMS = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };

/** Makes the browser say it has (or has not) date and number data for every language, for one test. */
function stubIntlData(has: boolean): () => void {
  const dates = Intl.DateTimeFormat.supportedLocalesOf;
  const numbers = Intl.NumberFormat.supportedLocalesOf;
  const say = (locales: string | readonly string[]) => (has ? [locales].flat() : []);
  Intl.DateTimeFormat.supportedLocalesOf = say as typeof dates;
  Intl.NumberFormat.supportedLocalesOf = say as typeof numbers;
  resetIntlCache();
  return () => {
    Intl.DateTimeFormat.supportedLocalesOf = dates;
    Intl.NumberFormat.supportedLocalesOf = numbers;
    resetIntlCache();
  };
}

/** No US forms: month before day ("April 22"), AM/PM, or a comma before the year. */
const US = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d|\d{1,2}\/\d{1,2}\/\d{4}|\b[AP]M\b|, \d{4}/;

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
    expect(plural(1, FORMS)).to.equal('one');
    expect(plural(2, FORMS)).to.equal('other');
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

  it("chooses plural forms by each language's rules for 0, 1, 2, 3, 6 and 11", async () => {
    const counts = [0, 1, 2, 3, 6, 11];
    try {
      for (const language of ['en', 'cy', 'gd']) {
        await setPlacekitLocale(language);
        const rules = new Intl.PluralRules(language);
        expect(
          counts.map((n) => plural(n, FORMS)),
          language,
        ).to.deep.equal(counts.map((n) => rules.select(n)));
      }
      await setPlacekitLocale('cy');
      expect(counts.map((n) => plural(n, FORMS))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
      await setPlacekitLocale('gd');
      expect(counts.map((n) => plural(n, FORMS))).to.deep.equal(['other', 'one', 'two', 'few', 'few', 'one']);
    } finally {
      await setPlacekitLocale('en');
    }
  });

  it("without the browser's data for Welsh or Gaelic, writes dates day-month-year in placekit's own words, times on the 24-hour clock", async () => {
    const restore = stubIntlData(false);
    try {
      await setPlacekitLocale('cy');
      expect(intlLocale()).to.equal('en-GB');
      expect(formatDate('2026-04-22')).to.equal('22 Ebrill 2026');
      expect(formatDate('2026-04')).to.equal('Ebrill 2026');
      expect(formatDate('2026-11-22T23:30:00-05:00')).to.equal('23 Tachwedd 2026');
      expect(formatDate('2026-04-22', 'short')).to.equal('22 Ebr 2026');
      expect(formatTime('10:00')).to.equal('10:00');
      expect(formatTime('17:30')).to.equal('17:30');
      expect(formatTime('12:00')).to.not.equal('midday');
      expect(formatWeekday('MO')).to.equal('Dydd Llun');
      expect(formatWeekday('SU', 'short')).to.equal('Sul');
      expect(formatList(['bwyd', 'dillad', 'te'])).to.equal('bwyd, dillad a te');
      expect(formatList(['bwyd', 'te'], 'disjunction')).to.equal('bwyd neu te');
      expect(formatNumber(12345.6)).to.equal('12,345.6');
      expect(formatMiles(2)).to.equal('2 filltir');
      await setPlacekitLocale('gd');
      expect(formatDate('2026-03-31')).to.equal('31 dhen Mhàrt 2026');
      expect(formatDate('2026-03')).to.equal('Am Màrt 2026');
      expect(formatWeekday('TU')).to.equal('DiMàirt');
      expect(formatTime('09:05')).to.equal('09:05');
      expect(formatList(['biadh', 'aodach', 'tì'])).to.equal('biadh, aodach agus tì');
      expect(formatMiles(3)).to.equal('3 mìltean');
      for (const text of [formatDate('2026-04-22'), formatTime('10:00'), formatTime('22:15'), formatDate('2026-04-22T10:00:00Z')])
        expect(text).to.not.match(US);
    } finally {
      restore();
      await setPlacekitLocale('en');
    }
  });

  it("with the browser's data for the language, formats by Intl in that language with British conventions", async () => {
    const restore = stubIntlData(true);
    try {
      await setPlacekitLocale('cy');
      expect(intlLocale()).to.equal('cy-GB');
      const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
      expect(formatDate('2026-04-22')).to.equal(new Intl.DateTimeFormat('cy-GB', options).format(new Date(Date.UTC(2026, 3, 22))));
      expect(formatWeekday('MO')).to.equal(new Intl.DateTimeFormat('cy-GB', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1))));
      expect(formatTime('17:30')).to.equal(
        new Intl.DateTimeFormat('cy-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
          new Date(Date.UTC(2024, 0, 1, 17, 30)),
        ),
      );
    } finally {
      restore();
      await setPlacekitLocale('en');
    }
    expect(intlLocale()).to.equal('en-GB');
    expect(formatDate('2026-04-22')).to.equal('22 April 2026');
    expect(formatTime('10:00')).to.equal('10am');
  });

  it("reads the language an element asks for from its own lang or its nearest ancestor's, through shadow roots", () => {
    const outer = document.createElement('div');
    outer.lang = 'cy-GB';
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(wantedLanguage(inner)).to.equal('cy-GB');
    inner.lang = 'gd';
    expect(wantedLanguage(inner)).to.equal('gd');
    expect(wantedLanguage(document.createElement('p'))).to.equal('');
    expect(interfaceLanguage('cy-GB')).to.equal('cy');
    expect(interfaceLanguage('GD')).to.equal('gd');
    expect(interfaceLanguage('fr')).to.equal('en');
    expect(interfaceLanguage('')).to.equal('en');
  });

  it("marks feed text with the feed's language, British English when it gives none or a bad one", () => {
    expect(feedLang({ language: 'cy' })).to.equal('cy');
    expect(feedLang({ language: ' en-gb ' })).to.equal('en-GB');
    expect(feedLang({})).to.equal('en-GB');
    expect(feedLang(undefined)).to.equal('en-GB');
    expect(feedLang({ language: '"><script>alert(1)</script>' })).to.equal('en-GB');
  });
});
