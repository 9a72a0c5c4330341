/**
 * The directory's searches, a reactive controller: asks the source for a page of results once per
 * change of search (the minute is part of it: "open now" moves on with the clock), keeps only the latest
 * answer, remembers why the last one failed (for the element to say, and to ask again), and tells the
 * element when a search has settled (typing paused, or a filter changed) and its answer is drawn.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DirectorySource, SearchRequest, SearchResponse } from './source.js';

export class SearchRun implements ReactiveController {
  /** The latest answer. */
  response?: SearchResponse;
  /** Why the latest search could not be answered (offline, the text index could not load, an API's error). */
  error?: unknown;
  /** A search the source is still answering: resolves once its answer is drawn (never rejects). */
  pending?: Promise<void>;
  private key = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Not a failure: a search given up for a later one. */
    private readonly given: (error: unknown) => boolean = () => false,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /**
   * Once the search is answered and drawn, `then` with its answer (the count said, the search reported):
   * at once, or after `delay` milliseconds (a pause in typing; another call starts the wait again).
   */
  settle(then: (response: SearchResponse) => unknown, delay = 0): void {
    clearTimeout(this.timer);
    const settled = () =>
      void this.host.updateComplete.then(async () => {
        await this.pending;
        if (this.response && this.error === undefined) await then(this.response);
      });
    if (delay) this.timer = setTimeout(settled, delay);
    else settled();
  }

  /** Forgets the answers (another source: its own answers, never the old one's). */
  reset(): void {
    this.key = '';
    this.response = undefined;
    this.error = undefined;
  }

  /** Asks again: the same search is sent anew. */
  retry(): void {
    this.key = '';
    this.error = undefined;
    this.host.requestUpdate();
  }

  /** Asks the source, unless this very search has its answer already. */
  run(source: DirectorySource, request: SearchRequest): void {
    const key = JSON.stringify([request, Math.floor(Date.now() / 60000)]);
    if (key === this.key && (this.response || this.error !== undefined || this.pending)) return;
    this.key = key;
    this.error = undefined;
    const answer = source.search(request);
    if (!(answer instanceof Promise)) {
      this.pending = undefined;
      this.response = answer;
      return;
    }
    const pending: Promise<void> = answer.then(
      async (response) => {
        if (this.key !== key) return;
        this.response = response;
        this.host.requestUpdate();
        await this.host.updateComplete;
      },
      async (error: unknown) => {
        if (this.key !== key || this.given(error)) return;
        this.error = error;
        this.host.requestUpdate();
        await this.host.updateComplete;
      },
    );
    this.pending = pending;
    void pending.then(() => {
      if (this.pending === pending) this.pending = undefined;
    });
  }
}
