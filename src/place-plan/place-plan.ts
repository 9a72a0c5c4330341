import { type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FeedResult } from '../feed/load/read.js';
import type { LocalityPlan, PlaceFeed } from '../feed/domain/types.js';
import { renderFallback } from '../ui/feed-status.js';
import { LazyPart, onDemand } from '../ui/lazy-part.js';
import { msg, str } from '../ui/localize.js';
import { PlaceElement } from '../ui/place-element.js';
import { retryPanel } from '../ui/retry-panel.js';
import { baseStyles, formStyles } from '../ui/styles.js';
import { latestFor } from './find-plan.js';
import { BODY, BodyPart } from './body-part.js';
import type { PlanView } from './host.js';
import type { PlanList } from './plan-list.js';
import { LOOP, LoopPart } from './closes-loop.js';
import { PrintController } from './print.js';
import { planViewInUrl, writePlanView } from './url-state.js';

/**
 * A Locality Plan that residents can read in a minute: the headline (actions by status, indicators on
 * course, counted from the data), then each priority (a local outcome) with why it matters, what
 * partners will do (lead partner, timescale, status) and how progress is measured (a small trend chart
 * with its target, a one-sentence summary and the figures as a table).
 *
 * With `area` or `plan` it shows that plan. Without either it lists every plan in the feed as tiles,
 * with a neighbourhood list and postcode box to find yours; a tile opens the plan, with a way back.
 * Actions can be filtered by status ("show what is behind") and by partner; priorities open and close
 * one by one. The plan closes the loop with residents: "You said, we did" (with the yearly progress report
 * and "What happened to my feedback?" for a feedback reference), "How you can help" under each priority
 * (the opportunities that serve it and the Community Connector to ask), and the area's Place Standard
 * compass (loop.ts, loaded on demand). When the feed links the plan to a feedback form, residents are
 * invited to have their say (with `<place-feedback>` when the page has it) and shown the area's
 * `<place-connector>` card.
 * The form and the card it embeds take the heading level under "Have your say" (`heading-level` plus 2).
 *
 * @tagname place-plan
 * @summary A Locality Plan in a minute: priorities, actions with status, indicators with trends.
 *
 * @csspart locality-plan - The plan being shown (not `plan`, which is the attribute).
 * @csspart header - The plan's title, area, period, partnership and links.
 * @csspart headline - Progress at a glance: actions by status and indicators on course.
 * @csspart filters - The status and partner filters.
 * @csspart filter-note - Printed only, when filters are on: how many actions are shown and which filters.
 * @csspart priority - One priority (a local outcome).
 * @csspart priority-toggle - The button that opens and closes a priority (it holds the priority's title).
 * @csspart action - One action.
 * @csspart status - An action's status (icon and label).
 * @csspart indicator - One indicator.
 * @csspart chart - An indicator's trend chart (SVG).
 * @csspart table - An indicator's figures as a table.
 * @csspart have-your-say - The invitation to comment on the plan.
 * @csspart you-said - "You said, we did" at the top, with the progress report and the reference look-up.
 * @csspart response - One "you said, we did" response.
 * @csspart feedback-lookup - "What happened to my feedback?": the reference box and what it found.
 * @csspart how-to-help - "How you can help" in a priority.
 * @csspart opportunity - One way to help there.
 * @csspart place-standard - The area's Place Standard results: who took part, the compass, its sentence and table.
 * @csspart tile - A plan's tile in the list of all plans.
 * @csspart area-chooser - The neighbourhood list and postcode box above the tiles.
 *
 * @cssproperty --place-color-status-complete - Icon colour for "Complete". Default: #00703c (dark scheme: #5fd08f).
 * @cssproperty --place-color-status-on-track - Icon colour for "On track". Default: #1d70b8 (dark: #7cb8f0).
 * @cssproperty --place-color-status-minor - Icon colour for "Minor slippage". Default: #b35c00 (dark: #f5a35c).
 * @cssproperty --place-color-status-major - Icon colour for "Major slippage". Default: #d4351c (dark: #ff8b78).
 * @cssproperty --place-color-status-neutral - Icon colour for "Not started", "Reported later" and "Status not reported". Default: #505a5f (dark: #b1b4b6).
 * @cssproperty --place-color-chart-line - The reported values in charts. Default: #1d70b8 (dark: #7cb8f0).
 * @cssproperty --place-color-chart-target - The target marker and the course line. Default: #0b0c0c (dark: #f3f2f1).
 */
export class PlacePlanElement extends PlaceElement {
  static override styles = [baseStyles, formStyles];

  /** Shows the plan for this area (an area `id` from the feed): the one running latest, if it has several. */
  @property() area?: string;

  /** Shows the plan with this id. Wins over `area`. */
  @property() plan?: string;

  /** Just the plan's title, the headline and the priority titles, for a sidebar. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /**
   * Keeps the plan opened from the list, the filters and the open priorities in the page's address, so
   * they survive a reload and can be shared, and Back returns from a plan to the list: `pp-plan`,
   * `pp-status` (a status or `behind`), `pp-partner`, `pp-open` (priority ids, comma separated). The
   * page's own parameters are left alone.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** @internal A plan opened from the list. */ @state() private chosen?: string;
  /** @internal Status filter: a status, `behind`, or '' for all. */ @state() private status = '';
  /** @internal Partner filter, or '' for all. */ @state() private partner = '';
  /** @internal Open priorities, by id. */ @state() private open: ReadonlySet<string> = new Set();
  /** @internal Indicators shown as tables, by priority and indicator id. */ @state() private tables: ReadonlySet<string> = new Set();
  /** @internal */ @state() private feedbackOpen = false;
  /** @internal Whether the page is being printed: every priority's body is drawn then. */
  private readonly print = new PrintController(this);
  /**
   * @internal Parts (lazy-part.ts): the list of all plans (plan-list.ts), loaded when first needed (pages
   * showing one plan never need it); one plan's screen and the plan's styles (one-plan.ts), fetched beside
   * the feed; closing the loop and the priorities' insides, after the first screen. Tests replace a loader
   * to see it fail.
   */
  static parts = { list: onDemand(() => import('./plan-list.js')), plan: onDemand(() => import('./one-plan.js')), loop: LOOP, body: BODY };
  /** @internal One plan's screen and the plan's styles, once there (the feed's load waits for it). */
  private readonly planPart = new LazyPart(this, PlacePlanElement.parts.plan, { styles: (part) => part.styles });
  /** @internal */
  private list?: PlanList;
  /** @internal Closing the loop (closes-loop.ts, loop.ts): you said we did, how to help, the area's compass. */
  private readonly loopPart = new LoopPart(this);
  /** @internal The priorities' insides (body-part.ts, priority-body.ts): after the first screen. */
  private readonly body = new BodyPart(this);
  /** @internal */
  private readonly listPart = new LazyPart(this, PlacePlanElement.parts.list, {
    styles: (part) => part.styles,
    ready: ({ PlanList }) => (this.list = new PlanList(this, (id) => this.openPlan(id))),
  });

  /** @internal */
  protected override get feedPart() {
    return PlacePlanElement.parts.plan;
  }

  /** @internal */
  protected override get loadingLabel(): string {
    return msg('Loading the Locality Plan…');
  }

  /** @internal */
  protected override get errorTitle(): string {
    return msg('Sorry, we could not load the Locality Plan');
  }

  /** @internal */
  protected override get retryLabel(): string {
    return msg('Try loading the Locality Plan again');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    if (this.syncUrl) this.applyUrl();
    for (const tag of ['place-feedback', 'place-connector']) {
      if (!customElements.get(tag)) void customElements.whenDefined(tag).then(() => this.requestUpdate());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  /** @internal */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl') && this.syncUrl && changed.get('syncUrl') === false) this.applyUrl();
    this.dropUnknownPartner();
  }

  /** @internal A partner the plan does not name (from the address, or a plan since changed) filters nothing: it is dropped, and from the address too. */
  private dropUnknownPartner(): void {
    const plan = this.partner && this.feedResult && this.planIn(this.feedResult.feed);
    const partnersOf = this.planPart.value?.partnersOf;
    if (!plan || !partnersOf) return;
    const named = plan.priorities.some((p) => (p.actions ?? []).some((a) => partnersOf(a).includes(this.partner)));
    if (named) return;
    this.partner = '';
    this.writeUrl();
  }

  /** @internal Back and Forward: the view follows the address, and focus follows the view when it was in the plan. */
  private onPopState = () => {
    if (!this.syncUrl) return;
    const was = this.chosen;
    const hadFocus = !!this.shadowRoot?.activeElement;
    this.applyUrl();
    if (!hadFocus || this.fixed || was === this.chosen) return;
    void this.updateComplete.then(() => {
      if (this.chosen) this.renderRoot.querySelector<HTMLElement>('#plan-title')?.focus();
      else this.focusTile(was);
    });
  };

  /** @internal */
  private applyUrl(): void {
    ({ chosen: this.chosen, status: this.status, partner: this.partner, open: this.open } = planViewInUrl(location.search));
  }

  /** @internal */
  private writeUrl(push = false): void {
    if (this.syncUrl) writePlanView({ plan: this.fixed ? undefined : this.chosen, status: this.status, partner: this.partner, open: [...this.open] }, push);
  }

  /** @internal True when the page chose the plan (`plan` or `area`), so there is no list to go back to. */
  private get fixed(): boolean {
    return !!(this.plan || this.area);
  }

  /** @internal The plan the attributes (or the resident) chose, if it is in the feed. */
  private planIn(feed: PlaceFeed): LocalityPlan | undefined {
    const plans = feed.locality_plans;
    if (this.plan) return plans.find((p) => p.id === this.plan);
    if (this.area) return latestFor(plans, this.area);
    return this.chosen ? plans.find((p) => p.id === this.chosen) : undefined;
  }

  /** @internal */
  protected renderFeed(result: FeedResult): TemplateResult {
    const { feed } = result;
    const plan = this.planIn(feed);
    const part = this.planPart.use();
    if (plan)
      return part ? part.renderPlan(this.view, plan, feed, this.compact ? undefined : this.loopPart.use(plan, feed)) : renderFallback(this.loadingLabel);
    let missing = '';
    if (this.plan) missing = msg('We could not find that Locality Plan. Here are all the plans we have.');
    else if (this.area) {
      const area = feed.areas.find((a) => a.id === this.area);
      const name = area ? area.name : this.area;
      missing = msg(str`There is no Locality Plan for ${name} yet. Here are all the plans we have.`);
    }
    if (!this.listPart.use()) return this.listPart.failed ? this.renderListFailed() : renderFallback(this.loadingLabel);
    return this.list!.render(feed, missing, this.compact);
  }

  /** @internal The list of plans could not be loaded (offline): say so, and offer to try again. */
  private renderListFailed(): TemplateResult {
    return retryPanel({
      level: this.level,
      title: msg('Sorry, the list of Locality Plans could not be loaded'),
      message: msg('Check your connection and try again.'),
      action: msg('Try loading the list of Locality Plans again'),
      retry: this.retryList,
      busy: this.listPart.busy,
    });
  }

  /** @internal The panel and its button stay while the list loads (focus stays on the button); then the list's heading has focus. */
  private retryList = async (): Promise<void> => {
    if (!(await this.listPart.retry())) return;
    await this.updateComplete;
    const active = document.activeElement;
    if (!active || active === document.body || this.shadowRoot!.activeElement) this.focusTile(undefined);
  };

  /** @internal Opens a plan chosen from the list. */
  openPlan(id: string): void {
    this.chosen = id;
    this.open = new Set();
    this.tables = new Set();
    this.status = '';
    this.partner = '';
    this.feedbackOpen = false;
    this.writeUrl(true);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#plan-title')?.focus());
  }

  /** @internal Back to the list: nothing of the plan is kept (filters, open priorities, tables), in the address either. */
  private backToList = () => {
    const id = this.chosen;
    this.chosen = undefined;
    this.open = new Set();
    this.tables = new Set();
    this.status = '';
    this.partner = '';
    this.feedbackOpen = false;
    this.writeUrl(true);
    void this.updateComplete.then(() => this.focusTile(id));
  };

  /** @internal Focus on the tile of plan `id` (or the list's heading), once the list is drawn. */
  private focusTile(id: string | undefined): void {
    const find = () =>
      [...this.renderRoot.querySelectorAll<HTMLElement>('[data-plan]')].find((b) => b.dataset.plan === id) ??
      this.renderRoot.querySelector<HTMLElement>('#plans-heading');
    // The tile may be past the tiles drawn so far (the list draws a page at a time): it is drawn first.
    this.list?.reveal(id);
    const found = this.isUpdatePending ? undefined : find();
    if (found) found.focus();
    // The list loads on demand the first time it is needed.
    else
      void this.listPart
        .load()
        .then(() => this.list?.reveal(id))
        .then(() => this.updateComplete)
        .then(() => find()?.focus());
  }

  /** @internal */
  private setFilter(which: 'status' | 'partner', value: string): void {
    this[which] = value;
    const shows = this.planPart.value?.shows;
    if ((this.status || this.partner) && shows) {
      // Open the priorities that have what the resident asked for, so it is there to read.
      const plan = this.feedResult && this.planIn(this.feedResult.feed);
      const withMatches = (plan?.priorities ?? []).filter((p) => (p.actions ?? []).some((a) => shows(a, this.status, this.partner))).map((p) => p.id);
      this.open = new Set(withMatches);
    }
    this.writeUrl();
  }

  /** @internal */
  private clearFilters(): void {
    this.status = '';
    this.partner = '';
    this.writeUrl();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#filter-status')?.focus());
  }

  /** @internal What the drawing modules read and call (host.ts): the element's state, read live. */
  private readonly view: PlanView = (() => {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below read the element, not the object they sit on
    const el = this;
    return {
      element: el,
      get level() {
        return el.level;
      },
      get feed() {
        return el.feed;
      },
      get status() {
        return el.status;
      },
      get partner() {
        return el.partner;
      },
      get open() {
        return el.open;
      },
      get tables() {
        return el.tables;
      },
      get printing() {
        return el.print.printing;
      },
      get feedbackOpen() {
        return el.feedbackOpen;
      },
      get loop() {
        return el.loopPart.value;
      },
      get compact() {
        return el.compact;
      },
      get fixed() {
        return el.fixed;
      },
      backToList: () => el.backToList(),
      renderBody: (plan, priority, index, shown) => el.body.render(el.view, plan, priority, index, shown),
      setFilter: (which, value) => el.setFilter(which, value),
      clearFilters: () => el.clearFilters(),
      setOpen: (ids) => el.setOpen(ids),
      toggle: (id) => el.toggle(id),
      toggleTable: (key) => el.toggleTable(key),
      toggleFeedback: () => (el.feedbackOpen = !el.feedbackOpen),
    };
  })();

  /** @internal */
  private toggleTable(key: string): void {
    const tables = new Set(this.tables);
    if (tables.has(key)) tables.delete(key);
    else tables.add(key);
    this.tables = tables;
  }

  /** @internal */
  private setOpen(ids: string[]): void {
    this.open = new Set(ids);
    this.writeUrl();
  }

  /** @internal */
  private toggle(id: string): void {
    const open = new Set(this.open);
    if (open.has(id)) open.delete(id);
    else open.add(id);
    this.setOpen([...open]);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'place-plan': PlacePlanElement;
  }
}
