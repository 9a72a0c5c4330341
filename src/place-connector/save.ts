/**
 * "Save contact": builds a contact's vCard in the browser (its code, vcard.ts, loads on the first press)
 * and offers it as a download, then says so beside the button and fires `place-connector-save`. It owns what it needs (the presses being
 * dealt with, what is said beside each card's button) and asks the element to draw again when that changes.
 */
import { html, type ReactiveElement, type TemplateResult } from 'lit';
import type { Connector } from '../feed/domain/types.js';
import { emit } from '../ui/events.js';
import type { OnDemand } from '../ui/lazy-part.js';
import { msg, str } from '../ui/localize.js';
import { plainText } from '../ui/rich-text.js';
import type { HoursLine } from './availability.js';
import { jobTitle } from './roles.js';

type VCardPart = OnDemand<typeof import('./vcard.js')>;

export class SaveContact {
  /** Contacts whose vCard is being made: another press meanwhile is ignored. */
  private readonly saving = new Set<string>();
  /** What is said beside a card's button, by contact id: that it was saved, or that it could not be. */
  private readonly messages = new Map<string, { text: string; error: boolean }>();

  constructor(
    private readonly host: ReactiveElement,
    private readonly vcard: VCardPart,
    /** Whether the contact's photo failed to load (the vCard then goes without it). */
    private readonly photoBroken: (id: string) => boolean,
  ) {}

  /** The button and, below it, what is said about the last press. */
  render(c: Connector, hours: HoursLine[]): TemplateResult {
    const said = this.messages.get(c.id);
    return html`<p class="save">
        <button type="button" class="button secondary" part="save-button" aria-label=${msg(str`Save contact: ${c.name}`)} @click=${(event: MouseEvent) => void this.save(event, c, hours)}>
          ${msg('Save contact')}
        </button>
      </p>
      <p class="save-status ${said?.error ? 'error-message' : ''}" role="status">${said?.text ?? ''}</p>`;
  }

  private say(id: string, text: string, error = false): void {
    if (text) this.messages.set(id, { text, error });
    else this.messages.delete(id);
    this.host.requestUpdate();
  }

  /**
   * One file per press: the second click of a double click, and presses while the file is being made, are
   * ignored. If the builder cannot be loaded (offline), the resident is told beside the button.
   */
  private async save(event: MouseEvent, c: Connector, hours: HoursLine[]): Promise<void> {
    if (event.detail > 1 || this.saving.has(c.id)) return;
    this.saving.add(c.id);
    this.say(c.id, '');
    try {
      const fileName = await this.download(c, hours);
      const name = c.name;
      this.say(c.id, msg(str`${name} is saved as a contact card in your downloads. Open it to add them to your contacts.`));
      emit(this.host, 'place-connector-save', { id: c.id, fileName });
    } catch (error) {
      console.warn('place-connector: could not save the contact.', error);
      this.say(c.id, msg('Sorry, the contact could not be saved. Check your connection and try again.'), true);
    } finally {
      this.saving.delete(c.id);
    }
  }

  /** Makes the vCard and starts its download; resolves to its file name. */
  private async download(c: Connector, hours: HoursLine[]): Promise<string> {
    const { connectorVCard, vcardFileName } = await this.vcard.get();
    const note = [
      plainText(c.description),
      c.help_with?.length ? `${msg('Can help with')}: ${c.help_with.join('; ')}` : '',
      ...hours.map((l) => (l.hours ? msg(str`${l.days}: ${l.hours}`) : l.days)),
      plainText(c.availability_note),
    ].filter((line): line is string => !!line);
    const text = connectorVCard(c, { title: jobTitle(c), note, photo: !this.photoBroken(c.id) });
    const fileName = vcardFileName(c.name);
    const url = URL.createObjectURL(new Blob([text], { type: 'text/vcard;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.hidden = true;
    this.host.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return fileName;
  }
}
