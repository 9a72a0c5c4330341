/**
 * The directory's searches, a reactive controller: asks the source for a page of results once per
 * change of search (the minute is part of it: "open now" moves on with the clock), keeps only the latest
 * answer, and remembers why the last one failed, for the element to say and to ask again.
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

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

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
        if (this.key !== key) return;
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
