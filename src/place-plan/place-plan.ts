import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FeedResult } from '../feed/load/read.js';
import { safeUrl } from '../feed/domain/safe-url.js';
import type { Area, Indicator, IndicatorValue, LocalityPlan, PlaceFeed, PlanAction, Priority } from '../feed/domain/types.js';
import { renderFallback } from '../ui/feed-status.js';
import { areaLabel } from '../ui/area-label.js';
import { heading } from '../ui/heading.js';
import { LazyPart, onDemand } from '../ui/lazy-part.js';
import { formatDate, formatNumber, msg, plural, str } from '../ui/localize.js';
import { PlaceElement } from '../ui/place-element.js';
import { retryPanel } from '../ui/retry-panel.js';
import { hasText, richText } from '../ui/rich-text.js';
import { baseStyles, formStyles } from '../ui/styles.js';
import { chartOf } from './chart.js';
import { closesLoop } from './closes-loop.js';
import { latestFor } from './find-plan.js';
import { formatValue, summaryOf } from './indicator-summary.js';
import type { PlanList } from './plan-list.js';
import type { PlanLoop } from './loop.js';
import { actionsLine, indicatorsLine, periodOf } from './plan-text.js';
import {
  STATUSES,
  countStatuses,
  courseOf,
  headlineOf,
  isBehind,
  partnersOf,
  sortedValues,
  statusOf,
  type Course,
  type Headline,
  type StatusKey,
} from './progress.js';
import { statusIcon, statusLabel } from './status.js';
import { styles } from './styles.js';
import { readPlanUrl, writePlanUrl } from './url-state.js';

const BEHIND = 'behind';

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
 * (the opportunities that serve it and the Community Connector to ask), and the area's Place Standard compass. When the feed links the plan to a feedback form, residents are invited to have their
 * say (with `<place-feedback>` when the page has it) and shown the area's `<place-connector>` card.
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
 * @csspart place-standard - The area's Place Standard results.
 * @csspart compass - A Place Standard compass with its sentence.
 * @csspart compass-chart - The compass's radar chart (SVG).
 * @csspart compass-table - The compass's figures as a table.
 * @csspart tile - A plan's tile in the list of all plans.
 * @csspart area-chooser - The neighbourhood list and postcode box above the tiles.
 *
 * @cssproperty --place-color-status-complete - Icon colour for "Complete". Default: #00703c.
 * @cssproperty --place-color-status-on-track - Icon colour for "On track". Default: #1d70b8.
 * @cssproperty --place-color-status-minor - Icon colour for "Minor slippage". Default: #b35c00.
 * @cssproperty --place-color-status-major - Icon colour for "Major slippage". Default: #d4351c.
 * @cssproperty --place-color-status-neutral - Icon colour for "Not started", "Reported later" and "Status not reported". Default: #505a5f.
 * @cssproperty --place-color-chart-line - The reported values in charts. Default: #1d70b8.
 * @cssproperty --place-color-chart-target - The target marker and the course line. Default: #0b0c0c.
 */
export class PlacePlanElement extends PlaceElement {
  static override styles = [baseStyles, formStyles, styles];

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
  /**
   * @internal Printing (or about to): every priority's body is rendered then. A closed priority's body is
   * otherwise left empty, so a plan of many priorities renders only their titles at first.
   */
  @state() private printing = false;
  /** @internal */ private printMedia?: MediaQueryList;
  /** @internal */ private onPrintChange = (): void => {
    this.printing = !!this.printMedia?.matches;
  };
  /** @internal Before the browser lays the page out for paper: render every body now, not a microtask later. */
  private onBeforePrint = (): void => {
    this.printing = true;
    if (this.isUpdatePending && this.hasUpdated) this.performUpdate();
  };
  /** @internal The list of all plans (plan-list.ts), loaded when first needed: pages showing one plan never need it. Tests replace its loader to see it fail. */
  static parts = { list: onDemand(() => import('./plan-list.js')), loop: onDemand(() => import('./loop.js')) };
  /** @internal */
  private list?: PlanList;
  /**
   * @internal Closing the loop (loop.ts): how to help, you said we did, the reference look-up and the area's
   * compass, loaded when a plan first has any of them.
   */
  private loop?: PlanLoop;
  /** @internal */
  private readonly loopPart = new LazyPart(this, PlacePlanElement.parts.loop, {
    styles: (part) => part.loopStyles,
    ready: ({ PlanLoop }) => (this.loop = new PlanLoop({ element: this, level: () => this.level, feed: () => this.feedResult!.feed })),
  });
  /** @internal */
  private readonly listPart = new LazyPart(this, PlacePlanElement.parts.list, {
    ready: ({ PlanList }) => (this.list = new PlanList(this, (id) => this.openPlan(id))),
  });

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
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onPrintChange);
    this.printMedia ??= window.matchMedia?.('print');
    this.printMedia?.addEventListener('change', this.onPrintChange);
    this.printing = !!this.printMedia?.matches;
    if (this.syncUrl) this.applyUrl();
    for (const tag of ['place-feedback', 'place-connector']) {
      if (!customElements.get(tag)) void customElements.whenDefined(tag).then(() => this.requestUpdate());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onPrintChange);
    this.printMedia?.removeEventListener('change', this.onPrintChange);
  }

  /** @internal */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl') && this.syncUrl && changed.get('syncUrl') === false) this.applyUrl();
    this.dropUnknownPartner();
  }

  /** @internal A partner the plan does not name (from the address, or a plan since changed) filters nothing: it is dropped, and from the address too. */
  private dropUnknownPartner(): void {
    const plan = this.partner && this.feedResult && this.planIn(this.feedResult.feed);
    if (!plan) return;
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
    const state = readPlanUrl(location.search);
    this.chosen = state.plan;
    this.status = state.status && (state.status === BEHIND || (STATUSES as readonly string[]).includes(state.status)) ? state.status : '';
    this.partner = state.partner ?? '';
    this.open = new Set(state.open);
  }

  /** @internal */
  private writeUrl(push = false): void {
    if (!this.syncUrl) return;
    const href = writePlanUrl(location.href, { plan: this.fixed ? undefined : this.chosen, status: this.status, partner: this.partner, open: [...this.open] });
    if (href === location.href) return;
    if (push) history.pushState(history.state, '', href);
    else history.replaceState(history.state, '', href);
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
    if (plan) return this.renderPlan(plan, feed);
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
    const found = find();
    if (found) found.focus();
    // The list loads on demand the first time it is needed.
    else
      void this.listPart
        .load()
        .then(() => this.updateComplete)
        .then(() => find()?.focus());
  }

  // ---- One plan -------------------------------------------------------------------------------------

  /** @internal */
  private renderPlan(plan: LocalityPlan, feed: PlaceFeed): TemplateResult {
    const area = feed.areas.find((a) => a.id === plan.area_id);
    const headline = headlineOf(plan.priorities);
    // Closing the loop (loop.ts): drawn once its part is there; the plan shows without it meanwhile.
    const loop = !this.compact && closesLoop(plan, feed) && this.loopPart.use() ? this.loop : undefined;
    return html`<article class="plan" part="locality-plan" aria-labelledby="plan-title">
      ${this.fixed ? nothing : html`<p class="back no-print"><button type="button" class="link-button" @click=${this.backToList}>${msg('All Locality Plans')}</button></p>`}
      ${this.renderHeader(plan, area)}
      ${this.renderHeadline(headline)} ${loop?.renderTop(plan)}
      ${
        this.compact
          ? plan.priorities.length === 0
            ? html`<p class="no-priorities">${msg('No priorities have been published yet.')}</p>`
            : html`${heading(this.level, 1, msg('Priorities'))}
              <ul class="titles">
                ${plan.priorities.map((p) => html`<li>${p.title}</li>`)}
              </ul>`
          : html`${this.renderFilters(plan)} ${this.renderFilterNote(plan)} ${this.renderPriorities(plan, loop)} ${loop?.renderCompass(plan)}
            ${this.renderHaveYourSay(plan, feed)}`
      }
    </article>`;
  }

  /** @internal */
  private renderHeader(plan: LocalityPlan, area: Area | undefined): TemplateResult {
    const period = periodOf(plan);
    const partnershipUrl = safeUrl(plan.partnership_url);
    const documentUrl = safeUrl(plan.document_url);
    const reportUrl = safeUrl(plan.progress_report_url);
    return html`<header part="header">
      ${heading(this.level, 0, plan.title, { id: 'plan-title', focusable: true })}
      <dl class="meta">
        ${area ? html`<div><dt>${msg('Area')}</dt><dd>${areaLabel(area)}</dd></div>` : nothing}
        ${period ? html`<div><dt>${msg('Period')}</dt><dd>${period}</dd></div>` : nothing}
        ${plan.updated ? html`<div><dt>${msg('Last updated')}</dt><dd>${formatDate(plan.updated)}</dd></div>` : nothing}
        ${
          plan.partnership
            ? html`<div><dt>${msg('Partnership')}</dt><dd>${partnershipUrl ? html`<a href=${partnershipUrl}>${plan.partnership}</a>` : plan.partnership}</dd></div>`
            : nothing
        }
      </dl>
      ${this.compact ? nothing : richText(this, plan.summary, this.level + 1)}
      ${
        !this.compact && (documentUrl || reportUrl)
          ? html`<ul class="links">
            ${documentUrl ? html`<li><a href=${documentUrl}>${msg('Read the full plan')}</a></li>` : nothing}
            ${reportUrl ? html`<li><a href=${reportUrl}>${msg('Read the latest progress report')}</a></li>` : nothing}
          </ul>`
          : nothing
      }
    </header>`;
  }

  /** @internal */
  private renderHeadline(headline: Headline): TemplateResult {
    return html`<section class="headline" part="headline" aria-labelledby="headline-heading">
      ${heading(this.level, 1, msg('Progress at a glance'), { id: 'headline-heading' })}
      <p class="headline-actions">${actionsLine(headline)}</p>
      ${headline.indicators ? html`<p class="headline-indicators">${indicatorsLine(headline)}</p>` : nothing}
      ${
        headline.actions && !this.compact
          ? html`<ul class="status-counts" role="list">
            ${STATUSES.filter((s) => headline.statuses[s] > 0).map((s) => {
              const label = statusLabel(s);
              const count = formatNumber(headline.statuses[s]);
              return html`<li class="status">${statusIcon(s)}<span>${msg(str`${label}: ${count}`)}</span></li>`;
            })}
          </ul>`
          : nothing
      }
    </section>`;
  }

  // ---- Filters --------------------------------------------------------------------------------------

  /** @internal */
  private shows(action: PlanAction, status = this.status, partner = this.partner): boolean {
    const key = statusOf(action);
    const statusOk = !status || (status === BEHIND ? isBehind(key) : key === status);
    return statusOk && (!partner || partnersOf(action).includes(partner));
  }

  /** @internal */
  private get filtering(): boolean {
    return !!(this.status || this.partner);
  }

  /** @internal */
  private renderFilters(plan: LocalityPlan): TemplateResult | typeof nothing {
    const actions = plan.priorities.flatMap((p) => p.actions ?? []);
    if (actions.length === 0) return nothing;
    const byPartner = actions.filter((a) => this.shows(a, this.status, ''));
    const byStatus = actions.filter((a) => this.shows(a, '', this.partner));
    const statuses = countStatuses(byStatus);
    const behind = statuses.minor_slippage + statuses.major_slippage;
    const partners = new Map<string, number>();
    for (const action of actions) for (const name of partnersOf(action)) partners.set(name, 0);
    for (const action of byPartner) for (const name of partnersOf(action)) partners.set(name, (partners.get(name) ?? 0) + 1);
    const names = [...partners.keys()].sort((a, b) => a.localeCompare(b));
    const shown = actions.filter((a) => this.shows(a)).length;
    const count = (n: number) => formatNumber(n);
    return html`<form class="filters no-print" part="filters" @submit=${(e: Event) => e.preventDefault()}>
      <fieldset>
        <legend>${msg('Filter actions')}</legend>
        <div class="inline">
          <div class="field">
            <label for="filter-status">${msg('Status')}</label>
            <select id="filter-status" @change=${(e: Event) => this.setFilter('status', (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!this.status}>${msg(str`All statuses (${count(byStatus.length)})`)}</option>
              <option value=${BEHIND} ?selected=${this.status === BEHIND}>${msg(str`Behind: minor or major slippage (${count(behind)})`)}</option>
              ${STATUSES.filter((s) => statuses[s] > 0 || s === this.status).map((s) => {
                const label = statusLabel(s);
                return html`<option value=${s} ?selected=${this.status === s}>${msg(str`${label} (${count(statuses[s])})`)}</option>`;
              })}
            </select>
          </div>
          ${
            names.length > 0
              ? html`<div class="field">
                <label for="filter-partner">${msg('Partner')}</label>
                <select id="filter-partner" @change=${(e: Event) => this.setFilter('partner', (e.target as HTMLSelectElement).value)}>
                  <option value="" ?selected=${!this.partner}>${msg(str`All partners (${count(byPartner.length)})`)}</option>
                  ${names.map((name) => {
                    const n = count(partners.get(name) ?? 0);
                    return html`<option value=${name} ?selected=${this.partner === name}>${msg(str`${name} (${n})`)}</option>`;
                  })}
                </select>
              </div>`
              : nothing
          }
        </div>
        <div class="inline">
          ${
            behind > 0 || this.status === BEHIND
              ? html`<button
                type="button"
                class="button secondary behind"
                aria-pressed=${this.status === BEHIND ? 'true' : 'false'}
                @click=${() => this.setFilter('status', this.status === BEHIND ? '' : BEHIND)}
              >
                ${msg('Show what is behind')}
              </button>`
              : nothing
          }
          ${this.filtering ? html`<button type="button" class="button secondary clear" @click=${this.clearFilters}>${msg('Clear filters')}</button>` : nothing}
        </div>
      </fieldset>
      <p class="filter-outcome" role="status">
        ${this.filtering ? plural(actions.length, { one: msg(str`Showing ${count(shown)} of ${count(actions.length)} action`), other: msg(str`Showing ${count(shown)} of ${count(actions.length)} actions`) }) : nothing}
      </p>
    </form>`;
  }

  /** @internal Printed instead of the filters (which do not print): what the printout leaves out. */
  private renderFilterNote(plan: LocalityPlan): TemplateResult | typeof nothing {
    if (!this.filtering) return nothing;
    const actions = plan.priorities.flatMap((p) => p.actions ?? []);
    const count = (n: number) => formatNumber(n);
    const shown = actions.filter((a) => this.shows(a)).length;
    const status = this.status === BEHIND ? msg('Behind: minor or major slippage') : this.status ? statusLabel(this.status as StatusKey) : '';
    return html`<div class="filter-note print-only" part="filter-note">
      <p>${plural(actions.length, { one: msg(str`Showing ${count(shown)} of ${count(actions.length)} action`), other: msg(str`Showing ${count(shown)} of ${count(actions.length)} actions`) })}</p>
      <ul>
        ${status ? html`<li>${msg(str`Status: ${status}`)}</li>` : nothing}
        ${this.partner ? html`<li>${msg(str`Partner: ${this.partner}`)}</li>` : nothing}
      </ul>
    </div>`;
  }

  /** @internal */
  private setFilter(which: 'status' | 'partner', value: string): void {
    this[which] = value;
    if (this.filtering) {
      // Open the priorities that have what the resident asked for, so it is there to read.
      const plan = this.feedResult && this.planIn(this.feedResult.feed);
      const withMatches = (plan?.priorities ?? []).filter((p) => (p.actions ?? []).some((a) => this.shows(a))).map((p) => p.id);
      this.open = new Set(withMatches);
    }
    this.writeUrl();
  }

  /** @internal */
  private clearFilters = () => {
    this.status = '';
    this.partner = '';
    this.writeUrl();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#filter-status')?.focus());
  };

  // ---- Priorities -----------------------------------------------------------------------------------

  /** @internal */
  private renderPriorities(plan: LocalityPlan, loop?: PlanLoop): TemplateResult {
    const priorities = plan.priorities;
    if (priorities.length === 0) return html`<p class="no-priorities">${msg('No priorities have been published yet.')}</p>`;
    const allOpen = priorities.every((p) => this.open.has(p.id));
    return html`<div class="priorities-bar no-print">
        <button type="button" class="button secondary expand-all" @click=${() => this.setOpen(allOpen ? [] : priorities.map((p) => p.id))}>
          ${allOpen ? msg('Close all priorities') : msg('Open all priorities')}
        </button>
      </div>
      <div class="priorities">${priorities.map((p, i) => this.renderPriority(p, i, loop && (() => loop.renderPriority(plan, p))))}</div>`;
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

  /** @internal */
  private renderPriority(priority: Priority, index: number, closing?: () => unknown): TemplateResult {
    const expanded = this.open.has(priority.id);
    const actions = priority.actions ?? [];
    const indicators = priority.indicators ?? [];
    const shown = this.filtering ? actions.filter((a) => this.shows(a)) : actions;
    const body = `priority-${index}`;
    return html`<section class="priority" part="priority">
      ${heading(
        this.level,
        1,
        html`<button type="button" part="priority-toggle" class="toggle" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${body} @click=${() => this.toggle(priority.id)}>
          <span class="chevron" aria-hidden="true"></span><span>${priority.title}</span>
        </button>`,
        { class: 'priority-title' },
      )}
      <p class="priority-meta secondary-text">${this.priorityMeta(actions, shown, indicators)}</p>
      <div class="priority-body" id=${body} ?hidden=${!expanded}>
        ${expanded || this.printing ? this.renderPriorityBody(priority, index, actions, shown, indicators, closing) : nothing}
      </div>
    </section>`;
  }

  /** @internal The inside of a priority: why it matters, its actions and its indicators. */
  private renderPriorityBody(
    priority: Priority,
    index: number,
    actions: PlanAction[],
    shown: PlanAction[],
    indicators: Indicator[],
    closing?: () => unknown,
  ): TemplateResult {
    return html`${hasText(priority.why) ? richText(this, priority.why, this.level + 2, html`<strong>${msg('Why it matters:')}</strong>`) : nothing}
        ${heading(this.level, 2, msg('What partners will do'))}
        ${
          actions.length === 0
            ? html`<p>${msg('No actions listed yet.')}</p>`
            : shown.length === 0
              ? html`<p>${msg('No actions in this priority match the filters.')}</p>`
              : html`<ul class="actions" role="list">${shown.map((a) => this.renderAction(a))}</ul>`
        }
        ${heading(this.level, 2, msg('How progress is measured'))}
        ${
          indicators.length === 0
            ? html`<p>${msg('No measures of progress listed yet.')}</p>`
            : html`<div class="indicators">${indicators.map((ind, i) => this.renderIndicator(ind, `${index}-${i}`))}</div>`
        }
        ${closing?.()}`;
  }

  /** @internal */
  private priorityMeta(actions: PlanAction[], shown: PlanAction[], indicators: Indicator[]): string {
    const total = formatNumber(actions.length);
    const n = formatNumber(shown.length);
    const actionText = this.filtering
      ? plural(actions.length, { one: msg(str`${n} of ${total} action matches`), other: msg(str`${n} of ${total} actions match`) })
      : plural(actions.length, { one: msg(str`${total} action`), other: msg(str`${total} actions`) });
    const behind = actions.filter((a) => isBehind(statusOf(a))).length;
    const behindText = behind > 0 ? msg(str`${formatNumber(behind)} behind`) : '';
    const ind = formatNumber(indicators.length);
    const indicatorText = plural(indicators.length, { one: msg(str`${ind} indicator`), other: msg(str`${ind} indicators`) });
    return [actionText, behindText, indicatorText].filter(Boolean).join(' · ');
  }

  /** @internal */
  private renderAction(action: PlanAction): TemplateResult {
    const status = statusOf(action);
    const partners = partnersOf(action).filter((name) => name !== action.lead_partner?.trim());
    return html`<li class="action" part="action">
      ${heading(this.level, 3, action.title, { class: 'action-title' })}
      <p class="status ${status}" part="status">${statusIcon(status)}<span>${statusLabel(status)}</span></p>
      ${richText(this, action.description, this.level + 3)}
      <dl class="facts">
        ${action.lead_partner ? html`<div><dt>${msg('Lead partner')}</dt><dd>${action.lead_partner}</dd></div>` : nothing}
        ${partners.length ? html`<div><dt>${msg('Working with')}</dt><dd>${partners.join(', ')}</dd></div>` : nothing}
        ${action.timescale ? html`<div><dt>${msg('Timescale')}</dt><dd>${action.timescale}</dd></div>` : nothing}
        ${action.due ? html`<div><dt>${msg('Due')}</dt><dd>${formatDate(action.due)}</dd></div>` : nothing}
        ${action.updated ? html`<div><dt>${msg('Progress reported')}</dt><dd>${formatDate(action.updated)}</dd></div>` : nothing}
      </dl>
      ${richText(this, action.status_note, this.level + 3)}
    </li>`;
  }

  /** @internal */
  private renderIndicator(indicator: Indicator, key: string): TemplateResult {
    const course = courseOf(indicator);
    const table = `table-${key}`;
    const showTable = this.tables.has(key);
    const values = sortedValues(indicator);
    const sourceUrl = safeUrl(indicator.source_url);
    const baseline = indicator.baseline;
    return html`<div class="indicator" part="indicator">
      ${heading(this.level, 3, indicator.title, { class: 'indicator-title' })}
      ${richText(this, indicator.description, this.level + 4)}
      <p class="course ${course}">${courseIcon(course)}${courseLabel(course)}</p>
      <figure>
        ${chartOf(indicator)}
        <figcaption class="summary">${summaryOf(indicator)}</figcaption>
      </figure>
      ${
        values.length || indicator.baseline || indicator.target
          ? html`<button type="button" class="link-button table-toggle no-print" aria-expanded=${showTable ? 'true' : 'false'} aria-controls=${table} @click=${() => this.toggleTable(key)}>
              <svg class="chevron-icon" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><path d="M2.5 .8l5.5 4.2-5.5 4.2z"></path></svg>
              <span>${showTable ? msg('Hide table') : msg('Show as table')}</span>
            </button>
            <table id=${table} class="numbers" part="table" ?hidden=${!showTable}>
              <caption class="visually-hidden">${msg(str`${indicator.title}: figures`)}</caption>
              <thead>
                <tr><th scope="col">${msg('Date')}</th><th scope="col">${msg('Figure')}</th><th scope="col">${msg('Note')}</th></tr>
              </thead>
              <tbody>
                ${baseline && !values.some((v) => sameAsBaseline(v, baseline)) ? row(indicator, baseline.date, baseline.value, [msg('Baseline'), baseline.note]) : nothing}
                ${values.map((v) => row(indicator, v.date, v.value, baseline && sameAsBaseline(v, baseline) ? [msg('Baseline'), v.note ?? baseline.note] : [v.note]))}
                ${indicator.target ? row(indicator, indicator.target.date, indicator.target.value, [msg('Target'), indicator.target.note]) : nothing}
              </tbody>
            </table>`
          : nothing
      }
      ${
        indicator.source
          ? html`<p class="source secondary-text">${msg('Source:')} ${sourceUrl ? html`<a href=${sourceUrl}>${indicator.source}</a>` : indicator.source}</p>`
          : nothing
      }
    </div>`;
  }

  /** @internal */
  private toggleTable(key: string): void {
    const tables = new Set(this.tables);
    if (tables.has(key)) tables.delete(key);
    else tables.add(key);
    this.tables = tables;
  }

  // ---- Having their say -----------------------------------------------------------------------------

  /** @internal */
  private renderHaveYourSay(plan: LocalityPlan, feed: PlaceFeed): TemplateResult | typeof nothing {
    const found = plan.feedback_form_id ? feed.feedback_forms.find((f) => f.id === plan.feedback_form_id) : undefined;
    const link = safeUrl(plan.partnership_url) ?? safeUrl(plan.document_url);
    // Only a way to give views counts: the form (with <place-feedback> on the page, or a link instead),
    // or a contact card that has someone for this area. Without either the section is left out.
    const form = found && (customElements.get('place-feedback') || link) ? found : undefined;
    const connector = !!customElements.get('place-connector') && feed.connectors.some((c) => !c.area_ids?.length || c.area_ids.includes(plan.area_id));
    if (!form && !connector) return nothing;
    return html`<section class="have-your-say" part="have-your-say" aria-labelledby="say-heading">
      ${heading(this.level, 1, msg('Have your say'), { id: 'say-heading' })}
      ${
        form
          ? html`<p>${msg('Tell the partnership what you think of this plan and what matters most where you live.')}</p>
            ${
              customElements.get('place-feedback')
                ? html`<button type="button" class="button no-print say-button" aria-expanded=${this.feedbackOpen ? 'true' : 'false'} aria-controls="say-form" @click=${() => (this.feedbackOpen = !this.feedbackOpen)}>
                    ${msg('Comment on this plan')}
                  </button>
                  <div id="say-form" class="say-form" ?hidden=${!this.feedbackOpen}>
                    ${
                      this.feedbackOpen
                        ? html`<place-feedback form=${form.id} subject=${plan.id} area=${plan.area_id} heading-level=${this.level + 2} feed=${ifDefined(this.feed)}></place-feedback>`
                        : nothing
                    }
                  </div>`
                : link
                  ? html`<p><a href=${link}>${msg('Contact the partnership about this plan')}</a></p>`
                  : nothing
            }`
          : nothing
      }
      ${connector ? html`<place-connector area=${plan.area_id} layout="compact" heading-level=${this.level + 2} feed=${ifDefined(this.feed)}></place-connector>` : nothing}
    </section>`;
  }
}

function courseLabel(course: Course): string {
  switch (course) {
    case 'on':
      return msg('On course');
    case 'off':
      return msg('Not on course');
    case 'met':
      return msg('Target date passed: met');
    case 'missed':
      return msg('Target date passed: not met');
    default:
      return msg('Not enough data to tell');
  }
}

/**
 * Each verdict's shape, drawn as SVG so forced colours keep it (a CSS background would vanish there):
 * a filled square (on course), a triangle pointing down (not on course), a star (met), a cross
 * (missed), a bar (not enough data). None is the shape of an action status.
 */
const COURSE_SHAPES: Record<Course, TemplateResult> = {
  on: svg`<rect x="1.5" y="1.5" width="13" height="13" class="fill"></rect>`,
  off: svg`<path d="M8 15.2L.6 1h14.8z" class="fill"></path>`,
  met: svg`<path d="M8.0 0.8L9.9 5.9L15.4 6.2L11.1 9.6L12.6 14.9L8.0 11.9L3.4 14.9L4.9 9.6L0.6 6.2L6.1 5.9z" class="fill"></path>`,
  missed: svg`<path d="M2.5 2.5l11 11M13.5 2.5l-11 11" class="ring thick"></path>`,
  unknown: svg`<rect x="1" y="6" width="14" height="4" class="fill"></rect>`,
};

function courseIcon(course: Course): TemplateResult {
  return html`<svg class="status-icon course-icon ${course}" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${COURSE_SHAPES[course]}</svg>`;
}

function sameAsBaseline(value: IndicatorValue, baseline: IndicatorValue): boolean {
  return value.date === baseline.date && value.value === baseline.value;
}

function row(indicator: Indicator, date: string, value: number, notes: Array<string | undefined>): TemplateResult {
  return html`<tr><th scope="row">${formatDate(date)}</th><td>${formatValue(indicator, value)}</td><td>${notes.filter(Boolean).join(': ')}</td></tr>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'place-plan': PlacePlanElement;
  }
}
