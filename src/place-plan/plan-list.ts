/**
 * Every plan in the feed as tiles (area, period, headline progress), with the shared area chooser to
 * find yours. Loaded on demand: a page that shows one plan (`area` or `plan`) never downloads it.
 *
 * A feed may hold thousands of plans, each with up to 100 priorities of 100 actions and indicators (the
 * schema's limits), and titles of any length. The list never does all of that in one task: it draws the
 * first `PAGE` tiles and a "Show more" button for the next; a tile's title is shortened (the plan's own
 * heading shows it whole); and each tile's headline (actions and indicators counted from the data) is
 * counted within a time budget per task, the rest in the tasks after (bench/suites/long-tasks.mjs).
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocalityPlan, PlaceFeed } from '../feed/domain/types.js';
import { AreaChooser, type AreaChoice } from '../ui/area-chooser.js';
import { areaLabel } from '../ui/area-label.js';
import { feedText, hostTextLang } from '../ui/feed-lang.js';
import { heading } from '../ui/heading.js';
import { formatNumber, msg, plural, str } from '../ui/localize.js';
import { shortened } from '../ui/plain-text.js';
import { latestFor } from './find-plan.js';
import { actionsLine, indicatorsLine, periodOf } from './plan-text.js';
import { type Headline, headlineOf } from './progress.js';

type Host = ReactiveControllerHost & HTMLElement & { feedResult?: { feed: PlaceFeed }; level: number; updateComplete: Promise<boolean> };

/** The list's tiles (added to the plan's styles when the list loads). */
export const styles = css`
  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    gap: var(--_place-space);
    margin: 0 0 var(--_place-space);
    padding: 0;
    list-style: none;
  }
  .tile {
    padding: 0.75em 1em;
    border: 1px solid var(--_place-border);
    border-block-start: 5px solid var(--_place-link);
    border-radius: var(--_place-radius);
  }
  .tile-title {
    margin-block-end: 0.5em;
  }
  .tile p {
    margin-block-end: 0.4em;
  }
  .tile .link-button {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .tile {
      border: 1px solid CanvasText;
    }
  }
`;

/** How many tiles are drawn at first, and how many more each "Show more" adds. */
export const PAGE = 24;
/** How long one task may spend counting tiles' headlines before it lets the page breathe. */
const BUDGET_MS = 40;

/** Headlines counted once per plan object (a new feed brings new objects). */
const headlines = new WeakMap<LocalityPlan, Headline>();

export class PlanList implements ReactiveController {
  /** Said after choosing an area that has no plan. */
  private notice = '';
  /** The area chosen in the list. */
  private chosenArea?: string;
  private readonly chooser: AreaChooser;
  /** How many tiles are drawn. */
  private shown = PAGE;
  /** Tiles drawn without their headline yet (the last render ran out of time), so another task counts them. */
  private pending = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: Host,
    private readonly open: (id: string) => void,
  ) {
    host.addController(this);
    this.chooser = new AreaChooser(host, {
      areas: () => host.feedResult?.feed.areas ?? [],
      selected: () => this.chosenArea,
      choose: (choice) => this.chooseArea(choice),
      legend: () => msg('Find the plan for your neighbourhood'),
      confirmLabel: () => msg('Show plan'),
    });
  }

  hostUpdated(): void {
    if (!this.pending || this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.host.requestUpdate();
    }, 0);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Makes sure the tile of plan `id` is drawn (going back to the list from a plan far down it). */
  reveal(id: string | undefined): void {
    const index = (this.host.feedResult?.feed.locality_plans ?? []).findIndex((p) => p.id === id);
    if (index < this.shown) return;
    this.shown = Math.ceil((index + 1) / PAGE) * PAGE;
    this.host.requestUpdate();
  }

  render(feed: PlaceFeed, missing: string, compact: boolean): TemplateResult {
    const plans = feed.locality_plans;
    const shown = plans.slice(0, this.shown);
    const deadline = performance.now() + BUDGET_MS;
    this.pending = false;
    return html`<section class="plans" aria-labelledby="plans-heading">
      ${heading(this.host.level, 0, msg('Locality Plans'), { id: 'plans-heading', focusable: true })}
      ${missing ? html`<p class="notice">${missing}</p>` : nothing}
      ${
        plans.length === 0
          ? html`<p>${msg('There are no Locality Plans in this feed yet.')}</p>`
          : html`${feed.areas.length > 1 && !compact ? this.chooser.render() : nothing}
            <p class="chooser-notice" role="status">${this.notice}</p>
            <ul class="tiles" role="list">
              ${shown.map((plan) => this.renderTile(plan, feed, deadline))}
            </ul>
            ${plans.length > shown.length ? this.renderMore(shown.length, plans.length) : nothing}`
      }
    </section>`;
  }

  /** "Showing 24 of 3,000 plans", and the button that draws the next ones. */
  private renderMore(count: number, total: number): TemplateResult {
    return html`<p class="more-plans no-print">
      ${showingPlans(count, total)}
      <button type="button" class="button secondary" @click=${this.showMore}>
        ${showMorePlans(Math.min(PAGE, total - count))}
      </button>
    </p>`;
  }

  /** Draws the next tiles and moves focus to the first of them, so a keyboard or screen reader user reads on from there. */
  private showMore = async (): Promise<void> => {
    const first = this.shown;
    this.shown += PAGE;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelectorAll<HTMLElement>('[data-plan]')[first]?.focus();
  };

  private renderTile(plan: LocalityPlan, feed: PlaceFeed, deadline: number): TemplateResult {
    const area = feed.areas.find((a) => a.id === plan.area_id);
    let headline = headlines.get(plan);
    if (!headline && performance.now() < deadline) headlines.set(plan, (headline = headlineOf(plan.priorities)));
    if (!headline) this.pending = true;
    return html`<li class="tile" part="tile">
      ${heading(
        this.host.level,
        1,
        html`<button type="button" class="link-button" data-plan=${plan.id} @click=${() => this.open(plan.id)}>${feedText(shortened(plan.title), hostTextLang(this.host))}</button>`,
        { class: 'tile-title' },
      )}
      <p class="secondary-text">${[area ? areaLabel(area) : '', periodOf(plan)].filter(Boolean).join(' · ')}</p>
      ${
        headline
          ? html`<p>${actionsLine(headline)}</p>
              ${headline.indicators ? html`<p>${indicatorsLine(headline)}</p>` : nothing}`
          : html`<p class="secondary-text">${msg('Counting progress…')}</p>`
      }
    </li>`;
  }

  private chooseArea(choice: AreaChoice): void {
    this.chosenArea = choice.area.id;
    const plan = latestFor(this.host.feedResult?.feed.locality_plans ?? [], choice.area.id);
    if (plan) {
      this.notice = '';
      this.open(plan.id);
    } else {
      const name = choice.area.name;
      this.notice = msg(str`There is no Locality Plan for ${name} yet.`);
    }
    this.host.requestUpdate();
  }
}

/** "Showing 24 of 3,000 Locality Plans." */
export function showingPlans(count: number, total: number): string {
  const n = formatNumber(count);
  const all = formatNumber(total);
  return plural(total, {
    zero: msg(str`Showing ${n} of ${all} Locality Plans.`, { id: 'plan-list.showing.zero' }),
    one: msg(str`Showing ${n} of ${all} Locality Plan.`, { id: 'plan-list.showing.one' }),
    two: msg(str`Showing ${n} of ${all} Locality Plans.`, { id: 'plan-list.showing.two' }),
    few: msg(str`Showing ${n} of ${all} Locality Plans.`, { id: 'plan-list.showing.few' }),
    many: msg(str`Showing ${n} of ${all} Locality Plans.`, { id: 'plan-list.showing.many' }),
    other: msg(str`Showing ${n} of ${all} Locality Plans.`, { id: 'plan-list.showing.other' }),
  });
}

/** The button that draws the next `count` tiles: "Show 24 more". */
export function showMorePlans(count: number): string {
  const next = formatNumber(count);
  return plural(count, {
    zero: msg(str`Show ${next} more`, { id: 'plan-list.more.zero' }),
    one: msg(str`Show ${next} more`, { id: 'plan-list.more.one' }),
    two: msg(str`Show ${next} more`, { id: 'plan-list.more.two' }),
    few: msg(str`Show ${next} more`, { id: 'plan-list.more.few' }),
    many: msg(str`Show ${next} more`, { id: 'plan-list.more.many' }),
    other: msg(str`Show ${next} more`, { id: 'plan-list.more.other' }),
  });
}
