/**
 * What `<place-connector>` draws once its feed is there: the contacts for the neighbourhood, role or
 * person asked for, their cards (card.ts), what is said when nobody is listed (nobody.ts), and the
 * warnings for an attribute that names nothing in the feed. A part of its own (lazy-part.ts), fetched
 * beside the feed (`PlaceElement.feedPart`), so a page's first download is only what shows before the
 * feed comes; its styles come with it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Area, Connector, PlaceFeed } from '../feed/domain/types.js';
import { areaLabel } from '../ui/area-label.js';
import { formatNumber, msg, plural, str } from '../ui/localize.js';
import { oneLine } from '../ui/rich-text.js';
import { warnOnce } from '../ui/warn.js';
import { renderCard, renderCompact } from './card.js';
import { chooseContacts, isLocal, rolesOf } from './choose.js';
import type { ConnectorView } from './host.js';
import { renderNobody } from './nobody.js';
import { discStyles, styles as contactStyles } from './styles.js';

export { SaveContact } from './save.js';

/** The cards' styles, added to the element's own when this part arrives. */
export const styles = [contactStyles, discStyles];

/**
 * A contact with the words the card shows as plain text: a name, role or organisation written with
 * markup or entities (`Sm&iacute;th`) reads as words, in the card, its labels and the vCard alike.
 */
function readable(c: Connector): Connector {
  const organization = c.organization && { ...c.organization, name: c.organization.name && oneLine(c.organization.name) };
  return {
    ...c,
    name: oneLine(c.name) || c.name,
    role_title: c.role_title && oneLine(c.role_title),
    organization,
    help_with: c.help_with?.map(oneLine).filter(Boolean),
  };
}

/** Tells the site's editor (once) about an attribute that names nothing in the feed. */
export function checkAttributes(view: ConnectorView, feed: PlaceFeed): void {
  const { element, connector, area, contactRole } = view;
  const roles = rolesOf(contactRole);
  const all = feed.connectors;
  if (connector && !all.some((c) => c.id === connector)) {
    warnOnce(
      element,
      `connector="${connector}" is not a contact in the feed (${all.length ? `its contacts: ${all.map((c) => c.id).join(', ')}` : 'it has no connectors'}); showing who else can help.`,
    );
  }
  if (area && !feed.areas.some((a) => a.id === area)) {
    warnOnce(
      element,
      `area="${area}" is not an area in the feed (${feed.areas.length ? `its areas: ${feed.areas.map((a) => a.id).join(', ')}` : 'it has no areas'}).`,
    );
  }
  const present = [...new Set(all.map((c) => c.role))];
  for (const role of roles.filter((r) => !present.includes(r))) {
    warnOnce(
      element,
      `contact-role="${contactRole}": no contact in the feed has the role "${role}" (${present.length ? `roles in the feed: ${present.join(', ')}` : 'it has no connectors'}).`,
    );
  }
}

/** The element's screen for a feed. */
export function renderContacts(view: ConnectorView, feed: PlaceFeed): TemplateResult {
  const roles = rolesOf(view.contactRole);
  const all = feed.connectors;
  if (view.connector) {
    const one = all.find((c) => c.id === view.connector);
    if (one) return renderCards(view, [one], feed);
  }
  const missing = view.connector ? html`<p class="notice" part="notice">${msg('We could not find that contact. Here is who else can help.')}</p>` : nothing;
  const fixedArea = view.area;
  // A remembered choice the feed no longer has is forgotten.
  const chosen = feed.areas.some((a) => a.id === view.chosenArea) ? view.chosenArea : undefined;
  const areaId = fixedArea ?? chosen;
  const area = feed.areas.find((a) => a.id === areaId);
  const wanted = roles.length ? all.filter((c) => roles.includes(c.role)) : all;
  let contacts = chooseContacts(all, { area: areaId, roles });
  const localWanted = wanted.some(isLocal);
  const showChooser = !fixedArea && feed.areas.length > 0 && localWanted;
  const local = contacts.filter(isLocal);
  let none: unknown = nothing;
  if (roles.length > 0 && wanted.length === 0) {
    // Nobody in the feed has the roles asked for (the console says so too).
    none = renderNobody(view, roles, area ? area.name : areaId, feed, areaId, true);
  } else if (areaId && local.length === 0 && (roles.length === 0 || localWanted)) {
    none = renderNobody(view, roles, area ? area.name : areaId, feed, areaId, contacts.length === 0);
  } else if (!contacts.length && !showChooser) {
    // Nothing local to choose from: the contacts for the whole council area are the ones to show.
    contacts = chooseContacts(all, { roles: [...new Set(wanted.map((c) => c.role))] });
    if (!contacts.length) none = renderNobody(view, roles, undefined, feed, undefined, true);
  }
  const chooser = showChooser && view.chooser();
  return html`${missing}
    ${chooser ? html`<div class="chooser" @submit=${view.afterLookUp}>${chooser.render()}</div>` : nothing}
    ${showChooser ? view.chooserFailed() : nothing}
    ${showChooser ? html`<p class="visually-hidden chooser-status" role="status">${area && local.length ? showingLine(area, local.length) : ''}</p>` : nothing} ${none}
    ${contacts.length ? renderCards(view, contacts, feed) : nothing}`;
}

export function showingLine(area: Area, count: number): string {
  const name = areaLabel(area);
  const n = formatNumber(count);
  return plural(count, {
    zero: msg(str`Showing ${n} contacts for ${name}.`, { id: 'connector.showing.zero' }),
    one: msg(str`Showing ${n} contact for ${name}.`, { id: 'connector.showing.one' }),
    two: msg(str`Showing ${n} contacts for ${name}.`, { id: 'connector.showing.two' }),
    few: msg(str`Showing ${n} contacts for ${name}.`, { id: 'connector.showing.few' }),
    many: msg(str`Showing ${n} contacts for ${name}.`, { id: 'connector.showing.many' }),
    other: msg(str`Showing ${n} contacts for ${name}.`, { id: 'connector.showing.other' }),
  });
}

/** Cards for these contacts; `compact`: the one-line layout. */
export function renderCards(view: ConnectorView, contacts: Connector[], feed: PlaceFeed, compact = view.layout === 'compact'): TemplateResult {
  return html`<ul class="cards ${compact ? 'compact' : ''} ${contacts.length > 1 ? 'grid' : ''}" role="list">
    ${contacts.map(readable).map((c) => html`<li>${compact ? renderCompact(view, c) : renderCard(view, c, feed)}</li>`)}
  </ul>`;
}
