/**
 * The details of one entry: everything a resident needs to use a service or take part, contact
 * details first-class, and a clean printed page. Feed text is rendered as text; every link passes
 * safeUrl/telUrl/mailtoUrl.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ukInstant, ukDate, ukMoment, weeklyHours, monthlyRules, type MonthlyRule } from '../feed/schedule.js';
import type { Location, Opportunity, Phone, Schedule, Service } from '../feed/schema.js';
import { mailtoUrl, safeUrl, telUrl } from '../feed/safe-url.js';
import { formatDate, formatList, formatMiles, formatTime, formatWeekday, msg, str } from '../ui/localize.js';
import type { Entry } from './entries.js';
import { agesText, costText, kindLabel, openLine, whenLines } from './describe.js';

const paragraphs = (text: string | undefined) =>
  (text ?? '')
    .split(/\n\s*\n|\r?\n/)
    .filter((p) => p.trim())
    .map((p) => html`<p>${p}</p>`);

const period = (opens: string, closes: string) => {
  const from = formatTime(opens);
  const to = formatTime(closes);
  return msg(str`${from} to ${to}`);
};

const ORDINALS = () => ({ 1: msg('First'), 2: msg('Second'), 3: msg('Third'), 4: msg('Fourth'), 5: msg('Fifth'), '-1': msg('Last') }) as Record<string, string>;

function monthlyText(rule: MonthlyRule): string {
  const ordinals = ORDINALS();
  const days = [
    ...rule.days.map((d) => `${ordinals[String(d.ordinal ?? '')] ?? msg('Every')} ${formatWeekday(d.day)}`),
    ...rule.monthDays.map((d) => (d > 0 ? msg(str`Day ${d}`) : msg('Last day'))),
  ];
  const which = formatList(days, 'disjunction');
  const times = rule.opens && rule.closes ? `, ${period(rule.opens, rule.closes)}` : '';
  return `${msg(str`${which} of the month`)}${times}`;
}

/** A week of opening times as a table, with monthly rules and seasonal dates in words. */
export function renderHours(schedules: readonly Schedule[] | undefined, caption: string, at: Date): TemplateResult | typeof nothing {
  if (!schedules?.length) return nothing;
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
  return html`
    ${season ? html`<p>${season}</p>` : nothing}
    ${weekly
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
      : nothing}
    ${monthly.length ? html`<ul class="plain">${monthly.map((rule) => html`<li>${monthlyText(rule)}</li>`)}</ul>` : nothing}
  `;
}

function renderPhones(phones: readonly Phone[] | undefined): TemplateResult[] {
  return (phones ?? []).flatMap((phone) => {
    const href = phone.type === 'text' ? undefined : telUrl(phone.number);
    const label = phone.type === 'text' ? msg('Text') : phone.type === 'fax' ? msg('Fax') : msg('Phone');
    const text = html`${phone.number}${phone.extension ? html` ${msg('extension')} ${phone.extension}` : nothing}`;
    return [html`<li>${label}: ${href ? html`<a href=${href}>${text}</a>` : text}${phone.description ? html` (${phone.description})` : nothing}</li>`];
  });
}

/** OpenStreetMap, centred on the place. */
export function mapUrl(location: Location): string | undefined {
  const { latitude: lat, longitude: lon } = location;
  if (lat === undefined || lon === undefined) return undefined;
  return safeUrl(`https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`);
}

function renderLocation(location: Location, schedules: Schedule[] | undefined, at: Date, miles?: number): TemplateResult {
  const name = location.name;
  const lines = (location.addresses ?? []).map((a) => [a.address_1, a.address_2, a.city, a.postal_code].filter(Boolean).join(', ')).filter(Boolean);
  const map = mapUrl(location);
  const site = name ?? lines[0] ?? '';
  return html`<li class="location">
    ${name ? html`<p class="strong">${name}</p>` : nothing} ${lines.map((line) => html`<p>${line}</p>`)}
    ${miles !== undefined ? html`<p>${msg(str`${formatMiles(miles)} away`)}</p>` : nothing}
    ${map ? html`<p class="no-print"><a href=${map} rel="noopener noreferrer" target="_blank">${msg(str`Map of ${site}`)}<span class="visually-hidden"> ${msg('(OpenStreetMap, opens in a new tab)')}</span></a></p>` : nothing}
    ${location.transportation ? html`<p>${location.transportation}</p>` : nothing}
    ${(location.accessibility ?? []).map((a) => (a.description || a.details ? html`<p>${msg('Accessibility:')} ${a.description ?? a.details}</p>` : nothing))}
    ${renderHours(schedules, msg(str`Opening times at ${site}`), at)}
  </li>`;
}

export interface DetailsOptions {
  at: Date;
  miles?: (location: Location) => number | undefined;
  back: () => void;
  print: () => void;
}

/** The details view of one entry. */
export function renderDetails(entry: Entry, options: DetailsOptions): TemplateResult {
  const { at } = options;
  const record = entry.record;
  const service = entry.kind === 'service' ? (record as Service) : undefined;
  const opportunity = entry.kind === 'opportunity' ? (record as Opportunity) : undefined;
  const web = safeUrl(record.url ?? record.organization?.website ?? record.organization?.url);
  const mail = record.email ? mailtoUrl(record.email) : undefined;
  const phones = renderPhones(record.phones ?? record.organization?.phones);
  const sites = service?.service_at_locations?.filter((sal) => sal.location) ?? [];
  const places = service ? sites.map((sal) => ({ location: sal.location!, schedules: sal.schedules })) : (opportunity?.locations ?? []).map((location) => ({ location, schedules: undefined }));
  const open = service ? openLine(entry, at) : undefined;
  const costs = record.cost_options ?? [];
  const ages = agesText(entry);
  const languages = (service?.languages ?? []).map((l) => l.name ?? l.code).filter((l): l is string => Boolean(l));
  const when = whenLines(entry, at);
  return html`<article class="details" part="details" aria-labelledby="details-title">
    <p class="no-print"><button type="button" class="link-button back" @click=${options.back}>${msg('Back to results')}</button></p>
    <p class="secondary-text">${kindLabel(entry)}</p>
    <h2 id="details-title" tabindex="-1">${entry.name}</h2>
    ${service?.alert ? html`<div class="notice alert" part="alert" role="note"><p class="title">${msg('Important')}</p>${paragraphs(service.alert)}</div>` : nothing}
    ${service?.status === 'temporarily closed' ? html`<p class="notice"><strong>${msg('Temporarily closed')}</strong></p>` : nothing}
    ${entry.organisation ? html`<p class="secondary-text">${msg(str`Run by ${entry.organisation}`)}</p>` : nothing}
    ${open ? html`<p class="status ${open.open ? 'open' : ''}">${open.text}</p>` : nothing}
    ${when.map((line) => html`<p class="strong">${line}</p>`)}
    ${paragraphs(entry.description)}
    ${opportunity?.how_to_take_part ? html`<h3>${msg('How to take part')}</h3>${paragraphs(opportunity.how_to_take_part)}` : nothing}
    ${opportunity?.commitment ? html`<p>${msg(str`Time needed: ${opportunity.commitment}`)}</p>` : nothing}
    ${web || mail || phones.length
      ? html`<h3>${msg('Contact')}</h3>
          <ul class="plain contact">
            ${phones}
            ${mail ? html`<li>${msg('Email')}: <a href=${mail}>${record.email}</a></li>` : nothing}
            ${web ? html`<li><a href=${web} rel="noopener noreferrer">${msg('Website')}<span class="visually-hidden"> ${entry.name}</span></a></li>` : nothing}
          </ul>`
      : nothing}
    ${places.length || opportunity?.online
      ? html`<h3>${msg('Where')}</h3>
          <ul class="plain">
            ${opportunity?.online ? html`<li>${msg('Online')}</li>` : nothing}
            ${places.map((p) => renderLocation(p.location, p.schedules, at, options.miles?.(p.location)))}
          </ul>`
      : nothing}
    ${service
      ? html`<h3>${msg('Opening times')}</h3>
          ${service.schedules?.length
            ? renderHours(service.schedules, msg('Opening times'), at)
            : html`<p>${sites.some((s) => s.schedules?.length) ? msg('See each place above.') : msg('Contact the service to arrange a time.')}</p>`}`
      : nothing}
    ${costs.length || entry.free || service?.fees_description
      ? html`<h3>${msg('Cost')}</h3>
          <ul class="plain">
            ${costs.length ? costs.map((c) => html`<li>${costText(c)}</li>`) : html`<li>${service?.fees_description ?? msg('Free')}</li>`}
          </ul>`
      : nothing}
    ${service?.eligibility_description || ages
      ? html`<h3>${msg('Who it is for')}</h3>
          ${ages ? html`<p>${ages}</p>` : nothing} ${paragraphs(service?.eligibility_description)}`
      : nothing}
    ${languages.length ? html`<h3>${msg('Languages')}</h3><p>${formatList(languages)}</p>` : nothing}
    ${record.assured_date ? html`<p class="secondary-text">${msg(str`Last checked ${formatDate(record.assured_date)}`)}</p>` : nothing}
    <p class="no-print actions">
      <button type="button" class="button secondary" @click=${options.print}>${msg('Print these details')}</button>
      <button type="button" class="button secondary" @click=${options.back}>${msg('Back to results')}</button>
    </p>
  </article>`;
}

