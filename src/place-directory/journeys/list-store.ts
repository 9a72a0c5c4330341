/**
 * My list's store, small enough to come with the directory's first download (each result's "Add to my
 * list" reads it): the ids in this tab's sessionStorage only (cleared when the tab closes), never
 * localStorage or a cookie, for shared library PCs; storage that is full or refused (a private window)
 * keeps the list in memory for the page instead. A shared link holds the ids only (`pd-list`, one per
 * listing, in the list's order): opening it on another device shows the same list.
 */
/** The most listings a list holds (a shared link stays short enough for any browser and messaging app). */
export const MOST = 30;
/** The address parameter a shared list travels in. */
export const LIST_PARAM = 'pd-list';
const KEY = 'placekit-my-list';

/** One directory's list, kept per feed (two directories of different feeds keep theirs apart). */
export class MyList {
  private memory: string[] = [];

  constructor(private readonly scope = '') {}

  private get key(): string {
    return this.scope ? `${KEY}:${this.scope}` : KEY;
  }

  /** The ids, in the order they were added. */
  get ids(): string[] {
    let stored: unknown;
    try {
      stored = JSON.parse(sessionStorage.getItem(this.key) ?? '[]');
    } catch {
      // Refused or unreadable: what this page kept.
      return [...this.memory];
    }
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string').slice(0, MOST) : [];
  }

  private write(ids: string[]): void {
    this.memory = ids.slice(0, MOST);
    // A page that could not store it keeps it in memory; clearAllLists() clears storage only, so memory goes too.
    try {
      if (ids.length) sessionStorage.setItem(this.key, JSON.stringify(this.memory));
      else sessionStorage.removeItem(this.key);
    } catch {
      // Kept in memory for this page.
    }
  }

  has(id: string): boolean {
    return this.ids.includes(id);
  }

  /** Adds it at the end; false when the list is full (or it is there already). */
  add(id: string): boolean {
    const ids = this.ids;
    if (ids.includes(id) || ids.length >= MOST) return false;
    this.write([...ids, id]);
    return true;
  }

  remove(id: string): void {
    this.write(this.ids.filter((known) => known !== id));
  }

  clear(): void {
    this.write([]);
  }

  /** Replaces the list (a shared link opened here). */
  set(ids: readonly string[]): void {
    this.write([...new Set(ids)]);
  }
}

/** Clears every directory's list in this tab (quick exit). */
export function clearAllLists(): void {
  try {
    for (let i = sessionStorage.length - 1; i >= 0; i--) {
      const key = sessionStorage.key(i);
      if (key === KEY || key?.startsWith(`${KEY}:`)) sessionStorage.removeItem(key);
    }
  } catch {
    // Nothing stored.
  }
}

/** The ids a shared link carries, if it carries a list. */
export function listInUrl(url: URL): string[] | undefined {
  const ids = url.searchParams.getAll(LIST_PARAM).filter((id) => id.trim() !== '');
  return ids.length ? [...new Set(ids)].slice(0, MOST) : undefined;
}

/** The page's address with the list in it and nothing else of the directory's (`pd-*` parameters removed). */
export function shareUrl(page: URL, ids: readonly string[]): string {
  const url = new URL(page.href);
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (key.startsWith('pd-')) url.searchParams.delete(key);
  for (const id of ids) url.searchParams.append(LIST_PARAM, id);
  return url.href;
}
