// Small helpers that turn the sample's data tables into placekit feed records.
// Everything here is deterministic: the same tables always give the same feed.
import { createHash } from 'node:crypto';

/** A UUID-shaped id derived from a stable key (SHA-1 based, like a version 5 UUID). Never random. */
export function uuid(key) {
  const hex = createHash('sha1').update(`placekit-sample/${key}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A number from 0 (inclusive) to 1 (exclusive) derived from a key. */
export function unit(key, salt) {
  return parseInt(createHash('sha1').update(`placekit-sample/${salt}/${key}`).digest('hex').slice(0, 8), 16) / 2 ** 32;
}

// ---------------------------------------------------------------------------------------------------
// Opening hours and meeting times (HSDS schedules)

const WEEKDAYS = 'MO,TU,WE,TH,FR';
const EVERY_DAY = 'MO,TU,WE,TH,FR,SA,SU';

/** A weekly rule: `weekly('TU,TH', '10:00', '14:00')`. */
export function weekly(byday, opens_at, closes_at, description) {
  return { freq: 'WEEKLY', byday, opens_at, closes_at, ...(description && { description }) };
}

/** Monday to Friday. */
export const weekdays = (opens_at, closes_at, description) => weekly(WEEKDAYS, opens_at, closes_at, description);

/** Saturday and Sunday. */
export const weekends = (opens_at, closes_at, description) => weekly('SA,SU', opens_at, closes_at, description);

/** Every day of the week. */
export const everyDay = (opens_at, closes_at, description) => weekly(EVERY_DAY, opens_at, closes_at, description);

/** A monthly rule with ordinal weekdays: `monthly('1TU', ...)` is the first Tuesday, `-1FR` the last Friday. */
export function monthly(byday, opens_at, closes_at, description) {
  return { freq: 'MONTHLY', byday, opens_at, closes_at, ...(description && { description }) };
}

/** The same rule, in force only between two dates (inclusive). */
export function between(valid_from, valid_to, schedule) {
  return { ...schedule, valid_from, valid_to };
}

// ---------------------------------------------------------------------------------------------------
// One-off dates, in UK time with the right offset (+00:00 in winter, +01:00 in summer)

const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function lastSunday(year, month) {
  const last = new Date(Date.UTC(year, month, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}

/** The UK offset on a date; refuses the two changeover days, where a wall-clock time can be ambiguous. */
function ukOffset(date) {
  const year = Number(date.slice(0, 4));
  const start = lastSunday(year, 3);
  const end = lastSunday(year, 10);
  if (date === start || date === end) throw new Error(`${date} is a clock-change day: pick another`);
  return date > start && date < end ? '+01:00' : '+00:00';
}

/**
 * A one-off session: `session('2027-04-17', 'SA', '10:00', '13:00')`. The weekday is given so a
 * mistyped date fails loudly instead of putting a Saturday event on a Tuesday.
 */
export function session(date, weekday, starts, ends) {
  const actual = DAY_CODES[new Date(`${date}T12:00:00Z`).getUTCDay()];
  if (actual !== weekday) throw new Error(`${date} is a ${actual}, not a ${weekday}`);
  const offset = ukOffset(date);
  return { starts_at: `${date}T${starts}:00${offset}`, ...(ends && { ends_at: `${date}T${ends}:00${offset}` }) };
}

// ---------------------------------------------------------------------------------------------------
// Costs

/** Free of charge. */
export const free = (amount_description) => ({
  fees_description: 'Free',
  cost_options: [{ option: 'Free', amount: 0, currency: 'GBP', ...(amount_description && { amount_description }) }],
});

/** A charge: `price('£2.50 per session', ['Per session', 2.5])`, with more options for concessions. */
export function price(fees_description, ...options) {
  return {
    fees_description,
    cost_options: options.map(([option, amount, amount_description]) => ({
      option,
      amount,
      currency: 'GBP',
      ...(amount_description && { amount_description }),
    })),
  };
}

// ---------------------------------------------------------------------------------------------------
// Languages and phones

const LANGUAGES = {
  en: 'English',
  gd: 'Scottish Gaelic',
  pl: 'Polish',
  ur: 'Urdu',
  ar: 'Arabic',
  bfi: 'British Sign Language',
  uk: 'Ukrainian',
};

/** `languages('en', 'gd')` */
export function languages(...codes) {
  return codes.map((code) => {
    if (!LANGUAGES[code]) throw new Error(`unknown language code ${code}`);
    return { name: LANGUAGES[code], code };
  });
}

/** A landline or mobile to call. */
export const voice = (number, description) => ({ number, type: 'voice', ...(description && { description }) });
/** A mobile to send texts to. */
export const text = (number, description) => ({ number, type: 'text', ...(description && { description }) });

// ---------------------------------------------------------------------------------------------------
// Indicator values

/** Yearly values from a first year: `yearly(2021, [24, 23, 21])`. */
export function yearly(firstYear, values) {
  return values.map((value, index) => ({ date: String(firstYear + index), value }));
}
