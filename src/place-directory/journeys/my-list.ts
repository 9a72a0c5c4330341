/**
 * My list: a shortlist a resident (or the Community Connector beside them) builds from the directory, to
 * print, to share as a link, or to send to a phone, with no account and no server.
 *
 * - It lives in this tab's sessionStorage only (cleared when the tab closes): never localStorage or a
 *   cookie, for shared library PCs. Storage that is full or refused (a private window) keeps the list in
 *   memory for the page instead.
 * - A shared link holds the ids only (`pd-list`, one per listing, in the list's order), nothing else
 *   of the search: opening it on another device shows the same list.
 * - The text for a text message or an email (names, phone numbers, addresses and the link back) is kept
 *   under an SMS-friendly length, saying what it leaves out.
 */
import type { Contact, Location, Opportunity, Phone, Service } from '../../feed/domain/types.js';
import { formatNumber, msg, plural, str } from '../../ui/localize.js';
import { oneLine } from '../../ui/rich-text.js';
import type { Entry } from '../entries.js';

export * from './list-store.js';

// -------------------------------------------------------------------------------------------------
// What a listing says in a message

function phonesOf(record: Service | Opportunity): Phone[] {
  const service = record as Service;
  const contacts: Contact[] = [...(record.contacts ?? []), ...(service.service_at_locations ?? []).flatMap((sal) => sal.contacts ?? [])];
  return [
    ...(record.phones ?? []),
    ...contacts.flatMap((c) => c.phones ?? []),
    ...(service.service_at_locations ?? []).flatMap((sal) => [...(sal.phones ?? []), ...(sal.location?.phones ?? [])]),
    ...(record.organization?.phones ?? []),
  ];
}

/** The number to call (or text, if that is all it has): never a fax. */
export function phoneOf(record: Service | Opportunity): string | undefined {
  const phones = phonesOf(record).filter((p) => p.type?.toLowerCase() !== 'fax' && oneLine(p.number));
  const phone = phones.find((p) => !['text', 'textphone'].includes(p.type?.toLowerCase() ?? '')) ?? phones[0];
  return phone ? oneLine(phone.number) : undefined;
}

export function locationsOf(record: Service | Opportunity): Location[] {
  return [
    ...((record as Service).service_at_locations ?? []).flatMap((sal) => (sal.location ? [sal.location] : [])),
    ...((record as Opportunity).locations ?? []),
  ];
}

/** The first place's address in one line: "Parkhead Community Hub, 12 Main Street, Glasgow, G31 4XY". */
export function addressOf(record: Service | Opportunity): string | undefined {
  for (const location of locationsOf(record)) {
    const address = location.addresses?.[0];
    const words = [location.name, address?.address_1, address?.address_2, address?.city, address?.postal_code].map((w) => oneLine(w)).filter(Boolean);
    if (words.length) return [...new Set(words)].join(', ');
  }
  return undefined;
}

// -------------------------------------------------------------------------------------------------
// Text for a text message or an email

/** GSM 03.38's basic characters: a message of only these fits 153 to a part, any other character 67. */
const GSM = new Set('@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà');
/** Three parts of a long text message: 459 GSM characters, or 201 with any other character. */
export const SMS_GSM = 459;
export const SMS_UNICODE = 201;

/** Curly quotes, dashes and non-breaking spaces as their plain forms, so that a message stays in GSM characters. */
export function plainForSms(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace(/…/g, '...');
}

export const isGsm = (text: string): boolean => [...text].every((char) => GSM.has(char));

/** How long a text message may be: three parts. */
export const smsLimit = (text: string): number => (isGsm(text) ? SMS_GSM : SMS_UNICODE);

export interface ListMessage {
  text: string;
  /** The listings fully in it. */
  included: number;
  /** Those left out for length (named in the text as "N more at the link"). */
  left: number;
  /** Whether addresses had to be left out to fit. */
  shortened: boolean;
}

/**
 * The list as a message: a line to start, each listing's name, phone and address, then the link. Too long
 * for `limit` (a function of the text: SMS parts depend on its characters): addresses are left out first,
 * then listings from the end, and the message says how many more are at the link.
 */
export function listMessage(entries: readonly Entry[], link: string, limit: (text: string) => number, clean = (t: string) => t): ListMessage {
  const blocks = (withAddress: boolean) =>
    entries.map((entry, index) => {
      const phone = phoneOf(entry.record);
      const address = withAddress ? addressOf(entry.record) : undefined;
      return clean([`${formatNumber(index + 1)}. ${entry.name}`, phone, address].filter(Boolean).join('\n'));
    });
  const head = clean(msg('My list from the directory:'));
  const tail = (left: number) => {
    const more = formatNumber(left);
    return clean(
      left
        ? plural(left, {
            zero: msg(str`${more} more at ${link}`, { id: 'list.more-at.zero' }),
            one: msg(str`${more} more at ${link}`, { id: 'list.more-at.one' }),
            two: msg(str`${more} more at ${link}`, { id: 'list.more-at.two' }),
            few: msg(str`${more} more at ${link}`, { id: 'list.more-at.few' }),
            many: msg(str`${more} more at ${link}`, { id: 'list.more-at.many' }),
            other: msg(str`${more} more at ${link}`, { id: 'list.more-at.other' }),
          })
        : msg(str`See the list: ${link}`),
    );
  };
  const compose = (parts: string[], left: number) => [head, ...parts, tail(left)].join('\n\n');
  for (const withAddress of [true, false]) {
    const all = blocks(withAddress);
    const text = compose(all, 0);
    if (text.length <= limit(text)) return { text, included: all.length, left: 0, shortened: !withAddress && entries.some((e) => addressOf(e.record)) };
  }
  const parts = blocks(false);
  for (let n = parts.length - 1; n >= 0; n--) {
    const text = compose(parts.slice(0, n), parts.length - n);
    if (text.length <= limit(text) || n === 0) return { text, included: n, left: parts.length - n, shortened: entries.some((e) => addressOf(e.record)) };
  }
  return { text: compose([], parts.length), included: 0, left: parts.length, shortened: false };
}

/** A text message to the resident's own phone (any number: their phone asks), the text in its body. */
export function smsHref(text: string): string {
  // `sms:?&body=` works on both Android (`?body=`) and iOS (`&body=`).
  return `sms:?&body=${encodeURIComponent(text)}`;
}

export function mailtoHref(subject: string, body: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`;
}

/** The email's own length limit: mail programs cut addresses much over 2,000 characters. */
export const EMAIL_LIMIT = 1800;
