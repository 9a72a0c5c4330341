/**
 * A result the page's address names (`pd-id`, with `sync-url`; Back and Forward too): opened once the
 * source has it. A source that asks an API for it shows "Loading…" meanwhile; a link to one it no longer
 * lists says so above the results; one that could not be asked for is offered again.
 */
import { msg } from '../ui/localize.js';
import type { DirectoryHost } from './host.js';
import type { DirectorySource } from './source.js';

export class LinkedResult {
  /** The result being asked for. */
  waiting?: string;
  /** Why it could not be had. */
  error?: unknown;
  /** Said above the results until the search changes. */
  notice?: string;
  /** To open once the directory is ready. */
  private id?: string;

  constructor(private readonly host: DirectoryHost) {}

  /** The address names this result. */
  want(id: string): void {
    this.id = id;
  }

  /** Opens the result wanted, if any, from the source (before the directory's next draw). */
  open(source: DirectorySource): void {
    const id = this.id;
    if (!id) return;
    this.id = undefined;
    const entry = source.get(id);
    if (!(entry instanceof Promise)) {
      if (entry) this.host.show(entry);
      return;
    }
    this.waiting = id;
    this.error = undefined;
    entry.then(
      (found) => {
        if (this.waiting !== id) return;
        this.waiting = undefined;
        if (found) this.host.show(found);
        else this.notice = msg('The service in this link is no longer listed.');
        this.host.element.requestUpdate();
      },
      (error: unknown) => {
        if (this.waiting !== id) return;
        this.error = error;
        this.host.element.requestUpdate();
      },
    );
  }

  /** Still on its way (the directory says "Loading…"). */
  get busy(): boolean {
    return this.waiting !== undefined && this.error === undefined;
  }

  /** The retry panel's action: asks again for one that could not be had. */
  retry(): void {
    if (this.error === undefined) return;
    this.id = this.waiting;
    this.waiting = undefined;
    this.error = undefined;
  }

  /** The search changed: the notice has been read. */
  clear(): void {
    this.notice = undefined;
  }
}
