/**
 * What the journeys add to a listing's details: "Add to my list", "Add to calendar" (meetings, events,
 * consultations), how many residents confirmed it is right, "Was this information right?" after the
 * contact details (Yes sent through the outbox; No opens the report), and "Report a problem with this
 * listing" (a `<place-feedback>` form, loaded when opened). The report and the question show only when the
 * feed names where reports go (`listing_reports`).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Confirmations } from '../../feed/domain/types.js';
import { feedText, hostTextLang } from '../../ui/feed-lang.js';
import { msg, str } from '../../ui/localize.js';
import { VERSION } from '../../version.js';
import type { Entry } from '../entries.js';
import type { JourneyHost } from './host.js';
import { calendarEvents, calendarFileName, icsCalendar } from './ics.js';
import { answered, confirmListing, confirmationsText, reportForm, type ConfirmState } from './listing-report.js';
import { shareUrl } from './list-store.js';

interface DetailsState {
  /** The listing these are for (a new listing starts afresh). */
  id: string;
  confirm: ConfirmState;
  /** The report form is open. */
  reporting: boolean;
  /** `<place-feedback>` could not be loaded. */
  reportFailed: boolean;
}

const states = new WeakMap<JourneyHost, DetailsState>();
function stateFor(host: JourneyHost, entry: Entry): DetailsState {
  let state = states.get(host);
  if (state?.id !== entry.id) states.set(host, (state = { id: entry.id, confirm: { state: 'asking' }, reporting: false, reportFailed: false }));
  return state;
}

/** "Add to my list" / "Remove from my list" for one listing, its name said to screen readers. */
export function renderListToggle(host: JourneyHost, entry: Entry, toggle: (entry: Entry) => void): TemplateResult {
  const kept = host.myList.has(entry.id);
  return html`<button type="button" class="button secondary list-toggle" aria-pressed=${kept ? 'true' : 'false'} @click=${() => toggle(entry)}>
    ${kept ? msg('On my list') : msg('Add to my list')}<span class="visually-hidden"> ${feedText(entry.name, hostTextLang(host))}</span>
  </button>`;
}

/** A link to the listing itself, for the calendar's "more". */
const listingLink = (entry: Entry): string => {
  const url = new URL(shareUrl(new URL(location.href), []));
  url.searchParams.set('pd-id', entry.id);
  return url.href;
};

/** "Add to calendar": the .ics file as a download, made when the details are drawn (a few hundred bytes). */
export function renderCalendar(entry: Entry, at = new Date()): TemplateResult | typeof nothing {
  const events = calendarEvents(entry, at, listingLink(entry), location.hostname || 'placekit');
  if (!events.length) return nothing;
  const file = icsCalendar(events, at, VERSION);
  const href = `data:text/calendar;charset=utf-8,${encodeURIComponent(file)}`;
  return html`<a class="button secondary calendar" href=${href} download=${calendarFileName(entry)}
    >${msg('Add to calendar')}<span class="visually-hidden"> ${msg(str`${entry.name} (a calendar file)`)}</span></a
  >`;
}

/** "Confirmed right by 3 residents, most recently in March 2026". */
export function renderConfirmations(entry: Entry): TemplateResult | typeof nothing {
  const text = confirmationsText((entry.record as { confirmations?: Confirmations }).confirmations);
  return text ? html`<p class="secondary-text confirmations">${text}</p>` : nothing;
}

async function yes(host: JourneyHost, entry: Entry, endpoint: string): Promise<void> {
  const state = stateFor(host, entry);
  if (state.confirm.state !== 'asking') return;
  state.confirm = { state: 'sending' };
  host.requestUpdate();
  let outcome: ConfirmState;
  try {
    outcome = await confirmListing(endpoint, entry.id, entry.name);
  } catch {
    outcome = { state: 'rejected', status: 0 };
  }
  if (states.get(host) !== state) return;
  state.confirm = outcome;
  host.requestUpdate();
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('.right-answer')?.focus();
}

async function openReport(host: JourneyHost, entry: Entry): Promise<void> {
  const state = stateFor(host, entry);
  state.reporting = true;
  state.reportFailed = false;
  host.requestUpdate();
  try {
    await import('../../place-feedback/index.js');
  } catch {
    state.reportFailed = true;
  }
  host.requestUpdate();
  await host.updateComplete;
  // Focus goes to the form's own title once it has drawn (the feed is the directory's, so it is there at
  // once), or to the reason it could not load.
  const failed = host.renderRoot.querySelector<HTMLElement>('.report-failed');
  if (failed) return failed.focus();
  const feedback = host.renderRoot.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('place-feedback');
  for (let tries = 0; feedback && tries < 20; tries++) {
    await feedback.updateComplete;
    const title = feedback.shadowRoot?.querySelector<HTMLElement>('#title');
    if (title) {
      if (!title.hasAttribute('tabindex')) title.tabIndex = -1;
      return title.focus();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What the resident is told after answering Yes: never "sent" unless it was. */
function answerText(confirm: ConfirmState): string {
  switch (confirm.state) {
    case 'sent':
      return msg('Thank you: your answer has been sent. It helps other residents know this listing is right.');
    case 'queued':
      return msg('Thank you. Your answer will be sent when your connection is back.');
    case 'rejected':
      return msg('Sorry, your answer could not be sent. You can try again later.');
    default:
      return '';
  }
}

/** "Was this information right?" Yes / No, after the contact details. */
export function renderRightQuestion(host: JourneyHost, entry: Entry): TemplateResult | typeof nothing {
  const settings = host.feedResult?.feed.listing_reports;
  if (!settings) return nothing;
  const state = stateFor(host, entry);
  const { confirm } = state;
  if (confirm.state === 'asking' && answered(entry.id))
    return html`<p class="secondary-text right-done">${msg('Thank you: you said this information was right.')}</p>`;
  if (confirm.state === 'sent' || confirm.state === 'queued' || confirm.state === 'rejected')
    return html`<p class="right-answer ${confirm.state === 'rejected' ? 'error-message' : ''}" tabindex="-1">${answerText(confirm)}</p>`;
  const busy = confirm.state === 'sending';
  return html`<div class="right no-print" role="group" aria-labelledby="right-question">
    <p class="strong" id="right-question">${msg('Was this information right?')}</p>
    <p class="hint">${msg('If you have called or visited, tell us. Nothing about you is sent.')}</p>
    <div class="inline">
      <button type="button" class="button secondary" aria-disabled=${busy ? 'true' : 'false'} @click=${() => void yes(host, entry, settings.endpoint)}>${msg('Yes')}</button>
      <button type="button" class="button secondary" aria-expanded=${state.reporting ? 'true' : 'false'} aria-controls="report" @click=${() => void openReport(host, entry)}>
        ${msg('No')}
      </button>
    </div>
    <p class="visually-hidden" role="status">${busy ? msg('Sending…') : ''}</p>
  </div>`;
}

/** "Report a problem with this listing", and the form once opened. */
export function renderReport(host: JourneyHost, entry: Entry): TemplateResult | typeof nothing {
  const result = host.feedResult;
  const settings = result?.feed.listing_reports;
  if (!result || !settings) return nothing;
  const state = stateFor(host, entry);
  if (!state.reporting)
    return html`<p class="no-print report-link">
      <button type="button" class="link-button" aria-expanded="false" aria-controls="report" @click=${() => void openReport(host, entry)}>
        ${msg('Report a problem with this listing')}
      </button>
    </p>`;
  if (state.reportFailed)
    return html`<div id="report" class="notice error report-failed" tabindex="-1" role="alert">
      <p>${msg('Sorry, the report form could not be loaded. Check your connection and try again.')}</p>
      <button type="button" class="button secondary" @click=${() => void openReport(host, entry)}>${msg('Try loading the report form again')}</button>
    </div>`;
  const form = reportForm(settings, result.feed.publisher.name);
  // The form's title is a heading of the details, one below the listing's name.
  return html`<div id="report" class="report no-print">
    <place-feedback
      .definition=${form}
      form=${form.id}
      subject=${entry.id}
      subject-name=${entry.name}
      heading-level=${Math.min(6, host.level + 1)}
      feed=${ifDefined(host.feed)}
    ></place-feedback>
  </div>`;
}

export const styles = css`
  a.button {
    text-decoration: none;
  }
  .journey-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
  }
  .list-toggle[aria-pressed='true']::before {
    content: '✓ ';
  }
  .right {
    margin-block: calc(1.5 * var(--_place-space)) var(--_place-space);
    padding: var(--_place-space);
    border-inline-start: 5px solid var(--_place-notice-border);
    background: var(--_place-surface);
  }
  .right .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
  }
  .right p {
    margin-block-end: 0.5em;
  }
  .right-answer {
    margin-block: var(--_place-space);
    font-weight: 700;
  }
  .report {
    margin-block-start: var(--_place-space);
  }
`;
