/** Types for synthetic.js (plain JavaScript, shared with node). */
export declare function random(seed: number): () => number;
export declare const CATEGORIES: string[];
export declare function syntheticFeed(size: number, seed?: number): Record<string, unknown>;
