import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FeedResult } from '../feed/load/read.js';
import { mailtoUrl, safeUrl, smsUrl, telUrl } from '../feed/domain/safe-url.js';
import type { Area, Connector, LocalityPlan, PlaceFeed } from '../feed/domain/types.js';
import type { AreaChooser, AreaChoice } from '../ui/area-chooser.js';
import { emit } from '../ui/events.js';
import { formatList, formatNumber, msg, plural, str } from '../ui/localize.js';
import { areaLabel } from '../ui/area-label.js';
import { hostTextLang } from '../ui/feed-lang.js';
import { heading } from '../ui/heading.js';
import { LazyPart, onDemand } from '../ui/lazy-part.js';
import { PlaceElement } from '../ui/place-element.js';
import { retryPanel } from '../ui/retry-panel.js';
import { warnOnce } from '../ui/warn.js';
import { hasText, oneLine, plainText, richText } from '../ui/rich-text.js';
import { baseStyles, formStyles } from '../ui/styles.js';
import { availableNow, hoursLines } from './availability.js';
import { chooseContacts, isLocal, rolesOf, thirdSectorInterfaces } from './choose.js';
import { discColour, initials } from './initials.js';
import { shortName } from './names.js';
import { writtenNumber } from './phone-text.js';
import { jobTitle, knownRoleLabel, roleLabel, roleName } from './roles.js';
import { styles } from './styles.js';

/** What `place-connector-save` tells the page. */
export interface ConnectorSaveDetail {
  /** The contact's id in the feed. */
  id: string;
  /** The file name of the vCard offered for download. */
  fileName: string;
}

/** Where a remembered neighbourhood is kept (sessionStorage, only with `remember`): one per page. */
const rememberKey = () => `placekit:connector-area:${location.pathname}`;

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

/**
 * The people who help residents get involved: each neighbourhood's Community Connector, the
 * third-sector interface and other contacts the feed names, with every way the feed gives to reach them
 * and a "Save contact" button that downloads a vCard for the phone's address book.
 *
 * With `area` it shows the contacts for that neighbourhood; with `connector`, one person. Without
 * either, a resident picks their neighbourhood from a list or by postcode. `contact-role` filters by kind of
 * contact. When nobody is listed (for an area, a role, or at all), or a contact has no way to reach them, it
 * says so and always offers a way on: the third-sector interface, else the feed publisher's phone, email and
 * website and the area's links, else the local library or community centre. An `area`, `connector` or
 * `contact-role` that names nothing in the feed is also reported in the console for the site's editor.
 * A card's heading is the contact's name, at `heading-level`, with its sections ("Can help with", "Get in
 * touch", "Drop in") one below; the compact layout has no headings.
 *
 * @tagname place-connector
 * @summary Contact cards for Community Connectors and the other people who help residents get involved.
 *
 * @fires place-connector-save - A resident saved a contact (the vCard was offered for download).
 *   `detail`: `{id, fileName}`.
 *
 * @csspart card - One contact's card (in both layouts).
 * @csspart photo - The photo, or the initials on a coloured disc that stand in for it.
 * @csspart name - The contact's name.
 * @csspart contact-methods - The list of ways to get in touch.
 * @csspart save-button - The "Save contact" button (only on cards with a phone, email, link or address).
 * @csspart area-chooser - The neighbourhood list and postcode box (without `area` or `connector`).
 * @csspart notice - What is said when nobody is listed, or a contact has no contact details, with the way on.
 *
 * @cssproperty --place-connector-photo-size - The photo's (and disc's) width on a card. Default: 6em (of
 *   the element's own text size, not the page's root size).
 * @cssproperty --place-connector-card-min - The narrowest a card gets in the grid before the grid
 *   drops to fewer columns. Default: 18em.
 */
export class PlaceConnectorElement extends PlaceElement {
  static override styles = [baseStyles, formStyles, styles];

  /** Shows the contacts who cover this area (an area `id` from the feed; their `area_ids` include it). */
  @property() area?: string;

  /** Shows the one contact with this id. Wins over `area`. */
  @property() connector?: string;

  /**
   * Only contacts with these roles (space- or comma-separated role ids: `community_connector`,
   * `third_sector_interface`, `place_director`, or another role the feed names). With a role, contacts
   * for the whole council area (no `area_ids`) show too, with or without an area. (Not `role`: that is
   * the ARIA attribute every element has, and a role id there would be an invalid ARIA role.)
   */
  @property({ attribute: 'contact-role' }) contactRole?: string;

  /** `card` (the default): everything the feed says. `compact`: name, role, call and email on one line, for a sidebar. */
  @property({ reflect: true }) layout: 'card' | 'compact' = 'card';

  /**
   * Keeps the neighbourhood a resident chose for this page while the browser tab is open
   * (`sessionStorage`, key `placekit:connector-area:<path>`). Without it nothing is stored.
   */
  @property({ type: Boolean }) remember = false;

  /** @internal The neighbourhood the resident chose. */ @state() private chosen?: string;
  /** @internal Contacts whose photo failed to load, by id. */ @state() private brokenPhotos: ReadonlySet<string> = new Set();
  /** @internal What is said beside a card's "Save contact" button, by contact id (when saving failed). */
  @state() private saveMessages: ReadonlyMap<string, string> = new Map();
  /** @internal The clock, for tests. */ now = (): Date => new Date();
  /**
   * @internal Parts loaded on demand (lazy-part.ts): the neighbourhood chooser, only where a resident picks
   * an area (pages with `area` never download it), and the vCard builder, on the first "Save contact".
   * Tests replace a loader to see a part fail.
   */
  static parts = { chooser: onDemand(() => import('../ui/area-chooser.js')), vcard: onDemand(() => import('./vcard.js')) };
  /** @internal The neighbourhood chooser, once loaded. */
  private chooser?: AreaChooser;
  /** @internal */
  private readonly chooserPart = new LazyPart(this, PlaceConnectorElement.parts.chooser, {
    ready: ({ AreaChooser }) =>
      (this.chooser = new AreaChooser(this, {
        areas: () => this.feedResult?.feed.areas ?? [],
        selected: () => this.chosen,
        choose: (choice) => this.chooseArea(choice),
        legend: () => msg('Find the Community Connector for your neighbourhood'),
        confirmLabel: () => msg('Show contacts'),
      })),
  });
  /** @internal Contacts whose vCard is being made: another press meanwhile is ignored. */
  private saving = new Set<string>();
  /** @internal Set when the resident's postcode look-up chose an area. */
  private choseNow = false;

  /** @internal */
  private renderChooserFailed(): TemplateResult {
    return retryPanel({
      level: this.level,
      title: msg('Sorry, the list of neighbourhoods could not be loaded'),
      message: msg('Check your connection and try again.'),
      action: msg('Try loading the list of neighbourhoods again'),
      retry: this.retryChooser,
      busy: this.chooserPart.busy,
      part: 'notice',
    });
  }

  /** @internal The notice (and its button, which keeps focus) stays until the chooser has loaded; then the list has focus. */
  private retryChooser = async (): Promise<void> => {
    if (!(await this.chooserPart.retry())) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.chooser select')?.focus();
  };

  /** @internal */
  protected override get loadingLabel(): string {
    return msg('Loading contact details…');
  }

  /** @internal */
  protected override get errorTitle(): string {
    return msg('Sorry, we could not load the contact details');
  }

  /** @internal */
  protected override get retryLabel(): string {
    return msg('Try loading the contact details again');
  }

  /** @internal */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const feed = this.feedResult?.feed;
    if (feed) this.checkAttributes(feed);
    if (changed.has('remember') && this.remember && !this.chosen) {
      try {
        this.chosen = sessionStorage.getItem(rememberKey()) ?? undefined;
      } catch {
        // Storage blocked: the choice lasts as long as the element.
      }
    }
  }

  /** @internal */
  private chooseArea(choice: AreaChoice): void {
    this.chosen = choice.area.id;
    this.choseNow = choice.via === 'postcode';
    if (!this.remember) return;
    try {
      sessionStorage.setItem(rememberKey(), choice.area.id);
    } catch {
      // Storage blocked or full: nothing to do.
    }
  }

  /**
   * @internal After the chooser has handled a postcode (its form's submit reaches here after its own
   * handler): a postcode that matched no area, or could not be read, clears the area shown before, so its
   * cards are not taken for the answer. The chooser says what went wrong. (Pressing "Find" with the box
   * empty changes nothing.)
   */
  private afterLookUp = (event: Event): void => {
    const typed = ((event.target as HTMLFormElement).elements?.namedItem('postcode') as HTMLInputElement | null)?.value.trim();
    if (!this.choseNow && this.chosen && typed) {
      this.chosen = undefined;
      try {
        if (this.remember) sessionStorage.removeItem(rememberKey());
      } catch {
        // Storage blocked: nothing was kept.
      }
    }
    this.choseNow = false;
  };

  /** @internal Tells the site's editor (once) about an attribute that names nothing in the feed. */
  private checkAttributes(feed: PlaceFeed): void {
    const roles = rolesOf(this.contactRole);
    const all = feed.connectors;
    if (this.connector && !all.some((c) => c.id === this.connector)) {
      warnOnce(
        this,
        `connector="${this.connector}" is not a contact in the feed (${all.length ? `its contacts: ${all.map((c) => c.id).join(', ')}` : 'it has no connectors'}); showing who else can help.`,
      );
    }
    if (this.area && !feed.areas.some((a) => a.id === this.area)) {
      warnOnce(
        this,
        `area="${this.area}" is not an area in the feed (${feed.areas.length ? `its areas: ${feed.areas.map((a) => a.id).join(', ')}` : 'it has no areas'}).`,
      );
    }
    const present = [...new Set(all.map((c) => c.role))];
    for (const role of roles.filter((r) => !present.includes(r))) {
      warnOnce(
        this,
        `contact-role="${this.contactRole}": no contact in the feed has the role "${role}" (${present.length ? `roles in the feed: ${present.join(', ')}` : 'it has no connectors'}).`,
      );
    }
  }

  /** @internal */
  protected renderFeed({ feed }: FeedResult): TemplateResult {
    const roles = rolesOf(this.contactRole);
    const all = feed.connectors;
    if (this.connector) {
      const one = all.find((c) => c.id === this.connector);
      if (one) return this.renderCards([one], feed);
    }
    const missing = this.connector ? html`<p class="notice" part="notice">${msg('We could not find that contact. Here is who else can help.')}</p>` : nothing;
    const fixedArea = this.area;
    // A remembered choice the feed no longer has is forgotten.
    const chosen = feed.areas.some((a) => a.id === this.chosen) ? this.chosen : undefined;
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
      none = this.renderNobody(roles, area ? area.name : areaId, feed, areaId, true);
    } else if (areaId && local.length === 0 && (roles.length === 0 || localWanted)) {
      none = this.renderNobody(roles, area ? area.name : areaId, feed, areaId, contacts.length === 0);
    } else if (!contacts.length && !showChooser) {
      // Nothing local to choose from: the contacts for the whole council area are the ones to show.
      contacts = chooseContacts(all, { roles: [...new Set(wanted.map((c) => c.role))] });
      if (!contacts.length) none = this.renderNobody(roles, undefined, feed, undefined, true);
    }
    const chooser = showChooser && this.chooserPart.use() && this.chooser;
    return html`${missing}
      ${chooser ? html`<div class="chooser" @submit=${this.afterLookUp}>${chooser.render()}</div>` : nothing}
      ${showChooser && this.chooserPart.failed ? this.renderChooserFailed() : nothing}
      ${showChooser ? html`<p class="visually-hidden chooser-status" role="status">${area && local.length ? this.showingLine(area, local.length) : ''}</p>` : nothing} ${none}
      ${contacts.length ? this.renderCards(contacts, feed) : nothing}`;
  }

  /** @internal */
  private showingLine(area: Area, count: number): string {
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

  /**
   * @internal Nobody listed (for an area, for the roles asked for, or at all): say so, and with `wayOn`
   * (nobody else shows below) offer a way on.
   */
  private renderNobody(roles: string[], place: string | undefined, feed: PlaceFeed, areaId: string | undefined, wayOn: boolean): TemplateResult {
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
        ${!wayOn ? nothing : interfaces.length ? html`<p>${msg('The third-sector interface can help you find local groups and get involved:')}</p>` : this.renderOtherHelp(feed, areaId)}
      </div>
      ${interfaces.length ? this.renderCards(interfaces, feed, true) : nothing}`;
  }

  /**
   * @internal The way on when no contact can help: the feed publisher's phone, email and website, and the
   * links the feed gives for the area (its page, its Locality Partnership); else the local library.
   */
  private renderOtherHelp(feed: PlaceFeed, areaId: string | undefined): TemplateResult {
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

  /** @internal */
  private renderCards(contacts: Connector[], feed: PlaceFeed, compact = this.layout === 'compact'): TemplateResult {
    return html`<ul class="cards ${compact ? 'compact' : ''} ${contacts.length > 1 ? 'grid' : ''}" role="list">
      ${contacts.map(readable).map((c) => html`<li>${compact ? this.renderCompact(c) : this.renderCard(c, feed)}</li>`)}
    </ul>`;
  }

  /** @internal */
  private renderPhoto(c: Connector): TemplateResult {
    const url = safeUrl(c.photo?.url);
    if (url && !this.brokenPhotos.has(c.id)) {
      const alt = c.photo?.alt ?? msg(str`Photo of ${c.name}`);
      return html`<img class="photo" part="photo" src=${url} alt=${alt} @error=${() => (this.brokenPhotos = new Set(this.brokenPhotos).add(c.id))} />`;
    }
    // The name is right beside it, so the initials are decoration.
    return html`<span class="photo disc" part="photo" aria-hidden="true" style="background-color:${discColour(c.name)}"><span>${initials(c.name)}</span></span>`;
  }

  /**
   * @internal Every way to get in touch that the feed gives, as links that say what they do. A link's
   * text is its whole accessible name (no `aria-label`, nothing hidden): see `phone-text.ts`.
   */
  private contactLinks(c: Connector, full: boolean): TemplateResult[] {
    const name = shortName(c.name);
    const links: TemplateResult[] = [];
    const item = (content: unknown) => content && links.push(html`<li>${content}</li>`);
    for (const phone of c.phones ?? []) {
      const type = phone.type?.toLowerCase();
      if (type === 'fax') continue;
      const number = writtenNumber(phone.number);
      const tel = type === 'text' ? undefined : telUrl(phone.number);
      const sms = (type === 'text' || type === 'cell') && full ? smsUrl(phone.number) : undefined;
      if (tel) item(html`<a href=${tel}>${msg(str`Call ${name} on ${number}`)}</a>`);
      if (sms) item(html`<a href=${sms}>${msg(str`Text ${name} on ${number}`)}</a>`);
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

  /** @internal */
  private renderCompact(c: Connector): TemplateResult {
    const links = this.contactLinks(c, false);
    return html`<article class="card" part="card" aria-label=${c.name}>
      ${this.renderPhoto(c)}
      <p><strong class="name" part="name">${c.name}</strong>, <span class="role">${jobTitle(c)}</span></p>
      ${links.length ? html`<ul class="methods" part="contact-methods" role="list">${links}</ul>` : nothing}
    </article>`;
  }

  /** @internal */
  private renderCard(c: Connector, feed: PlaceFeed): TemplateResult {
    const level = this.level;
    const sub = level + 1;
    const subheading = (text: string) => heading(level, 1, text, { class: 'h sub', rank: 2 });
    const now = this.now();
    const id = `c-${c.id}`;
    const known = knownRoleLabel(c.role);
    const areaNames = (c.area_ids ?? []).map((a) => feed.areas.find((x) => x.id === a)?.name ?? a);
    const hours = hoursLines(c.availability, now);
    const status = availableNow(c.availability, now);
    const languages = (c.languages ?? []).map((l) => l.name).filter((n): n is string => !!n);
    const links = this.contactLinks(c, true);
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
    const fullName = c.name;
    const areaList = formatList(areaNames);
    const languageList = formatList(languages);
    const lang = hostTextLang(this);
    return html`<article class="card" part="card" aria-labelledby=${id}>
      ${this.renderPhoto(c)}
      <div class="body">
        <p class="kind">${roleLabel(c)}</p>
        ${heading(level, 0, c.name, { id, class: 'h name', part: 'name' })}
        ${known && c.role_title ? html`<p class="role" lang=${ifDefined(lang)}>${c.role_title}</p>` : nothing}
        ${org ? html`<p>${orgUrl?.startsWith('http') ? html`<a href=${orgUrl} lang=${ifDefined(lang)}>${org}</a>` : html`<span lang=${ifDefined(lang)}>${org}</span>`}${c.independent_of_council ? html`<br />${msg('Works independently of the council')}` : nothing}</p>` : c.independent_of_council ? html`<p>${msg('Works independently of the council')}</p>` : nothing}
        <p class="secondary-text">${areaNames.length ? msg(str`Covers ${areaList}`) : msg('Covers the whole council area')}</p>
        ${richText(this, c.description, sub)}
        ${c.help_with?.length ? html`${subheading(msg('Can help with'))}<ul lang=${ifDefined(lang)}>${c.help_with.map((h) => html`<li>${h}</li>`)}</ul>` : nothing}
        ${
          hours.length || hasText(c.availability_note)
            ? html`${subheading(msg('When to get in touch'))}
              ${status ? html`<p class="now"><strong>${status}</strong></p>` : nothing}
              ${this.renderHours(hours)} ${richText(this, c.availability_note, Math.min(6, sub + 1))}`
            : nothing
        }
        ${languages.length ? html`<p>${msg(str`Speaks ${languageList}`)}</p>` : nothing}
        ${links.length ? html`${subheading(msg('Get in touch'))}<ul class="methods" part="contact-methods" role="list">${links}</ul>` : nothing}
        ${
          drop
            ? html`${subheading(msg('Drop in'))}
              ${richText(this, drop.description, Math.min(6, sub + 1))}
              ${placeName ? html`<p>${place?.name && addressText ? html`${place.name}<br />${addressText}` : placeName}</p>` : nothing}
              ${this.renderHours(dropHours)}
              ${map ? html`<p><a href=${map}>${msg(str`Map of ${placeName || c.name}`)}</a></p>` : nothing}`
            : nothing
        }
        ${links.length || drop ? nothing : this.renderNoContact(c, feed)}
        ${
          links.length || addressText
            ? html`<p class="save">
                <button type="button" class="button secondary" part="save-button" aria-label=${msg(str`Save contact: ${fullName}`)} @click=${(event: MouseEvent) => void this.saveContact(event, c, hours)}>
                  ${msg('Save contact')}
                </button>
              </p>
              <p class="save-status error-message" role="status">${this.saveMessages.get(c.id) ?? ''}</p>`
            : nothing
        }
      </div>
    </article>`;
  }

  /** @internal */
  private renderHours(lines: ReturnType<typeof hoursLines>): TemplateResult | typeof nothing {
    return lines.length
      ? html`<ul class="hours">${lines.map((l) => html`<li>${l.hours ? msg(str`${l.days}: ${l.hours}`) : l.days}</li>`)}</ul><p class="secondary-text">${msg('Times are UK time.')}</p>`
      : nothing;
  }

  /** @internal No way to reach them: say so, and offer a way on. */
  private renderNoContact(c: Connector, feed: PlaceFeed): TemplateResult {
    const tsi = c.role === 'third_sector_interface' ? [] : thirdSectorInterfaces(feed.connectors, c.area_ids?.[0]).filter((t) => t.id !== c.id);
    return html`<div class="notice" part="notice">
      <p>${msg(str`There are no contact details for ${c.name} here yet.`)}</p>
      ${tsi.length ? html`<p>${msg('The third-sector interface can help you in the meantime:')}</p>${this.renderCards(tsi, feed, true)}` : this.renderOtherHelp(feed, c.area_ids?.[0])}
    </div>`;
  }

  /** @internal */
  private setSaveMessage(id: string, message: string): void {
    const messages = new Map(this.saveMessages);
    if (message) messages.set(id, message);
    else messages.delete(id);
    this.saveMessages = messages;
  }

  /**
   * @internal Builds the vCard in the browser (its code loads on first use) and offers it as a download.
   * One file per press: the second click of a double click, and presses while the file is being made, are
   * ignored. If the builder cannot be loaded (offline), the resident is told beside the button.
   */
  private async saveContact(event: MouseEvent, c: Connector, hours: ReturnType<typeof hoursLines>): Promise<void> {
    if (event.detail > 1 || this.saving.has(c.id)) return;
    this.saving.add(c.id);
    this.setSaveMessage(c.id, '');
    try {
      await this.downloadVCard(c, hours);
    } catch (error) {
      console.warn('place-connector: could not save the contact.', error);
      this.setSaveMessage(c.id, msg('Sorry, the contact could not be saved. Check your connection and try again.'));
    } finally {
      this.saving.delete(c.id);
    }
  }

  /** @internal */
  private async downloadVCard(c: Connector, hours: ReturnType<typeof hoursLines>): Promise<void> {
    const { connectorVCard, vcardFileName } = await PlaceConnectorElement.parts.vcard.get();
    const note = [
      plainText(c.description),
      c.help_with?.length ? `${msg('Can help with')}: ${c.help_with.join('; ')}` : '',
      ...hours.map((l) => (l.hours ? msg(str`${l.days}: ${l.hours}`) : l.days)),
      plainText(c.availability_note),
    ].filter((line): line is string => !!line);
    const text = connectorVCard(c, { title: jobTitle(c), note, photo: !this.brokenPhotos.has(c.id) });
    const fileName = vcardFileName(c.name);
    const url = URL.createObjectURL(new Blob([text], { type: 'text/vcard;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.hidden = true;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    emit(this, 'place-connector-save', { id: c.id, fileName });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'place-connector': PlaceConnectorElement;
  }
}

declare module '../ui/events.js' {
  interface PlaceEventMap {
    'place-connector-save': ConnectorSaveDetail;
  }
}
