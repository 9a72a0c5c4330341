import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FeedResult } from '../feed/load/read.js';
import type { AreaChooser, AreaChoice } from '../ui/area-chooser.js';
import { msg } from '../ui/localize.js';
import { LazyPart, onDemand } from '../ui/lazy-part.js';
import { PlaceElement } from '../ui/place-element.js';
import { retryPanel } from '../ui/retry-panel.js';
import { baseStyles, formStyles } from '../ui/styles.js';
import type { ConnectorView } from './host.js';
import type { SaveContact } from './save.js';

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
  static override styles = [baseStyles, formStyles];

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
  /** @internal The clock, for tests. */ now = (): Date => new Date();
  /**
   * @internal Parts loaded on demand (lazy-part.ts): the neighbourhood chooser, only where a resident picks
   * an area (pages with `area` never download it), the vCard builder, on the first "Save contact", and
   * what draws the contacts (contacts.ts, with the cards and their styles), fetched beside the feed.
   * Tests replace a loader to see a part fail.
   */
  static parts = {
    chooser: onDemand(() => import('../ui/area-chooser.js')),
    vcard: onDemand(() => import('./vcard.js')),
    contacts: onDemand(() => import('./contacts.js')),
  };
  /** @internal What draws the contacts, once it is there (the feed's load waits for it). */
  private readonly contacts = new LazyPart(this, PlaceConnectorElement.parts.contacts, {
    styles: (part) => part.styles,
    ready: (part) => (this.saver = new part.SaveContact(this, PlaceConnectorElement.parts.vcard, (id) => this.brokenPhotos.has(id))),
  });
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
  /** @internal "Save contact" (save.ts, in the contacts part), the vCard builder loaded on the first press. */
  private saver?: SaveContact;
  /** @internal What the drawing modules read and call (host.ts). */
  private readonly view: ConnectorView = (() => {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getter below reads the element, not the object it sits on
    const el = this;
    return {
      element: el,
      get level() {
        return el.level;
      },
      get area() {
        return el.area;
      },
      get connector() {
        return el.connector;
      },
      get contactRole() {
        return el.contactRole;
      },
      get layout() {
        return el.layout;
      },
      get chosenArea() {
        return el.chosen;
      },
      now: () => el.now(),
      cards: (contacts, feed, compact) => el.contacts.value!.renderCards(el.view, contacts, feed, compact),
      photoBroken: (id) => el.brokenPhotos.has(id),
      photoFailed: (id) => (el.brokenPhotos = new Set(el.brokenPhotos).add(id)),
      saveButton: (contact, hours) => el.saver!.render(contact, hours),
      chooser: () => (el.chooserPart.use() && el.chooser) || undefined,
      chooserFailed: () => (el.chooserPart.failed ? el.renderChooserFailed() : nothing),
      afterLookUp: (event) => el.afterLookUp(event),
    };
  })();
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
  protected override get feedPart() {
    return PlaceConnectorElement.parts.contacts;
  }

  /** @internal */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const feed = this.feedResult?.feed;
    const contacts = PlaceConnectorElement.parts.contacts.loaded;
    if (feed && contacts) contacts.checkAttributes(this.view, feed);
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

  /** @internal */
  protected renderFeed({ feed }: FeedResult): unknown {
    return this.contacts.use()?.renderContacts(this.view, feed);
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
