/** Types for standin.js (plain JavaScript, shared with node). */
export type Settings = Record<string, string | number>;
export interface StandinAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}
export declare const DEFAULTS: Readonly<Settings>;
export declare function readSettings(path: string, base?: Settings): { settings: Settings; path: string };
export declare function termIdsOf(service: Record<string, unknown>): string[];
export declare class OrukStandin {
  constructor(data: { services: Array<Record<string, unknown>>; terms?: Array<Record<string, unknown>>; details?: Record<string, Record<string, unknown>> });
  readonly services: Array<Record<string, unknown>>;
  readonly terms: Array<Record<string, unknown>>;
  answer(request: { path: string; params: URLSearchParams; settings: Settings; origin?: string; seen?: number }): StandinAnswer;
}
