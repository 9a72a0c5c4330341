/**
 * `--full`: the full record of each service an API's list gave. Open Referral lists may hold summaries
 * (HSDS 3.0: "need not contain arrays of child entities"; Bristol's pages have no contacts, locations or
 * schedules), so each service is read again from `GET .../services/{id}`, beside the list's URL, a few at
 * a time. A service whose full record cannot be read keeps its summary, and the run says which.
 */
import { httpGet } from './http-get.js';
import { parseJsonText } from './json-text.js';
import { fromV1Service } from '../src/feed/domain/oruk-v1.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** At most this many requests at once: quick enough for 1,600 services, gentle on a council's server. */
const AT_ONCE = 4;

/** `GET /services/{id}` beside a list URL (`.../services?page=2` gives `.../services/{id}`). */
export function serviceUrl(listUrl: string, id: string): string {
  const url = new URL(listUrl);
  url.search = '';
  url.hash = '';
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${encodeURIComponent(id)}`;
  return url.href;
}

export interface FullRecords {
  services: unknown[];
  /** Services that kept their summary, with why. */
  failed: string[];
}

/** Replaces each service of `services` (read from `listUrl`) with its full record where it can be read. */
export async function fullRecords(listUrl: string, services: unknown[]): Promise<FullRecords> {
  const out = [...services];
  const failed: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < services.length) {
      const index = next++;
      const summary = services[index];
      if (!isObject(summary) || (typeof summary.id !== 'string' && typeof summary.id !== 'number')) continue;
      const url = serviceUrl(listUrl, String(summary.id));
      try {
        const text = new TextDecoder().decode((await httpGet(url)).bytes);
        const read = parseJsonText(text, url);
        const record = read.kind === 'json' ? read.data : undefined;
        if (!isObject(record) || String(record.id) !== String(summary.id)) {
          failed.push(`${url}: not the service's record`);
          continue;
        }
        out[index] = fromV1Service(record);
      } catch (error) {
        failed.push(`${url} ${(error as Error).message}`.replace(`${url} ${url} `, `${url} `));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, services.length) }, worker));
  return { services: out, failed };
}
