import { expect } from '@open-wc/testing';
import type { Indicator } from '../../src/feed/domain/types.js';
import { countStatuses, courseOf, headlineOf, partnersOf, sortedValues } from '../../src/place-plan/progress.js';
import { formatValue, summaryOf } from '../../src/place-plan/indicator-summary.js';

const TODAY = new Date(Date.UTC(2026, 10, 22));

const indicator = (fields: Partial<Indicator>): Indicator => ({ id: 'i', title: 'Indicator', ...fields });

describe('progress: on course, computed from the data', () => {
  const childPoverty = indicator({
    unit: 'percent',
    direction: 'down',
    baseline: { date: '2021', value: 24 },
    target: { date: '2030', value: 15 },
    values: [
      { date: '2024', value: 20 },
      { date: '2021', value: 24 },
      { date: '2025', value: 19 },
      { date: '2023', value: 21 },
    ],
  });

  it('sorts values that arrive out of order by date', () => {
    expect(sortedValues(childPoverty).map((v) => v.date)).to.deep.equal(['2021', '2023', '2024', '2025']);
    expect(
      sortedValues(
        indicator({
          values: [
            { date: '2025-03', value: 1 },
            { date: '2025-01', value: 2 },
            { date: '2024-12-31', value: 3 },
          ],
        }),
      ).map((v) => v.value),
    ).to.deep.equal([3, 2, 1]);
  });

  it('is on course when the latest value is on the good side of the line from baseline to target', () => {
    // The line is at 24 - 9 * 4/9 = 20 in 2025; 19 is better (down is good).
    expect(courseOf(childPoverty, TODAY)).to.equal('on');
    // 21 in 2025 is worse than 20.
    expect(courseOf({ ...childPoverty, values: [{ date: '2025', value: 21 }] }, TODAY)).to.equal('off');
  });

  it('honours the direction of good', () => {
    const up = indicator({
      direction: 'up',
      baseline: { date: '2020', value: 50 },
      target: { date: '2030', value: 60 },
      values: [{ date: '2025', value: 56 }],
    });
    expect(courseOf(up, TODAY)).to.equal('on');
    expect(courseOf({ ...up, values: [{ date: '2025', value: 54 }] }, TODAY)).to.equal('off');
    // Without a direction, the target says which way is good.
    expect(courseOf({ ...up, direction: undefined }, TODAY)).to.equal('on');
  });

  it('says there is not enough data to tell without a target or with one point', () => {
    expect(courseOf({ ...childPoverty, target: undefined }, TODAY)).to.equal('unknown');
    expect(courseOf(indicator({ target: { date: '2030', value: 5 }, values: [{ date: '2025', value: 7 }] }), TODAY)).to.equal('unknown');
    expect(courseOf(indicator({ target: { date: '2030', value: 5 } }), TODAY)).to.equal('unknown');
  });

  it('judges a target date in the past against the target itself', () => {
    const past = indicator({
      direction: 'up',
      baseline: { date: '2019', value: 10 },
      target: { date: '2025-03', value: 20 },
      values: [{ date: '2024', value: 21 }],
    });
    expect(courseOf(past, TODAY)).to.equal('met');
    expect(courseOf({ ...past, values: [{ date: '2026', value: 19 }] }, TODAY)).to.equal('missed');
  });

  it('counts actions by status, with unreported statuses apart', () => {
    const counts = countStatuses([
      { id: 'a', title: 'A', status: 'complete' },
      { id: 'b', title: 'B', status: 'complete' },
      { id: 'c', title: 'C', status: 'major_slippage' },
      { id: 'd', title: 'D' },
    ]);
    expect(counts).to.include({ complete: 2, major_slippage: 1, none: 1, on_track: 0 });
  });

  it('builds the headline from the priorities', () => {
    const headline = headlineOf(
      [
        { id: 'p1', title: 'One', actions: [{ id: 'a', title: 'A', status: 'complete' }], indicators: [childPoverty] },
        { id: 'p2', title: 'Two', actions: [{ id: 'b', title: 'B', status: 'on_track' }], indicators: [indicator({})] },
      ],
      TODAY,
    );
    expect(headline).to.include({ actions: 2, indicators: 2, onCourse: 1, judged: 1 });
  });

  it('names every partner once, the lead first', () => {
    expect(partnersOf({ id: 'a', title: 'A', lead_partner: 'Council ', partners: ['College', 'Council', ''] })).to.deep.equal(['Council', 'College']);
  });
});

describe('indicator summary', () => {
  it('writes the trend in words, with the target', () => {
    const i = indicator({
      unit: 'percent',
      baseline: { date: '2021', value: 24 },
      target: { date: '2030', value: 15 },
      values: [
        { date: '2025', value: 19 },
        { date: '2023', value: 21 },
      ],
    });
    expect(summaryOf(i)).to.equal('Down from 24% in 2021 to 19% in 2025; target 15% by 2030.');
  });

  it('formats numbers by unit and dates as months', () => {
    expect(formatValue(indicator({ unit: 'percent' }), 83.1)).to.equal('83.1%');
    expect(formatValue(indicator({ unit: 'count' }), 1250)).to.equal('1,250');
    expect(formatValue(indicator({ unit: 'currency' }), 412000)).to.equal('£412,000');
    expect(formatValue(indicator({ unit: 'currency' }), 2.5)).to.equal('£2.50');
    expect(formatValue(indicator({ unit: 'rate', unit_label: 'per 1,000 people' }), 8.4)).to.equal('8.4 per 1,000 people');
    const monthly = indicator({
      unit: 'count',
      values: [
        { date: '2024-03', value: 10 },
        { date: '2025-03', value: 14 },
      ],
      target: { date: '2027-03', value: 20 },
    });
    expect(summaryOf(monthly)).to.equal('Up from 10 in March 2024 to 14 in March 2025; target 20 by March 2027.');
  });

  it('copes with one value, no values and no target', () => {
    expect(summaryOf(indicator({ unit: 'count', values: [{ date: '2025', value: 7 }] }))).to.equal('7 in 2025.');
    expect(summaryOf(indicator({}))).to.equal('No figures reported yet.');
    expect(summaryOf(indicator({ target: { date: '2030', value: 3 } }))).to.equal('No figures reported yet; target 3 by 2030.');
    expect(
      summaryOf(
        indicator({
          values: [
            { date: '2022', value: 7 },
            { date: '2024', value: 7 },
          ],
        }),
      ),
    ).to.equal('Unchanged at 7 from 2022 to 2024.');
  });
});
