/** The plan's, directory's and connector's plural call sites, as plurals.test.ts exercises them. */
import '../../src/place-connector/index.js';
import { countText as resultsText } from '../../src/place-directory/results.js';
import { busyText } from '../../src/place-directory/api-mode.js';
import { showingActions } from '../../src/place-plan/filters.js';
import { actionCount, indicatorCount, matching } from '../../src/place-plan/priorities.js';
import { actionsLine, indicatorsLine } from '../../src/place-plan/plan-text.js';
import type { Headline } from '../../src/place-plan/progress.js';

type Site = { id: string; say: (n: number) => string; values?: Record<string, string>; skip?: number[] };

const connector = document.createElement('place-connector') as unknown as { showingLine(area: { id: string; name: string }, count: number): string };

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
  { id: 'connector.showing', say: (n) => connector.showingLine({ id: 'parkhead', name: 'Parkhead' }, n), values: { a: 'Parkhead' } },
  { id: 'results', say: (n) => resultsText(n, 1, 10) },
  { id: 'directory.busy', say: (n) => busyText(n), skip: [0] },
  { id: 'plan.showing', say: (n) => showingActions(1, n), values: { a: '1' } },
  { id: 'plan.matching', say: (n) => matching(1, n), values: { a: '1' } },
  { id: 'plan.actions', say: (n) => actionCount(n) },
  { id: 'plan.indicators', say: (n) => indicatorCount(n) },
  { id: 'plan.complete', say: (n) => firstPart(actionsLine(headline(n, 0))), values: { a: '1' }, skip: [0] },
  { id: 'plan.on-course', say: (n) => firstPart(indicatorsLine(headline(0, n))), values: { a: '1' }, skip: [0] },
  { id: 'plan.no-data', say: (n) => indicatorsLine(headline(0, n, 0)) },
];
