/**
 * When nobody can help (no contact for an area or a role, or a contact with no way to reach them): what is
 * said, and always a way on: the third-sector interface's card, else the feed publisher's phone, email and
 * website and the area's links, else the local library or community centre.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { mailtoUrl, safeUrl, telUrl } from '../feed/domain/safe-url.js';
import type { Connector, LocalityPlan, PlaceFeed } from '../feed/domain/types.js';
import { formatList, msg, str } from '../ui/localize.js';
import { thirdSectorInterfaces } from './choose.js';
import type { ConnectorView } from './host.js';
import { writtenNumber } from './phone-text.js';
import { roleName } from './roles.js';

/**
 * Nobody listed (for an area, for the roles asked for, or at all): say so, and with `wayOn`
 * (nobody else shows below) offer a way on.
 */
export function renderNobody(
  view: ConnectorView,
  roles: string[],
  place: string | undefined,
  feed: PlaceFeed,
  areaId: string | undefined,
  wayOn: boolean,
): TemplateResult {
  const connectors = roles.length === 0 || (roles.length === 1 && roles[0] === 'community_connector');
  const label = formatList(roles.map(roleName), 'disjunction');
  const said =
    connectors && place
      ? msg(str`There is no Community Connector listed for ${place} yet.`)
      : connectors && roles.length === 0
        ? msg('There is nobody listed here yet.')
        : place
          ? msg(str`Nobody is listed as ${label} for ${place} yet.`)
          : msg(str`Nobody is listed as ${label} yet.`);
  const interfaces = wayOn ? thirdSectorInterfaces(feed.connectors, areaId) : [];
  return html`<div class="notice" part="notice">
      <p>${said}</p>
      ${!wayOn ? nothing : interfaces.length ? html`<p>${msg('The third-sector interface can help you find local groups and get involved:')}</p>` : renderOtherHelp(feed, areaId)}
    </div>
    ${interfaces.length ? view.cards(interfaces, feed, true) : nothing}`;
}

/**
 * The way on when no contact can help: the feed publisher's phone, email and website, and the
 * links the feed gives for the area (its page, its Locality Partnership); else the local library.
 */
function renderOtherHelp(feed: PlaceFeed, areaId: string | undefined): TemplateResult {
  const publisher = feed.publisher;
  const name = publisher.name;
  const links: TemplateResult[] = [];
  const phone = publisher.phone ? telUrl(publisher.phone) : undefined;
  if (phone) links.push(html`<li><a href=${phone}>${msg(str`Call ${name} on ${writtenNumber(publisher.phone!)}`)}</a></li>`);
  const email = publisher.email ? mailtoUrl(publisher.email) : undefined;
  if (email) links.push(html`<li><a href=${email}>${msg(str`Email ${name}`)}</a> <span class="address">${publisher.email}</span></li>`);
  const website = safeUrl(publisher.website);
  if (website?.startsWith('http')) links.push(html`<li><a href=${website}>${msg(str`Visit the ${name} website`)}</a></li>`);
  const area = feed.areas.find((a) => a.id === areaId);
  const areaUrl = safeUrl(area?.url);
  const more: TemplateResult[] = [];
  if (area && areaUrl?.startsWith('http')) more.push(html`<li><a href=${areaUrl}>${msg(str`More about ${area.name}`)}</a></li>`);
  const plan: LocalityPlan | undefined = areaId
    ? feed.locality_plans.find((p) => p.area_id === areaId && safeUrl(p.partnership_url)?.startsWith('http'))
    : undefined;
  if (plan)
    more.push(
      html`<li><a href=${safeUrl(plan.partnership_url)!}>${plan.partnership ?? msg(str`The Locality Partnership for ${area?.name ?? plan.title}`)}</a></li>`,
    );
  if (!links.length && !more.length) return html`<p>${msg('Your local library or community centre can help you get in touch.')}</p>`;
  return html`${links.length ? html`<p>${msg(str`${name} can help you find who to contact:`)}</p>` : html`<p>${msg('Find out more about getting involved:')}</p>`}
    <ul class="methods" role="list">
      ${links}${more}
    </ul>`;
}

/** No way to reach them: say so, and offer a way on. */
export function renderNoContact(view: ConnectorView, c: Connector, feed: PlaceFeed): TemplateResult {
  const tsi = c.role === 'third_sector_interface' ? [] : thirdSectorInterfaces(feed.connectors, c.area_ids?.[0]).filter((t) => t.id !== c.id);
  return html`<div class="notice" part="notice">
    <p>${msg(str`There are no contact details for ${c.name} here yet.`)}</p>
    ${tsi.length ? html`<p>${msg('The third-sector interface can help you in the meantime:')}</p>${view.cards(tsi, feed, true)}` : renderOtherHelp(feed, c.area_ids?.[0])}
  </div>`;
}
