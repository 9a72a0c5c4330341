/**
 * The details of one entry: everything a resident needs to use a service or take part, contact
 * details first-class, and a clean printed page of them alone. Feed text is rendered as text; every
 * link passes safeUrl/telUrl/smsUrl/mailtoUrl.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { distanceMiles } from '../feed/domain/areas.js';
import { monthlyRules, periodOf, ruleKind, ukDate, ukInstant, ukMoment, weeklyHours, type MonthlyRule } from '../feed/domain/schedule.js';
import type { Contact, CostOption, Location, Opportunity, Phone, Schedule, Service } from '../feed/domain/types.js';
import { mailtoUrl, safeUrl, smsUrl, telUrl } from '../feed/domain/safe-url.js';
import { currentLocale, formatDate, formatList, formatMiles, formatMoney, formatTime, formatWeekday, msg, str } from '../ui/localize.js';
import { emit } from '../ui/events.js';
import { heading } from '../ui/heading.js';
import { hasText, oneLine, richText } from '../ui/rich-text.js';
import { baseStyles } from '../ui/styles.js';
import { agesText, inForce, kindLabel, openLine, whenLines } from './describe.js';
import { costsOn, type Entry } from './entries.js';
import { renderServesPlan } from './serves-plan.js';
import type { PlaceDirectoryElement } from './place-directory.js';
import { styles as listStyles } from './styles.js';

export const styles = css`
  .back::before {
    content: '‹ ';
  }
  .details .rank-1,
  .details .text-heading {
    margin-block-start: calc(1.5 * var(--place-space, 1rem));
  }
  .details .alert {
    border-inline-start-color: var(--place-color-error, #d4351c);
    font-size: 1.1em;
  }
  .location {
    margin-block-end: var(--place-space, 1rem);
  }
  .location p {
    margin-block-end: 0.2em;
  }
  .contact li {
    margin-block-end: 0.35em;
  }
  .person {
    margin-block-end: var(--place-space, 1rem);
  }
  .person p,
  .person ul {
    margin-block-end: 0.35em;
  }
  .hours {
    border-collapse: collapse;
    margin-block-start: 0.5em;
  }
  .hours caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.25em;
  }
  .hours th,
  .hours td {
    padding: 0.3em 1em 0.3em 0;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--place-color-border, #b1b4b6);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    margin-block-start: calc(2 * var(--place-space, 1rem));
  }
  @media print {
    .details {
      font-size: 12pt;
    }
    .hours th,
    .hours td {
      border-color: #000000;
    }
  }
`;

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

/**
 * A week of opening times as a table, with monthly rules and seasonal dates in words, and the
 * schedules' own words: their notes, and the description of any whose times are not shown (a schedule
 * for another year says in its words what the table cannot). Undefined when there is nothing to show.
 */
export function renderHours(host: PlaceDirectoryElement, schedules: readonly Schedule[] | undefined, caption: string, at: Date): TemplateResult | undefined {
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
    ${words.map((w) => richText(host, w, host.level + 2))}
  `;
}

/**
 * Phones as links: `tel:` to call (a textphone too), `sms:` for a number the feed says takes texts, none
 * for a fax. A number in `said` (its digits and extension) is left out: each number is said once.
 * `whose` names the organisation for its numbers.
 */
function renderPhones(phones: readonly Phone[] | undefined, said: Set<string>, whose?: string): TemplateResult[] {
  return (phones ?? []).flatMap((phone) => {
    const number = oneLine(phone.number);
    const extension = oneLine(String(phone.extension ?? ''));
    const key = `${telUrl(number) ?? number.toLowerCase()} ${extension}`;
    if (!number || said.has(key)) return [];
    said.add(key);
    const type = phone.type?.toLowerCase();
    const [label, href] =
      type === 'text'
        ? [msg('Text'), smsUrl(number)]
        : type === 'fax'
          ? [msg('Fax')]
          : [type === 'textphone' ? msg('Textphone') : msg('Phone'), telUrl(number)];
    const text = html`${number}${extension ? html` ${msg('extension')} ${extension}` : nothing}`;
    const note = oneLine(phone.description) || whose;
    return [html`<li>${label}: ${href ? html`<a href=${href}>${text}</a>` : text}${note ? html` (${note})` : nothing}</li>`];
  });
}

/** An email address as a link, unless it has been said already. */
function renderEmail(email: string | undefined, said: Set<string>): TemplateResult | typeof nothing {
  const address = oneLine(email);
  const href = address ? mailtoUrl(address) : undefined;
  if (!href || said.has(href.toLowerCase())) return nothing;
  said.add(href.toLowerCase());
  return html`<li>${msg('Email')}: <a href=${href}>${address}</a></li>`;
}

/** A contact with a name or a title, and the ways to reach them not already given. */
function renderPerson(contact: Contact, said: Set<string>): TemplateResult {
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

interface Place {
  location: Location;
  /** What the service says of its place (Open Referral UK's `service_at_location.description`). */
  note?: string;
  hours?: TemplateResult;
  /** The place's phone numbers not said elsewhere. */
  phones: TemplateResult[];
  miles?: number;
}

/** The first words that name a place: its name, or its first address line. */
const siteName = (location: Location): string => oneLine(location.name) || oneLine(location.addresses?.[0]?.address_1);

function renderPlace(host: PlaceDirectoryElement, { location, note, hours, phones, miles }: Place): TemplateResult {
  const name = oneLine(location.name);
  const lines = (location.addresses ?? [])
    .map((a) => [a.address_1, a.address_2, a.city, a.postal_code].map(oneLine).filter(Boolean).join(', '))
    .filter(Boolean);
  const map = mapUrl(location);
  const site = siteName(location);
  return html`<li class="location">
    ${name ? html`<p class="strong">${name}</p>` : nothing} ${lines.map((line) => html`<p>${line}</p>`)}
    ${miles !== undefined ? html`<p>${msg(str`${formatMiles(miles)} away`)}</p>` : nothing}
    ${map ? html`<p class="no-print"><a href=${map} rel="noopener noreferrer" target="_blank">${msg(str`Map of ${site}`)}<span class="visually-hidden"> ${msg('(OpenStreetMap, opens in a new tab)')}</span></a></p>` : nothing}
    ${phones.length ? html`<ul class="plain contact">${phones}</ul>` : nothing}
    ${richText(host, location.description, host.level + 2)} ${richText(host, note, host.level + 2)} ${richText(host, location.transportation, host.level + 2)}
    ${(location.accessibility ?? []).map((a) => {
      const text = hasText(a.description) ? a.description : a.details;
      return hasText(text) ? richText(host, text, host.level + 2, msg('Accessibility:')) : nothing;
    })}
    ${hours ?? nothing}
  </li>`;
}

/**
 * Prints the details alone, from a frame holding a copy of them with placekit's own styles: an element
 * cannot change the host page's print stylesheet, so printing the page would print all of it.
 */
function printDetails(event: Event): void {
  const article = (event.target as Element).closest('article')!;
  const root = article.getRootNode() as ShadowRoot;
  root.querySelector('iframe.print')?.remove();
  const frame = document.createElement('iframe');
  frame.className = 'print';
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = 'position:fixed;inset:auto 0 0 auto;width:0;height:0;border:0';
  root.append(frame);
  const view = frame.contentWindow as unknown as typeof globalThis;
  const doc = view.document;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync([baseStyles, listStyles, styles].map((s) => s.cssText).join(''));
  doc.adoptedStyleSheets = [sheet];
  doc.documentElement.lang = currentLocale();
  doc.title = article.querySelector('#details-title')!.textContent!;
  const page = doc.createElement('div');
  page.className = 'root';
  page.append(doc.importNode(article, true));
  doc.body.append(page);
  view.addEventListener('afterprint', () => frame.remove());
  view.print();
}

/** Shows an entry's details. Focus moves and `place-select` fires for the resident's own choices, not the page's. */
export async function open(host: PlaceDirectoryElement, entry: Entry, byResident: boolean): Promise<void> {
  // A double click opens it once.
  if (byResident && host.selected) return;
  host.listPosition = { scrollY: window.scrollY, id: entry.id };
  host.selected = entry;
  host.writeUrl(true);
  if (!byResident) return;
  await host.updateComplete;
  host.shadowRoot!.getElementById('details-title')?.focus();
  emit(host, 'place-select', { id: entry.id, name: entry.name, kind: entry.kind });
}

/** Back to the same list, scroll position and focus (with `sync-url`, through the browser's history). */
function back(host: PlaceDirectoryElement): void {
  if (host.syncUrl && (history.state as { placeDirectory?: string } | null)?.placeDirectory === 'details') history.back();
  else close(host);
}

export function close(host: PlaceDirectoryElement): void {
  const position = host.listPosition;
  host.selected = undefined;
  host.writeUrl(false, true);
  void host.updateComplete.then(() => {
    const link = position && host.shadowRoot!.querySelector<HTMLElement>(`[data-id="${CSS.escape(position.id)}"]`);
    (link ?? host.shadowRoot!.getElementById('results-title'))?.focus({ preventScroll: true });
    if (position) window.scrollTo({ top: position.scrollY, behavior: 'instant' });
  });
}

/** The same words, whatever the markup, spacing and case: to see that one text repeats another. */
const gist = (text: string | undefined) => oneLine(text).toLowerCase();

/**
 * The details view of the entry the directory has open: everything a resident needs from the record, each
 * from its Open Referral UK field (docs/elements/place-directory.md, "What is shown, from which field").
 * Long texts are formatted (rich-text.ts); every phone number and email address is said once; places
 * nearest first when it knows where the resident is.
 */
export function renderDetails(host: PlaceDirectoryElement, at = new Date()): TemplateResult {
  const entry = host.selected!;
  const near = host.near?.point;
  const toBack = () => back(host);
  const level = host.level;
  /** A long text under a heading `depth` levels below the name (its own headings one lower still). */
  const rich = (text: string | undefined, depth: number) => richText(host, text, level + depth);
  const section = (title: string) => heading(level, 1, title);
  const record = entry.record;
  const service = entry.kind === 'service' ? (record as Service) : undefined;
  const opportunity = entry.kind === 'opportunity' ? (record as Opportunity) : undefined;
  const today = ukMoment(at).iso;
  const organisation = record.organization;
  const web = safeUrl(record.url ?? organisation?.website ?? organisation?.url);

  // Who to call: the service's own numbers and its contacts' first, then each place's, then the
  // organisation's; a contact with neither name nor title is the service's own line.
  const said = new Set<string>();
  const contacts = [...(record.contacts ?? []), ...(service?.service_at_locations ?? []).flatMap((sal) => sal.contacts ?? [])];
  const named = (c: Contact) => hasText(c.name) || hasText(c.title);
  const phones = renderPhones([...(record.phones ?? []), ...contacts.filter((c) => !named(c)).flatMap((c) => c.phones ?? [])], said);
  const emails = [renderEmail(record.email, said), ...contacts.filter((c) => !named(c)).map((c) => renderEmail(c.email, said))].filter((e) => e !== nothing);
  const people = contacts.filter(named).map((c) => renderPerson(c, said));
  const places: Place[] = service
    ? (service.service_at_locations ?? []).flatMap((sal) => {
        const location = sal.location;
        if (!location) return [];
        const hours = renderHours(host, [...(sal.schedules ?? []), ...(location.schedules ?? [])], msg(str`Opening times at ${siteName(location)}`), at);
        return [{ location, note: sal.description, hours, phones: renderPhones([...(sal.phones ?? []), ...(location.phones ?? [])], said) }];
      })
    : (opportunity?.locations ?? []).map((location) => ({ location, phones: renderPhones(location.phones, said) }));
  const organisationName = oneLine(organisation?.name) || undefined;
  phones.push(...renderPhones(organisation?.phones, said, organisationName));
  if (near) {
    for (const place of places) {
      const { latitude, longitude } = place.location;
      if (latitude !== undefined && longitude !== undefined) place.miles = distanceMiles(near, { latitude, longitude });
    }
    places.sort((a, b) => (a.miles ?? Infinity) - (b.miles ?? Infinity));
  }
  const reachable = Boolean(web || emails.length || phones.length || people.length || places.some((p) => p.phones.length));

  const open = service ? openLine(entry, at) : undefined;
  const hours = service && renderHours(host, service.schedules, msg('Opening times'), at);
  const costs = costsOn(record, today);
  const coming = (record.cost_options ?? []).filter((c) => c.valid_from && c.valid_from > today).sort((a, b) => a.valid_from!.localeCompare(b.valid_from!));
  const fees = hasText(service?.fees_description) ? service?.fees_description : service?.fees;
  const ages = agesText(entry);
  const areas = [...new Set((service?.service_areas ?? []).map((a) => oneLine(a.name ?? a.service_area)).filter(Boolean))];
  const documents = (service?.required_documents ?? []).filter((d) => hasText(d.document));
  const languages = (service?.languages ?? []).map((l) => oneLine(l.name ?? l.code)).filter(Boolean);
  // The organisation's own description, unless the service's already says it (live directories often copy it).
  const about =
    hasText(organisation?.description) && !gist(record.description).includes(gist(organisation?.description)) ? organisation?.description : undefined;
  const when = whenLines(entry, at);
  return html`<article class="details" part="details" aria-labelledby="details-title">
    <p class="no-print"><button type="button" class="link-button back" @click=${toBack}>${msg('Back to results')}</button></p>
    <p class="secondary-text">${kindLabel(entry)}</p>
    ${heading(level, 0, entry.name, { id: 'details-title', focusable: true })}
    ${hasText(service?.alert) ? html`<div class="notice alert" part="alert" role="note"><p class="title">${msg('Important')}</p>${rich(service?.alert, 1)}</div>` : nothing}
    ${service?.status === 'temporarily closed' ? html`<p class="notice"><strong>${msg('Temporarily closed')}</strong></p>` : nothing}
    ${entry.organisation ? html`<p class="secondary-text">${msg(str`Run by ${entry.organisation}`)}</p>` : nothing}
    ${open ? html`<p class="status ${open.open ? 'open' : ''}">${open.text}</p>` : nothing}
    ${when.map((line) => html`<p class="strong">${line}</p>`)}
    ${rich(record.description, 1)}
    ${hasText(opportunity?.how_to_take_part) ? html`${section(msg('How to take part'))}${rich(opportunity?.how_to_take_part, 2)}` : nothing}
    ${hasText(opportunity?.commitment) ? html`<p>${msg(str`Time needed: ${oneLine(opportunity?.commitment)}`)}</p>` : nothing}
    ${opportunity ? renderServesPlan(opportunity, host.feedResult?.feed.locality_plans ?? [], host.planHref, level) : nothing}
    ${
      hasText(service?.eligibility_description) || ages
        ? html`${section(msg('Who it is for'))}
          ${ages ? html`<p>${ages}</p>` : nothing} ${rich(service?.eligibility_description, 2)}`
        : nothing
    }
    ${
      hasText(service?.application_process) || documents.length
        ? html`${section(msg('How to apply'))}
          ${rich(service?.application_process, 2)}
          ${
            documents.length
              ? html`<p>${msg('Documents you will need:')}</p>
                <ul>
                  ${documents.map((d) => {
                    const link = safeUrl(d.uri?.trim());
                    const name = oneLine(d.document);
                    return html`<li>${link?.startsWith('http') ? html`<a href=${link} rel="noopener noreferrer">${name}</a>` : name}</li>`;
                  })}
                </ul>`
              : nothing
          }`
        : nothing
    }
    ${
      web || emails.length || phones.length || people.length
        ? html`${section(msg('Contact'))}
          ${
            phones.length || emails.length || web
              ? html`<ul class="plain contact">
                ${phones} ${emails}
                ${web ? html`<li><a href=${web} rel="noopener noreferrer">${msg('Website')}<span class="visually-hidden"> ${entry.name}</span></a></li>` : nothing}
              </ul>`
              : nothing
          }
          ${people}`
        : nothing
    }
    ${
      places.length || opportunity?.online || areas.length
        ? html`${section(msg('Where'))}
          ${areas.length ? html`<p>${msg(str`Covers ${formatList(areas)}`)}</p>` : nothing}
          ${
            places.length || opportunity?.online
              ? html`<ul class="plain">
                ${opportunity?.online ? html`<li>${msg('Online')}</li>` : nothing}
                ${places.map((place) => renderPlace(host, place))}
              </ul>`
              : nothing
          }`
        : nothing
    }
    ${
      service
        ? html`${section(msg('Opening times'))}
          ${
            hours ??
            html`<p>
            ${
              places.some((p) => p.hours)
                ? msg('See each place above.')
                : entry.schedules.length
                  ? msg('Contact the service to check when it is open.')
                  : reachable
                    ? msg('Opening times are not listed here. To ask when it is open, use the contact details above.')
                    : msg('Opening times are not listed here.')
            }
          </p>`
          }`
        : nothing
    }
    ${
      costs.length || coming.length || entry.free || hasText(fees)
        ? html`${section(msg('Cost'))}
          ${
            costs.length || coming.length || !hasText(fees)
              ? html`<ul class="plain">
                ${costs.map((c) => html`<li>${costText(c)}</li>`)}
                ${coming.map((c) => {
                  const from = formatDate(c.valid_from!);
                  const cost = costText(c);
                  return html`<li>${msg(str`From ${from}: ${cost}`)}</li>`;
                })}
                ${costs.length || coming.length ? nothing : html`<li>${msg('Free')}</li>`}
              </ul>`
              : nothing
          }
          ${rich(fees, 2)}`
        : nothing
    }
    ${hasText(service?.accreditations) ? html`${section(msg('Accreditations'))}${rich(service?.accreditations, 2)}` : nothing}
    ${
      languages.length || hasText(service?.interpretation_services)
        ? html`${section(msg('Languages'))}
          ${languages.length ? html`<p>${formatList(languages)}</p>` : nothing} ${rich(service?.interpretation_services, 2)}`
        : nothing
    }
    ${about ? html`${section(organisationName ? msg(str`About ${organisationName}`) : msg('About the organisation'))}${rich(about, 2)}` : nothing}
    ${record.assured_date ? html`<p class="secondary-text">${msg(str`Last checked ${formatDate(record.assured_date)}`)}</p>` : nothing}
    <p class="no-print actions">
      <button type="button" class="button secondary" @click=${printDetails}>${msg('Print these details')}</button>
      <button type="button" class="button secondary" @click=${toBack}>${msg('Back to results')}</button>
    </p>
  </article>`;
}
