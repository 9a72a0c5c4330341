/**
 * The values the feed's fields hold: ids, text, dates and times, links, emails, phone numbers,
 * coordinates, ages, postcodes. Each names its rule (load/rules.ts) or its repair (../repairs.ts) where it has one.
 */
import * as z from 'zod/mini';
import { RULES } from '../../load/rules.js';
import { addScheme, cleanEmail, readCurrency, unquotePhone } from '../repairs.js';
import { repairable, rule } from './marks.js';

const notBlankCheck = () => rule('notBlank', z.refine<string>(RULES.notBlank, 'must not be blank'));

/** An identifier: any non-blank string (Open Referral UK uses UUIDs; other ids are accepted). */
export const Id = z.string().check(notBlankCheck(), z.maxLength(256));
/** Text a resident reads. Rendered as text, never as HTML. */
export const Text = z.string();
/** Text that must say something. */
export const Name = z.string().check(notBlankCheck());
/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();
/** A date and time with an offset or `Z`, e.g. `2026-03-01T09:30:00Z`. */
export const IsoDateTime = z.iso.datetime({ offset: true, local: true });
/** A year, a month or a day: `2024`, `2024-03` or `2024-03-31`. */
export const PartialDate = z
  .string()
  .check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a year, month or day: YYYY, YYYY-MM or YYYY-MM-DD'));
/**
 * A time of day, `HH:MM` or `HH:MM:SS` (fractions of a second allowed), 24-hour clock; `24:00` means
 * midnight at the end of the day. Without a zone it is UK time; with `Z` or an offset (`10:00Z`,
 * `09:00+01:00`), as HSDS 3.0 asks, it is turned into UK time on each date (domain/schedule.ts).
 */
export const TimeOfDay = z
  .string()
  .check(
    z.regex(
      /^(([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?|24:00(:00(\.0+)?)?)([Zz]|[+-]([01]\d|2[0-3])(:?[0-5]\d)?)?$/,
      'must be a time of day, HH:MM or HH:MM:SS, in UK time or with a zone such as Z or +01:00',
    ),
  );
/** Why a link is refused: most often not absolute; sometimes a user name or password before the host. */
function linkProblem(value: unknown): string {
  let credentials = false;
  try {
    const url = new URL(String(value).trim());
    credentials = /^https?:$/.test(url.protocol) && !!(url.username || url.password);
  } catch {
    // not a URL at all
  }
  return credentials
    ? 'must not have a user name or password before the host (a phishing trick); write the link without them'
    : 'must be an absolute http, https, mailto, tel or sms link';
}

/** An absolute http, https, mailto, tel or sms URL, a web link without a user name or password. A web address without a scheme gets `https://`. */
export const Link = repairable(z.string().check(rule('safeUrl', z.refine<string>(RULES.safeUrl, { error: (issue) => linkProblem(issue.input) }))), addScheme);
/**
 * A photo's address: https (a page served over https shows no insecure image), on a host named outside the
 * names of local networks (`localhost`, `.local`, `.internal`, `.home.arpa`...) and not an IP address (a
 * router's, a printer's): a feed must not make residents' browsers call their own devices. A name that
 * resolves to such an address cannot be told from here. A web address without a scheme gets `https://`.
 */
export const ImageLink = repairable(
  z
    .string()
    .check(
      rule('safeUrl', z.refine<string>(RULES.safeUrl, { error: (issue) => linkProblem(issue.input) })),
      z.regex(
        /^https:\/\/[\w.-]+\.(?!(local|localhost|internal|arpa|lan|home|corp)\b)[a-z][\w-]*([:/?#]|$)/i,
        'must be an https link to an image on a public web address (not a local network)',
      ),
    ),
  addScheme,
);
/** An email address; stray spaces, invisible characters and a full stop at the end are removed, a `.invalid` placeholder left out. */
export const Email = repairable(z.email().check(z.regex(/^(?![^]*\.invalid$)/i, 'is a placeholder: a .invalid address cannot receive email')), cleanEmail);
/** A phone number as people write it; quotation marks around it are removed. */
export const PhoneNumber = repairable(
  z.string().check(notBlankCheck(), z.regex(/^(?!\s*[="'“”‘’])(?![^]*["'“”‘’]\s*$)/, 'has quotation marks around it')),
  unquotePhone,
);
/** A currency as its ISO 4217 code (`GBP`); `£`, `GBP `, `Pounds`, `pounds sterling` are read as GBP, what cannot be read is dropped (the amount is then in pounds). */
export const Currency = repairable(
  z.string().check(z.regex(/^[A-Z]{3}$/, 'must be a currency code such as GBP; without one, the amount is shown in pounds')),
  readCurrency,
);
export const Latitude = z.number().check(z.gte(-90, 'is not a possible latitude (-90 to 90)'), z.lte(90, 'is not a possible latitude (-90 to 90)'));
export const Longitude = z.number().check(z.gte(-180, 'is not a possible longitude (-180 to 180)'), z.lte(180, 'is not a possible longitude (-180 to 180)'));
export const Age = z.number().check(z.gte(0), z.lte(130));
export const PostcodeDistrict = z.string().check(z.regex(/^[A-Za-z]{1,2}\d[A-Za-z\d]?$/, 'must be a postcode district such as G31'));
export const PostcodeSector = z.string().check(z.regex(/^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d$/, 'must be a postcode sector such as G31 4'));

export const Point = z.object({ latitude: Latitude, longitude: Longitude });

/**
 * The most items a list inside a record may hold: far more than any real record has (Bristol's and the Open
 * Referral UK examples' longest lists hold 9), few enough that what an element draws from one stays small.
 * A longer list keeps its first items, and the rest are dropped with a warning (tolerant.ts).
 */
export const MAX_ITEMS = 100;
/** The most postcode districts or sectors an area, or areas a record, may name: matched, never drawn. */
export const MAX_POSTCODES = 1000;
/** The most values an indicator may have: monthly for over forty years; the plan draws each in its chart and table. */
export const MAX_VALUES = 500;
/** A list of `item`, at most `max` long. */
export const list = <T extends z.ZodMiniType>(item: T, max = MAX_ITEMS) => z.array(item).check(z.maxLength(max));

/** A scale's bounds and end labels. */
export const Scale = z.object({ min: z.number().check(z.int()), max: z.number().check(z.int()), min_label: z.optional(Text), max_label: z.optional(Text) });
