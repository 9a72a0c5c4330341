/**
 * The filters panel around the filter controls (filters.ts, a part fetched as the directory arrives): a
 * section headed "Filter results" beside the results on a wide screen; on a narrow one folded away under
 * "Filter results (2 chosen)", so the results come first, and opened for a resident who asks. A reactive
 * controller that owns only its layout.
 */
import { html, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { heading } from '../ui/heading.js';
import { formatNumber, msg, str } from '../ui/localize.js';

export class FilterPanel implements ReactiveController {
  /** Narrow enough to fold the filters away. */
  private narrow = false;
  private open = false;
  // Changed in the next frame, not inside the observer's callback: the change itself resizes the element.
  private readonly resize = new ResizeObserver(([entry]) => {
    const narrow = entry.contentRect.width < 640;
    if (narrow !== this.narrow)
      requestAnimationFrame(() => {
        this.narrow = narrow;
        this.host.requestUpdate();
      });
  });

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.resize.observe(this.host);
  }

  hostDisconnected(): void {
    this.resize.disconnect();
  }

  /** The panel, holding `controls` (or "Loading…" until they are there); `chosen`: how many filters the resident has set. */
  render(level: number, chosen: number, controls: unknown): TemplateResult {
    const content = controls ?? html`<p>${msg('Loading…')}</p>`;
    return this.narrow
      ? html`<details
          class="filters no-print"
          part="filters"
          ?open=${this.open}
          @toggle=${(e: Event) => {
            this.open = (e.target as HTMLDetailsElement).open;
            this.host.requestUpdate();
          }}
        >
          <summary>${chosen ? msg(str`Filter results (${formatNumber(chosen)} chosen)`) : msg('Filter results')}</summary>
          ${content}
        </details>`
      : html`<section class="filters no-print" part="filters" aria-labelledby="filters-title">
          ${heading(level, 0, msg('Filter results'), { id: 'filters-title' })} ${content}
        </section>`;
  }
}
