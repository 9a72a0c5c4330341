/**
 * Parts loaded on demand, one way for every element. A part is code a resident may never need (the
 * directory's details view, the plan's list of plans, the neighbourhood chooser, the form's sender), kept
 * out of the page's first download and fetched when first needed.
 *
 * - `onDemand(() => import('./part.js'))` is the part for the whole page: loaded once however many
 *   elements use it, its loads shared while one runs, loaded afresh after a failure (the connection may be
 *   back). Its `load` is the seam tests replace to see the part fail (clear `loaded` first if it is there).
 *   Elements keep theirs in a static `parts` (`PlaceDirectoryElement.parts.details`).
 * - `new LazyPart(host, part, {styles, ready})` is one element's use of it, a reactive controller:
 *   - in `render`, `use()` gives the part once it is there, and otherwise asks for it to be fetched after
 *     the update (never during `render`); the host updates when it arrives;
 *   - from a handler or `willUpdate`, `load()` fetches it now and resolves to it, or to `undefined` when it
 *     could not be fetched (it never rejects; the caller says what went wrong, if anything);
 *   - a fetch that `use()` asked for and that failed sets `failed`: the element shows the retry panel
 *     (retry-panel.ts) with `retry` as its action, `busy` while it runs;
 *   - before the host first draws with it, the part's styles (`styles`) join the host's shadow root
 *     (`adoptStyles`, after the element's own) and `ready` runs once, to make what the host keeps of it
 *     (a controller, say).
 */
import { adoptStyles, type CSSResultOrNative, type ReactiveController, type ReactiveElement } from 'lit';

/** A part for the whole page. */
export interface OnDemand<T> {
  /** How it is fetched: a dynamic import (tests replace it to see the part fail). */
  load: () => Promise<T>;
  /** The part, once fetched. */
  loaded?: T;
  /** Fetches it once (callers meanwhile share the fetch); after a failure, the next call fetches again. */
  get(): Promise<T>;
}

export function onDemand<T>(load: () => Promise<T>): OnDemand<T> {
  let loading: Promise<T> | undefined;
  const part: OnDemand<T> = {
    load,
    get: () =>
      part.loaded
        ? Promise.resolve(part.loaded)
        : (loading ??= part.load().then(
            (loaded) => ((loading = undefined), (part.loaded = loaded)),
            (error: unknown) => {
              loading = undefined;
              throw error;
            },
          )),
  };
  return part;
}

export interface LazyPartOptions<T> {
  /** The styles of what the part draws, added to the host's own when the part is first there. */
  styles?: (part: T) => CSSResultOrNative | CSSResultOrNative[];
  /** Runs once per host when the part is first there, before the host draws with it. */
  ready?: (part: T) => void;
}

/** The part styles each element has taken on, in the order its parts arrived. */
const taken = new WeakMap<ReactiveElement, CSSResultOrNative[]>();

export class LazyPart<T> implements ReactiveController {
  /** A fetch `use()` asked for failed: the host shows the retry panel. */
  failed = false;
  /** `retry` is running. */
  busy = false;
  private wanted = false;
  private readied = false;

  constructor(
    private readonly host: ReactiveElement,
    readonly part: OnDemand<T>,
    private readonly options: LazyPartOptions<T> = {},
  ) {
    host.addController(this);
  }

  /** The part, once it is there for this host; no side effects, so safe anywhere. */
  get value(): T | undefined {
    return this.readied ? this.part.loaded : undefined;
  }

  /** From `render`: the part, or `undefined` while it is fetched (asked for after this update). */
  use(): T | undefined {
    if (!this.value && !this.failed) this.wanted = true;
    return this.value;
  }

  /** Fetches it now: the part, or `undefined` when it could not be fetched (never rejects). The host updates either way. */
  load(): Promise<T | undefined> {
    return this.fetch(false);
  }

  /** The retry panel's action: fetches it again, `busy` meanwhile, `failed` until it comes. Resolves to the part, if it came. */
  retry = (): Promise<T | undefined> => {
    if (this.busy) return Promise.resolve(undefined);
    this.busy = true;
    this.host.requestUpdate();
    return this.fetch(true);
  };

  hostUpdate(): void {
    if (this.part.loaded) this.ready();
  }

  hostUpdated(): void {
    if (!this.wanted) return;
    this.wanted = false;
    void this.fetch(true);
  }

  /** Fetches it; with `mark`, `failed` says how that went. Everything is set before the host is asked to update. */
  private async fetch(mark: boolean): Promise<T | undefined> {
    let part: T | undefined;
    try {
      part = await this.part.get();
      this.ready();
    } catch {
      // Offline, or the file is missing: the host says so where the resident asked for it.
    }
    if (mark) this.failed = !part;
    this.busy = false;
    this.host.requestUpdate();
    return part;
  }

  /** Takes the part on, once; not before the host has its shadow root (then its first update does it). */
  private ready(): void {
    if (this.readied || !this.host.renderRoot) return;
    this.readied = true;
    const part = this.part.loaded!;
    const styles = this.options.styles?.(part);
    if (styles) {
      const host = this.host;
      const all = [...(taken.get(host) ?? []), ...[styles].flat()];
      taken.set(host, all);
      adoptStyles(host.renderRoot as ShadowRoot, [...(host.constructor as typeof ReactiveElement).elementStyles, ...all]);
    }
    this.options.ready?.(part);
  }
}
