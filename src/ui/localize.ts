/**
 * The one localization layer. Every string a resident reads goes through `msg()` (from @lit/localize,
 * runtime mode), and every number, date and time through the formatters below, so that Gaelic and Welsh
 * can follow by adding translations (see docs/localization.md) without touching the elements.
 *
 * English (`en`, formatted as British English) is the source. The page chooses the language with
 * `<html lang>`; `setPlacekitLocale()` changes it at run time.
 */
import { configureLocalization, msg, str, updateWhenLocaleChanges, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './locale-codes.js';

export { msg, str, updateWhenLocaleChanges };

type TargetLocale = (typeof targetLocales)[number];

/** Translations are loaded only when a page asks for that language. */
const LOADERS: Record<TargetLocale, () => Promise<LocaleModule>> = {
  gd: () => import('./locales/gd.js'),
  cy: () => import('./locales/cy.js'),
};

let controls: ReturnType<typeof configureLocalization> | undefined;
let configurable = true;

function configure(): ReturnType<typeof configureLocalization> | undefined {
  if (controls || !configurable) return controls;
  try {
    controls = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => LOADERS[locale as TargetLocale](),
    });
  } catch {
    // Another script on the page configured @lit/localize first (a shared, deduplicated copy):
    // keep to English rather than fight over it.
    configurable = false;
  }
  return controls;
}

/** The language elements are shown in: `en`, or a target locale once chosen. */
export function currentLocale(): string {
  return controls?.getLocale() ?? sourceLocale;
}

/** The locale to hand to Intl: British conventions for each language. */
export function intlLocale(): string {
  return `${currentLocale()}-GB`;
}

/**
 * Shows placekit in the language of a BCP 47 tag (`gd`, `cy-GB`); anything without translations
 * falls back to English. Resolves when the new strings are ready.
 */
export async function setPlacekitLocale(tag: string): Promise<void> {
  const language = tag.toLowerCase().split(/[-_]/)[0];
  const wanted = (targetLocales as readonly string[]).includes(language) ? (language as TargetLocale) : sourceLocale;
  if (wanted === currentLocale()) return;
  await configure()?.setLocale(wanted);
}

let pageLocaleRead = false;

/** Follows `<html lang>` once, when the first element connects. */
export function usePageLocale(): void {
  if (pageLocaleRead) return;
  pageLocaleRead = true;
  const lang = globalThis.document?.documentElement.lang;
  if (lang) void setPlacekitLocale(lang).catch(() => undefined);
}

/**
 * Picks the plural form for a count by the language's rules. Pass every form the source language
 * needs; a translation adds the forms its language has (Gaelic: one, two, few, other).
 */
/**
 * One Intl formatter per locale and options, made once: making one costs far more than using it, and a
 * plan or a list of results formats hundreds of numbers and dates in one render.
 */
const formatters = new Map<string, unknown>();
function formatter<T>(Kind: new (locale: string, options?: object) => T, name: string, options?: object): T {
  const key = `${name} ${intlLocale()} ${options ? JSON.stringify(options) : ''}`;
  let made = formatters.get(key) as T | undefined;
  if (!made) formatters.set(key, (made = new Kind(intlLocale(), options)));
  return made;
}

export function plural(count: number, forms: { one: string; other: string } & Partial<Record<Intl.LDMLPluralRule, string>>): string {
  const rule = formatter(Intl.PluralRules, 'plural').select(count);
  return forms[rule] ?? forms.other;
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return formatter(Intl.NumberFormat, 'number', options).format(value);
}

/** Pounds and pence: "£2.50", and "£35" when there are no pence. Never throws: a currency Intl cannot read is read as pounds, as the feed reader reads it. */
export function formatMoney(amount: number, currency = 'GBP'): string {
  const whole = Number.isInteger(amount);
  try {
    return formatter(Intl.NumberFormat, 'number', { style: 'currency', currency, minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(
      amount,
    );
  } catch {
    return currency === 'GBP' ? String(amount) : formatMoney(amount);
  }
}

/** Miles, one decimal place under ten: "0.4 miles", "12 miles". */
export function formatMiles(miles: number): string {
  const rounded = miles < 10 ? Math.round(miles * 10) / 10 : Math.round(miles);
  const number = formatNumber(rounded);
  return plural(rounded, { one: msg(str`${number} mile`), other: msg(str`${number} miles`) });
}

/**
 * A year, month or day as people read it: "2025", "March 2025", "31 March 2025". Accepts the feed's
 * partial dates and full ISO date-times (formatted in UK time). Returns the input when unreadable.
 */
export function formatDate(value: string, style: 'long' | 'short' = 'long'): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  const month = style === 'long' ? 'long' : 'short';
  if (match) {
    const [, y, m, d] = match;
    if (!m) return y;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, d ? Number(d) : 1));
    const options: Intl.DateTimeFormatOptions = d ? { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' } : { month, year: 'numeric', timeZone: 'UTC' };
    return formatter(Intl.DateTimeFormat, 'date', options).format(date);
  }
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  return formatter(Intl.DateTimeFormat, 'date', { day: 'numeric', month, year: 'numeric', timeZone: 'Europe/London' }).format(instant);
}

/** "Monday", or "Mon" when short, for an HSDS day code. */
export function formatWeekday(day: 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU', style: 'long' | 'short' = 'long'): string {
  const index = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].indexOf(day);
  // 1 January 2024 was a Monday.
  return formatter(Intl.DateTimeFormat, 'date', { weekday: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + index)));
}

/**
 * A time of day, `HH:MM`, the way GOV.UK writes it in English ("9am", "5:30pm", "midday",
 * "midnight"), and by Intl in other languages.
 */
export function formatTime(time: string): string {
  const match = /^(\d{1,2}):(\d{2})/.exec(time);
  if (!match) return time;
  const hours = Number(match[1]) % 24;
  const minutes = Number(match[2]);
  if (minutes === 0 && hours === 0) return msg('midnight');
  if (minutes === 0 && hours === 12) return msg('midday');
  if (currentLocale() === 'en') {
    const h12 = hours % 12 === 0 ? 12 : hours % 12;
    return `${h12}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}${hours < 12 ? 'am' : 'pm'}`;
  }
  return formatter(Intl.DateTimeFormat, 'date', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1, hours, minutes)));
}

/** A list joined the language's way: "food, clothes and toiletries". */
export function formatList(items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return formatter(Intl.ListFormat, 'list', { style: 'long', type }).format(items);
}
