/**
 * Whether the page is being printed (or about to be): a reactive controller that owns that state. A plan
 * draws a closed priority's body only then, so a plan of many priorities draws only their titles at first
 * yet prints whole. `beforeprint` updates the host at once, before the browser lays the page out for paper.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export class PrintController implements ReactiveController {
  /** Printing, or about to. */
  printing = false;
  private media?: MediaQueryList;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.before);
    addEventListener('afterprint', this.change);
    this.media ??= globalThis.matchMedia?.('print');
    this.media?.addEventListener('change', this.change);
    this.printing = !!this.media?.matches;
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.before);
    removeEventListener('afterprint', this.change);
    this.media?.removeEventListener('change', this.change);
  }

  private set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }

  private change = (): void => this.set(!!this.media?.matches);

  /** Render every body now, not a microtask later. */
  private before = (): void => {
    this.set(true);
    const host = this.host;
    if (host.isUpdatePending && host.hasUpdated) (host as unknown as { performUpdate(): void }).performUpdate();
  };
}
