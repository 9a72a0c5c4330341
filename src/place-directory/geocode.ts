/**
 * From a postcode to a point: a service that speaks the postcodes.io response format first, then the
 * feed's own areas (postcode districts and sectors, and each area's centre) when that service cannot
 * be reached. A district alone ("G31") goes straight to the areas.
 */
import { areasForPostcode, parsePostcode, type Point } from '../feed/domain/areas.js';
import type { Area } from '../feed/domain/types.js';

export type Geocoded =
  | { ok: true; point: Point; postcode: string; /** Set when placed at an area's centre rather than the postcode itself. */ area?: Area }
  /** `invalid`: not a postcode; `unknown`: no such postcode; `unavailable`: could not be looked up. */
  | { ok: false; reason: 'empty' | 'invalid' | 'unknown' | 'unavailable'; postcode?: string };

function fromAreas(areas: readonly Area[], postcode: NonNullable<ReturnType<typeof parsePostcode>>): Geocoded {
  const area = areasForPostcode(areas, postcode).find((a) => a.centre);
  return area ? { ok: true, point: area.centre!, postcode: postcode.normalised, area } : { ok: false, reason: 'unavailable', postcode: postcode.normalised };
}

/** Looks a postcode up, as typed (any case, with or without the space). Never throws. */
export async function geocodePostcode(input: string, endpoint: string, areas: readonly Area[], timeout = 8000): Promise<Geocoded> {
  if (!input.trim()) return { ok: false, reason: 'empty' };
  const postcode = parsePostcode(input, true);
  if (!postcode) return { ok: false, reason: 'invalid' };
  if (!postcode.full) {
    const found = fromAreas(areas, postcode);
    return found.ok ? found : { ok: false, reason: 'unknown', postcode: postcode.normalised };
  }
  try {
    const base = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
    const response = await fetch(`${base}${encodeURIComponent(postcode.normalised.replace(' ', ''))}`, {
      credentials: 'omit',
      signal: AbortSignal.timeout(timeout),
    });
    if (response.status === 404) return { ok: false, reason: 'unknown', postcode: postcode.normalised };
    if (response.ok) {
      const body = (await response.json()) as { status?: number; result?: { latitude?: unknown; longitude?: unknown } };
      const { latitude, longitude } = body.result ?? {};
      if (typeof latitude === 'number' && typeof longitude === 'number' && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
        return { ok: true, point: { latitude, longitude }, postcode: postcode.normalised };
      }
      // postcodes.io answers terminated and non-geographic postcodes without coordinates.
      if (body.status === 200 || body.status === 404) return { ok: false, reason: 'unknown', postcode: postcode.normalised };
    }
  } catch {
    // unreachable, timed out, or not JSON: fall back to the feed's areas
  }
  return fromAreas(areas, postcode);
}
