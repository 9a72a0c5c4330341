/**
 * "Which neighbourhood are you in?": a list of the feed's areas and a postcode box, matched to the
 * areas offline by postcode district and sector (no geocoding). Used by elements that show one area's
 * information (the plan, the connector card). GOV.UK patterns: a label and hint per field, errors
 * prefixed "Error:" and linked with aria-describedby, answers kept.
 *
 * Choosing from the list only selects (WCAG 3.2.2 On Input: a resident moving through it with the arrow
 * keys changes nothing else); the button right after it ("Show plan", "Show contacts") shows the area. The
 * postcode box is a form with its own "Find" button.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { areasForPostcode, parsePostcode } from '../feed/domain/areas.js';
import type { Area } from '../feed/domain/types.js';
import { areaLabel } from './area-label.js';
import { formatList, msg, str } from './localize.js';

export interface AreaChoice {
  area: Area;
  /** How the resident chose: from the list, or by postcode (with the postcode as they typed it, normalised). */
  via: 'list' | 'postcode';
  postcode?: string;
}

export interface AreaChooserOptions {
  /** The areas to choose from, in the feed's order. */
  areas: () => readonly Area[];
  /** The area currently chosen, if any. */
  selected: () => string | undefined;
  /** Called when the resident chooses an area. */
  choose: (choice: AreaChoice) => void;
  /** The legend above the two fields. */
  legend?: () => string;
  /** The button after the list that shows the area selected in it ("Show plan"). */
  confirmLabel: () => string;
}

let counter = 0;

export class AreaChooser implements ReactiveController {
  private postcode = '';
  /** Selected in the list, not yet shown ('' for none). */
  private pending?: string;
  private error?: string;
  /** Said after a postcode lookup: which area it found, or that the feed does not cover it. */
  private outcome?: string;
  /** The error, as said in the live region (`Error: ...`); alternates a trailing space so the same error said twice is heard twice. */
  private said = '';
  private readonly id = `area-chooser-${++counter}`;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: AreaChooserOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Selecting only selects: nothing else changes until the button after the list is pressed. */
  private selectFromList = (event: Event) => {
    this.pending = (event.target as HTMLSelectElement).value;
    this.outcome = undefined;
    this.host.requestUpdate();
  };

  private showChosen = () => {
    const id = this.pending ?? this.options.selected() ?? '';
    const area = this.options.areas().find((a) => a.id === id);
    this.error = undefined;
    this.said = '';
    this.outcome = area ? undefined : msg('Choose a neighbourhood from the list first.');
    if (area) {
      // Shown: from now on the list follows what the host shows (which may clear it later).
      this.pending = undefined;
      this.options.choose({ area, via: 'list' });
    }
    this.host.requestUpdate();
  };

  private lookUp = (event: Event) => {
    event.preventDefault();
    const typed = this.postcode.trim();
    this.outcome = undefined;
    const parsed = parsePostcode(typed);
    if (!typed) this.error = msg('Enter a postcode, like G31 4XY');
    else if (!parsed) this.error = msg('Enter a full UK postcode, like G31 4XY');
    else {
      this.error = undefined;
      const matches = areasForPostcode(this.options.areas(), parsed);
      if (matches.length === 0) {
        const postcode = parsed.normalised;
        this.outcome = msg(str`We do not have information for ${postcode}. Choose a neighbourhood from the list instead.`);
      } else {
        const [best, ...others] = matches;
        const postcode = parsed.normalised;
        const name = best.name;
        this.outcome =
          others.length > 0
            ? msg(
                str`${postcode} is in or near ${formatList(
                  matches.map((a) => a.name),
                  'disjunction',
                )}. Showing ${name}; choose another from the list if that is not yours.`,
              )
            : msg(str`${postcode} is in ${name}.`);
        this.pending = undefined;
        this.options.choose({ area: best, via: 'postcode', postcode: parsed.normalised });
      }
    }
    // The error is shown by the box and said in the live region: focus is already in the box when Enter
    // is pressed, so moving it there says nothing.
    this.said = this.error ? `${msg('Error:')} ${this.error}${this.said.endsWith('\u00a0') ? '' : '\u00a0'}` : '';
    this.host.requestUpdate();
    if (this.error) {
      void this.host.updateComplete.then(() => this.host.shadowRoot?.getElementById(`${this.id}-postcode`)?.focus());
    }
  };

  render(): TemplateResult {
    const areas = this.options.areas();
    const selected = this.pending ?? this.options.selected() ?? '';
    const id = this.id;
    const describedBy = [`${id}-hint`, this.error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`
      <div class="area-chooser" part="area-chooser">
        <fieldset>
          <legend>${this.options.legend?.() ?? msg('Find your neighbourhood')}</legend>
          <div class="field">
            <label for="${id}-list">${msg('Neighbourhood')}</label>
            <div class="inline">
              <select id="${id}-list" .value=${live(selected)} @change=${this.selectFromList}>
                <option value="" ?selected=${!selected}>${msg('Choose a neighbourhood')}</option>
                ${areas.map((area) => html`<option value=${area.id} ?selected=${area.id === selected}>${areaLabel(area)}</option>`)}
              </select>
              <button type="button" class="button secondary confirm" @click=${this.showChosen}>${this.options.confirmLabel()}</button>
            </div>
          </div>
          <form class="field postcode ${this.error ? 'has-error' : ''}" novalidate @submit=${this.lookUp}>
            <label for="${id}-postcode">${msg('Or enter your postcode')}</label>
            <p class="hint" id="${id}-hint">${msg('For example, G31 4XY')}</p>
            ${this.error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${msg('Error:')}</span> ${this.error}</p>` : nothing}
            <div class="inline">
              <input
                id="${id}-postcode"
                name="postcode"
                type="text"
                inputmode="text"
                autocomplete="postal-code"
                spellcheck="false"
                size="10"
                aria-describedby=${describedBy}
                aria-invalid=${this.error ? 'true' : 'false'}
                .value=${live(this.postcode)}
                @input=${(e: Event) => (this.postcode = (e.target as HTMLInputElement).value)}
              />
              <button type="submit" class="button secondary">${msg('Find')}</button>
            </div>
          </form>
        </fieldset>
        <p class="outcome" role="status">${this.outcome ?? nothing}</p>
        <p class="visually-hidden postcode-said" role="status">${this.said}</p>
      </div>
    `;
  }
}
