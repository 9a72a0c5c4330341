/**
 * The plan issue 4 sets the render target on: the sample feed with one Locality Plan of 10 priorities,
 * 60 actions and 30 indicators of 10 reported values each, for Parkhead. Deterministic (no randomness), so
 * every run and every commit renders the same plan.
 */
import { readFileSync } from 'node:fs';

const STATUSES = ['complete', 'on_track', 'minor_slippage', 'major_slippage', 'not_started', 'reported_later'];
const PARTNERS = [
  'North East Sample City Council',
  'NHS Sample Health Board',
  'Sample Third Sector Interface',
  'Police Scotland',
  'Sample Housing Association',
];

const id = (kind, n) => `00000000-0000-5000-8000-${kind}${String(n).padStart(11, '0')}`;

export function bigPlanFeed(samplePath = 'sample/feed.json') {
  const feed = JSON.parse(readFileSync(samplePath, 'utf8'));
  const sample = feed.locality_plans.find((p) => p.area_id === 'parkhead');
  const priorities = Array.from({ length: 10 }, (_, p) => ({
    id: id('a', p),
    title: `Priority ${p + 1}: ${sample.priorities[p % sample.priorities.length].title}`,
    why: sample.priorities[p % sample.priorities.length].why,
    actions: Array.from({ length: 6 }, (_, a) => {
      const n = p * 6 + a;
      return {
        id: id('b', n),
        title: `Action ${n + 1}: work with residents on the streets and services they named in the survey`,
        description: 'What the partners will do, where and with whom, in a sentence or two that a resident can read quickly.',
        lead_partner: PARTNERS[n % PARTNERS.length],
        timescale: '2024 to 2027',
        due: `${2025 + (n % 5)}-06`,
        status: STATUSES[n % STATUSES.length],
      };
    }),
    indicators: Array.from({ length: 3 }, (_, i) => {
      const n = p * 3 + i;
      const down = n % 2 === 0;
      const start = 40 + (n % 7);
      const values = Array.from({ length: 10 }, (_, y) => ({ date: String(2016 + y), value: down ? start - y * (1 + (n % 3) * 0.5) : start + y }));
      return {
        id: id('c', n),
        title: `Indicator ${n + 1}: share of residents who say so in the annual survey`,
        unit: 'percent',
        direction: down ? 'down' : 'up',
        baseline: values[0],
        target: { date: '2030', value: down ? start - 20 : start + 20 },
        values,
        source: 'Synthetic figures for the benchmark',
      };
    }),
  }));
  feed.locality_plans = [{ ...sample, priorities }];
  return feed;
}
