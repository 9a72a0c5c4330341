/**
 * The "My list" view: the listings a resident kept, with their phones, addresses and opening times; each
 * one removable, the whole list cleared (after a second press), printed on one clean page, shared as a
 * link of ids, or sent to a phone as a text message or an email of names, numbers, addresses and the
 * link back (under three text-message parts, saying what it leaves out). Loaded when first opened.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { telUrl } from '../../feed/domain/safe-url.js';
import type { Service } from '../../feed/domain/types.js';
import { heading } from '../../ui/heading.js';
import { formatNumber, msg, plural, str } from '../../ui/localize.js';
import { baseStyles } from '../../ui/styles.js';
import { openLine } from '../describe.js';
import { renderHours } from '../record-parts.js';
import type { Entry } from '../entries.js';
import { styles as listStyles } from '../styles.js';
import type { JourneyHost } from './host.js';
import { EMAIL_LIMIT, addressOf, listMessage, mailtoHref, phoneOf, plainForSms, shareUrl, smsHref, smsLimit } from './my-list.js';
import { printPart } from './print.js';

interface ViewState {
  /** "Clear my list" pressed once: asking to be sure. */
  confirming: boolean;
  /** What the copy button last said. */
  copied: string;
}

const states = new WeakMap<JourneyHost, ViewState>();
const stateOf = (host: JourneyHost): ViewState => {
  let state = states.get(host);
  if (!state) states.set(host, (state = { confirming: false, copied: '' }));
  return state;
};

/** The page's address with the list in it. */
export const listLink = (host: JourneyHost): string => shareUrl(new URL(location.href), host.myList.ids);

/** The listings of the list the directory has, in order, and how many it no longer has. */
export function listEntries(host: JourneyHost): { entries: Entry[]; missing: number } {
  const entries: Entry[] = [];
  let missing = 0;
  for (const id of host.myList.ids) {
    const entry = host.entryById(id);
    if (entry) entries.push(entry);
    else missing++;
  }
  return { entries, missing };
}

/** "Send by text message" and "Send by email", with what the text leaves out. */
export function renderSend(host: JourneyHost, entries: Entry[]): TemplateResult {
  const link = listLink(host);
  const sms = listMessage(entries, link, smsLimit, plainForSms);
  const email = listMessage(entries, link, () => EMAIL_LIMIT);
  const left = formatNumber(sms.left);
  const shown = formatNumber(sms.included);
  const note = sms.left
    ? plural(sms.left, {
        zero: msg(str`To fit a text message, it has the first ${shown} with their phone numbers; ${left} more are at the link in it.`, {
          id: 'list.sms-left.zero',
        }),
        one: msg(str`To fit a text message, it has the first ${shown} with their phone numbers; ${left} more is at the link in it.`, {
          id: 'list.sms-left.one',
        }),
        two: msg(str`To fit a text message, it has the first ${shown} with their phone numbers; ${left} more are at the link in it.`, {
          id: 'list.sms-left.two',
        }),
        few: msg(str`To fit a text message, it has the first ${shown} with their phone numbers; ${left} more are at the link in it.`, {
          id: 'list.sms-left.few',
        }),
        many: msg(str`To fit a text message, it has the first ${shown} with their phone numbers; ${left} more are at the link in it.`, {
          id: 'list.sms-left.many',
        }),
        other: msg(str`To fit a text message, it has the first ${shown} with their phone numbers; ${left} more are at the link in it.`, {
          id: 'list.sms-left.other',
        }),
      })
    : sms.shortened
      ? msg('To fit a text message, it leaves out the addresses: they are at the link in it.')
      : msg('It has the names, phone numbers, addresses and a link back to this list.');
  return html`<p class="hint" id="send-hint">${note}</p>
    <p class="send">
      <a class="button secondary" href=${smsHref(sms.text)} aria-describedby="send-hint">${msg('Send by text message')}</a>
      <a class="button secondary" href=${mailtoHref(msg('My list from the directory'), email.text)}>${msg('Send by email')}</a>
    </p>`;
}

async function copy(host: JourneyHost, link: string): Promise<void> {
  const state = stateOf(host);
  try {
    await navigator.clipboard.writeText(link);
    state.copied = msg('Link copied.');
  } catch {
    // No clipboard (an old browser, or the page's permissions): the link is there to select.
    state.copied = msg('Could not copy: select the link and copy it.');
    host.renderRoot.querySelector<HTMLInputElement>('#list-link')?.select();
  }
  host.requestUpdate();
}

function remove(host: JourneyHost, entry: Entry, index: number): void {
  host.myList.remove(entry.id);
  stateOf(host).confirming = false;
  host.announce(msg(str`Removed ${entry.name} from your list.`));
  host.requestUpdate();
  void host.updateComplete.then(() => {
    // Focus goes to the next listing's remove button, or the one before, or the list's heading.
    const buttons = host.renderRoot.querySelectorAll<HTMLElement>('.my-list .remove');
    (buttons[index] ?? buttons[index - 1] ?? host.renderRoot.querySelector<HTMLElement>('#list-title'))?.focus();
  });
}

/** "Clear my list": `ask` first, then `yes` clears it or `no` keeps it; focus follows what is on screen. */
function clear(host: JourneyHost, step: 'ask' | 'yes' | 'no'): void {
  const state = stateOf(host);
  state.confirming = step === 'ask';
  if (step === 'yes') {
    host.myList.clear();
    host.announce(msg('Your list is cleared.'));
  }
  host.requestUpdate();
  void host.updateComplete.then(() =>
    host.renderRoot.querySelector<HTMLElement>(step === 'ask' ? '.confirm-clear .button' : step === 'yes' ? '#list-title' : '.clear')?.focus(),
  );
}

function print(event: Event): void {
  const article = (event.target as Element).closest('article')!;
  printPart(article, article.querySelector('#list-title')!.textContent!, [baseStyles, listStyles, styles]);
}

function renderItem(host: JourneyHost, entry: Entry, index: number, at: Date): TemplateResult {
  const phone = phoneOf(entry.record);
  const tel = phone && telUrl(phone);
  const address = addressOf(entry.record);
  const open = entry.kind === 'service' ? openLine(entry, at) : undefined;
  const hours =
    entry.kind === 'service'
      ? renderHours(host as never, host.level, (entry.record as Service).schedules, msg(str`Opening times: ${entry.name}`), at)
      : undefined;
  return html`<li class="result">
    ${heading(host.level, 1, html`<button type="button" class="link-button" data-id=${entry.id} @click=${() => host.openEntry(entry)}>${entry.name}</button>`)}
    ${entry.organisation && entry.organisation !== entry.name ? html`<p class="secondary-text">${entry.organisation}</p>` : nothing}
    <ul class="plain contact">
      ${phone ? html`<li>${msg('Phone')}: ${tel ? html`<a href=${tel}>${phone}</a>` : phone}</li>` : nothing}
      ${address ? html`<li>${address}</li>` : nothing}
      ${open ? html`<li class=${open.open ? 'open' : ''}>${open.text}</li>` : nothing}
    </ul>
    ${hours ?? nothing}
    <p class="no-print">
      <button type="button" class="link-button remove" @click=${() => remove(host, entry, index)}>
        ${msg('Remove')}<span class="visually-hidden"> ${msg(str`${entry.name} from my list`)}</span>
      </button>
    </p>
  </li>`;
}

/** The list view. */
export function renderListView(host: JourneyHost, at = new Date()): TemplateResult {
  const { entries, missing } = listEntries(host);
  const state = stateOf(host);
  const link = listLink(host);
  const count = formatNumber(entries.length);
  const back = () => ((state.confirming = false), host.showList(false));
  return html`<article class="my-list" part="my-list" aria-labelledby="list-title">
    <p class="no-print"><button type="button" class="link-button back" @click=${back}>${msg('Back to results')}</button></p>
    ${heading(host.level, 0, entries.length ? msg(str`My list (${count})`) : msg('My list'), { id: 'list-title', focusable: true })}
    <p class="secondary-text">${msg('Kept in this browser tab only: it is cleared when you close the tab.')}</p>
    ${
      missing
        ? html`<p class="notice">
          ${plural(missing, {
            zero: msg(str`${formatNumber(missing)} listings in this list are no longer in the directory.`, { id: 'list.missing.zero' }),
            one: msg(str`${formatNumber(missing)} listing in this list is no longer in the directory.`, { id: 'list.missing.one' }),
            two: msg(str`${formatNumber(missing)} listings in this list are no longer in the directory.`, { id: 'list.missing.two' }),
            few: msg(str`${formatNumber(missing)} listings in this list are no longer in the directory.`, { id: 'list.missing.few' }),
            many: msg(str`${formatNumber(missing)} listings in this list are no longer in the directory.`, { id: 'list.missing.many' }),
            other: msg(str`${formatNumber(missing)} listings in this list are no longer in the directory.`, { id: 'list.missing.other' }),
          })}
        </p>`
        : nothing
    }
    ${
      entries.length
        ? html`<ol class="plain result-list">
          ${entries.map((entry, index) => renderItem(host, entry, index, at))}
        </ol>`
        : html`<p>${msg('Your list is empty. Choose “Add to my list” on a service or way to get involved to keep it here.')}</p>`
    }
    ${
      entries.length
        ? html`<section class="keep no-print" aria-labelledby="keep-title">
          ${heading(host.level, 1, msg('Print, share or send this list'), { id: 'keep-title' })}
          <p><button type="button" class="button secondary" @click=${print}>${msg('Print my list')}</button></p>
          <div class="field">
            <label for="list-link">${msg('Link to this list')}</label>
            <p class="hint" id="list-link-hint">${msg('Open it on another phone or computer to see the same list. It holds which services are on it, nothing else.')}</p>
            <div class="inline">
              <input id="list-link" type="text" readonly .value=${link} aria-describedby="list-link-hint" @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
              <button type="button" class="button secondary" @click=${() => void copy(host, link)}>${msg('Copy link')}</button>
            </div>
            <p class="copied" role="status">${state.copied}</p>
          </div>
          ${renderSend(host, entries)}
          ${
            state.confirming
              ? html`<div class="confirm-clear notice" role="group" aria-labelledby="clear-question">
                <p id="clear-question">${msg('Remove everything from your list?')}</p>
                <button type="button" class="button warning" @click=${() => clear(host, 'yes')}>${msg('Yes, clear my list')}</button>
                <button type="button" class="button secondary" @click=${() => clear(host, 'no')}>${msg('No, keep it')}</button>
              </div>`
              : html`<p><button type="button" class="link-button clear" @click=${() => clear(host, 'ask')}>${msg('Clear my list')}</button></p>`
          }
        </section>`
        : nothing
    }
    <p class="no-print"><button type="button" class="button secondary" @click=${back}>${msg('Back to results')}</button></p>
  </article>`;
}

export const styles = css`
  a.button {
    text-decoration: none;
  }
  .my-list .result-list {
    margin-block-end: var(--_place-space);
  }
  .my-list .contact {
    margin-block-end: 0.5em;
  }
  .keep {
    margin-block-start: calc(2 * var(--_place-space));
    padding-block-start: var(--_place-space);
    border-block-start: 1px solid var(--_place-border);
  }
  .keep .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .keep #list-link {
    flex: 1 1 12em;
    min-inline-size: 0;
  }
  .send {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
  }
  .confirm-clear .button {
    margin-inline-end: 0.5em;
  }
  .button.warning {
    background: var(--_place-error);
    color: #ffffff;
    box-shadow: 0 2px 0 #55150b;
  }
  .copied:empty {
    display: none;
  }
  .back::before {
    content: '‹ ';
  }
  @media print {
    .my-list {
      font-size: 12pt;
    }
  }
`;
