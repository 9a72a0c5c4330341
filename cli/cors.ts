/**
 * Which web pages may send feedback to the receiver, and the CORS headers that tell browsers so.
 *
 * Origins are compared as the browser sends them (`scheme://host[:port]`, lower case, default ports
 * left out); `*` allows any. A request with no Origin header is not from a web page (browsers send one
 * with every POST) and is not refused for it: the check protects residents' browsers from other sites,
 * and a program can send whatever Origin it likes anyway.
 */
export const PREFLIGHT_MAX_AGE_SECONDS = 7200; // Chromium's ceiling; Firefox would keep it 24 hours.

export class OriginAllowList {
  private readonly origins: Set<string>;
  readonly any: boolean;

  constructor(origins: readonly string[]) {
    this.any = origins.includes('*');
    this.origins = new Set(origins.filter((origin) => origin !== '*').map(normalizeOrigin));
  }

  get list(): string[] {
    return this.any ? ['*'] : [...this.origins];
  }

  allows(origin: string): boolean {
    if (this.any) return true;
    try {
      return this.origins.has(normalizeOrigin(origin));
    } catch {
      return false;
    }
  }
}

/**
 * `https://Council.Example:443/` → `https://council.example`. Throws for anything that is not an
 * http(s) origin (a path other than `/` is refused, so `--origin https://x/page` is caught early).
 */
export function normalizeOrigin(text: string): string {
  const url = new URL(text);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`${text} is not an http or https origin`);
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username) {
    throw new TypeError(`${text} is not an origin: give only scheme, host and port (${url.origin})`);
  }
  return url.origin;
}

/** Headers on every answer to an allowed page: it may read the answer, Retry-After included. */
export function corsHeaders(origin: string): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': 'Retry-After, Idempotent-Replayed',
    Vary: 'Origin',
  };
}

/** The answer to a preflight from an allowed page. */
export function preflightHeaders(origin: string): Record<string, string> {
  return {
    ...corsHeaders(origin),
    'Access-Control-Allow-Methods': 'POST',
    'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
    'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_SECONDS),
  };
}
