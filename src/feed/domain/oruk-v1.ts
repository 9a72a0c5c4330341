/**
 * Open Referral UK 1.0 service records (the API many council directories still run) in the names of
 * HSDS 3.0 UK, which the feed's services use. Only what has a 3.0 home is renamed; everything else a
 * record holds is kept as published. The publisher tool (convert) and the directory's API source (a
 * council's ORUK 1.0 API, read page by page in the browser) share it, so it imports nothing.
 *
 * | ORUK 1.0 | HSDS 3.0 UK |
 * | --- | --- |
 * | `regular_schedules` (service, service_at_locations) | `schedules` |
 * | `location.physical_addresses` | `location.addresses` (`address_type: "physical"`) |
 * | `location.accessibility_for_disabilities` | `location.accessibility` |
 * | `service_taxonomys[].taxonomy {id, name, vocabulary, parent}` | `attributes[].taxonomy_term {id, name, taxonomy, parent_id}` |
 * | `eligibilitys[] {eligibility, minimum_age, maximum_age}` | `eligibility_description`, `minimum_age`, `maximum_age` (`eligibilitys` kept too) |
 * | `fundings` | `funding` |
 * | `languages[].language` (and a contact phone's `language`) | `languages[].name`, or `.code` for a code such as `pl` |
 * | dates written as date-times (`2020-01-01T00:00:00`) | dates (`2020-01-01`) |
 * | `null` (how 1.0 APIs, mostly Java, write a missing value) | the field left out |
 */
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Fields only ORUK 1.0 services have. */
const V1_FIELDS = ['regular_schedules', 'holiday_schedules', 'service_taxonomys', 'eligibilitys', 'fundings', 'reviews'];
const V1_LOCATION_FIELDS = ['physical_addresses', 'accessibility_for_disabilities'];

/** True when a service record is written the ORUK 1.0 way. */
export function isV1Service(record: Json): boolean {
  if (V1_FIELDS.some((field) => field in record)) return true;
  if (list(record.languages).some((item) => isObject(item) && 'language' in item && !('name' in item))) return true;
  return list(record.service_at_locations).some(
    (sal) => isObject(sal) && isObject(sal.location) && V1_LOCATION_FIELDS.some((field) => field in (sal.location as Json)),
  );
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/;
/** `2020-01-01T00:00:00` as `2020-01-01`; anything else as it is. */
const dateOf = (value: unknown): unknown => (typeof value === 'string' && DATE_TIME.test(value) ? value.slice(0, 10) : value);

function datesIn(record: Json, fields: string[]): Json {
  const out = { ...record };
  for (const field of fields) if (field in out) out[field] = dateOf(out[field]);
  return out;
}

const WEEKDAYS: Record<string, string> = { monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA', sunday: 'SU' };

function schedule(item: unknown): unknown {
  if (!isObject(item)) return item;
  const out = datesIn(item, ['valid_from', 'valid_to', 'dtstart', 'until']);
  // A weekday written as a name (HSDS 1.1) is a weekly rule on that day.
  const day = typeof out.weekday === 'string' ? WEEKDAYS[out.weekday.trim().toLowerCase()] : undefined;
  if (day && out.byday === undefined) {
    out.byday = day;
    out.freq ??= 'WEEKLY';
    delete out.weekday;
  }
  return out;
}

function language(item: unknown): unknown {
  if (!isObject(item) || !('language' in item) || 'name' in item || 'code' in item) return item;
  const { language: value, ...rest } = item;
  const isCode = typeof value === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value.trim());
  return { ...rest, [isCode ? 'code' : 'name']: value };
}

function phone(item: unknown): unknown {
  if (!isObject(item) || typeof item.language !== 'string' || 'languages' in item) return item;
  const { language: value, ...rest } = item;
  return { ...rest, languages: [language({ language: value })] };
}

function contact(item: unknown): unknown {
  if (!isObject(item) || !Array.isArray(item.phones)) return item;
  return { ...item, phones: item.phones.map(phone) };
}

function location(item: unknown): unknown {
  if (!isObject(item)) return item;
  const { physical_addresses, accessibility_for_disabilities, ...rest } = item;
  const out: Json = { ...rest };
  if (Array.isArray(physical_addresses)) {
    out.addresses = [
      ...list(rest.addresses),
      ...physical_addresses.map((address) => (isObject(address) ? { ...address, address_type: address.address_type ?? 'physical' } : address)),
    ];
  }
  if (Array.isArray(accessibility_for_disabilities)) out.accessibility = [...list(rest.accessibility), ...accessibility_for_disabilities];
  if (Array.isArray(out.regular_schedules)) {
    out.schedules = [...list(out.schedules), ...out.regular_schedules.map(schedule)];
    delete out.regular_schedules;
  }
  if (Array.isArray(out.languages)) out.languages = out.languages.map(language);
  return out;
}

/** A service_at_location (and its location) in 3.0 names; a 3.0 one comes back as it was. */
export function serviceAtLocationFromV1(item: unknown): unknown {
  if (!isObject(item)) return item;
  const { regular_schedules, ...rest } = item;
  const out: Json = { ...rest };
  if ('location' in out) out.location = location(out.location);
  if (Array.isArray(regular_schedules)) out.schedules = [...list(rest.schedules), ...regular_schedules.map(schedule)];
  if (Array.isArray(out.contacts)) out.contacts = out.contacts.map(contact);
  return out;
}

/** A taxonomy entry of ORUK 1.0 (`{id, name, vocabulary, parent}`) as an HSDS 3.0 taxonomy term. */
function taxonomyTerm(taxonomy: Json): Json {
  const { vocabulary, parent, ...rest } = taxonomy;
  const parentId = isObject(parent) ? parent.id : parent;
  return {
    ...rest,
    ...(vocabulary !== undefined && vocabulary !== null && { taxonomy: vocabulary }),
    ...(parentId !== undefined && parentId !== null && parentId !== '' && { parent_id: parentId }),
  };
}

/** The value with every `null` field and list item left out. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== null).map(withoutNulls);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== null)
      .map(([field, item]) => [field, withoutNulls(item)]),
  );
}

/** An ORUK 1.0 service record in HSDS 3.0 UK names. A 3.0 record comes back unchanged. */
export function fromV1Service(published: Json): Json {
  if (!isV1Service(published)) return published;
  const record = withoutNulls(published) as Json;
  // `eligibilitys` stays as published beside what is read from it: its taxonomy links have no 3.0 home
  // (as attributes they would become directory categories).
  const { regular_schedules, service_taxonomys, fundings, ...rest } = record;
  const eligibilitys = rest.eligibilitys;
  const out: Json = datesIn(rest, ['assured_date']);

  if (Array.isArray(regular_schedules)) out.schedules = [...list(rest.schedules), ...regular_schedules.map(schedule)];
  if (Array.isArray(fundings)) out.funding = [...list(rest.funding), ...fundings];
  if (Array.isArray(out.languages)) out.languages = out.languages.map(language);
  if (Array.isArray(out.contacts)) out.contacts = out.contacts.map(contact);
  if (Array.isArray(out.cost_options))
    out.cost_options = out.cost_options.map((option) => (isObject(option) ? datesIn(option, ['valid_from', 'valid_to']) : option));
  if (Array.isArray(out.service_at_locations)) out.service_at_locations = out.service_at_locations.map(serviceAtLocationFromV1);

  if (Array.isArray(service_taxonomys)) {
    const attributes = service_taxonomys.flatMap((link): Json[] => {
      if (!isObject(link) || !isObject(link.taxonomy)) return [];
      return [{ ...(link.id !== undefined && { id: link.id }), taxonomy_term: taxonomyTerm(link.taxonomy) }];
    });
    out.attributes = [...list(rest.attributes), ...attributes];
  }

  if (Array.isArray(eligibilitys)) {
    const rules = eligibilitys.filter(isObject);
    const ages = (field: 'minimum_age' | 'maximum_age') => rules.map((rule) => rule[field]).filter((age): age is number => typeof age === 'number');
    const minimums = ages('minimum_age');
    const maximums = ages('maximum_age');
    if (out.minimum_age === undefined && minimums.length > 0) out.minimum_age = Math.min(...minimums);
    if (out.maximum_age === undefined && maximums.length > 0) out.maximum_age = Math.max(...maximums);
    const names = rules.map((rule) => rule.eligibility).filter((name): name is string => typeof name === 'string' && name.trim() !== '');
    if (out.eligibility_description === undefined && names.length > 0) out.eligibility_description = names.join('; ');
  }
  return out;
}
