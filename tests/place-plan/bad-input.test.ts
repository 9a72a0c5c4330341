import { expect, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../support/axe.js';
import { feedDataUrl, minimalFeed } from '../support/fixtures.js';
import { $, $$, facts, planWithEvent, text, toggleFor } from './helpers.js';

const AREA = { id: 'testarea', name: 'Test Area', postcode_districts: ['G31'] };

function planFeed(priorities: unknown[], extra: Record<string, unknown> = {}) {
  return feedDataUrl(
    minimalFeed({
      areas: [AREA],
      locality_plans: [
        { id: 'plan-1', area_id: 'testarea', title: 'Test Area Locality Plan', period_start: '2020', period_end: '2025-03', priorities, ...extra },
      ],
    }),
  );
}

describe('<place-plan>: bad input renders sensibly and is reported', () => {
  it('a plan with no indicators, and one with no priorities', async () => {
    const { el } = await planWithEvent(
      'area="testarea"',
      planFeed([{ id: 'p', title: 'Only actions', actions: [{ id: 'a', title: 'Do a thing', status: 'on_track' }] }]),
    );
    expect($(el, '.headline-indicators')).to.be.null;
    expect(text($(el, '.headline-actions'))).to.equal('0 of 1 action complete.');
    toggleFor(el, 'Only actions').click();
    await el.updateComplete;
    expect(text($(el, '.priority-body'))).to.contain('No measures of progress listed yet.');
    await expectAccessible(el);

    const { el: empty } = await planWithEvent('area="testarea"', planFeed([]));
    expect(text($(empty, '.headline-actions'))).to.equal('No actions reported yet.');
    expect(text($(empty, '.plan'))).to.contain('No priorities have been published yet.');
    await expectAccessible(empty);
  });

  it('indicators with one value, values out of order, no target, a past target date', async () => {
    const { el } = await planWithEvent(
      'area="testarea"',
      planFeed([
        {
          id: 'p',
          title: 'Measures',
          indicators: [
            { id: 'one', title: 'One value', unit: 'count', values: [{ date: '2024', value: 7 }], target: { date: '2030', value: 10 } },
            {
              id: 'order',
              title: 'Out of order',
              unit: 'percent',
              direction: 'down',
              baseline: { date: '2021', value: 30 },
              target: { date: '2031', value: 20 },
              values: [
                { date: '2025', value: 26 },
                { date: '2022', value: 29 },
                { date: '2021', value: 30 },
              ],
            },
            {
              id: 'notarget',
              title: 'No target',
              unit: 'count',
              values: [
                { date: '2022', value: 5 },
                { date: '2023', value: 9 },
              ],
            },
            {
              id: 'past',
              title: 'Past target',
              unit: 'percent',
              direction: 'up',
              baseline: { date: '2018', value: 40 },
              target: { date: '2024-03', value: 50 },
              values: [
                { date: '2023', value: 47 },
                { date: '2025', value: 48 },
              ],
            },
            { id: 'none', title: 'No values', unit: 'currency', target: { date: '2030', value: 100 } },
          ],
        },
      ]),
    );
    toggleFor(el, 'Measures').click();
    await el.updateComplete;
    const byTitle = (title: string) => $$(el, '[part="indicator"]').find((i) => text(i.querySelector('.indicator-title')) === title)!;
    const course = (title: string) => text(byTitle(title).querySelector('.course'));
    const summary = (title: string) => text(byTitle(title).querySelector('figcaption'));
    expect(course('One value')).to.equal('Not enough data to tell');
    expect(summary('One value')).to.equal('7 in 2024; target 10 by 2030.');
    expect(byTitle('One value').querySelectorAll('.point')).to.have.length(1);
    expect(summary('Out of order')).to.equal('Down from 30% in 2021 to 26% in 2025; target 20% by 2031.');
    expect(
      byTitle('Out of order')
        .querySelector('polyline')!
        .getAttribute('points')!
        .split(' ')
        .map((p) => Number(p.split(',')[0])),
    ).to.satisfy((xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]));
    expect(course('No target')).to.equal('Not enough data to tell');
    expect(summary('No target')).to.equal('Up from 5 in 2022 to 9 in 2023.');
    expect(course('Past target')).to.equal('Target date passed: not met');
    expect(summary('No values')).to.equal('No figures reported yet; target £100 by 2030.');
    expect(byTitle('No values').querySelector('svg.chart'), 'no chart without values').to.equal(null);
    expect(text($(el, '.headline-indicators'))).to.equal('1 of 5 indicators on course (not enough data to tell for 3).');
    await expectAccessible(el);
  });

  it('unknown statuses show "Status not reported", and the loader warns', async () => {
    const { el, event } = await planWithEvent(
      'area="testarea"',
      planFeed([
        {
          id: 'p',
          title: 'Statuses',
          actions: [
            { id: 'a', title: 'Unknown status', status: 'going_great' },
            { id: 'b', title: 'Bad value', status: 'complete' },
          ],
          indicators: [
            {
              id: 'i',
              title: 'Bad values',
              values: [
                { date: '2024', value: 'lots' },
                { date: '2025', value: 3 },
              ],
            },
          ],
        },
      ]),
    );
    const warnings = event.detail.warnings as Array<{ path: string; action: string }>;
    expect(warnings.map((w) => w.path)).to.include('locality_plans[0].priorities[0].actions[0].status');
    expect(warnings.some((w) => w.path.startsWith('locality_plans[0].priorities[0].indicators[0].values[0]'))).to.be.true;
    toggleFor(el, 'Statuses').click();
    await el.updateComplete;
    const statuses = $$(el, '[part="status"]').map(text);
    expect(statuses).to.deep.equal(['Status not reported', 'Complete']);
    expect($$(el, '.status-counts li').map(text)).to.include('Status not reported: 1');
    expect(text($(el, 'figcaption'))).to.equal('3 in 2025.');
    expect(text($(el, '.headline-indicators'))).to.equal('Not enough data yet to tell if the indicator is on course.');
    await expectAccessible(el);
  });

  it('a plan without priorities says so plainly, in full, compact and as a tile, never an empty box', async () => {
    const feed = feedDataUrl(minimalFeed({ areas: [AREA], locality_plans: [{ id: 'plan-1', area_id: 'testarea', title: 'Test Area Locality Plan' }] }));
    const { el } = await planWithEvent('area="testarea"', feed);
    expect(text($(el, '.no-priorities'))).to.equal('No priorities have been published yet.');
    expect($(el, '.priorities-bar'), 'no "Open all priorities"').to.equal(null);
    const { el: compact } = await planWithEvent('area="testarea" compact', feed);
    expect(text($(compact, '.no-priorities'))).to.equal('No priorities have been published yet.');
    expect($(compact, '.titles'), 'no empty list of titles').to.equal(null);
    await expectAccessible(compact);
  });

  it('a period given end before start, two values for one date and sums under a penny read sensibly, with a note for the editor', async () => {
    const warn = console.warn;
    const notes: string[] = [];
    console.warn = (...args: unknown[]) => notes.push(args.join(' '));
    try {
      const { el } = await planWithEvent(
        'area="testarea"',
        planFeed(
          [
            {
              id: 'p',
              title: 'Measures',
              indicators: [
                {
                  id: 'twice',
                  title: 'Twice',
                  unit: 'count',
                  direction: 'up',
                  values: [
                    { date: '2022', value: 5 },
                    { date: '2023', value: 7 },
                    { date: '2023', value: 9 },
                  ],
                },
                {
                  id: 'tiny',
                  title: 'Tiny',
                  unit: 'currency',
                  values: [
                    { date: '2022', value: 0.004 },
                    { date: '2023', value: 0.0042 },
                  ],
                },
              ],
            },
          ],
          { id: 'reversed', period_start: '2030-03', period_end: '2024' },
        ),
      );
      expect(facts($(el, '[part="header"]'))).to.include('Period: 2024 to March 2030');
      toggleFor(el, 'Measures').click();
      await el.updateComplete;
      const byTitle = (title: string) => $$(el, '[part="indicator"]').find((i) => text(i.querySelector('.indicator-title')) === title)!;
      expect(text(byTitle('Twice').querySelector('figcaption'))).to.equal('Up from 5 in 2022 to 9 in 2023.');
      expect(byTitle('Twice').querySelectorAll('tbody tr'), 'one row per date').to.have.length(2);
      expect(byTitle('Twice').querySelectorAll('svg.chart .point'), 'one point per date').to.have.length(2);
      expect(text(byTitle('Tiny').querySelector('figcaption'))).to.equal('Up from £0.004 in 2022 to £0.0042 in 2023.');
      // The loader's notes tell the site's editor, once for the feed (the plan adds none of its own).
      const periodNote = (n: string) => n.startsWith('locality_plans[0].period_end:') && n.includes('is before period_start');
      // The console's report is loaded on demand (src/feed/validator/report.ts), after the feed.
      await waitUntil(() => notes.some(periodNote), 'the loader notes the period');
      expect(notes.filter(periodNote)).to.have.length(1);
      expect(notes.find((n) => n.startsWith('locality_plans[0].priorities[0].indicators[0].values[2].date:'))).to.contain('a second value for 2023');
      await expectAccessible(el);
      toggleFor(el, 'Measures').click();
      await el.updateComplete;
      expect(notes.filter(periodNote), 'said once, not at every render').to.have.length(1);
      expect(
        notes.filter((n) => n.startsWith('placekit <place-plan>')),
        'no second note from the plan',
      ).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });

  it('forty priorities with long texts', async () => {
    const long =
      'A very long title about making sure every household in the neighbourhood can reach a warm, safe and affordable home within walking distance of the services it needs '
        .repeat(2)
        .trim();
    const priorities = Array.from({ length: 40 }, (_, i) => ({
      id: `p${i}`,
      title: `${i + 1}. ${long}`,
      why: long.repeat(3),
      actions: [
        {
          id: `a${i}`,
          title: long,
          lead_partner: `Partner ${i % 7} with an exceptionally long organisation name for testing`,
          status: i % 2 ? 'complete' : 'major_slippage',
        },
      ],
      indicators: [
        {
          id: `i${i}`,
          title: long,
          unit: 'rate',
          unit_label: 'per 100,000 people aged sixteen and over',
          values: [
            { date: '2021', value: 1000 + i },
            { date: '2024', value: 900 },
          ],
          target: { date: '2030', value: 500 },
        },
      ],
    }));
    const { el } = await planWithEvent('area="testarea"', planFeed(priorities, { title: long, partnership: long }));
    expect($$(el, '[part="priority-toggle"]')).to.have.length(40);
    expect(text($(el, '.headline-actions'))).to.equal('20 of 40 actions complete, 20 with major slippage.');
    $<HTMLButtonElement>(el, '.expand-all').click();
    await el.updateComplete;
    const root = $(el, '.root');
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
    expect(facts($(el, '[part="header"]'))).to.include('Period: 2020 to March 2025');
    await expectAccessible(el);
  });
});
