/**
 * A local stand-in for postcodes.io, for the directory's postcode tests. It answers the way the real
 * service does: GET /__test/postcodes/<postcode> gives {status: 200, result: {postcode, latitude,
 * longitude, ...}} for the postcodes below (any case, with or without the space), {status: 404, error:
 * "Invalid postcode"} for anything that is not a postcode, and {status: 404, error: "Postcode not
 * found"} for others. /__test/postcodes-down/... answers 503, as when the service is down, and
 * /__test/postcodes-drop/... drops the connection. Every request is counted: /__test/postcodes-count.
 */
const KNOWN = {
  // Beside the sample's Parkhead Community Larder, 7 Burgher Street.
  'G31 4TD': { latitude: 55.84717, longitude: -4.18801, admin_district: 'Glasgow City', admin_ward: 'Calton' },
  // Springburn, beside the sample's food bank site.
  'G21 4BS': { latitude: 55.8829, longitude: -4.2322, admin_district: 'Glasgow City', admin_ward: 'Springburn/Robroyston' },
  // Easterhouse.
  'G34 9QN': { latitude: 55.8601, longitude: -4.1081, admin_district: 'Glasgow City', admin_ward: 'East Centre' },
  // Edinburgh: far from every sample service.
  'EH1 1YZ': { latitude: 55.9521, longitude: -3.1965, admin_district: 'City of Edinburgh', admin_ward: 'City Centre' },
};

let requests = 0;

export async function middleware(ctx, next) {
  if (ctx.path === '/__test/postcodes-count') {
    ctx.body = { count: requests };
    return;
  }
  const match = /^\/__test\/postcodes(-down|-drop)?\/([^/]*)$/.exec(ctx.path);
  if (!match) return next();
  requests++;
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Cache-Control', 'no-store');
  if (match[1] === '-down') {
    ctx.status = 503;
    ctx.body = { status: 503, error: 'Service unavailable' };
    return;
  }
  if (match[1] === '-drop') {
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  const compact = decodeURIComponent(match[2]).toUpperCase().replace(/\s+/g, '');
  const postcode = compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
  const known = KNOWN[postcode];
  ctx.type = 'application/json';
  if (known) {
    ctx.body = { status: 200, result: { postcode, country: 'Scotland', ...known } };
    return;
  }
  ctx.status = 404;
  ctx.body = { status: 404, error: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/.test(postcode) ? 'Postcode not found' : 'Invalid postcode' };
}
