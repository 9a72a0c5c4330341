/**
 * A contact's card: in full (photo or initials, role, name, organisation, what they cover and can help
 * with, when to get in touch, every way to reach them, drop-in, "Save contact") or compact (name, role,
 * call and email on one line). Drawn from the contact and `ConnectorView` (host.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { mailtoUrl, phoneParts, safeUrl, smsUrl, telUrl } from '../feed/domain/safe-url.js';
import type { Connector, PlaceFeed } from '../feed/domain/types.js';
import { hostTextLang } from '../ui/feed-lang.js';
import { heading } from '../ui/heading.js';
import { formatList, msg, str } from '../ui/localize.js';
import { hasText, richText } from '../ui/rich-text.js';
import { availableNow, hoursLines } from './availability.js';
import type { ConnectorView } from './host.js';
import { discIndex, initials } from './initials.js';
import { shortName } from './names.js';
import { renderNoContact } from './nobody.js';
import { writtenNumber } from './phone-text.js';
import { jobTitle, knownRoleLabel, roleLabel } from './roles.js';
import { LONG_LABEL } from '../feed/domain/limits.js';
import { shortened } from '../ui/plain-text.js';

function renderPhoto(view: ConnectorView, c: Connector): TemplateResult {
  const url = safeUrl(c.photo?.url);
  if (url && !view.photoBroken(c.id)) {
    const alt = c.photo?.alt ?? msg(str`Photo of ${c.name}`);
    return html`<img class="photo" part="photo" src=${url} alt=${alt} @error=${() => view.photoFailed(c.id)} />`;
  }
  // The name is right beside it, so the initials are decoration.
  return html`<span class="photo disc disc-${discIndex(c.name)}" part="photo" aria-hidden="true"><span>${initials(c.name)}</span></span>`;
}

/**
 * Every way to get in touch that the feed gives, as links that say what they do. A link's
 * text is its whole accessible name (no `aria-label`, nothing hidden): see `phone-text.ts`.
 */
function contactLinks(c: Connector, full: boolean): TemplateResult[] {
  const name = shortName(c.name);
  const links: TemplateResult[] = [];
  const item = (content: unknown) => content && links.push(html`<li>${content}</li>`);
  for (const phone of c.phones ?? []) {
    const type = phone.type?.toLowerCase();
    if (type === 'fax') continue;
    // Each number its own link ("0123 456 or 0789 012" is two); one number keeps the words written with it.
    const parts = phoneParts(phone.number).filter((part) => part.number);
    for (const part of parts) {
      const number = writtenNumber(parts.length > 1 ? part.number! : phone.number);
      const tel = type === 'text' ? undefined : telUrl(part.number!);
      const sms = (type === 'text' || type === 'cell') && full ? smsUrl(part.number!) : undefined;
      if (tel) item(html`<a href=${tel}>${msg(str`Call ${name} on ${number}`)}</a>`);
      if (sms) item(html`<a href=${sms}>${msg(str`Text ${name} on ${number}`)}</a>`);
    }
  }
  const email = c.email ? mailtoUrl(c.email) : undefined;
  if (email) item(html`<a href=${email}>${msg(str`Email ${name}`)}</a>${full ? html` <span class="address">${c.email}</span>` : nothing}`);
  if (!full) return links;
  const booking = safeUrl(c.booking_url);
  if (booking?.startsWith('http')) item(html`<a href=${booking}>${msg(str`Book a conversation with ${name}`)}</a>`);
  for (const link of c.links ?? []) {
    const href = safeUrl(link.url);
    if (href) item(html`<a href=${href}>${link.label}</a>`);
  }
  return links;
}

/** The contact with its name shortened when it is past `LONG_LABEL` (a megabyte of name froze the page for 14 s laying it out). */
const labelled = (c: Connector): Connector => (c.name.length > LONG_LABEL ? { ...c, name: shortened(c.name, LONG_LABEL) } : c);

export function renderCompact(view: ConnectorView, contact: Connector): TemplateResult {
  const c = labelled(contact);
  const links = contactLinks(c, false);
  return html`<article class="card" part="card" aria-label=${c.name}>
    ${renderPhoto(view, c)}
    <p><strong class="name" part="name">${c.name}</strong>, <span class="role">${jobTitle(c)}</span></p>
    ${links.length ? html`<ul class="methods" part="contact-methods" role="list">${links}</ul>` : nothing}
  </article>`;
}

export function renderCard(view: ConnectorView, contact: Connector, feed: PlaceFeed): TemplateResult {
  const c = labelled(contact);
  const level = view.level;
  const sub = level + 1;
  const subheading = (text: string) => heading(level, 1, text, { class: 'h sub', rank: 2 });
  const now = view.now();
  const id = `c-${c.id}`;
  const known = knownRoleLabel(c.role);
  const areaNames = (c.area_ids ?? []).map((a) => feed.areas.find((x) => x.id === a)?.name ?? a);
  const hours = hoursLines(c.availability, now);
  const status = availableNow(c.availability, now);
  const languages = (c.languages ?? []).map((l) => l.name).filter((n): n is string => !!n);
  const links = contactLinks(c, true);
  const drop = c.drop_in;
  const place = drop?.location;
  const address = place?.addresses?.[0];
  const addressText = address ? [address.address_1, address.address_2, address.city, address.postal_code].filter(Boolean).join(', ') : '';
  const map =
    place?.latitude !== undefined && place.longitude !== undefined
      ? `https://www.openstreetmap.org/?mlat=${place.latitude}&mlon=${place.longitude}#map=17/${place.latitude}/${place.longitude}`
      : undefined;
  const placeName = place?.name ?? addressText;
  const dropHours = hoursLines(drop?.schedules, now);
  const org = c.organization?.name;
  const orgUrl = safeUrl(c.organization?.website ?? c.organization?.url);
  const areaList = formatList(areaNames);
  const languageList = formatList(languages);
  const lang = hostTextLang(view.element);
  return html`<article class="card" part="card" aria-labelledby=${id}>
    ${renderPhoto(view, c)}
    <div class="body">
      <p class="kind">${roleLabel(c)}</p>
      ${heading(level, 0, c.name, { id, class: 'h name', part: 'name' })}
      ${known && c.role_title ? html`<p class="role" lang=${ifDefined(lang)}>${c.role_title}</p>` : nothing}
      ${org ? html`<p>${orgUrl?.startsWith('http') ? html`<a href=${orgUrl} lang=${ifDefined(lang)}>${org}</a>` : html`<span lang=${ifDefined(lang)}>${org}</span>`}${c.independent_of_council ? html`<br />${msg('Works independently of the council')}` : nothing}</p>` : c.independent_of_council ? html`<p>${msg('Works independently of the council')}</p>` : nothing}
      <p class="secondary-text">${areaNames.length ? msg(str`Covers ${areaList}`) : msg('Covers the whole council area')}</p>
      ${richText(view.element, c.description, sub)}
      ${c.help_with?.length ? html`${subheading(msg('Can help with'))}<ul lang=${ifDefined(lang)}>${c.help_with.map((h) => html`<li>${h}</li>`)}</ul>` : nothing}
      ${
        hours.length || hasText(c.availability_note)
          ? html`${subheading(msg('When to get in touch'))}
            ${status ? html`<p class="now"><strong>${status}</strong></p>` : nothing}
            ${renderHours(hours)} ${richText(view.element, c.availability_note, Math.min(6, sub + 1))}`
          : nothing
      }
      ${languages.length ? html`<p>${msg(str`Speaks ${languageList}`)}</p>` : nothing}
      ${links.length ? html`${subheading(msg('Get in touch'))}<ul class="methods" part="contact-methods" role="list">${links}</ul>` : nothing}
      ${
        drop
          ? html`${subheading(msg('Drop in'))}
            ${richText(view.element, drop.description, Math.min(6, sub + 1))}
            ${placeName ? html`<p>${place?.name && addressText ? html`${place.name}<br />${addressText}` : placeName}</p>` : nothing}
            ${renderHours(dropHours)}
            ${map ? html`<p><a href=${map}>${msg(str`Map of ${placeName || c.name}`)}</a></p>` : nothing}`
          : nothing
      }
      ${links.length || drop ? nothing : renderNoContact(view, c, feed)}
      ${links.length || addressText ? view.saveButton(c, hours) : nothing}
    </div>
  </article>`;
}

function renderHours(lines: ReturnType<typeof hoursLines>): TemplateResult | typeof nothing {
  return lines.length
    ? html`<ul class="hours">${lines.map((l) => html`<li>${l.hours ? msg(str`${l.days}: ${l.hours}`) : l.days}</li>`)}</ul><p class="secondary-text">${msg('Times are UK time.')}</p>`
    : nothing;
}
