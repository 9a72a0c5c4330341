/**
 * Every plan in the feed as tiles (area, period, headline progress), with the shared area chooser to
 * find yours. Loaded on demand: a page that shows one plan (`area` or `plan`) never downloads it.
 */
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocalityPlan, PlaceFeed } from '../feed/domain/types.js';
import { AreaChooser, type AreaChoice } from '../ui/area-chooser.js';
import { areaLabel } from '../ui/area-label.js';
import { feedText, hostTextLang } from '../ui/feed-lang.js';
import { heading } from '../ui/heading.js';
import { msg, str } from '../ui/localize.js';
import { latestFor } from './find-plan.js';
import { actionsLine, indicatorsLine, periodOf } from './plan-text.js';
import { headlineOf } from './progress.js';

type Host = ReactiveControllerHost & HTMLElement & { feedResult?: { feed: PlaceFeed }; level: number };

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

export class PlanList {
  /** Said after choosing an area that has no plan. */
  private notice = '';
  /** The area chosen in the list. */
  private chosenArea?: string;
  private readonly chooser: AreaChooser;

  constructor(
    private readonly host: Host,
    private readonly open: (id: string) => void,
  ) {
    this.chooser = new AreaChooser(host, {
      areas: () => host.feedResult?.feed.areas ?? [],
      selected: () => this.chosenArea,
      choose: (choice) => this.chooseArea(choice),
      legend: () => msg('Find the plan for your neighbourhood'),
      confirmLabel: () => msg('Show plan'),
    });
  }

  render(feed: PlaceFeed, missing: string, compact: boolean): TemplateResult {
    const plans = feed.locality_plans;
    return html`<section class="plans" aria-labelledby="plans-heading">
      ${heading(this.host.level, 0, msg('Locality Plans'), { id: 'plans-heading', focusable: true })}
      ${missing ? html`<p class="notice">${missing}</p>` : nothing}
      ${
        plans.length === 0
          ? html`<p>${msg('There are no Locality Plans in this feed yet.')}</p>`
          : html`${feed.areas.length > 1 && !compact ? this.chooser.render() : nothing}
            <p class="chooser-notice" role="status">${this.notice}</p>
            <ul class="tiles" role="list">
              ${plans.map((plan) => this.renderTile(plan, feed))}
            </ul>`
      }
    </section>`;
  }

  private renderTile(plan: LocalityPlan, feed: PlaceFeed): TemplateResult {
    const area = feed.areas.find((a) => a.id === plan.area_id);
    const headline = headlineOf(plan.priorities);
    return html`<li class="tile" part="tile">
      ${heading(this.host.level, 1, html`<button type="button" class="link-button" data-plan=${plan.id} @click=${() => this.open(plan.id)}>${feedText(plan.title, hostTextLang(this.host))}</button>`, { class: 'tile-title' })}
      <p class="secondary-text">${[area ? areaLabel(area) : '', periodOf(plan)].filter(Boolean).join(' · ')}</p>
      <p>${actionsLine(headline)}</p>
      ${headline.indicators ? html`<p>${indicatorsLine(headline)}</p>` : nothing}
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
