/**
 * vCard 4.0 (RFC 6350), built in the browser, for "Save contact".
 *
 * - Text values escape backslash, comma and newlines (§3.4); semicolons too in the fields of compound
 *   properties (N, ADR, ORG), where they would otherwise separate fields.
 * - Lines end with CRLF and are folded at 75 octets (§3.2): a longer line continues on the next after
 *   CRLF and one space, and the fold never splits a UTF-8 character.
 * - Telephone numbers are `tel:` URIs (VALUE=uri, as §6.4.1 recommends), international where the number
 *   is a UK one written nationally, with the HSDS phone type (the same words as vCard's TYPE).
 */
import type { Connector } from '../feed/domain/types.js';
import { safeUrl } from '../feed/domain/safe-url.js';
import { nameParts } from './names.js';

type Property = [name: string, params: string, value: string];

/** Escapes a text value; `compound` for a field of N, ADR or ORG. */
export function escapeText(value: string, compound = false): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n');
  return compound ? escaped.replace(/;/g, '\\;') : escaped;
}

/** The fields of a compound value, each escaped, joined by semicolons. */
const compound = (...fields: Array<string | undefined>) => fields.map((field) => escapeText(field ?? '', true)).join(';');

const octets = (char: string) => {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/** Folds one content line at 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const length = octets(char);
    if (size + length > limit) {
      parts.push(part);
      part = '';
      size = 0;
      // A continuation line starts with a space, which counts towards its 75.
      limit = 74;
    }
    part += char;
    size += length;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

/** The vCard text for a list of properties, between BEGIN and END, CRLF throughout. */
export function buildVCard(properties: Property[]): string {
  const lines = [['BEGIN', '', 'VCARD'], ['VERSION', '', '4.0'], ...properties, ['END', '', 'VCARD']] as Property[];
  return lines.map(([name, params, value]) => `${foldLine(`${name}${params}:${value}`)}\r\n`).join('');
}

/** A `tel:` URI: "+441414960102" for "0141 496 0102", as written for a number with a country code. */
export function telUri(number: string): string | undefined {
  const trimmed = number.trim().replace(/\(0\)/g, '');
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) return undefined;
  if (trimmed.startsWith('+')) return `tel:+${digits}`;
  if (trimmed.startsWith('00')) return `tel:+${digits.slice(2)}`;
  // A UK national number (0 and ten more digits, or nine for a few old ones) becomes international.
  if (/^0\d{9,10}$/.test(digits)) return `tel:+44${digits.slice(1)}`;
  return `tel:${digits}`;
}

const TEL_TYPES = new Set(['text', 'voice', 'fax', 'cell', 'video', 'pager', 'textphone']);

export interface VCardExtras {
  /** The role as the card shows it ("Community Connector"). */
  title: string;
  /** Lines for NOTE: what they do, when they are available. */
  note: string[];
  /** False once the photo has failed to load on the card: a broken address is not saved as PHOTO. */
  photo?: boolean;
}

/** The vCard for a connector, from what the feed gives: nothing is invented. */
export function connectorVCard(connector: Connector, extras: VCardExtras): string {
  const { prefix, given, additional, family } = nameParts(connector.name);
  const properties: Property[] = [
    ['KIND', '', 'individual'],
    ['FN', '', escapeText(connector.name)],
    ['N', '', compound(family, given, additional, prefix, '')],
  ];
  const organization = connector.organization?.name;
  if (organization) properties.push(['ORG', '', compound(organization)]);
  if (extras.title) properties.push(['TITLE', '', escapeText(extras.title)]);
  for (const phone of connector.phones ?? []) {
    const uri = telUri(phone.number);
    const type = phone.type?.toLowerCase();
    if (uri) properties.push(['TEL', `;VALUE=uri;TYPE=work,${type && TEL_TYPES.has(type) ? type : 'voice'}`, uri]);
  }
  if (connector.email) properties.push(['EMAIL', ';TYPE=work', escapeText(connector.email)]);
  const address = connector.drop_in?.location?.addresses?.[0];
  if (address) {
    const street = [address.address_1, address.address_2].filter(Boolean).join(', ');
    properties.push([
      'ADR',
      ';TYPE=work',
      compound('', '', street, address.city, address.region ?? address.state_province, address.postal_code, address.country),
    ]);
  }
  const urls = [connector.booking_url, connector.organization?.website ?? connector.organization?.url, ...(connector.links ?? []).map((link) => link.url)];
  for (const url of new Set(urls.map(safeUrl).filter((u): u is string => u?.startsWith('http') === true))) properties.push(['URL', '', url]);
  for (const [index, language] of (connector.languages ?? []).entries()) {
    if (language.code && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(language.code)) properties.push(['LANG', `;PREF=${index + 1}`, language.code]);
  }
  const photo = safeUrl(connector.photo?.url);
  if (photo?.startsWith('http') && extras.photo !== false) properties.push(['PHOTO', '', photo]);
  const note = extras.note
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
  if (note) properties.push(['NOTE', '', escapeText(note)]);
  return buildVCard(properties);
}

/** A file name for the download: "catriona-baird.vcf". */
export function vcardFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'contact'}.vcf`;
}
