/**
 * Loads an element's feed: from its own address or the nearest surrounding `<place-feed src>`, once per
 * URL for the whole page, aborted when the element leaves the page, retried on request: one "Try again"
 * in any widget reading a feed that failed loads it again for every widget reading it (one fetch). Fires
 * `place-feed-load` and `place-feed-error` from the host.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbort, loadFeed, onFeedRetry, resolveFeedUrl, retryFeed } from '../feed/load/load.js';
import type { FeedResult } from '../feed/load/read.js';
import { FeedError, isFeedError } from '../feed/load/problems.js';
import { emit, type FeedErrorDetail, type FeedLoadDetail } from './events.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface FeedControllerOptions {
  /** The host's own feed address, if it has one. */
  ownUrl: () => string | undefined;
  /** Seconds to wait for the feed. */
  timeout: () => number;
  /** Whether to fall back to a surrounding `<place-feed src>`. */
  inherit: boolean;
  /** Called after the host has rendered a completed load or a failure. */
  settled?: (outcome: 'complete' | 'error') => void;
  /** True when the host can do without a feed (a directory with `api`): with no address, nothing is loaded and no error reported. */
  optional?: () => boolean;
  /**
   * The code the host draws a feed with, when it is a part of its own (`PlaceElement.feedPart`): fetched
   * as the feed's fetch starts, so it arrives while the feed does, and the load completes when both are
   * there. One that cannot be fetched fails the load as `network` (the retry panel fetches it again).
   */
  beside?: () => Promise<unknown> | undefined;
}

/** The nearest `<place-feed>` around an element, looking out through shadow roots. */
function feedAncestor(element: Element): Element | undefined {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.localName === 'place-feed') return node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

type Args = readonly [url: string | undefined, timeout: number];

const INITIAL = 0;
const PENDING = 1;
const COMPLETE = 2;
const ERROR = 3;

/**
 * The load's state, kept the way @lit/task's `Task` keeps it (same statuses, same order of callbacks and
 * updates) in the few lines this controller needs: it runs when its arguments change before an update,
 * a newer run aborts and outdates an older one, and `render` picks what to show by status.
 */
export class FeedTask {
  status = INITIAL;
  value?: FeedResult;
  error?: unknown;
  private calls = 0;
  private controller?: AbortController;
  private previous?: Args;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly args: () => Args,
    private readonly work: (args: Args, signal: AbortSignal) => Promise<FeedResult>,
    private readonly onComplete: (result: FeedResult) => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Before each host update: runs again if the address or the timeout changed. */
  update(): void {
    const args = this.args();
    const previous = this.previous;
    this.previous = args;
    if (!previous || args.some((value, i) => !Object.is(value, previous[i]))) void this.run(args);
  }

  async run(args: Args = this.args()): Promise<void> {
    this.previous = args;
    if (this.status === PENDING) this.controller?.abort();
    this.status = PENDING;
    this.host.requestUpdate();
    const call = ++this.calls;
    const controller = (this.controller = new AbortController());
    let result: FeedResult | undefined;
    let error: unknown;
    let failed = false;
    try {
      result = await this.work(args, controller.signal);
    } catch (e) {
      failed = true;
      error = e;
    }
    if (call !== this.calls) return;
    if (failed) this.onError(error);
    else this.onComplete(result!);
    this.status = failed ? ERROR : COMPLETE;
    this.value = result;
    this.error = error;
    this.host.requestUpdate();
  }

  abort(): void {
    if (this.status === PENDING) this.controller?.abort();
  }

  render<T>(renderer: { initial: () => T; pending: () => T; complete: (value: FeedResult) => T; error: (error: unknown) => T }): T {
    return [renderer.initial, renderer.pending, () => renderer.complete(this.value!), () => renderer.error(this.error)][this.status]();
  }
}

export class FeedController implements ReactiveController {
  private inherited?: string;
  private observer?: MutationObserver;
  /** Stops listening for another widget's retry of the feed that failed here. */
  private stopListening?: () => void;

  readonly task: FeedTask;

  constructor(
    private readonly host: Host,
    private readonly options: FeedControllerOptions,
  ) {
    host.addController(this);
    this.task = new FeedTask(
      host,
      () => [this.url, this.options.timeout()] as const,
      async ([url, timeout], signal) => {
        if (!url) {
          throw new FeedError(
            'no-feed',
            `<${host.localName}> has no feed: set its ${options.inherit ? 'feed' : 'src'} attribute${options.inherit ? ', or put it inside <place-feed src="...">' : ''}.`,
          );
        }
        const drawing = options.beside?.();
        drawing?.catch(() => undefined);
        const result = await loadFeed(url, { signal, timeout: Math.max(1, timeout) * 1000 });
        try {
          await drawing;
        } catch (error) {
          throw new FeedError('network', `<${host.localName}> could not load the code that draws its feed (${(error as Error)?.message ?? error}).`);
        }
        return result;
      },
      (result) => void this.loaded(result),
      (error) => void this.failed(error),
    );
  }

  hostUpdate(): void {
    if (this.url || !this.options.optional?.()) this.task.update();
  }

  /** The feed address in use, resolved against the page; `undefined` when there is none. */
  get url(): string | undefined {
    const given = this.options.ownUrl()?.trim() || this.inherited?.trim();
    if (!given) return undefined;
    try {
      return resolveFeedUrl(given);
    } catch {
      return undefined;
    }
  }

  hostConnected(): void {
    const ancestor = this.options.inherit ? feedAncestor(this.host) : undefined;
    if (ancestor) {
      const read = () => {
        const src = ancestor.getAttribute('src') ?? undefined;
        if (src !== this.inherited) {
          this.inherited = src;
          this.host.requestUpdate();
        }
      };
      read();
      this.observer = new MutationObserver(read);
      this.observer.observe(ancestor, { attributes: true, attributeFilter: ['src'] });
    }
    // Back on the page after a removal that aborted the load: load again.
    if (this.task.status === ERROR && isAbort(this.task.error)) void this.task.run();
    else if (this.task.status === ERROR) this.listen(this.url);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    // A move within the page disconnects and reconnects at once: abort only if it really left.
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      if (this.task.status === PENDING) this.task.abort();
      this.listen(undefined);
    });
  }

  /**
   * Forgets a failed feed and loads it again, for every widget on the page whose load of it failed too
   * (they share the one fetch); loads afresh one that had loaded (the error boundary's retry).
   */
  retry(): void {
    const url = this.url;
    if (url) retryFeed(url);
    // retryFeed has run this load again if it had failed; otherwise (or with no address) run it here.
    if (this.task.status !== PENDING) void this.task.run();
  }

  /** Listens for a retry of the feed at `url` by any widget (none when `undefined`). */
  private listen(url: string | undefined): void {
    this.stopListening?.();
    this.stopListening = url
      ? onFeedRetry(url, () => {
          if (this.task.status === ERROR && this.host.isConnected) void this.task.run();
        })
      : undefined;
  }

  /** Resolves once the host has rendered the task's new state (the task reports before it renders). */
  private async rendered(): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  private async loaded(result: FeedResult): Promise<void> {
    this.listen(undefined);
    await this.rendered();
    const detail: FeedLoadDetail = {
      url: this.url ?? '',
      counts: result.counts,
      warnings: result.warnings,
      publisher: result.feed.publisher.name,
      updated: result.feed.updated,
    };
    emit(this.host, 'place-feed-load', detail);
    this.options.settled?.('complete');
  }

  private async failed(error: unknown): Promise<void> {
    // Whatever the failure, another widget's "Try again" for this feed brings this one back too.
    this.listen(this.url);
    if (isAbort(error)) return;
    await this.rendered();
    const feedError = isFeedError(error) ? error : new FeedError('network', String(error));
    // The loader reports fetch failures once per feed; this one never reached it.
    if (feedError.kind === 'no-feed') console.error(`placekit: ${feedError.message}`);
    const detail: FeedErrorDetail = {
      ...(this.url !== undefined && { url: this.url }),
      kind: feedError.kind,
      message: feedError.message,
      ...(feedError.status !== undefined && { status: feedError.status }),
    };
    emit(this.host, 'place-feed-error', detail);
    this.options.settled?.('error');
  }
}
