/**
 * Keeping listings right with residents' help: "Report a problem with this listing" (a `<place-feedback>`
 * form, so the same validation, outbox, idempotency and receiver) and "Was this information right?" (Yes
 * sent through the same outbox as a confirmation, No opens the report). Both go to the feed's
 * `listing_reports.endpoint` with the listing's id and name as their subject, and only when the feed names
 * one. Nothing identifies the resident: a confirmation is `{right: true}`, the date it was sent and the
 * page's address without its query.
 */
import type { Confirmations, FeedbackForm, ListingReports } from '../../feed/domain/types.js';
import { LISTING_CONFIRMATION_FORM, LISTING_REPORT_FORM } from '../../feed/domain/listing-reports.js';
import { formatDate, formatNumber, msg, plural, str } from '../../ui/localize.js';
import type { Outcome, Submission } from '../../ui/outbox/types.js';

/** The report form, in the resident's language, sent to the feed's endpoint. `publisher` names who reads it. */
export function reportForm(settings: ListingReports, publisher: string): FeedbackForm {
  return {
    id: LISTING_REPORT_FORM,
    title: msg('Report a problem with this listing'),
    introduction: msg('Tell us what is wrong and we will check it and correct the directory.'),
    privacy_notice:
      settings.privacy_notice ??
      msg(str`${publisher} reads your report to keep this directory right. Your contact details, if you give them, are only used to ask about your report.`),
    questions: [
      {
        id: 'problem',
        kind: 'single_choice',
        label: msg('What is wrong?'),
        required: true,
        options: [
          { value: 'out_of_date', label: msg('Something is out of date') },
          { value: 'extra_information', label: msg('I have more information to add') },
          { value: 'closed', label: msg('The service has closed') },
          { value: 'something_else', label: msg('Something else') },
        ],
      },
      {
        id: 'correction',
        kind: 'long_text',
        label: msg('What should it say?'),
        hint: msg('For example, the new phone number, address or opening times.'),
        required: true,
        max_length: 2000,
      },
      {
        id: 'contact',
        kind: 'short_text',
        label: msg('How can we contact you about this? (optional)'),
        hint: msg('An email address or phone number, only if you are happy for us to ask you about your report.'),
        max_length: 200,
        personal: true,
      },
    ],
    confirmation: { title: msg('Thank you for your report'), message: msg('We will check the listing and correct it.') },
    submit_label: msg('Send report'),
    endpoint: settings.endpoint,
  };
}

/** "Confirmed right by 3 residents, most recently in March 2026"; undefined when nobody has. */
export function confirmationsText(confirmations: Confirmations | undefined): string | undefined {
  const count = confirmations?.count ?? 0;
  if (count < 1) return undefined;
  const n = formatNumber(count);
  const who = plural(count, {
    zero: msg(str`Confirmed right by ${n} residents`, { id: 'directory.confirmed-by.zero' }),
    one: msg(str`Confirmed right by ${n} resident`, { id: 'directory.confirmed-by.one' }),
    two: msg(str`Confirmed right by ${n} residents`, { id: 'directory.confirmed-by.two' }),
    few: msg(str`Confirmed right by ${n} residents`, { id: 'directory.confirmed-by.few' }),
    many: msg(str`Confirmed right by ${n} residents`, { id: 'directory.confirmed-by.many' }),
    other: msg(str`Confirmed right by ${n} residents`, { id: 'directory.confirmed-by.other' }),
  });
  const last = confirmations?.last && formatDate(confirmations.last.slice(0, 7));
  return last ? (count === 1 ? msg(str`${who}, in ${last}`) : msg(str`${who}, most recently in ${last}`)) : who;
}

/** A confirmation as the receiver stores it: the answer, the listing, the date and the page (without its query). */
export function confirmation(id: string, name: string, key: string, now = new Date()): Submission & { context: { subject_name: string } } {
  const page = new URL(location.href);
  return {
    form_id: LISTING_CONFIRMATION_FORM,
    answers: { right: true },
    context: { subject: id, subject_name: name, page_url: page.origin + page.pathname },
    submitted_at: now.toISOString(),
    idempotency_key: key,
  };
}

/** Where "Was this information right?" is for one listing in this tab. */
export type ConfirmState = { state: 'asking' } | { state: 'sending' } | Outcome;

const KEY = 'placekit-confirmed:';

/** Whether this tab already answered Yes for the listing (asked once per tab, not on every visit). */
export function answered(id: string): boolean {
  try {
    return sessionStorage.getItem(KEY + id) !== null;
  } catch {
    return false;
  }
}

export function remember(id: string): void {
  try {
    sessionStorage.setItem(KEY + id, '1');
  } catch {
    // Asked again next time: harmless.
  }
}

/** Sends "Yes" through the outbox (loaded now: it is the same outbox every form uses). */
export async function confirmListing(endpoint: string, id: string, name: string): Promise<Outcome> {
  const { send } = await import('../../ui/outbox/outbox.js');
  const outcome = await send(endpoint, confirmation(id, name, crypto.randomUUID()));
  if (outcome.state !== 'rejected') remember(id);
  return outcome;
}
