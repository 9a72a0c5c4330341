/**
 * The one gate every URL from a feed passes before it reaches an `href` or `src`.
 *
 * lit escapes text but does not sanitize URLs, so a `javascript:` link in a feed would run when a
 * resident clicks it. Only absolute http, https, mailto, tel and sms URLs pass; everything else
 * (relative paths, `javascript:`, `data:`, `vbscript:`, `file:`, disguised schemes) is dropped, and so is
 * a web link with a user name or password (`https://council.gov.uk@evil.example/` goes to evil.example:
 * a phishing trick).
 */

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:', 'sms:']);

/** Leading and trailing C0 controls and spaces, which the URL parser strips before it reads a scheme. */
const EDGE_JUNK = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
/** Tab and newlines, which the URL parser removes anywhere in a URL ("java\tscript:" is "javascript:"). */
const TAB_OR_NEWLINE = /[\t\n\r]/g;
/** Anything that looks like a scheme at the start, after removing what a browser would ignore. */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

const NAMED_ENTITIES: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  lpar: '(',
  rpar: ')',
  amp: '&',
};

/** Decodes the character references an HTML parser would decode, so a disguised scheme is seen for what it is. */
function decodeReferences(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function schemeOf(value: string): string | undefined {
  const cleaned = value.replace(EDGE_JUNK, '').replace(TAB_OR_NEWLINE, '');
  return SCHEME.exec(cleaned)?.[1]?.toLowerCase();
}

/**
 * Returns the URL, normalised, when it is an absolute http, https, mailto, tel or sms URL (a web link
 * without a user name or password); otherwise `undefined`. Never throws.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 4096) return undefined;
  // A string that decodes to a different, disallowed scheme is an attempt to smuggle one: refuse it
  // even though the URL parser alone would read it as harmless.
  const decodedScheme = schemeOf(decodeReferences(value));
  if (decodedScheme !== undefined && !ALLOWED_PROTOCOLS.has(`${decodedScheme}:`)) return undefined;
  let url: URL;
  try {
    url = new URL(value.replace(EDGE_JUNK, ''));
  } catch {
    return undefined;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return undefined;
  // A web link needs a real host name (not empty, not one the parser had to percent-encode) and no
  // user name or password before it.
  if ((url.protocol === 'http:' || url.protocol === 'https:') && (!url.hostname || url.hostname.includes('%') || url.username || url.password))
    return undefined;
  return url.href;
}

/** True when {@link safeUrl} would keep the value. */
export function isSafeUrl(value: unknown): boolean {
  return safeUrl(value) !== undefined;
}

/** Digits and a leading plus, as dialers expect them: "0141 555 0100" becomes "01415550100". */
function dialable(number: string): string | undefined {
  // "+44 (0)141 ..." is written for people; the (0) is not dialled after a country code.
  const trimmed = number.trim().replace(/\(0\)/g, '');
  const digits = trimmed.replace(/[^\d]/g, '');
  if (digits.length < 3 || digits.length > 15) return undefined;
  return trimmed.startsWith('+') ? `+${digits}` : digits;
}

/** A `tel:` link for a phone number as people write it, or `undefined` when it has no usable digits. */
export function telUrl(number: string): string | undefined {
  const dial = dialable(number);
  return dial ? safeUrl(`tel:${dial}`) : undefined;
}

/** An `sms:` link for a mobile number as people write it. */
export function smsUrl(number: string): string | undefined {
  const dial = dialable(number);
  return dial ? safeUrl(`sms:${dial}`) : undefined;
}

/** A `mailto:` link for one plain email address; anything with headers or several addresses is refused. */
export function mailtoUrl(email: string): string | undefined {
  const trimmed = email.trim();
  if (!/^[^\s@?&,;<>"]+@[^\s@?&,;<>"]+\.[^\s@?&,;<>"]+$/.test(trimmed)) return undefined;
  return safeUrl(`mailto:${trimmed}`);
}
