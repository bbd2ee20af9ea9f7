import { trendChart, type TrendChart } from './chart';
import { CHART_STYLE, pointRadius } from './chartStyle';
import { formatMetricAverage, formatMetricValue, METRICS, type Checkin, type MetricId } from './checkins';
import { daysBetween, type LocalDate, type WeekStart } from '../dates';
import { longTermDirection, type Direction } from './direction';
import { trendSeries } from './stats';
import { trendTable, type TrendTableRow } from './trendTable';
import { yearGrid } from './yearGrid';
import { yearGridLayout, type YearGridLayout } from './yearGridLayout';

/**
 * One call from check-ins to everything a metric's charts need, so the screen and the PDF
 * export build exactly the same picture with the same sizes, words and average.
 */

export const AVERAGE_WINDOW = 7;

export interface MetricTrend {
  chart: TrendChart;
  /** Dot radius for the number of days shown. */
  radius: number;
  /** The values as rows for a table beside (or under) the chart. */
  table: TrendTableRow[];
  direction: Direction;
}

const formatterOf =
  (metric: MetricId) =>
  (value: number): string =>
    formatMetricValue(metric, value);

/** Room on the left for the longest y-axis label ("harsh with myself" needs more than "10"). */
function leftMargin(metric: MetricId): number {
  const { valueLabels, domain } = METRICS[metric];
  const longest = Math.max(String(domain[1]).length, ...(valueLabels ?? []).map((label) => label.length));
  return Math.max(36, Math.ceil(longest * CHART_STYLE.fontSize * 0.58) + 12);
}

/** The trend of `metric` from `from` to `to` (both included), with its 7-day average. */
export function metricTrend(
  checkins: readonly Checkin[],
  metric: MetricId,
  from: LocalDate,
  to: LocalDate,
  size: { width: number; height: number } = {
    width: CHART_STYLE.trendWidth,
    height: CHART_STYLE.trendHeight,
  },
): MetricTrend {
  const info = METRICS[metric];
  const formatValue = formatterOf(metric);
  const { series, average } = trendSeries(checkins, metric, from, to, AVERAGE_WINDOW);
  const chart = trendChart({
    series,
    average,
    width: size.width,
    height: size.height,
    domain: info.domain,
    label: info.label,
    // The right margin leaves room for half of the last date label ("15 Mar").
    margin: { left: leftMargin(metric), right: 24 },
    formatValue,
    formatAverage: (value) => formatMetricAverage(metric, value),
    averageWindow: AVERAGE_WINDOW,
  });
  return {
    chart,
    radius: pointRadius(daysBetween(from, to) + 1, chart.plot.right - chart.plot.left),
    table: trendTable(series, average, formatValue, (value) => formatMetricAverage(metric, value)),
    direction: longTermDirection(series, info.domain),
  };
}

/** The year grid of `metric` for the 53 weeks ending with the week of `today`. */
export function metricYear(
  checkins: readonly Checkin[],
  metric: MetricId,
  today: LocalDate,
  weekStartsOn: WeekStart = 1,
): YearGridLayout {
  const info = METRICS[metric];
  return yearGridLayout(yearGrid(checkins, metric, today, weekStartsOn), {
    label: info.label,
    domain: info.domain,
    formatValue: formatterOf(metric),
  });
}
