import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/shared/dates';
import { metricTrend, metricYear } from '../../../src/shared/tracker/metricChart';
import { brokeTrust } from './fixtures';

const TODAY = '2026-03-15';

describe('metricTrend', () => {
  const checkins = Array.from({ length: 10 }, (_, back) =>
    brokeTrust(addDays(TODAY, -back), { kindness: 1 + (back % 5), selfForgiveness: 10 - back }),
  );

  it('builds the chart, dots, table and direction for one metric in one call', () => {
    const trend = metricTrend(checkins, 'selfForgiveness', addDays(TODAY, -29), TODAY);
    expect(trend.chart.points).toHaveLength(10);
    expect(trend.table).toHaveLength(10);
    expect(trend.table.at(-1)).toMatchObject({ date: TODAY, value: '10', average: '7.0' }); // mean of 10, 9 … 4
    expect(trend.direction).toMatchObject({ kind: 'higher' });
    expect(trend.radius).toBe(3.5);
    expect(trend.chart.summary).toMatch(/^Self-forgiveness, 14 Feb 2026 to 15 Mar 2026 \(30 days\)/);
  });

  it('makes room on the left for worded answers', () => {
    const numbers = metricTrend(checkins, 'selfForgiveness', addDays(TODAY, -29), TODAY);
    const words = metricTrend(checkins, 'kindness', addDays(TODAY, -29), TODAY);
    expect(numbers.chart.plot.left).toBe(36);
    // "harsh with myself" is 17 characters.
    expect(words.chart.plot.left).toBeGreaterThanOrEqual(17 * 6);
    expect(words.chart.yTicks.map((t) => t.label)).toContain('harsh with myself');
    expect(words.chart.plot.right).toBe(720 - 24);
  });

  it('gives the year grid of the same metric', () => {
    const layout = metricYear(checkins, 'kindness', TODAY);
    expect(layout.cells.filter((c) => c.level !== null)).toHaveLength(10);
    expect(layout.cells.find((c) => c.date === TODAY)?.title).toBe('15 Mar 2026: harsh with myself');
  });
});
