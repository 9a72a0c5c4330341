/** Types for hostile-feed.js (plain JavaScript, shared with the node tests). */
export interface HostileCase {
  name: string;
  kind: 'service' | 'opportunity' | 'area' | 'plan' | 'connector' | 'form' | 'publisher' | 'feed';
  path?: string;
  key?: string;
  value: unknown;
  expect: 'repaired' | 'dropped' | 'skipped' | 'noted' | 'refused' | null;
  reported?: string;
}
export interface Placed {
  hostile: HostileCase;
  /** A record case: its section, index and id in the combined feed. */
  section?: string;
  index?: number;
  id?: string;
  /** A publisher or feed case: its own feed. */
  alone?: unknown;
  /** The path placekit validate must name. */
  at: string;
}
export function expand(value: unknown): unknown;
export function toJson(value: unknown): string;
export const SECTION: Record<string, string>;
export function goodRecord(kind: string, id: string): Record<string, unknown>;
export function baseFeed(): Record<string, unknown>;
export function feedPath(path: string): string;
export function hostileFeeds(cases: HostileCase[]): { feed: Record<string, unknown>; placed: Placed[] };
