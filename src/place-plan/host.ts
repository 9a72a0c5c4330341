/**
 * What the plan's drawing modules (one-plan.ts, filters.ts, priorities.ts, priority-body.ts, indicator.ts, have-your-say.ts) read of
 * `<place-plan>` and ask of it, types only: the element owns the view's state; they draw from it and
 * change it only through these calls.
 */
import type { ReactiveElement } from 'lit';
import type { LocalityPlan, PlanAction, Priority } from '../feed/domain/types.js';
import type { PlanLoop } from './loop.js';

export interface PlanView {
  /** The element: feed text formatted later (rich-text.ts) asks it to draw again. */
  readonly element: ReactiveElement;
  /** The level of the element's top headings. */
  readonly level: number;
  /** The element's own `feed` attribute, passed on to the form and the card it embeds. */
  readonly feed?: string;
  /** Status filter: a status, `behind`, or '' for all; partner filter, or '' for all. */
  readonly status: string;
  readonly partner: string;
  /** Open priorities, by id; indicators shown as tables, by key. */
  readonly open: ReadonlySet<string>;
  readonly tables: ReadonlySet<string>;
  /** Printing (or about to): every priority's body is drawn. */
  readonly printing: boolean;
  /** The "Have your say" form is open. */
  readonly feedbackOpen: boolean;
  /** The short layout, for a sidebar; `fixed`: the page chose the plan, so there is no list to go back to. */
  readonly compact: boolean;
  readonly fixed: boolean;
  /** Back to the list of plans. */
  backToList(): void;
  /** Closing the loop (loop.ts), once loaded: what a priority's body ends with. */
  readonly loop?: PlanLoop;
  /** An open priority's inside (priority-body.ts, on demand): "Loading…" until it comes, or a retry panel. */
  renderBody(plan: LocalityPlan, priority: Priority, index: number, shown: PlanAction[]): unknown;
  setFilter(which: 'status' | 'partner', value: string): void;
  clearFilters(): void;
  setOpen(ids: string[]): void;
  toggle(id: string): void;
  toggleTable(key: string): void;
  toggleFeedback(): void;
}
