import { extent, mean } from 'd3-array';
import type { TrackId } from '../ipc/contract';
import { metricValue, type Checkin, type MetricId } from './checkins';
import { addDays, eachDay, monthKey, toDayNumber, type LocalDate, type MonthKey } from '../dates';

/**
 * The tracker's statistics. A missing day is a gap: it is never filled in, guessed or
 * counted as zero, and every function says what it does with too little data (null).
 */

export interface SeriesPoint {
  readonly date: LocalDate;
  readonly value: number | null;
}
export type Series = readonly SeriesPoint[];

/**
 * One point per calendar day from `from` to `to` (both included): the metric's value, or
 * null on a day without a check-in of the metric's track. Should two check-ins share a day,
 * the later one in `checkins` wins.
 */
export function dailySeries(
  checkins: readonly Checkin[],
  metric: MetricId,
  from: LocalDate,
  to: LocalDate,
): SeriesPoint[] {
  const byDate = new Map<LocalDate, number>();
  for (const checkin of checkins) {
    const value = metricValue(checkin, metric);
    if (value !== null) byDate.set(checkin.date, value);
  }
  return eachDay(from, to).map((date) => ({ date, value: byDate.get(date) ?? null }));
}

function valuesByDay(series: Series): Map<number, number> {
  const byDay = new Map<number, number>();
  for (const point of series) if (point.value !== null) byDay.set(toDayNumber(point.date), point.value);
  return byDay;
}

/**
 * For each day of `series`, the mean of the non-null values in the trailing `window` days
 * (the day itself and the `window - 1` before it, by calendar date); null when fewer than
 * `minPoints` values are there. Days before the series starts count as missing.
 */
export function rollingAverage(series: Series, window = 7, minPoints = 3): SeriesPoint[] {
  if (!Number.isInteger(window) || window < 1) throw new RangeError(`window must be a whole number >= 1`);
  if (!Number.isInteger(minPoints) || minPoints < 1)
    throw new RangeError(`minPoints must be a whole number >= 1`);
  const byDay = valuesByDay(series);
  return series.map(({ date }) => {
    const day = toDayNumber(date);
    const values: number[] = [];
    for (let back = 0; back < window; back += 1) {
      const value = byDay.get(day - back);
      if (value !== undefined) values.push(value);
    }
    return { date, value: values.length >= minPoints ? (mean(values) ?? null) : null };
  });
}

/**
 * The daily series for `from`..`to` and its rolling average, where the average of the first
 * days also sees the check-ins of the `window - 1` days before `from`.
 */
export function trendSeries(
  checkins: readonly Checkin[],
  metric: MetricId,
  from: LocalDate,
  to: LocalDate,
  window = 7,
  minPoints = 3,
): { series: SeriesPoint[]; average: SeriesPoint[] } {
  if (to < from) return { series: [], average: [] };
  const lookback = window - 1;
  const withLookback = dailySeries(checkins, metric, addDays(from, -lookback), to);
  return {
    series: withLookback.slice(lookback),
    average: rollingAverage(withLookback, window, minPoints).slice(lookback),
  };
}

/** How many check-ins fall in `month` (`YYYY-MM`), optionally of one track only. */
export function monthlyCount(checkins: readonly Checkin[], month: MonthKey, track?: TrackId): number {
  return checkins.filter((c) => monthKey(c.date) === month && (track === undefined || c.track === track))
    .length;
}

/**
 * Pearson's r over the pairs where both `xs[i]` and `ys[i]` are numbers. Null with fewer
 * than 3 pairs or when either side does not vary.
 */
export function pearson(xs: readonly (number | null)[], ys: readonly (number | null)[]): number | null {
  if (xs.length !== ys.length)
    throw new RangeError(`pearson needs paired lists (${xs.length} vs ${ys.length})`);
  const pairs: [number, number][] = [];
  xs.forEach((x, i) => {
    const y = ys[i];
    if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y))
      pairs.push([x, y]);
  });
  if (pairs.length < 3) return null;
  const [xMin, xMax] = extent(pairs, ([x]) => x);
  const [yMin, yMax] = extent(pairs, ([, y]) => y);
  // Compare extremes rather than a summed variance, which rounding can leave a hair above 0.
  if (xMin === xMax || yMin === yMax) return null;
  const mx = mean(pairs, ([x]) => x) ?? 0;
  const my = mean(pairs, ([, y]) => y) ?? 0;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of pairs) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** Least-squares slope in value per calendar day over the non-null points; null with < 2. */
export function linearTrend(series: Series): number | null {
  const points = series.flatMap((p) => (p.value === null ? [] : [[toDayNumber(p.date), p.value] as const]));
  if (points.length < 2) return null;
  const mx = mean(points, ([x]) => x) ?? 0;
  const my = mean(points, ([, y]) => y) ?? 0;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of points) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
  }
  return sxx === 0 ? null : sxy / sxx;
}

export interface PeriodAverage {
  readonly from: LocalDate;
  readonly to: LocalDate;
  /** How many days in the period have a value. */
  readonly count: number;
  /** Mean of those values; null when `count` is below the minimum. */
  readonly mean: number | null;
}

function periodAverage(
  byDay: Map<number, number>,
  from: LocalDate,
  to: LocalDate,
  minPoints: number,
): PeriodAverage {
  const values: number[] = [];
  for (let day = toDayNumber(from); day <= toDayNumber(to); day += 1) {
    const value = byDay.get(day);
    if (value !== undefined) values.push(value);
  }
  return { from, to, count: values.length, mean: values.length >= minPoints ? (mean(values) ?? null) : null };
}

/**
 * The average of the `weeks` weeks ending on `endDate` (included) and of the `weeks` weeks
 * before them. A period's mean is null with fewer than `minPoints` values (by default two
 * a week on average).
 */
export function periodAverages(
  series: Series,
  endDate: LocalDate,
  weeks = 4,
  minPoints = weeks * 2,
): { current: PeriodAverage; previous: PeriodAverage } {
  if (!Number.isInteger(weeks) || weeks < 1) throw new RangeError(`weeks must be a whole number >= 1`);
  const days = weeks * 7;
  const byDay = valuesByDay(series);
  const currentFrom = addDays(endDate, -(days - 1));
  return {
    current: periodAverage(byDay, currentFrom, endDate, minPoints),
    previous: periodAverage(byDay, addDays(currentFrom, -days), addDays(currentFrom, -1), minPoints),
  };
}
