/**
 * The pieces of a record's details: opening times as a table, phone numbers and email addresses said
 * once each, people to contact, and places with their address, map link and own times. Feed text is
 * rendered as text; every link passes safeUrl/telUrl/smsUrl/mailtoUrl.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { monthlyRules, periodOf, ruleKind, ukDate, ukInstant, ukMoment, weeklyHours, type MonthlyRule } from '../feed/domain/schedule.js';
import type { Contact, CostOption, Location, Phone, Schedule } from '../feed/domain/types.js';
import { mailtoUrl, phoneParts, safeUrl, smsUrl, telUrl } from '../feed/domain/safe-url.js';
import { formatDate, formatList, formatMoney, formatNumber, formatTime, formatWeekday, msg, str } from '../ui/localize.js';
import { hasText, oneLine, richText } from '../ui/rich-text.js';
import { inForce } from './describe.js';
import { distanceText, straightLineNote } from './journeys/distance.js';

/** One cost option in words: "Per visit: £3.50 (about £15 worth of food)". */
export function costText(cost: CostOption): string {
  const amount = cost.amount === undefined ? '' : cost.amount === 0 ? msg('Free') : formatMoney(cost.amount, cost.currency || 'GBP');
  const option = oneLine(cost.option);
  const about = oneLine(cost.amount_description);
  return [option && amount && option !== amount ? `${option}: ${amount}` : option || amount, about && `(${about})`].filter(Boolean).join(' ');
}

/** "9am to 5pm"; midnight to midnight is "Open 24 hours". */
const period = (opens: string, closes: string) => {
  const from = formatTime(opens);
  const to = formatTime(closes);
  return opens === '00:00' && closes === '24:00' ? msg('Open 24 hours') : msg(str`${from} to ${to}`);
};

/** One day of a monthly rule, as a whole phrase per ordinal so that each language words it its own way. */
function monthlyDay(ordinal: number | undefined, day: string): string {
  switch (ordinal) {
    case 1:
      return msg(str`First ${day} of the month`, { id: 'monthly.1' });
    case 2:
      return msg(str`Second ${day} of the month`, { id: 'monthly.2' });
    case 3:
      return msg(str`Third ${day} of the month`, { id: 'monthly.3' });
    case 4:
      return msg(str`Fourth ${day} of the month`, { id: 'monthly.4' });
    case 5:
      return msg(str`Fifth ${day} of the month`, { id: 'monthly.5' });
    case -1:
      return msg(str`Last ${day} of the month`, { id: 'monthly.last' });
    default:
      return msg(str`Every ${day}`, { id: 'monthly.every' });
  }
}

/** "First Tuesday of the month or last Friday of the month, 10am to midday". */
function monthlyText(rule: MonthlyRule): string {
  const days = [
    ...rule.days.map((d) => monthlyDay(d.ordinal, formatWeekday(d.day))),
    ...rule.monthDays.map((d) => {
      const day = formatNumber(d);
      return d > 0 ? msg(str`Day ${day} of the month`, { id: 'monthly.day' }) : msg('Last day of the month', { id: 'monthly.last-day' });
    }),
  ];
  const which = formatList(days, 'disjunction');
  return rule.opens && rule.closes ? msg(str`${which}, ${period(rule.opens, rule.closes)}`, { id: 'monthly.with-times' }) : which;
}

/**
 * A week of opening times as a table, with monthly rules and seasonal dates in words, and the
 * schedules' own words: their notes, and the description of any whose times are not shown (a schedule
 * for another year says in its words what the table cannot). Undefined when there is nothing to show.
 */
export function renderHours(
  host: ReactiveElement,
  level: number,
  schedules: readonly Schedule[] | undefined,
  caption: string,
  at: Date,
): TemplateResult | undefined {
  if (!schedules?.length) return undefined;
  let when = at;
  let rows = weeklyHours(schedules, when);
  let season: string | undefined;
  if (rows.every((r) => r.periods.length === 0)) {
    // Nothing this week: show the next season's times (a summer holiday club), saying when.
    const today = ukMoment(at).iso;
    const next = schedules.filter((s) => s.valid_from && s.valid_from > today).sort((a, b) => a.valid_from!.localeCompare(b.valid_from!))[0];
    if (next) {
      when = ukInstant(ukDate(next.valid_from!)!, 720);
      rows = weeklyHours(schedules, when);
      const from = formatDate(next.valid_from!);
      const to = next.valid_to && formatDate(next.valid_to);
      season = to ? msg(str`From ${from} to ${to}`) : msg(str`From ${from}`);
    }
  }
  const monthly = monthlyRules(schedules, at);
  const weekly = rows.some((r) => r.periods.length > 0);
  const shownOn = ukMoment(when).iso;
  const words = [
    ...new Set(
      schedules
        .flatMap((s) => [ruleKind(s) && periodOf(s) && inForce(s, shownOn) ? undefined : s.description, s.notes, s.attending_type])
        .filter((w): w is string => hasText(w)),
    ),
  ];
  if (!weekly && !monthly.length && !words.length) return undefined;
  return html`
    ${season && weekly ? html`<p>${season}</p>` : nothing}
    ${
      weekly
        ? html`<table class="hours">
          <caption>${caption}</caption>
          <thead><tr><th scope="col">${msg('Day')}</th><th scope="col">${msg('Times')}</th></tr></thead>
          <tbody>
            ${rows.map(
              (row) => html`<tr>
                <th scope="row">${formatWeekday(row.day)}</th>
                <td>${row.periods.length ? row.periods.map((p) => period(p.opens, p.closes)).join(', ') : msg('Closed')}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
        : nothing
    }
    ${monthly.length ? html`<ul class="plain">${monthly.map((rule) => html`<li>${monthlyText(rule)}</li>`)}</ul>` : nothing}
    ${words.map((w) => richText(host, w, level + 2))}
  `;
}

/**
 * Phones as links: `tel:` to call (a textphone too), `sms:` for a number the feed says takes texts, none
 * for a fax. A number in `said` (its digits and extension) is left out: each number is said once.
 * `whose` names the organisation for its numbers.
 */
export function renderPhones(phones: readonly Phone[] | undefined, said: Set<string>, whose?: string): TemplateResult[] {
  return (phones ?? []).flatMap((phone) => {
    const number = oneLine(phone.number);
    const extension = oneLine(String(phone.extension ?? ''));
    const key = `${telUrl(number) ?? number.toLowerCase()} ${extension}`;
    if (!number || said.has(key)) return [];
    said.add(key);
    const type = phone.type?.toLowerCase();
    const [label, dial] =
      type === 'text' ? [msg('Text'), smsUrl] : type === 'fax' ? [msg('Fax')] : [type === 'textphone' ? msg('Textphone') : msg('Phone'), telUrl];
    // One number: the whole text is its link. Several ("0123 456 or 0789 012"): each number is a link of its own.
    const parts = phoneParts(number);
    const numbers = parts.filter((part) => part.number);
    const href = numbers.length === 1 ? dial?.(numbers[0].number!) : undefined;
    const shown = numbers.length > 1 && dial ? parts.map((part) => (part.number ? html`<a href=${dial(part.number)!}>${part.text}</a>` : part.text)) : number;
    const text = html`${shown}${extension ? html` ${msg('extension')} ${extension}` : nothing}`;
    const note = oneLine(phone.description) || whose;
    return [html`<li>${label}: ${href ? html`<a href=${href}>${text}</a>` : text}${note ? html` (${note})` : nothing}</li>`];
  });
}

/** An email address as a link, unless it has been said already. */
export function renderEmail(email: string | undefined, said: Set<string>): TemplateResult | typeof nothing {
  const address = oneLine(email);
  const href = address ? mailtoUrl(address) : undefined;
  if (!href || said.has(href.toLowerCase())) return nothing;
  said.add(href.toLowerCase());
  return html`<li>${msg('Email')}: <a href=${href}>${address}</a></li>`;
}

/** A contact with a name or a title, and the ways to reach them not already given. */
export function renderPerson(contact: Contact, said: Set<string>): TemplateResult {
  const who = [oneLine(contact.name), oneLine(contact.title), oneLine(contact.department)].filter(Boolean).join(', ');
  const phones = renderPhones(contact.phones, said);
  const email = renderEmail(contact.email, said);
  return html`<div class="person">
    <p class="strong">${who}</p>
    ${phones.length || email !== nothing ? html`<ul class="plain contact">${phones}${email}</ul>` : nothing}
  </div>`;
}

/** OpenStreetMap, centred on the place. */
export function mapUrl(location: Location): string | undefined {
  const { latitude: lat, longitude: lon } = location;
  if (lat === undefined || lon === undefined) return undefined;
  return safeUrl(`https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`);
}

export interface Place {
  location: Location;
  /** What the service says of its place (Open Referral UK's `service_at_location.description`). */
  note?: string;
  hours?: TemplateResult;
  /** The place's phone numbers not said elsewhere. */
  phones: TemplateResult[];
  miles?: number;
}

/** The first words that name a place: its name, or its first address line. */
export const siteName = (location: Location): string => oneLine(location.name) || oneLine(location.addresses?.[0]?.address_1);

export function renderPlace(host: ReactiveElement, level: number, { location, note, hours, phones, miles }: Place): TemplateResult {
  const name = oneLine(location.name);
  const lines = (location.addresses ?? [])
    .map((a) => [a.address_1, a.address_2, a.city, a.postal_code].map(oneLine).filter(Boolean).join(', '))
    .filter(Boolean);
  const map = mapUrl(location);
  const site = siteName(location);
  return html`<li class="location">
    ${name ? html`<p class="strong">${name}</p>` : nothing} ${lines.map((line) => html`<p>${line}</p>`)}
    ${miles !== undefined ? html`<p>${distanceText(miles)}. ${straightLineNote()}</p>` : nothing}
    ${map ? html`<p class="no-print"><a href=${map} rel="noopener noreferrer" target="_blank">${msg(str`Map of ${site}`)} ${msg('(OpenStreetMap, opens in a new tab)')}</a></p>` : nothing}
    ${phones.length ? html`<ul class="plain contact">${phones}</ul>` : nothing}
    ${richText(host, location.description, level + 2)} ${richText(host, note, level + 2)} ${richText(host, location.transportation, level + 2)}
    ${(location.accessibility ?? []).map((a) => {
      const text = hasText(a.description) ? a.description : a.details;
      return hasText(text) ? richText(host, text, level + 2, msg('Accessibility:')) : nothing;
    })}
    ${hours ?? nothing}
  </li>`;
}
