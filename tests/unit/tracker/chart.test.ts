import { describe, expect, it } from 'vitest';
import { chartRange, trendChart, type TrendChartInput } from '../../../src/shared/tracker/chart';
import { formatMetricValue } from '../../../src/shared/tracker/checkins';
import { addDays, eachDay } from '../../../src/shared/dates';
import { rollingAverage, type SeriesPoint } from '../../../src/shared/tracker/stats';

function seriesFrom(from: string, values: (number | null)[]): SeriesPoint[] {
  return values.map((value, i) => ({ date: addDays(from, i), value }));
}

const NO_MARGIN = { top: 0, right: 0, bottom: 0, left: 0 };
const countMoves = (path: string): number => (path.match(/M/g) ?? []).length;

function chart(overrides: Partial<TrendChartInput> & Pick<TrendChartInput, 'series'>) {
  return trendChart({
    average: [],
    width: 400,
    height: 100,
    domain: [0, 10],
    label: 'Self-forgiveness',
    margin: NO_MARGIN,
    ...overrides,
  });
}

describe('trendChart geometry', () => {
  it('places each day on the x axis and each value on the y axis', () => {
    // 5 days across 400px: 100px a day. Domain 0..10 over 100px, upside down: y = 100 - 10v.
    const result = chart({ series: seriesFrom('2026-03-01', [2, 4, null, 6, 8]) });
    expect(result.viewBox).toBe('0 0 400 100');
    expect(result.points).toEqual([
      { x: 0, y: 80, date: '2026-03-01', value: 2 },
      { x: 100, y: 60, date: '2026-03-02', value: 4 },
      { x: 300, y: 40, date: '2026-03-04', value: 6 },
      { x: 400, y: 20, date: '2026-03-05', value: 8 },
    ]);
  });

  it('breaks the line at a gap instead of bridging it', () => {
    const gappy = chart({ series: seriesFrom('2026-03-01', [2, 4, null, 6, 8]) });
    expect(gappy.valuePath).toBe('M0,80L100,60M300,40L400,20');
    expect(countMoves(gappy.valuePath)).toBe(2);

    const twoGaps = chart({ series: seriesFrom('2026-03-01', [2, null, 4, 5, null, null, 6, 7]) });
    expect(countMoves(twoGaps.valuePath)).toBe(3);

    const whole = chart({ series: seriesFrom('2026-03-01', [2, 4, 5, 6, 8]) });
    expect(countMoves(whole.valuePath)).toBe(1);
  });

  it('draws a lone day between gaps as its own segment', () => {
    const result = chart({ series: seriesFrom('2026-03-01', [0, null, 10]), width: 100, height: 50 });
    expect(result.points.map(({ x, y }) => [x, y])).toEqual([
      [0, 50],
      [100, 0],
    ]);
    expect(countMoves(result.valuePath)).toBe(2);
  });

  it('draws the rolling average with its own gaps', () => {
    const series = seriesFrom('2026-03-01', [2, null, 4, null, null, 6, null, 8, null, null]);
    // Averages (hand-computed in the stats tests): null ×5, 4, 4, 6, 6, null.
    const result = chart({ series, average: rollingAverage(series), width: 900 });
    expect(result.averagePath).toBe('M500,60L600,60L700,40L800,40');
  });

  it('keeps margins and clamps values outside the domain', () => {
    const result = trendChart({
      series: seriesFrom('2026-03-01', [12, 0]),
      average: [],
      width: 200,
      height: 100,
      domain: [0, 10],
      label: 'Anger',
      margin: { top: 10, right: 20, bottom: 30, left: 40 },
    });
    expect(result.plot).toEqual({ left: 40, top: 10, right: 180, bottom: 70 });
    expect(result.points.map(({ x, y }) => [x, y])).toEqual([
      [40, 10],
      [180, 70],
    ]);
  });

  it('has no path and no points without values', () => {
    const empty = chart({ series: seriesFrom('2026-03-01', [null, null, null]) });
    expect([empty.valuePath, empty.averagePath, empty.points]).toEqual(['', '', []]);
    const none = chart({ series: [] });
    expect([none.valuePath, none.points, none.xTicks]).toEqual(['', [], []]);
  });

  it('puts a single day in the middle', () => {
    const one = chart({ series: seriesFrom('2026-03-01', [5]) });
    expect(one.points).toEqual([{ x: 200, y: 50, date: '2026-03-01', value: 5 }]);
  });
});

describe('trendChart ticks', () => {
  it('labels whole values on the y axis, in words when asked', () => {
    const result = chart({ series: seriesFrom('2026-03-01', [1]) });
    expect(result.yTicks.map((t) => [t.value, t.y, t.label])).toEqual([
      [0, 100, '0'],
      [2, 80, '2'],
      [4, 60, '4'],
      [6, 40, '6'],
      [8, 20, '8'],
      [10, 0, '10'],
    ]);
    const rumination = chart({
      series: seriesFrom('2026-03-01', [1]),
      domain: [0, 3],
      formatValue: (v) => formatMetricValue('rumination', v),
    });
    expect(rumination.yTicks.map((t) => t.label)).toEqual(['never', 'sometimes', 'often', 'constantly']);
  });

  it('puts month ticks on the first of each month over a year', () => {
    const { from, to } = chartRange(365, '2026-12-31');
    const result = chart({ series: eachDay(from, to).map((date) => ({ date, value: null })), width: 900 });
    expect(result.xTicks.length).toBeGreaterThanOrEqual(6);
    for (const tick of result.xTicks) {
      expect(tick.date.endsWith('-01')).toBe(true);
      expect(tick.x).toBeGreaterThanOrEqual(0);
      expect(tick.x).toBeLessThanOrEqual(900);
    }
    expect(result.xTicks.find((t) => t.date === '2026-03-01')?.label).toBe('Mar');
  });

  it.each([300, 600])(
    'keeps day ticks of a 30-day chart %ipx wide inside the range, on whole days',
    (width) => {
      const { from, to } = chartRange(30, '2026-03-31');
      const result = chart({ series: eachDay(from, to).map((date) => ({ date, value: 5 })), width });
      expect(result.xTicks.length).toBeGreaterThanOrEqual(2);
      for (const tick of result.xTicks) {
        expect(tick.date >= from && tick.date <= to).toBe(true);
        expect(tick.label).toMatch(/^(\d{1,2} [A-Z][a-z]{2}|[A-Z][a-z]{2})$/);
      }
    },
  );
});

describe('trendChart summary', () => {
  const guilt = /!|missed|only|streak|failed|should|must|\bbad\b|\bgood\b|better|worse/i;

  it('says the range, the check-ins, lowest and highest, and the average at both ends', () => {
    const series = seriesFrom('2026-03-01', [2, null, 4, null, null, 6, null, 8, null, null]);
    const { summary } = chart({ series, average: rollingAverage(series) });
    expect(summary).toBe(
      'Self-forgiveness, 1 Mar 2026 to 10 Mar 2026 (10 days), on a scale from 0 to 10. 4 check-ins. ' +
        'Lowest 2, highest 8. The 7-day average was 4.0 on 6 Mar and 6.0 on 9 Mar.',
    );
    expect(summary).not.toMatch(guilt);
  });

  it('uses words for ordinal answers and stays neutral with no check-ins', () => {
    const rumination = chart({
      series: seriesFrom('2026-03-01', [1, 3]),
      domain: [0, 3],
      label: 'How often the past took over',
      formatValue: (v) => formatMetricValue('rumination', v),
    });
    expect(rumination.summary).toBe(
      'How often the past took over, 1 Mar 2026 to 2 Mar 2026 (2 days), on a scale from never to constantly. ' +
        '2 check-ins. Lowest sometimes, highest constantly.',
    );
    const empty = chart({ series: seriesFrom('2026-03-01', [null, null]) });
    expect(empty.summary).toBe(
      'Self-forgiveness, 1 Mar 2026 to 2 Mar 2026 (2 days), on a scale from 0 to 10. No answers to this question in this period.',
    );
    expect(empty.summary).not.toMatch(guilt);
    expect(chart({ series: [] }).summary).toBe('Self-forgiveness: no days to show.');
  });

  it('reads naturally for one check-in and for identical answers', () => {
    expect(chart({ series: seriesFrom('2026-03-01', [null, 7]) }).summary).toContain(
      '1 check-in. The answer was 7.',
    );
    expect(chart({ series: seriesFrom('2026-03-01', [6, 6]) }).summary).toContain(
      '2 check-ins. Every answer was 6.',
    );
  });
});

describe('chartRange', () => {
  it('covers 30, 90 or 365 days ending today', () => {
    expect(chartRange(30, '2026-03-31')).toEqual({ from: '2026-03-02', to: '2026-03-31' });
    expect(chartRange(90, '2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(chartRange(365, '2024-12-31')).toEqual({ from: '2024-01-02', to: '2024-12-31' });
    expect(chartRange(365, '2025-12-31')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
});
