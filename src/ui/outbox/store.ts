/**
 * Where the outbox keeps submissions (outbox.ts): one storage item per submission (`placekit-outbox:` + its
 * idempotency key: the endpoint, the exact JSON body, when it was made), written once and removed once,
 * and the notes settled submissions leave for other tabs (`placekit-outbox-settled:` + key: delivered, or
 * refused and why, never the answers). Blocked or full storage holds nothing and throws nothing.
 */
import type { Refusal } from './types.js';

const DAY = 86_400_000;

/** What is stored for one submission: the endpoint, the request body exactly as first sent, when. */
export interface Entry {
  endpoint: string;
  body: string;
  created: number;
}

/** What a submission settled by some tab leaves for the others: refused (status, message) or, without a status, delivered. */
export interface Settled {
  created: number;
  status?: number;
  message?: string;
}

export function defaultStorage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

export type Store = ReturnType<typeof createStore>;

/** The submissions under `prefix` in `storage` (none: `null`), and their notes; kept for `keepFor` ms. */
export function createStore(storage: Storage | null, prefix: string, keepFor: number) {
  /** Notes of settled submissions: a prefix of their own, which the wake-up check does not look for. */
  const settledPrefix = `${prefix.replace(/:$/, '')}-settled:`;

  // ---- storage: written once, removed once; a broken item is removed rather than tried forever
  const read = (key: string): Entry | undefined => {
    try {
      const text = storage?.getItem(prefix + key);
      if (!text) return undefined;
      const entry = JSON.parse(text) as Entry;
      if (typeof entry?.endpoint === 'string' && typeof entry.body === 'string' && typeof entry.created === 'number') return entry;
    } catch {
      // not JSON: removed below
    }
    remove(key);
    console.warn(`placekit: removed an unreadable feedback outbox item (${prefix}${key}).`);
    return undefined;
  };
  const write = (key: string, entry: Entry): boolean => {
    try {
      storage!.setItem(prefix + key, JSON.stringify(entry));
      return true;
    } catch {
      return false;
    }
  };
  const remove = (key: string) => {
    try {
      storage?.removeItem(prefix + key);
    } catch {
      // blocked storage holds nothing
    }
  };
  /** The keys of the items under a prefix. */
  const keysWith = (start: string): string[] => {
    const keys: string[] = [];
    try {
      for (let i = 0; storage && i < storage.length; i++) {
        const name = storage.key(i);
        if (name?.startsWith(start)) keys.push(name.slice(start.length));
      }
    } catch {
      // blocked storage holds nothing
    }
    return keys;
  };
  const expired = (entry: Entry) => Date.now() - entry.created > keepFor;
  const expire = (key: string, entry: Entry): void => {
    remove(key);
    console.warn(
      `placekit: feedback for ${entry.endpoint} (reference ${key.slice(0, 8)}) could not be delivered within ${Math.round(keepFor / DAY)} days and has been removed from this browser.`,
    );
  };
  const tooOld = (key: string, entry: Entry): boolean => expired(entry) && (expire(key, entry), true);

  // ---- notes of settled submissions, for the tabs that still hold them
  const readSettled = (key: string): Settled | undefined => {
    try {
      const note = JSON.parse(storage?.getItem(settledPrefix + key) ?? 'null') as Settled | null;
      return typeof note?.created === 'number' ? note : undefined;
    } catch {
      return undefined;
    }
  };
  /** Leaves the note, then removes the entry: a tab that finds the entry gone finds the note. */
  const settle = (key: string, created: number, refusal?: Refusal) => {
    try {
      storage?.setItem(settledPrefix + key, JSON.stringify({ created, ...refusal }));
    } catch {
      // No room for the note: a tab still holding it may send it once more, which the key makes harmless.
    }
    remove(key);
  };
  /** Notes outlive their submission by nothing: once it would have expired no tab can hold it. */
  const sweep = () => {
    for (const key of keysWith(settledPrefix)) {
      const note = readSettled(key);
      if (!note || expired(note as Entry)) {
        try {
          storage?.removeItem(settledPrefix + key);
        } catch {
          // blocked storage holds nothing
        }
      }
    }
  };

  return { read, write, remove, keysWith, expired, expire, tooOld, readSettled, settle, sweep };
}
