/**
 * Places: UK postcodes as residents type them, matching a postcode to the feed's areas, which areas a
 * record belongs to, and distances. Shared by every element that asks "where are you?".
 */
import type { Area, Location, Opportunity, Service } from './types.js';

export interface Point {
  latitude: number;
  longitude: number;
}

export interface Postcode {
  /** Upper case with one space: `G31 4XY`, or just the district `G31` for a partial postcode. */
  normalised: string;
  /** The district (outward code): `G31`. */
  district: string;
  /** The sector: `G31 4`, when the postcode is full. */
  sector?: string;
  /** True for a full postcode, false for a district alone. */
  full: boolean;
}

const DISTRICT = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const INWARD = /^\d[A-Z]{2}$/;

/**
 * Reads a postcode as people type it: any case, with or without the space, with stray spaces or a
 * trailing full stop. Accepts a district alone (`G31`) when `allowPartial` is set. Returns `undefined`
 * for anything that is not a UK postcode.
 */
export function parsePostcode(input: string, allowPartial = false): Postcode | undefined {
  const compact = input.toUpperCase().replace(/[\s.-]+/g, '');
  if (compact.length >= 5 && compact.length <= 7) {
    const district = compact.slice(0, -3);
    const inward = compact.slice(-3);
    if (DISTRICT.test(district) && INWARD.test(inward)) {
      return { normalised: `${district} ${inward}`, district, sector: `${district} ${inward[0]}`, full: true };
    }
  }
  if (allowPartial && DISTRICT.test(compact)) return { normalised: compact, district: compact, full: false };
  return undefined;
}

const normaliseSector = (sector: string) => sector.toUpperCase().replace(/\s+/g, '').replace(/(\d)$/, ' $1');

/**
 * The areas a postcode falls in, best match first: areas listing its sector, then areas listing its
 * district. Empty when the feed does not cover the postcode.
 */
export function areasForPostcode(areas: readonly Area[], postcode: Postcode): Area[] {
  const bySector = postcode.sector ? areas.filter((area) => area.postcode_sectors?.some((s) => normaliseSector(s) === postcode.sector)) : [];
  if (bySector.length > 0) return bySector;
  return areas.filter(
    (area) =>
      area.postcode_districts?.some((d) => d.toUpperCase() === postcode.district) ||
      area.postcode_sectors?.some((s) => normaliseSector(s).split(' ')[0] === postcode.district),
  );
}

/** Great-circle distance in miles. */
export function distanceMiles(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 3958.8 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The areas whose centre is nearest to a point, nearest first. */
export function nearestAreas(areas: readonly Area[], point: Point): Area[] {
  return areas
    .filter((area) => area.centre)
    .map((area) => ({ area, miles: distanceMiles(point, area.centre!) }))
    .sort((x, y) => x.miles - y.miles)
    .map((x) => x.area);
}

/** A record's locations: a service's through `service_at_locations`, an opportunity's directly. */
export function locationsOf(record: Service | Opportunity): Location[] {
  if ('service_at_locations' in record && record.service_at_locations) {
    return record.service_at_locations.flatMap((sal) => (sal.location ? [sal.location] : []));
  }
  if ('locations' in record && record.locations) return record.locations;
  return [];
}

/** The points where a record can be found (locations with both coordinates). */
export function pointsOf(record: Service | Opportunity): Point[] {
  return locationsOf(record).flatMap((loc) =>
    loc.latitude !== undefined && loc.longitude !== undefined ? [{ latitude: loc.latitude, longitude: loc.longitude }] : [],
  );
}

/** The distance from `from` to the nearest of a record's locations, or `undefined` when it has none. */
export function nearestDistance(record: Service | Opportunity, from: Point): number | undefined {
  let best: number | undefined;
  for (const point of pointsOf(record)) {
    const miles = distanceMiles(from, point);
    if (best === undefined || miles < best) best = miles;
  }
  return best;
}

/**
 * The ids of the areas a record belongs to. An opportunity names them (`area_ids`); a service (plain
 * Open Referral UK) belongs to an area when one of its locations has a postcode in the area, or one
 * of its `service_areas` names the area by id or name.
 */
export function areaIdsOf(record: Service | Opportunity, areas: readonly Area[]): string[] {
  const ids = new Set<string>('area_ids' in record && record.area_ids ? record.area_ids : []);
  for (const location of locationsOf(record)) {
    for (const address of location.addresses ?? []) {
      const postcode = address.postal_code ? parsePostcode(address.postal_code) : undefined;
      if (postcode) for (const area of areasForPostcode(areas, postcode)) ids.add(area.id);
    }
  }
  if ('service_areas' in record) {
    for (const sa of record.service_areas ?? []) {
      const names = [sa.id, sa.name, sa.service_area].filter(Boolean).map((n) => n!.trim().toLowerCase());
      for (const area of areas) {
        if (names.includes(area.id.toLowerCase()) || names.includes(area.name.toLowerCase())) ids.add(area.id);
      }
    }
  }
  return [...ids];
}
