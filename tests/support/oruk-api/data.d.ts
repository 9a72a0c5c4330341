/** Types for data.js (plain JavaScript, shared with node). */
import type { OrukStandin } from './standin.js';
export declare function syntheticStandin(count: number, seed?: number): OrukStandin;
export declare function feedStandin(feed: Record<string, unknown>): OrukStandin;
export declare function bristolStandin(page: Record<string, unknown>, detail: Record<string, unknown>): OrukStandin;
