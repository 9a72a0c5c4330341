/**
 * An HSDS 3.0 UK service written the way an ORUK 1.0 API answers (the older API many councils still
 * run): schedules as `regular_schedules` with a weekday each, categories as `service_taxonomys`,
 * addresses as `physical_addresses`, and `null` for what a service does not have, as 1.0 APIs (mostly
 * Java) write it. The reverse of src/feed/domain/oruk-v1.ts, so the directory reads what the stand-in renamed.
 */
const WEEKDAY = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' };

function schedules(list) {
  return (list ?? []).flatMap((schedule) => {
    const { byday, freq: _freq, ...rest } = schedule;
    if (typeof byday !== 'string') return [rest];
    return byday.split(',').map((day) => ({ ...rest, weekday: WEEKDAY[day.trim().slice(-2)] ?? day }));
  });
}

function location(value) {
  if (!value) return value;
  const { addresses, accessibility, schedules: own, ...rest } = value;
  return {
    ...rest,
    physical_addresses: addresses ?? [],
    accessibility_for_disabilities: accessibility ?? [],
    ...(own && { regular_schedules: schedules(own) }),
  };
}

/** A 3.0 service as ORUK 1.0 writes it; `full: false` keeps only what a 1.0 list shows. */
export function toV1(service, full = true) {
  const { schedules: own, attributes, funding, service_at_locations, ...rest } = service;
  const out = { email: null, url: null, fees: null, ...rest };
  if (!full) return out;
  out.regular_schedules = schedules(own);
  out.holiday_schedules = [];
  out.service_taxonomys = (attributes ?? [])
    .filter((a) => a.taxonomy_term)
    .map((a, i) => ({
      id: `${service.id}-t${i}`,
      taxonomy: { id: a.taxonomy_term.id, name: a.taxonomy_term.name, vocabulary: a.taxonomy_term.taxonomy ?? null },
    }));
  out.fundings = funding ?? [];
  out.service_at_locations = (service_at_locations ?? []).map(({ schedules: at, ...sal }) => ({
    ...sal,
    location: location(sal.location),
    regular_schedules: schedules(at),
  }));
  return out;
}

/** A taxonomy term as ORUK 1.0's `/taxonomies` lists it. */
export const termToV1 = (term) => ({ id: term.id, name: term.name, vocabulary: term.taxonomy ?? null, parent: term.parent_id ?? null });
