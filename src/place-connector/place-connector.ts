import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FeedResult } from '../feed/parse.js';
import { mailtoUrl, safeUrl, smsUrl, telUrl } from '../feed/safe-url.js';
import type { Area, Connector, PlaceFeed } from '../feed/schema.js';
import type { AreaChooser, AreaChoice } from '../ui/area-chooser.js';
import { emit } from '../ui/events.js';
import { formatList, msg, str } from '../ui/localize.js';
import { PlaceElement } from '../ui/place-element.js';
import { baseStyles, formStyles } from '../ui/styles.js';
import { availableNow, hoursLines } from './availability.js';
import { chooseContacts, isLocal, rolesOf, thirdSectorInterfaces } from './choose.js';
import { discColour, initials } from './initials.js';
import { shortName } from './names.js';
import { spokenNumber } from './phone-speech.js';
import { jobTitle, knownRoleLabel, roleLabel } from './roles.js';
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
 * The people who help residents get involved: each neighbourhood's Community Connector, the
 * third-sector interface and other contacts the feed names, with every way the feed gives to reach them
 * and a "Save contact" button that downloads a vCard for the phone's address book.
 *
 * With `area` it shows the contacts for that neighbourhood; with `connector`, one person. Without
 * either, a resident picks their neighbourhood from a list or by postcode. `contact-role` filters by kind of
 * contact. When nobody covers an area, it says so and points to the third-sector interface.
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
 * @csspart save-button - The "Save contact" button.
 * @csspart area-chooser - The neighbourhood list and postcode box (without `area` or `connector`).
 * @csspart notice - What is said when an area has nobody listed, or a contact has no contact details.
 *
 * @cssproperty --place-connector-photo-size - The photo's (and disc's) width on a card. Default: 6rem.
 * @cssproperty --place-connector-card-min - The narrowest a card gets in the grid before the grid
 *   drops to fewer columns. Default: 18rem.
 */
export class PlaceConnectorElement extends PlaceElement {
  static override styles = [baseStyles, formStyles, styles];

  /** Shows the contacts for this area (an area id from the feed). */
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

  /** `card` (the default): everything the feed says. `compact`: one line for a sidebar. */
  @property({ reflect: true }) layout: 'card' | 'compact' = 'card';

  /**
   * Keeps the neighbourhood a resident chose for this page while the browser tab is open
   * (sessionStorage, keyed by the page's path). Without it nothing is stored.
   */
  @property({ type: Boolean }) remember = false;

  /** @internal The neighbourhood the resident chose. */ @state() private chosen?: string;
  /** @internal Contacts whose photo failed to load, by id. */ @state() private brokenPhotos: ReadonlySet<string> = new Set();
  /** @internal The clock, for tests. */ now = (): Date => new Date();

  /** @internal The neighbourhood chooser, loaded only when needed (pages with `area` never download it). */
  private chooser?: AreaChooser;
  private chooserLoading?: Promise<void>;
  /** @internal */ private areaLabel?: (area: Area) => string;

  private loadChooser(): void {
    this.chooserLoading ??= import('../ui/area-chooser.js').then(({ AreaChooser, areaLabel }) => {
      this.areaLabel = areaLabel;
      this.chooser = new AreaChooser(this, {
        areas: () => this.feedResult?.feed.areas ?? [],
        selected: () => this.chosen,
        choose: (choice) => this.chooseArea(choice),
        legend: () => msg('Find the Community Connector for your neighbourhood'),
      });
      this.requestUpdate();
    });
  }

  protected override get loadingLabel(): string {
    return msg('Loading contact details…');
  }

  protected override get errorTitle(): string {
    return msg('Sorry, we could not load the contact details');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('remember') && this.remember && !this.chosen) {
      try {
        this.chosen = sessionStorage.getItem(rememberKey()) ?? undefined;
      } catch {
        // Storage blocked: the choice lasts as long as the element.
      }
    }
  }

  private chooseArea(choice: AreaChoice): void {
    this.chosen = choice.area.id;
    if (!this.remember) return;
    try {
      sessionStorage.setItem(rememberKey(), choice.area.id);
    } catch {
      // Storage blocked or full: nothing to do.
    }
  }

  protected renderFeed({ feed }: FeedResult): TemplateResult {
    const roles = rolesOf(this.contactRole);
    const all = feed.connectors;
    if (this.connector) {
      const one = all.find((c) => c.id === this.connector);
      if (one) return this.renderCards([one], feed);
    }
    const missing = this.connector ? html`<p class="notice" part="notice">${msg('We could not find that contact. Here is who else can help.')}</p>` : nothing;
    const fixedArea = this.area;
    const areaId = fixedArea ?? this.chosen;
    const area = feed.areas.find((a) => a.id === areaId);
    const contacts = chooseContacts(all, { area: area?.id ?? fixedArea, roles });
    const localWanted = all.some((c) => isLocal(c) && (roles.length === 0 || roles.includes(c.role)));
    const showChooser = !fixedArea && feed.areas.length > 0 && localWanted;
    const local = contacts.filter(isLocal);
    let none: unknown = nothing;
    if (areaId && local.length === 0 && (roles.length === 0 || roles.some((r) => all.some((c) => c.role === r && isLocal(c))))) {
      none = this.renderNobody(area ? area.name : areaId, contacts.length === 0 ? thirdSectorInterfaces(all, areaId) : [], feed);
    }
    if (showChooser) this.loadChooser();
    return html`${missing}
      ${showChooser && this.chooser ? this.chooser.render() : nothing}
      ${showChooser ? html`<p class="visually-hidden chooser-status" role="status">${area && local.length ? this.showingLine(area, local.length) : ''}</p>` : nothing} ${none}
      ${contacts.length ? this.renderCards(contacts, feed) : nothing}`;
  }

  private showingLine(area: Area, count: number): string {
    const name = this.areaLabel?.(area) ?? area.name;
    return count === 1 ? msg(str`Showing 1 contact for ${name}.`) : msg(str`Showing ${count} contacts for ${name}.`);
  }

  /** An area with nobody: say so, and point to the third-sector interface when the feed has one. */
  private renderNobody(name: string, interfaces: Connector[], feed: PlaceFeed): TemplateResult {
    return html`<div class="notice" part="notice">
        <p>${msg(str`There is no Community Connector listed for ${name} yet.`)}</p>
        ${interfaces.length ? html`<p>${msg('The third-sector interface can help you find local groups and get involved:')}</p>` : nothing}
      </div>
      ${interfaces.length ? this.renderCards(interfaces, feed, true) : nothing}`;
  }

  private renderCards(contacts: Connector[], feed: PlaceFeed, compact = this.layout === 'compact'): TemplateResult {
    return html`<ul class="cards ${compact ? 'compact' : ''} ${contacts.length > 1 ? 'grid' : ''}" role="list">
      ${contacts.map((c) => html`<li>${compact ? this.renderCompact(c) : this.renderCard(c, feed)}</li>`)}
    </ul>`;
  }

  private renderPhoto(c: Connector): TemplateResult {
    const url = safeUrl(c.photo?.url);
    if (url && !this.brokenPhotos.has(c.id)) {
      const alt = c.photo?.alt ?? msg(str`Photo of ${c.name}`);
      return html`<img class="photo" part="photo" src=${url} alt=${alt} @error=${() => (this.brokenPhotos = new Set(this.brokenPhotos).add(c.id))} />`;
    }
    // The name is right beside it, so the initials are decoration.
    return html`<span class="photo disc" part="photo" aria-hidden="true" style="background-color:${discColour(c.name)}">${initials(c.name)}</span>`;
  }

  /** A phone link: the number as written on screen, the digits spaced for screen readers. */
  private phoneLink(href: string | undefined, label: (number: string) => string, number: string): TemplateResult | undefined {
    return href ? html`<a href=${href}><span aria-hidden="true">${label(number)}</span><span class="visually-hidden">${label(spokenNumber(number))}</span></a>` : undefined;
  }

  /** Every way to get in touch that the feed gives, as links that say what they do. */
  private contactLinks(c: Connector, full: boolean): TemplateResult[] {
    const name = shortName(c.name);
    const links: TemplateResult[] = [];
    const item = (content: unknown) => content && links.push(html`<li>${content}</li>`);
    for (const phone of c.phones ?? []) {
      const type = phone.type?.toLowerCase();
      if (type === 'fax') continue;
      if (type !== 'text') item(this.phoneLink(telUrl(phone.number), (number) => msg(str`Call ${name} on ${number}`), phone.number));
      if ((type === 'text' || type === 'cell') && full) item(this.phoneLink(smsUrl(phone.number), (number) => msg(str`Text ${name} on ${number}`), phone.number));
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

  private renderCompact(c: Connector): TemplateResult {
    const links = this.contactLinks(c, false);
    return html`<article class="card" part="card" aria-label=${c.name}>
      ${this.renderPhoto(c)}
      <p><strong class="name" part="name">${c.name}</strong>, <span class="role">${jobTitle(c)}</span></p>
      ${links.length ? html`<ul class="methods" part="contact-methods" role="list">${links}</ul>` : nothing}
    </article>`;
  }

  private renderCard(c: Connector, feed: PlaceFeed): TemplateResult {
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
    const map = place?.latitude !== undefined && place.longitude !== undefined ? `https://www.openstreetmap.org/?mlat=${place.latitude}&mlon=${place.longitude}#map=17/${place.latitude}/${place.longitude}` : undefined;
    const placeName = place?.name ?? addressText;
    const dropHours = hoursLines(drop?.schedules, now);
    const org = c.organization?.name;
    const orgUrl = safeUrl(c.organization?.website ?? c.organization?.url);
    const fullName = c.name;
    const areaList = formatList(areaNames);
    const languageList = formatList(languages);
    return html`<article class="card" part="card" aria-labelledby=${id}>
      ${this.renderPhoto(c)}
      <div class="body">
        <p class="kind">${roleLabel(c)}</p>
        <h3 class="name" part="name" id=${id}>${c.name}</h3>
        ${known && c.role_title ? html`<p class="role">${c.role_title}</p>` : nothing}
        ${org ? html`<p>${orgUrl?.startsWith('http') ? html`<a href=${orgUrl}>${org}</a>` : org}${c.independent_of_council ? html`<br />${msg('Works independently of the council')}` : nothing}</p>` : c.independent_of_council ? html`<p>${msg('Works independently of the council')}</p>` : nothing}
        <p class="secondary-text">${areaNames.length ? msg(str`Covers ${areaList}`) : msg('Covers the whole council area')}</p>
        ${c.description ? html`<p>${c.description}</p>` : nothing}
        ${c.help_with?.length ? html`<h4>${msg('Can help with')}</h4><ul>${c.help_with.map((h) => html`<li>${h}</li>`)}</ul>` : nothing}
        ${hours.length || c.availability_note
          ? html`<h4>${msg('When to get in touch')}</h4>
              ${status ? html`<p class="now"><strong>${status}</strong></p>` : nothing}
              ${this.renderHours(hours)} ${c.availability_note ? html`<p>${c.availability_note}</p>` : nothing}`
          : nothing}
        ${languages.length ? html`<p>${msg(str`Speaks ${languageList}`)}</p>` : nothing}
        ${links.length ? html`<h4>${msg('Get in touch')}</h4><ul class="methods" part="contact-methods" role="list">${links}</ul>` : nothing}
        ${drop
          ? html`<h4>${msg('Drop in')}</h4>
              ${drop.description ? html`<p>${drop.description}</p>` : nothing}
              ${placeName ? html`<p>${place?.name && addressText ? html`${place.name}<br />${addressText}` : placeName}</p>` : nothing}
              ${this.renderHours(dropHours)}
              ${map ? html`<p><a href=${map}>${msg(str`Map of ${placeName || c.name}`)}</a></p>` : nothing}`
          : nothing}
        ${links.length || drop ? nothing : this.renderNoContact(c, feed)}
        <p><button type="button" class="button secondary" part="save-button" aria-label=${msg(str`Save contact: ${fullName}`)} @click=${() => this.saveContact(c, hours)}>${msg('Save contact')}</button></p>
      </div>
    </article>`;
  }

  private renderHours(lines: ReturnType<typeof hoursLines>): TemplateResult | typeof nothing {
    return lines.length ? html`<ul class="hours">${lines.map((l) => html`<li>${l.hours ? msg(str`${l.days}: ${l.hours}`) : l.days}</li>`)}</ul><p class="secondary-text">${msg('Times are UK time.')}</p>` : nothing;
  }

  /** No way to reach them: say how else to get help. */
  private renderNoContact(c: Connector, feed: PlaceFeed): TemplateResult {
    const tsi = c.role === 'third_sector_interface' ? [] : thirdSectorInterfaces(feed.connectors, c.area_ids?.[0]);
    return html`<div class="notice" part="notice">
      <p>${msg(str`There are no contact details for ${c.name} here yet.`)}</p>
      ${tsi.length ? html`<p>${msg('The third-sector interface can help you in the meantime:')}</p>${this.renderCards(tsi, feed, true)}` : html`<p>${msg('Your local library or community centre can help you get in touch.')}</p>`}
    </div>`;
  }

  /** Builds the vCard in the browser (its code loads on first use) and offers it as a download. */
  private async saveContact(c: Connector, hours: ReturnType<typeof hoursLines>): Promise<void> {
    const { connectorVCard, vcardFileName } = await import('./vcard.js');
    const note = [
      c.description,
      c.help_with?.length ? `${msg('Can help with')}: ${c.help_with.join('; ')}` : '',
      ...hours.map((l) => (l.hours ? msg(str`${l.days}: ${l.hours}`) : l.days)),
      c.availability_note,
    ].filter((line): line is string => !!line);
    const text = connectorVCard(c, { title: jobTitle(c), note });
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
    emit<ConnectorSaveDetail>(this, 'place-connector-save', { id: c.id, fileName });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'place-connector': PlaceConnectorElement;
  }
  interface HTMLElementEventMap {
    'place-connector-save': CustomEvent<ConnectorSaveDetail>;
  }
}
