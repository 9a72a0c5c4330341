/**
 * Where the stand-in places a postcode: where a location with that postcode is in its own data (as a
 * real API's postcode database would), the full postcodes the directory's tests use (the same as the
 * postcodes.io stand-in, tests/support/server/postcodes.js), else the centre of its district.
 */
const POSTCODES = {
  'G31 4TD': { latitude: 55.84717, longitude: -4.18801 },
  'G21 4BS': { latitude: 55.8829, longitude: -4.2322 },
  'G34 9QN': { latitude: 55.8601, longitude: -4.1081 },
  'EH1 1YZ': { latitude: 55.9521, longitude: -3.1965 },
};
const DISTRICTS = {
  G21: { latitude: 55.882, longitude: -4.225 },
  G31: { latitude: 55.855, longitude: -4.205 },
  G32: { latitude: 55.848, longitude: -4.16 },
  G33: { latitude: 55.875, longitude: -4.15 },
  G34: { latitude: 55.872, longitude: -4.11 },
  EH1: { latitude: 55.952, longitude: -3.19 },
  BS1: { latitude: 51.454, longitude: -2.592 },
  BS34: { latitude: 51.53, longitude: -2.57 },
};

/** `g31 4td` as `G31 4TD`. */
export function normalise(text) {
  const compact = String(text).toUpperCase().replace(/\s+/g, '');
  return compact.length > 4 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

/** The district (outward code) of a postcode or district: `G31 4TD` gives `G31`. */
export const districtOf = (text) => normalise(text).split(' ')[0];

/** The point of a postcode (from `places`, the data's own, first), or of its district; undefined when neither is known. */
export const pointOf = (text, places = new Map()) => places.get(normalise(text)) ?? POSTCODES[normalise(text)] ?? DISTRICTS[districtOf(text)];
