import { describe, expect, it } from 'vitest';
import { addDays, eachDay } from '../../../src/shared/dates';
import {
  dailySeries,
  linearTrend,
  monthlyCount,
  pearson,
  periodAverages,
  rollingAverage,
  trendSeries,
  type SeriesPoint,
} from '../../../src/shared/tracker/stats';
import { brokeTrust, wasHurt } from './fixtures';

/** A daily series from `from` with these values, day after day. */
function seriesFrom(from: string, values: (number | null)[]): SeriesPoint[] {
  return values.map((value, i) => ({ date: addDays(from, i), value }));
}

describe('dailySeries', () => {
  it('has one point per day, null on days without a check-in, and keeps a real 0', () => {
    const checkins = [
      brokeTrust('2026-02-28', { selfForgiveness: 9 }), // before the range
      brokeTrust('2026-03-01', { selfForgiveness: 4 }),
      wasHurt('2026-03-02', { anger: 8 }), // the other track
      brokeTrust('2026-03-03', { selfForgiveness: 0 }),
      brokeTrust('2026-03-04', { selfForgiveness: 6 }),
    ];
    expect(dailySeries(checkins, 'selfForgiveness', '2026-03-01', '2026-03-05')).toEqual([
      { date: '2026-03-01', value: 4 },
      { date: '2026-03-02', value: null },
      { date: '2026-03-03', value: 0 },
      { date: '2026-03-04', value: 6 },
      { date: '2026-03-05', value: null },
    ]);
  });

  it('maps answers through the metric and is empty for a backwards range', () => {
    const checkins = [brokeTrust('2026-03-01', { rumination: 'constantly' })];
    expect(dailySeries(checkins, 'rumination', '2026-03-01', '2026-03-01')).toEqual([
      { date: '2026-03-01', value: 3 },
    ]);
    expect(dailySeries(checkins, 'rumination', '2026-03-02', '2026-03-01')).toEqual([]);
    expect(dailySeries([], 'anger', '2026-03-01', '2026-03-02').map((p) => p.value)).toEqual([null, null]);
  });
});

describe('rollingAverage', () => {
  // day:      0     1     2  3     4     5  6     7  8     9
  const gappy = [2, null, 4, null, null, 6, null, 8, null, null];

  it('averages the non-null values of the trailing 7 days, null below 3 values', () => {
    // Hand-computed: day 5 sees 2,4,6; day 7 sees 4,6,8 (day 0 has left the window);
    // day 9 sees only 6 and 8.
    const result = rollingAverage(seriesFrom('2026-03-01', gappy));
    expect(result.map((p) => p.value)).toEqual([null, null, null, null, null, 4, 4, 6, 6, null]);
    expect(result.map((p) => p.date)).toEqual(eachDay('2026-03-01', '2026-03-10'));
  });

  it('follows window and minPoints, and gives missing days the trailing mean', () => {
    expect(rollingAverage(seriesFrom('2026-03-01', gappy), 7, 1).map((p) => p.value)).toEqual([
      2, 2, 3, 3, 3, 4, 4, 6, 6, 7,
    ]);
    expect(rollingAverage(seriesFrom('2026-03-01', [1, 3, 5, null]), 2, 2).map((p) => p.value)).toEqual([
      null,
      2,
      4,
      null,
    ]);
  });

  it('goes by calendar date, so a series with a hole in its days still averages right', () => {
    const holes = [
      { date: '2026-03-01', value: 1 },
      { date: '2026-03-05', value: 2 },
      { date: '2026-03-10', value: 9 },
    ];
    expect(rollingAverage(holes, 7, 2).map((p) => p.value)).toEqual([null, 1.5, 5.5]);
  });

  it('handles empty and single-point series', () => {
    expect(rollingAverage([])).toEqual([]);
    expect(rollingAverage(seriesFrom('2026-03-01', [5]))).toEqual([{ date: '2026-03-01', value: null }]);
    expect(() => rollingAverage([], 0)).toThrow(RangeError);
  });
});

describe('trendSeries', () => {
  it("lets the first days' average see the week before the range", () => {
    const checkins = [
      brokeTrust('2026-03-08', { selfForgiveness: 3 }),
      brokeTrust('2026-03-09', { selfForgiveness: 6 }),
      brokeTrust('2026-03-10', { selfForgiveness: 9 }),
    ];
    const { series, average } = trendSeries(checkins, 'selfForgiveness', '2026-03-10', '2026-03-12');
    expect(series.map((p) => p.value)).toEqual([9, null, null]);
    expect(average).toEqual([
      { date: '2026-03-10', value: 6 },
      { date: '2026-03-11', value: 6 },
      { date: '2026-03-12', value: 6 },
    ]);
    expect(rollingAverage(series).map((p) => p.value)).toEqual([null, null, null]);
  });
});

describe('monthlyCount', () => {
  const checkins = [
    brokeTrust('2026-02-28', {}),
    brokeTrust('2026-03-01', {}),
    wasHurt('2026-03-01', {}),
    brokeTrust('2026-03-31', {}),
    wasHurt('2026-04-01', {}),
  ];
  it('counts the check-ins of a month, of one track when asked', () => {
    expect(monthlyCount(checkins, '2026-03')).toBe(3);
    expect(monthlyCount(checkins, '2026-03', 'broke-trust')).toBe(2);
    expect(monthlyCount(checkins, '2026-02')).toBe(1);
    expect(monthlyCount(checkins, '2026-05')).toBe(0);
    expect(monthlyCount([], '2026-03')).toBe(0);
  });
});

describe('pearson', () => {
  // By hand: mean x 3, mean y 4; dx -2,-1,0,1,2; dy -2,0,1,0,1;
  // Σdxdy = 6, Σdx² = 10, Σdy² = 6, r = 6 / √60 = 0.774597.
  it('matches a hand-computed r', () => {
    expect(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(6 / Math.sqrt(60), 10);
    expect(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(0.774597, 6);
  });

  it('uses only pairs where both values exist', () => {
    expect(pearson([1, null, 2, 3, 4, 5, 7], [2, 9, 4, 5, 4, 5, null])).toBeCloseTo(0.774597, 6);
  });

  it('gives -1 and 1 for perfect lines', () => {
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearson([0, 1, 2, 3], [1, 3, 5, 7])).toBeCloseTo(1, 12);
  });

  it('is null with fewer than 3 pairs or no variation', () => {
    expect(pearson([], [])).toBeNull();
    expect(pearson([1, 2], [3, 4])).toBeNull();
    expect(pearson([1, 2, null, 4], [1, null, 3, 4])).toBeNull();
    expect(pearson([5, 5, 5, 5], [1, 2, 3, 4])).toBeNull();
    expect(pearson([0.1, 0.1, 0.1], [1, 2, 3])).toBeNull();
    expect(() => pearson([1, 2, 3], [1, 2])).toThrow(RangeError);
  });
});

describe('linearTrend', () => {
  it('is the least-squares slope per calendar day, skipping gaps', () => {
    // Points at day 0, 2, 4 with values 1, 3, 5: one point per day.
    expect(linearTrend(seriesFrom('2026-03-01', [1, null, 3, null, 5]))).toBeCloseTo(1, 12);
    // By hand, days 0,1,3 values 2,4,5: mean x 4/3, mean y 11/3, Σdxdy = 39/9, Σdx² = 42/9.
    expect(linearTrend(seriesFrom('2026-03-01', [2, 4, null, 5]))).toBeCloseTo(13 / 14, 12);
    expect(linearTrend(seriesFrom('2026-03-01', [6, null, null, null, null, null, 3]))).toBeCloseTo(-0.5, 12);
  });

  it('is 0 for a flat line and null with fewer than 2 points', () => {
    expect(linearTrend(seriesFrom('2026-03-01', [4, 4, null, 4]))).toBe(0);
    expect(linearTrend([])).toBeNull();
    expect(linearTrend(seriesFrom('2026-03-01', [null, 7, null]))).toBeNull();
  });
});

describe('periodAverages', () => {
  it('compares the weeks ending on endDate with the weeks before, edges included', () => {
    const series = [
      { date: '2026-03-14', value: 9 }, // before both periods
      { date: '2026-03-15', value: 2 }, // first day of the previous week
      { date: '2026-03-18', value: 4 },
      { date: '2026-03-21', value: 6 }, // last day of the previous week
      { date: '2026-03-22', value: 5 }, // first day of the current week
      { date: '2026-03-28', value: 8 }, // endDate
      { date: '2026-03-29', value: 1 }, // after endDate
    ];
    expect(periodAverages(series, '2026-03-28', 1, 2)).toEqual({
      current: { from: '2026-03-22', to: '2026-03-28', count: 2, mean: 6.5 },
      previous: { from: '2026-03-15', to: '2026-03-21', count: 3, mean: 4 },
    });
    expect(periodAverages(series, '2026-03-28', 1, 3).current.mean).toBeNull();
  });

  it('uses 4 weeks and needs 8 values per period by default', () => {
    // Current: 2026-04-03..04-30 holds 1..8 (mean 4.5); previous: 03-06..04-02 holds 7 values.
    const current = [1, 2, 3, 4, 5, 6, 7, 8].map((value, i) => ({
      date: addDays('2026-04-03', i * 3),
      value,
    }));
    const previous = [1, 1, 1, 1, 1, 1, 1].map((value, i) => ({
      date: addDays('2026-04-02', -i * 4),
      value,
    }));
    const result = periodAverages([...previous, ...current, { date: '2026-03-05', value: 1 }], '2026-04-30');
    expect(result.current).toEqual({ from: '2026-04-03', to: '2026-04-30', count: 8, mean: 4.5 });
    expect(result.previous).toEqual({ from: '2026-03-06', to: '2026-04-02', count: 7, mean: null });
  });

  it('is null on both sides with no data', () => {
    const result = periodAverages([], '2026-04-30');
    expect([result.current.mean, result.previous.mean, result.current.count]).toEqual([null, null, 0]);
  });
});
