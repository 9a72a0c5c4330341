/**
 * `<place-plan>`'s use of the priorities' insides (priority-body.ts, loaded on demand): a plan first
 * draws its priorities' titles, so their insides (actions, indicators and their charts) come after the
 * first screen, fetched once the plan has drawn (before a resident opens one, or prints), and at once for a
 * priority open from the start. While they come an open priority says "Loading…"; if they cannot, it
 * says so with a button to try again.
 */
import { html, type ReactiveController, type TemplateResult } from 'lit';
import type { LocalityPlan, PlanAction, Priority } from '../feed/domain/types.js';
import { LazyPart, onDemand, type OnDemand } from '../ui/lazy-part.js';
import { msg } from '../ui/localize.js';
import type { PlaceElement } from '../ui/place-element.js';
import { retryPanel } from '../ui/retry-panel.js';
import type { PlanView } from './host.js';

type Part = typeof import('./priority-body.js');

/** The part for the whole page (`PlacePlanElement.parts.body`; tests replace its load to see it fail). */
export const BODY: OnDemand<Part> = onDemand(() => import('./priority-body.js'));

export class BodyPart implements ReactiveController {
  private readonly lazy: LazyPart<Part>;
  private asked = false;

  constructor(private readonly host: PlaceElement) {
    this.lazy = new LazyPart(host, BODY, { styles: (part) => part.styles });
    host.addController(this);
  }

  /** From render: a priority's inside, "Loading…" while its part comes, or the retry panel if it could not. */
  render(view: PlanView, plan: LocalityPlan, priority: Priority, index: number, shown: PlanAction[]): unknown {
    const part = this.lazy.use();
    if (part) return part.renderPriorityBody(view, plan, priority, index, shown);
    return this.lazy.failed ? this.failed(index) : html`<p>${msg('Loading…')}</p>`;
  }

  /** Once the plan's priorities are on the page, their insides are fetched, once (a page showing the list of plans does not). */
  hostUpdated(): void {
    if (this.asked || this.lazy.value || !this.host.renderRoot.querySelector('.priorities')) return;
    this.asked = true;
    void this.lazy.load();
  }

  /** The panel's button stays (with focus) while the part comes; then focus goes to the priority's own button. */
  private async retry(index: number): Promise<void> {
    if (!(await this.lazy.retry())) return;
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`[aria-controls="priority-${index}"]`)?.focus();
  }

  private failed(index: number): TemplateResult {
    return retryPanel({
      level: this.host.level + 2,
      title: msg('Sorry, this priority could not be shown'),
      message: msg('Check your connection and try again.'),
      action: msg('Try showing the priority again'),
      retry: () => this.retry(index),
      busy: this.lazy.busy,
    });
  }
}
