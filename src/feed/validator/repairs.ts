/**
 * Repairs for values that live directories write in ways people read without a second thought: a website
 * without `https://`, an email with a stray (or invisible) space or a trailing dot, a phone number with
 * the quotation marks a spreadsheet export left around it. schema/values.ts attaches each to the schema it
 * repairs (`repairable()`); tolerant.ts tries it on a value that fails that schema, keeps the result when
 * the schema then accepts it, and reports it as `repaired` (not a problem: the validator's exit code stays
 * 0 unless `--strict`). Only the validator needs this module.
 */
import { shown } from './issues.js';

/** What a repair did: the new value (`undefined`: leave the value out) and a message that names the old one. */
export interface Repair {
  value?: string;
  message: string;
}

export type Repairer = (value: unknown) => Repair | undefined;

/** A host name, then an optional port and path: `www.example.org`, `example.org:8080/path?q`. */
const HOST_FIRST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d{1,5})?(?:[/?#]\S*)?$/i;

/** `www.wetalkclub.com/` (or `//www.wetalkclub.com/`) becomes `https://www.wetalkclub.com/`. */
export const addScheme: Repairer = (value) => {
  if (typeof value !== 'string') return undefined;
  const host = value.trim().replace(/^\/\//, '');
  if (!HOST_FIRST.test(host)) return undefined;
  return { value: `https://${host}`, message: `not a web link (is ${shown(value)}): https:// added` };
};

/** Characters nobody sees: zero-width space, non-joiner and joiner, word joiner, byte-order mark, soft hyphen. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/**
 * An email address with what copying it from a page or a document added: spaces or no-break spaces at
 * either end, invisible characters anywhere, `mailto:` in front, a full stop after it. An address at a
 * `.invalid` domain (a directory's "no email" placeholder) is left out.
 */
export const cleanEmail: Repairer = (value) => {
  if (typeof value !== 'string') return undefined;
  const removed: string[] = [];
  let text = value;
  const step = (next: string, what: string) => {
    if (next !== text) removed.push(what);
    text = next;
  };
  step(text.replace(INVISIBLE, ''), 'invisible characters');
  step(text.replace(/^\s+|\s+$/g, ''), /^[\s]*\u00A0|\u00A0[\s]*$/.test(text) ? 'no-break spaces' : 'spaces');
  step(text.replace(/^mailto:/i, ''), '"mailto:"');
  step(text.replace(/\.+$/, ''), 'a full stop at the end');
  if (/\.invalid$/i.test(text)) return { message: `a placeholder, not an address anyone can write to (is ${shown(value)}): left out` };
  if (removed.length === 0) return undefined;
  const list = removed.length > 1 ? `${removed.slice(0, -1).join(', ')} and ${removed[removed.length - 1]}` : removed[0];
  return { value: text, message: `not an email address as written (is ${shown(value)}): ${list} removed` };
};

const QUOTES = /^\s*=?["'“”‘’]+|["'“”‘’]+\s*$|^\s*=/g;

/** `"+44 1234 234567"` with its quotation marks, or a spreadsheet's `="0141 496 0000"`, becomes the number alone. */
export const unquotePhone: Repairer = (value) => {
  if (typeof value !== 'string') return undefined;
  let text = value;
  for (let next = text.replace(QUOTES, '').trim(); next !== text; next = text.replace(QUOTES, '').trim()) text = next;
  return text && text !== value ? { value: text, message: `has quotation marks around it (is ${shown(value)}): quotation marks removed` } : undefined;
};
