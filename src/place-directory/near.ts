/**
 * Distance from a postcode or the resident's location, loaded when a resident first reaches for it:
 * the lookup (busy meanwhile, shown and announced), what went wrong in words on the field, and the
 * "nearest to" line with the distance filter once there is a place to measure from.
 */
import { css, html, type TemplateResult } from 'lit';
import { parsePostcode } from '../feed/domain/areas.js';
import { formatMiles, msg, str } from '../ui/localize.js';
import { geocodePostcode } from './geocode.js';
import type { DirectoryHost } from './host.js';
import { MILES, type Facets } from './source.js';
import { straightLineNote } from './journeys/distance.js';

/** Distances in the results, as people think of them (journeys/distance.ts): loaded with this part, which every distance needs. */
export { distanceText } from './journeys/distance.js';

export const styles = css`
  .near-status .link-button {
    display: inline-block;
  }
  .link-button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
`;

/** What to say of a postcode typed into the search box (no service has it in its name). */
export const hint = (postcode: string): string => msg(str`${postcode} looks like a postcode: to see what is nearest, search near it.`);

/** That, under the search box, with a button that searches near it (the search box is emptied: its words would find nothing). */
export function renderHint(host: DirectoryHost, postcode: string): TemplateResult {
  return html`<p class="hint">
    ${hint(postcode)}
    <button type="button" class="link-button" @click=${() => host.searchNear(postcode)}>${msg('Search near this postcode')}</button>
  </p>`;
}

/**
 * One directory's lookups: what is being looked up (shown beside the field and announced), and what went
 * wrong, in words, on the field. Made when the part first arrives.
 */
export class NearLookup {
  /** What is being looked up ("Looking up G31 4QZ…"); empty when nothing is. */
  busy = '';
  /** What went wrong with the last lookup, for the field. */
  error?: string;

  constructor(private readonly host: DirectoryHost) {}

  private set(busy: string, error = this.error): void {
    this.busy = busy;
    this.error = error;
    this.host.element.requestUpdate();
  }

  /** Forgets the field's error (the filters were cleared). */
  clear(): void {
    this.set(this.busy, undefined);
  }

  /** Looks up the postcode in the field; on success focus goes to `from` if given (the button pressed went away), on failure to the field. */
  async find(from?: string): Promise<void> {
    if (this.busy) return;
    const host = this.host;
    const typed = parsePostcode(host.postcode(), true)?.normalised;
    // Busy, shown and announced (the live region says this instead of the count until the answer comes).
    host.announce('');
    if (typed) this.set(msg(str`Looking up ${typed}…`));
    const found = await geocodePostcode(host.postcode(), host.postcodeEndpoint(), host.areas());
    if (found.ok) {
      this.set('', undefined);
      host.setNear({ point: found.point, label: found.postcode, postcode: found.postcode, ...(found.area && { area: found.area }) });
      if (from) host.focusOn(from);
      return;
    }
    const postcode = found.postcode ?? '';
    this.failed(
      found.reason === 'empty'
        ? msg('Enter a postcode, like G31 4XY')
        : found.reason === 'invalid'
          ? msg('Enter a full UK postcode, like G31 4XY')
          : found.reason === 'unknown'
            ? msg(str`We could not find the postcode ${postcode}. Check it and try again.`)
            : msg(str`We could not look up ${postcode} just now. Try again later, or choose a neighbourhood.`),
    );
  }

  /** Asks the browser where the resident is. */
  locate(): void {
    if (this.busy) return;
    this.host.announce('');
    this.set(msg('Finding your location…'), undefined);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.set('');
        this.host.setNear({ point: { latitude: position.coords.latitude, longitude: position.coords.longitude }, label: msg('your location') });
      },
      () => this.failed(msg('We could not get your location. Enter a postcode instead.')),
      { timeout: 20000, maximumAge: 300000 },
    );
  }

  /** The error goes on the field, and focus with it. */
  private failed(error: string): void {
    this.set('', error);
    this.host.focusOn('postcode');
  }
}

/** "Nearest to G31 4QZ first", a way to stop, and the distance filter. */
export function renderNear(host: DirectoryHost, facets: Facets | undefined): TemplateResult {
  const near = host.near()!;
  return html`<p class="near-status">
      ${host.nearestFirst() ? msg(str`Nearest to ${near.label} first.`) : msg(str`Showing services near ${near.label}.`)} ${straightLineNote()}
      ${near.area ? msg(str`We could not look up the exact postcode, so distances are from the centre of ${near.area.name}.`) : ''}
      <button
        type="button"
        class="link-button"
        @click=${() => {
          host.setNear(undefined);
          // The button goes; the postcode field is where to give another place.
          host.focusOn('postcode');
        }}
      >
        ${host.nearestFirst() ? msg('Stop sorting by distance') : msg('Stop searching near it')}
      </button>
    </p>
    ${host.filterSelect(
      'miles',
      msg('Distance'),
      msg('Any distance'),
      MILES.map((m) => [String(m), msg(str`Within ${formatMiles(m)}`), facets?.miles[String(m)]]),
      (v) => (v ? Number(v) : undefined),
    )}`;
}
