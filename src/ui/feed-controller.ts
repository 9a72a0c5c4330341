/**
 * Loads an element's feed: from its own address or the nearest surrounding `<place-feed src>`, once per
 * URL for the whole page, aborted when the element leaves the page, retried on request. Fires
 * `place-feed-load` and `place-feed-error` from the host.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { forgetFeed, isAbort, loadFeed, resolveFeedUrl } from '../feed/load.js';
import type { FeedResult } from '../feed/parse.js';
import { FeedError } from '../feed/problems.js';
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

export class FeedController implements ReactiveController {
  private inherited?: string;
  private observer?: MutationObserver;

  readonly task: Task<readonly [string | undefined, number], FeedResult>;

  constructor(
    private readonly host: Host,
    private readonly options: FeedControllerOptions,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      task: async ([url, timeout], { signal }) => {
        if (!url) {
          throw new FeedError('no-feed', `<${host.localName}> has no feed: set its ${options.inherit ? 'feed' : 'src'} attribute${options.inherit ? ', or put it inside <place-feed src="...">' : ''}.`);
        }
        return loadFeed(url, { signal, timeout: Math.max(1, timeout) * 1000 });
      },
      args: () => [this.url, this.options.timeout()] as const,
      onComplete: (result) => void this.loaded(result),
      onError: (error) => void this.failed(error),
    });
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
    if (this.task.status === TaskStatus.ERROR && isAbort(this.task.error)) void this.task.run();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    // A move within the page disconnects and reconnects at once: abort only if it really left.
    queueMicrotask(() => {
      if (!this.host.isConnected && this.task.status === TaskStatus.PENDING) this.task.abort();
    });
  }

  /** Forgets a failed feed and loads it again. */
  retry(): void {
    const url = this.url;
    if (url) forgetFeed(url);
    void this.task.run();
  }

  /** Resolves once the host has rendered the task's new state (the task reports before it renders). */
  private async rendered(): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  private async loaded(result: FeedResult): Promise<void> {
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
    if (isAbort(error)) return;
    await this.rendered();
    const feedError = error instanceof FeedError ? error : new FeedError('network', String(error));
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
