/** Types for fetch.js (plain JavaScript). */
import type { OrukStandin, Settings } from './standin.js';
export declare function standinFetch(
  base: string,
  standin: OrukStandin,
  defaults?: Settings,
): (input: string | Request, init?: RequestInit) => Promise<Response>;
