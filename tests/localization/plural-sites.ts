/** The plan's, directory's and connector's plural call sites, as plurals.test.ts exercises them. */
import { showingLine } from '../../src/place-connector/contacts.js';
import { countText as resultsText } from '../../src/place-directory/results.js';
import { busyText } from '../../src/place-directory/api-mode.js';
import { showingActions } from '../../src/place-plan/filters.js';
import { actionCount, indicatorCount, matching } from '../../src/place-plan/priorities.js';
import { actionsLine, indicatorsLine } from '../../src/place-plan/plan-text.js';
import type { Headline } from '../../src/place-plan/progress.js';
import { html, render, type ReactiveElement } from 'lit';
import { LONG_TEXT } from '../../src/feed/domain/limits.js';
import type { Confirmations, LocalityPlan, PlaceFeed, PlaceStandardResult, PlanResponse } from '../../src/feed/domain/types.js';
import type { Entry } from '../../src/place-directory/entries.js';
import type { JourneyHost } from '../../src/place-directory/journeys/host.js';
import { renderListView, renderSend } from '../../src/place-directory/journeys/list-view.js';
import { confirmationsText } from '../../src/place-directory/journeys/listing-report.js';
import { listMessage } from '../../src/place-directory/journeys/my-list.js';
import { gatheredLine, PlanLoop, type LoopHost } from '../../src/place-plan/loop.js';
import { longText, type Block } from '../../src/ui/long-text.js';
import { showMorePlans, showingPlans } from '../../src/place-plan/plan-list.js';

type Site = { id: string; say: (n: number) => string; values?: Record<string, string>; skip?: number[] };

const headline = (actions: number, indicators: number, judged = indicators): Headline =>
  ({
    actions,
    statuses: { complete: 1, on_track: 0, minor_slippage: 0, major_slippage: 0, not_started: 0, unknown: 0 },
    indicators,
    onCourse: 1,
    judged,
  }) as unknown as Headline;

/** The sentence without its full stop: with nothing behind or unknown, the plural message is the rest. */
const firstPart = (text: string) => text.replace(/\.$/, '');

export const pluralSites: Site[] = [
  { id: 'connector.showing', say: (n) => showingLine({ id: 'parkhead', name: 'Parkhead' }, n), values: { a: 'Parkhead' } },
  { id: 'results', say: (n) => resultsText(n, 1, 10) },
  { id: 'directory.busy', say: (n) => busyText(n), skip: [0] },
  { id: 'plan.showing', say: (n) => showingActions(1, n), values: { a: '1' } },
  { id: 'plan-list.showing', say: (n) => showingPlans(1, n), values: { a: '1' } },
  { id: 'plan-list.more', say: (n) => showMorePlans(n) },
  { id: 'plan.matching', say: (n) => matching(1, n), values: { a: '1' } },
  { id: 'plan.actions', say: (n) => actionCount(n) },
  { id: 'plan.indicators', say: (n) => indicatorCount(n) },
  { id: 'plan.complete', say: (n) => firstPart(actionsLine(headline(n, 0))), values: { a: '1' }, skip: [0] },
  { id: 'plan.on-course', say: (n) => firstPart(indicatorsLine(headline(0, n))), values: { a: '1' }, skip: [0] },
  { id: 'plan.no-data', say: (n) => indicatorsLine(headline(0, n, 0)) },
];

// ---- Journeys, closing the loop and long texts: drawn into a detached element and read back ----------

/** What a template says, its whitespace collapsed. */
const said = (template: unknown, selector?: string): string => {
  const box = document.createElement('div');
  render(template, box);
  const node = selector ? box.querySelector(selector) : box;
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
};

const listHost = (ids: string[], entries: Entry[] = []) =>
  ({ level: 2, myList: { ids }, entryById: (id: string) => entries.find((e) => e.id === id) }) as unknown as JourneyHost;
/** Listings whose names are too long for any of them to fit a text message: all are "at the link". */
const longEntries = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i}`, name: 'x'.repeat(600), record: {} }) as unknown as Entry);

const plan = (responses: PlanResponse[]) => ({ id: 'p', area_id: 'a', title: 'Plan', priorities: [], responses }) as unknown as LocalityPlan;
const responses = (n: number, extra: Partial<PlanResponse> = {}) =>
  Array.from({ length: n }, (_, i) => ({ id: `r${i}`, you_said: `Said ${i}`, we_did: 'Did', status: 'planned', ...extra }) as PlanResponse);
const loop = (feed: Partial<PlaceFeed> = {}) =>
  new PlanLoop({
    element: document.createElement('div') as unknown as LoopHost['element'],
    level: () => 2,
    feed: () => ({ locality_plans: [], areas: [], opportunities: [], connectors: [], place_standard_results: [], ...feed }) as unknown as PlaceFeed,
  });

/** A text whose first part is full, then `n` words: the button shows the rest. */
const restOf = (n: number) => {
  const blocks: Block[] = [
    { t: 'p', k: ['ab '.repeat(LONG_TEXT / 3).trim()] },
    { t: 'p', k: [Array(n).fill('word').join(' ')] },
  ];
  return said(html`${longText(document.createElement('div') as unknown as ReactiveElement, blocks, () => '')}`, 'button');
};

pluralSites.push(
  { id: 'directory.confirmed-by', say: (n) => confirmationsText({ count: n } as Confirmations) ?? '', skip: [0] },
  {
    id: 'list.more-at',
    say: (n) =>
      listMessage(longEntries(n), 'https://example.org/l', () => 0)
        .text.split('\n\n')
        .pop()!,
    values: { a: 'https://example.org/l' },
    skip: [0],
  },
  { id: 'list.sms-left', say: (n) => said(renderSend(listHost([]), longEntries(n)), '#send-hint'), values: { a: '0' }, skip: [0] },
  { id: 'list.missing', say: (n) => said(renderListView(listHost(Array.from({ length: n }, (_, i) => `gone${i}`))), '.notice'), skip: [0] },
  { id: 'plan.responses-total', say: (n) => said(loop().renderTop(plan(responses(n))), 'p'), values: { a: '0' }, skip: [0] },
  {
    id: 'plan.reference-found',
    say: (n) => {
      const p = plan(responses(n));
      const found = p.responses!.map((response) => ({ plan: p, response }));
      return said(
        (loop() as unknown as { renderFound(plan: LocalityPlan, found: unknown[], reference: string): unknown }).renderFound(p, found, '3F2A 9C41'),
        'p',
      );
    },
    values: { a: '3F2A 9C41' },
    skip: [0],
  },
  {
    id: 'plan.compass-people',
    say: (n) => {
      const result = { id: 'ps', area_id: 'a', participants: n, themes: [{ id: 't', name: 'Moving around', median: 4 }] } as PlaceStandardResult;
      return said(loop({ place_standard_results: [result] }).renderCompass(plan([])), 'p');
    },
  },
  { id: 'plan.response-people', say: (n) => gatheredLine(responses(1, { count: n })[0]).replace(/\.$/, ''), skip: [0] },
  { id: 'long-text.rest', say: (n) => restOf(n), skip: [0] },
);
