/**
 * The one localization layer. Every string a resident reads goes through `msg()` (from @lit/localize,
 * runtime mode), and every number, date and time through the formatters below, so that Gaelic and Welsh
 * can follow by adding translations (see docs/localization.md) without touching the elements.
 *
 * English (`en`, formatted as British English) is the source. The first element to connect chooses the
 * page's language from its `lang` (or its nearest ancestor's); `setPlacekitLocale()` changes it at run
 * time. See docs/localization.md.
 */
import { configureLocalization, msg, str, updateWhenLocaleChanges, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './locale-codes.js';

export { msg, str, updateWhenLocaleChanges };

type TargetLocale = (typeof targetLocales)[number];

/**
 * placekit's own words for months, weekdays and "and" (own-words.ts), for a language the browser has no
 * dates for: loaded with that language's translations (English always has the browser's).
 */
let own: typeof import('./own-words.js') | undefined;

/** Translations are loaded only when a page asks for that language, and placekit's own words with them. */
const withOwnWords = (translations: Promise<LocaleModule>): Promise<LocaleModule> =>
  Promise.all([translations, import('./own-words.js')]).then(([module, words]) => ((own = words), module));
const LOADERS: Record<TargetLocale, () => Promise<LocaleModule>> = {
  gd: () => withOwnWords(import('./locales/gd.js')),
  cy: () => withOwnWords(import('./locales/cy.js')),
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

/** The language elements are shown in: `en`, or a target locale once its strings are loaded. */
export function currentLocale(): string {
  return controls?.getLocale() ?? sourceLocale;
}

/** The placekit language for a BCP 47 tag (`gd`, `cy-GB`): a target locale, or `en` for anything else. */
export function interfaceLanguage(tag: string): string {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (targetLocales as readonly string[]).includes(language) ? language : sourceLocale;
}

/**
 * The language an element asks for: the `lang` on it or on its nearest ancestor, looking out through
 * shadow roots (a placekit element inside another's shadow root asks for what that one's page asked
 * for). `''` when none.
 */
export function wantedLanguage(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const root = node.getRootNode();
    // Inside another placekit element, its root's lang is what it shows, not what the page asked for.
    const insidePlacekit = root instanceof ShadowRoot && 'placekitVersion' in root.host.constructor;
    const found: Element | null = insidePlacekit ? null : node.closest('[lang]');
    if (found) return found.getAttribute('lang')?.trim() ?? '';
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/** The language the page's placekit shows in (chosen, perhaps still loading); undefined until chosen. */
let pageLanguage: string | undefined;

/**
 * Shows placekit in the language of a BCP 47 tag (`gd`, `cy-GB`); anything without translations
 * falls back to English. Resolves when the new strings are ready. A page's script calling this wins over
 * the elements' `lang`.
 */
export async function setPlacekitLocale(tag: string): Promise<void> {
  const wanted = interfaceLanguage(tag) as TargetLocale | typeof sourceLocale;
  pageLanguage = wanted;
  if (wanted === currentLocale()) return;
  await configure()?.setLocale(wanted);
}

/**
 * @lit/localize has one language per page. The first placekit element to connect chooses it from its
 * own `lang` (or its nearest ancestor's, else `<html lang>`), unless the page called
 * `setPlacekitLocale()` first. Returns the language this element asked for, as a placekit language, so
 * the element can tell the page's editor when it differs (see docs/decisions.md).
 */
export function usePageLocale(element?: Element): string {
  const wanted = interfaceLanguage(element ? wantedLanguage(element) : (globalThis.document?.documentElement.lang ?? ''));
  if (pageLanguage === undefined) {
    pageLanguage = wanted;
    if (wanted !== currentLocale()) void setPlacekitLocale(wanted).catch(() => undefined);
  }
  return wanted;
}

/** @internal Forgets the page's choice, so the next element to connect chooses again (for tests). */
export function forgetPageLocale(): void {
  pageLanguage = undefined;
}

/** The language placekit shows in on this page, once chosen (else the current one). */
export function chosenLocale(): string {
  return pageLanguage ?? currentLocale();
}

/** Whether the browser has date and number data for a language (Chromium has none for `cy` or `gd`). */
function hasIntlData(locale: string): boolean {
  try {
    return (
      Intl.DateTimeFormat.supportedLocalesOf([locale], { localeMatcher: 'lookup' }).length > 0 &&
      Intl.NumberFormat.supportedLocalesOf([locale], { localeMatcher: 'lookup' }).length > 0
    );
  } catch {
    return false;
  }
}

const intlData = new Map<string, boolean>();

/**
 * The locale to hand to Intl for dates, times, numbers and lists: British conventions for the interface
 * language where the browser has its data, else British English (`en-GB`: day-month-year, 24-hour,
 * never the US forms a browser falls back to). Words (weekdays, months, "and") are then placekit's own
 * translations: see `hasLocaleData`.
 */
export function intlLocale(): string {
  const locale = `${currentLocale()}-GB`;
  return localeHasData() ? locale : 'en-GB';
}

/** True when the browser formats the interface language itself (always for English). */
export function localeHasData(): boolean {
  const language = currentLocale();
  if (language === sourceLocale) return true;
  let has = intlData.get(language);
  if (has === undefined) intlData.set(language, (has = hasIntlData(`${language}-GB`)));
  return has;
}

/** @internal Forgets what was learnt of the browser's Intl data (for tests that stub it). */
export function resetIntlCache(): void {
  intlData.clear();
  formatters.clear();
}

/**
 * One Intl formatter per locale and options, made once: making one costs far more than using it, and a
 * plan or a list of results formats hundreds of numbers and dates in one render.
 */
const formatters = new Map<string, unknown>();
function pluralRules(): Intl.PluralRules {
  const key = `plural ${currentLocale()}`;
  let made = formatters.get(key) as Intl.PluralRules | undefined;
  if (!made) formatters.set(key, (made = new Intl.PluralRules(currentLocale())));
  return made;
}
function formatter<T>(Kind: new (locale: string, options?: object) => T, name: string, options?: object, locale = intlLocale()): T {
  const key = `${name} ${locale} ${options ? JSON.stringify(options) : ''}`;
  let made = formatters.get(key) as T | undefined;
  if (!made) formatters.set(key, (made = new Kind(locale, options)));
  return made;
}

/**
 * Picks the plural form for a count by the interface language's rules (`Intl.PluralRules`, which
 * browsers have for Welsh and Gaelic even where they lack their dates). Every call site lists all six
 * forms, each a message with its own id (`results.one`, `results.two`…) so that each language
 * translates the forms it has; in English the extra forms repeat `other`.
 */
export function plural(count: number, forms: Record<Intl.LDMLPluralRule, string>): string {
  const rule = pluralRules().select(count);
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
  return plural(rounded, {
    zero: msg(str`${number} miles`, { id: 'miles.zero' }),
    one: msg(str`${number} mile`, { id: 'miles.one' }),
    two: msg(str`${number} miles`, { id: 'miles.two' }),
    few: msg(str`${number} miles`, { id: 'miles.few' }),
    many: msg(str`${number} miles`, { id: 'miles.many' }),
    other: msg(str`${number} miles`, { id: 'miles.other' }),
  });
}

/**
 * A year, month or day as people read it: "2025", "March 2025", "31 March 2025". Accepts the feed's
 * partial dates and full ISO date-times (formatted in UK time). Returns the input when unreadable.
 * Always day-month-year: in the interface language where the browser has its dates, else in placekit's
 * own words for the months.
 */
export function formatDate(value: string, style: 'long' | 'short' = 'long'): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  const month = style === 'long' ? 'long' : 'short';
  const words = localeHasData() ? undefined : own;
  if (match) {
    const [, y, m, d] = match;
    if (!m) return y;
    if (words && Number(m) >= 1 && Number(m) <= 12) return words.ownDate(Number(y), Number(m), d ? Number(d) : undefined, style);
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, d ? Number(d) : 1));
    const options: Intl.DateTimeFormatOptions = d ? { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' } : { month, year: 'numeric', timeZone: 'UTC' };
    return formatter(Intl.DateTimeFormat, 'date', options).format(date);
  }
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  if (words) {
    const [y, m, d] = words.ukDate(instant);
    return words.ownDate(y, m, d, style);
  }
  return formatter(Intl.DateTimeFormat, 'date', { day: 'numeric', month, year: 'numeric', timeZone: 'Europe/London' }).format(instant);
}

/** "Monday", or "Mon" when short, for an HSDS day code. */
export function formatWeekday(day: 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU', style: 'long' | 'short' = 'long'): string {
  const index = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].indexOf(day);
  if (!localeHasData() && own) return own.weekdayName(index, style) ?? day;
  // 1 January 2024 was a Monday.
  return formatter(Intl.DateTimeFormat, 'date', { weekday: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + index)));
}

/**
 * A time of day, `HH:MM`, the way GOV.UK writes it in English ("9am", "5:30pm", "midday",
 * "midnight"); in another language by Intl where the browser has its data, else on the 24-hour clock
 * ("17:30"), never "5:30 PM".
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
  return formatter(Intl.DateTimeFormat, 'date', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1, hours, minutes)),
  );
}

/** A list joined the language's way: "food, clothes and toiletries". */
export function formatList(items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  if (localeHasData() || items.length < 2 || !own) return formatter(Intl.ListFormat, 'list', { style: 'long', type }).format(items);
  return own.ownList(items, type);
}
