/**
 * The details of one entry: everything a resident needs to use a service or take part, contact
 * details first-class, and a clean printed page of them alone. Feed text is rendered as text; every
 * link passes safeUrl/telUrl/smsUrl/mailtoUrl.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { distanceMiles } from '../feed/domain/areas.js';
import { ukMoment } from '../feed/domain/schedule.js';
import type { Contact, Opportunity, Service } from '../feed/domain/types.js';
import { safeUrl } from '../feed/domain/safe-url.js';
import { formatDate, formatList, msg, str } from '../ui/localize.js';
import { emit } from '../ui/events.js';
import { heading } from '../ui/heading.js';
import { feedText, hostTextLang } from '../ui/feed-lang.js';
import { hasText, oneLine, richText } from '../ui/rich-text.js';
import { baseStyles } from '../ui/styles.js';
import { agesText, kindLabel, openLine, whenLines } from './describe.js';
import { costsOn, type Entry } from './entries.js';
import type { DirectoryHost } from './host.js';
import { printDetails } from './print-details.js';
import { costText, renderEmail, renderHours, renderPerson, renderPhones, renderPlace, siteName, type Place } from './record-parts.js';
import { renderServesPlan } from './serves-plan.js';
import { styles as listStyles } from './styles.js';
import {
  renderCalendar,
  renderConfirmations,
  renderListToggle,
  renderReport,
  renderRightQuestion,
  styles as journeyStyles,
} from './journeys/details-extras.js';

const ownStyles = css`
  /* Decoration only: not part of the button's name ("Back to results"). */
  .back::before {
    content: '‹ ' / '';
  }
  .details .rank-1,
  .details .text-heading {
    margin-block-start: calc(1.5 * var(--_place-space));
  }
  .details .alert {
    border-inline-start-color: var(--_place-error);
    font-size: 1.1em;
  }
  .location {
    margin-block-end: var(--_place-space);
  }
  .location p {
    margin-block-end: 0.2em;
  }
  .contact li {
    margin-block-end: 0.35em;
  }
  .person {
    margin-block-end: var(--_place-space);
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
    /*
     * A word breaks only when it alone is wider than the line (a URL, a 2,000-letter word): with the
     * base's 'anywhere', a table gives a cell no more than one letter's width, and "Wednesday" split.
     */
    overflow-wrap: break-word;
    padding: 0.3em 1em 0.3em 0;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_place-border);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    margin-block-start: calc(2 * var(--_place-space));
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

/** The details' styles, the journeys' additions included (also what the printed page takes). */
export const styles = css`
  ${ownStyles}
  ${journeyStyles}
`;

/**
 * One directory's details view: opening a result (focus to its name, `place-select` for a resident's own
 * choice), and back to the same list, scroll position and focus. Made when the part first arrives.
 */
export class DetailsView {
  /** Where the list was when a result was opened. */
  private listPosition?: { scrollY: number; id: string };
  /**
   * The full record of a result from a source whose lists hold summaries (an API): `loading` while it is
   * asked for, `gone` when the source no longer lists it, `error` when it could not be had.
   */
  private full?: { id: string; state: 'loading' | 'gone' | 'error' };

  constructor(private readonly host: DirectoryHost) {}

  /** Asks the source for the entry's full record, when its lists hold only summaries; the details show the summary meanwhile. */
  private fetchFull(entry: Entry): void {
    const source = this.host.source();
    this.full = undefined;
    if (!source?.capabilities?.summaries) return;
    const record = source.get(entry.id);
    if (!(record instanceof Promise)) return void (record && record !== entry && this.host.show(record));
    const id = entry.id;
    const settle = (state?: 'gone' | 'error', found?: Entry) => {
      if (this.full?.id !== id || this.host.selected()?.id !== id) return;
      this.full = state && { id, state };
      if (found) this.host.show(found);
      this.host.element.requestUpdate();
    };
    this.full = { id, state: 'loading' };
    record.then(
      (found) => (found ? settle(undefined, found) : settle('gone')),
      () => settle('error'),
    );
  }

  /** What is not shown yet of a summary, or why it cannot be. */
  renderFull(entry: Entry): TemplateResult | typeof nothing {
    const full = this.full;
    if (full?.id !== entry.id) return nothing;
    if (full.state === 'loading') return html`<p class="secondary-text" role="status">${msg('Loading the full details…')}</p>`;
    if (full.state === 'gone')
      return html`<p class="notice" role="status">${msg('This service is no longer listed. It may have closed, or moved to another listing.')}</p>`;
    return html`<div class="notice" role="alert">
      <p>${msg('Sorry, the full details could not be loaded.')}</p>
      <button type="button" class="button secondary" @click=${() => this.fetchFull(entry)}>${msg('Try loading the full details again')}</button>
    </div>`;
  }

  /** Shows an entry's details. Focus moves and `place-select` fires for the resident's own choices, not the page's. */
  async open(entry: Entry, byResident: boolean): Promise<void> {
    const host = this.host;
    // A double click opens it once.
    if (byResident && host.selected()) return;
    this.listPosition = { scrollY: window.scrollY, id: entry.id };
    host.show(entry);
    this.fetchFull(entry);
    host.writeUrl(true);
    if (!byResident) return;
    await host.element.updateComplete;
    host.element.renderRoot.querySelector<HTMLElement>('#details-title')?.focus();
    emit(host.element, 'place-select', { id: entry.id, name: entry.name, kind: entry.kind });
  }

  /** Back to the same list, scroll position and focus (with `sync-url`, through the browser's history). */
  back(): void {
    if (this.host.syncUrl() && (history.state as { placeDirectory?: string } | null)?.placeDirectory === 'details') history.back();
    else this.close();
  }

  close(): void {
    const host = this.host;
    const position = this.listPosition;
    this.full = undefined;
    host.show(undefined);
    host.writeUrl(false, true);
    void host.element.updateComplete.then(() => {
      const root = host.element.renderRoot;
      const link = position && root.querySelector<HTMLElement>(`[data-id="${CSS.escape(position.id)}"]`);
      (link ?? root.querySelector<HTMLElement>('#results-title'))?.focus({ preventScroll: true });
      if (position) window.scrollTo({ top: position.scrollY, behavior: 'instant' });
    });
  }

  /** The open result's details. */
  render(at = new Date()): TemplateResult {
    return renderDetails(this, this.host, at);
  }
}

/** The same words, whatever the markup, spacing and case: to see that one text repeats another. */
const gist = (text: string | undefined) => oneLine(text).toLowerCase();

/**
 * The details view of the entry the directory has open: everything a resident needs from the record, each
 * from its Open Referral UK field (docs/elements/place-directory.md, "What is shown, from which field").
 * Long texts are formatted (rich-text.ts); every phone number and email address is said once; places
 * nearest first when it knows where the resident is.
 */
function renderDetails(view: DetailsView, host: DirectoryHost, at: Date): TemplateResult {
  const entry = host.selected()!;
  const near = host.near()?.point;
  const toBack = () => view.back();
  const level = host.level();
  const element = host.element;
  const journey = host.journey();
  /** A long text under a heading `depth` levels below the name (its own headings one lower still). */
  const rich = (text: string | undefined, depth: number) => richText(element, text, level + depth);
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
        const hours = renderHours(
          element,
          level,
          [...(sal.schedules ?? []), ...(location.schedules ?? [])],
          msg(str`Opening times at ${siteName(location)}`),
          at,
        );
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
  const hours = service && renderHours(element, level, service.schedules, msg('Opening times'), at);
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
    ${heading(level, 0, feedText(entry.name, hostTextLang(element)), { id: 'details-title', focusable: true })}
    ${hasText(service?.alert) ? html`<div class="notice alert" part="alert" role="note"><p class="title">${msg('Important')}</p>${rich(service?.alert, 1)}</div>` : nothing}
    ${service?.status === 'temporarily closed' ? html`<p class="notice"><strong>${msg('Temporarily closed')}</strong></p>` : nothing}
    ${entry.organisation ? html`<p class="secondary-text">${msg(str`Run by ${entry.organisation}`)}</p>` : nothing}
    ${open ? html`<p class="status ${open.open ? 'open' : ''}">${open.text}</p>` : nothing}
    ${when.map((line) => html`<p class="strong">${line}</p>`)} ${view.renderFull(entry)}
    <p class="no-print journey-actions">${renderListToggle(journey, entry, (listed) => journey.toggleListed(listed))} ${renderCalendar(entry, at)}</p>
    ${rich(record.description, 1)}
    ${hasText(opportunity?.how_to_take_part) ? html`${section(msg('How to take part'))}${rich(opportunity?.how_to_take_part, 2)}` : nothing}
    ${hasText(opportunity?.commitment) ? html`<p>${msg(str`Time needed: ${oneLine(opportunity?.commitment)}`)}</p>` : nothing}
    ${opportunity ? renderServesPlan({ opportunity }, host.plans(), host.planHref(), level) : service ? renderServesPlan({ service }, host.plans(), host.planHref(), level) : nothing}
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
    ${reachable ? renderRightQuestion(journey, entry) : nothing}
    ${
      places.length || opportunity?.online || areas.length
        ? html`${section(msg('Where'))}
          ${areas.length ? html`<p>${msg(str`Covers ${formatList(areas)}`)}</p>` : nothing}
          ${
            places.length || opportunity?.online
              ? html`<ul class="plain">
                ${opportunity?.online ? html`<li>${msg('Online')}</li>` : nothing}
                ${places.map((place) => renderPlace(element, level, place))}
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
    ${renderConfirmations(entry)} ${renderReport(journey, entry)}
    <p class="no-print actions">
      <button type="button" class="button secondary" @click=${(e: Event) => printDetails(e, [baseStyles, listStyles, styles])}>${msg('Print these details')}</button>
      <button type="button" class="button secondary" @click=${toBack}>${msg('Back to results')}</button>
    </p>
  </article>`;
}
