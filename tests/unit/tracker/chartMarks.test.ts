import { describe, expect, it } from 'vitest';
import { chartMarks } from '../../../src/shared/tracker/chartMarks';
import { metricTrend } from '../../../src/shared/tracker/metricChart';
import { brokeTrust } from './fixtures';

/**
 * Review item 9: the patience milestones listed beside the chart are marked on it, at the
 * same x as a check-in on that day, with the number they have in the list.
 */
describe('chartMarks', () => {
  const from = '2026-01-01';
  const to = '2026-03-22';
  const checkins = [
    brokeTrust('2026-03-01', { selfForgiveness: 5 }),
    brokeTrust('2026-03-22', { selfForgiveness: 8 }),
  ];
  const { chart } = metricTrend(checkins, 'selfForgiveness', from, to, { width: 560, height: 220 });
  const xOfCheckin = (date: string) => chart.points.find((point) => point.date === date)?.x;

  it('a milestone falls on the x of a check-in the same day, numbered as in the list', () => {
    const marks = chartMarks(chart, from, to, ['2026-03-01', '2026-03-22']);
    expect(marks).toEqual([
      { date: '2026-03-01', number: 1, x: xOfCheckin('2026-03-01') },
      { date: '2026-03-22', number: 2, x: xOfCheckin('2026-03-22') },
    ]);
    expect(marks[1]?.x).toBe(chart.plot.right);
  });

  it('milestones outside the chart (ahead, or before its first day) are left out and keep the others’ numbers', () => {
    const marks = chartMarks(chart, from, to, ['2025-12-24', '2026-01-01', '2026-04-10']);
    expect(marks).toEqual([{ date: '2026-01-01', number: 2, x: chart.plot.left }]);
  });

  it('a chart of one day puts its milestone in the middle', () => {
    const plot = { left: 40, right: 540, top: 8, bottom: 196 };
    expect(chartMarks({ plot }, to, to, [to])).toEqual([{ date: to, number: 1, x: 290 }]);
  });
});
