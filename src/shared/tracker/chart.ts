import { scaleLinear, scaleUtc, type ScaleTime } from 'd3-scale';
import { line } from 'd3-shape';
import { addDays, DAY_MS, fromUtcDate, utcDate, type LocalDate } from '../dates';
import { formatTickDate } from './format';
import type { Series, SeriesPoint } from './stats';
import { trendSummary } from './chartSummary';

export { yearGrid, type YearGrid, type YearGridCell, type HeatLevel, type MonthLabel } from './yearGrid';

/**
 * Pure data for the tracker's SVG line chart: coordinates, path strings, ticks and a text
 * alternative. The screen (or the PDF export) only draws what it gets.
 */

export const CHART_RANGES = [30, 90, 365] as const;
export type ChartRange = (typeof CHART_RANGES)[number];

/** The `range` days ending today: `{ from, to }`, both included. */
export function chartRange(range: ChartRange, today: LocalDate): { from: LocalDate; to: LocalDate } {
  return { from: addDays(today, -(range - 1)), to: today };
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface TrendChartInput {
  /** One point per day (see `dailySeries`); its first and last dates span the x axis. */
  series: Series;
  /** The rolling average for the same days (see `rollingAverage`/`trendSeries`). */
  average: Series;
  width: number;
  height: number;
  /** [min, max] of the metric, the y axis. */
  domain: readonly [number, number];
  /** The metric's name, for the text alternative. */
  label: string;
  margin?: Partial<Margin>;
  /** Words for a value on the y axis and in the summary (e.g. rumination 2 → "often"). */
  formatValue?: (value: number) => string;
  /** Words for an average in the summary; one decimal by default (word scales pass words). */
  formatAverage?: (value: number) => string;
  formatDate?: (date: LocalDate) => string;
  /** Days in the rolling average, for the summary's wording. */
  averageWindow?: number;
}

export interface ChartPoint {
  x: number;
  y: number;
  date: LocalDate;
  value: number;
}

export interface TrendChart {
  width: number;
  height: number;
  viewBox: string;
  /** The plot area inside the margins. */
  plot: { left: number; top: number; right: number; bottom: number };
  /** Days with a value only; a missing day has no point. */
  points: ChartPoint[];
  /** The daily values; each run of consecutive days is its own `M` segment. */
  valuePath: string;
  averagePath: string;
  xTicks: { x: number; label: string; date: LocalDate }[];
  yTicks: { y: number; label: string; value: number }[];
  /** A text alternative for screen readers. */
  summary: string;
}

const DEFAULT_MARGIN: Margin = { top: 8, right: 12, bottom: 24, left: 36 };

const round2 = (value: number): number => Math.round(value * 100) / 100;

/**
 * Tick dates at whole days, about one per 100px; asks d3 for more when a short range would
 * otherwise get fewer than two (say, 30 days on a narrow chart, where d3 prefers months).
 */
function dayTicks(x: ScaleTime<number, number>, plotWidth: number): Date[] {
  const wholeDays = (ticks: Date[]): Date[] => ticks.filter((t) => t.getTime() % DAY_MS === 0);
  const wanted = Math.max(2, Math.min(12, Math.floor(plotWidth / 100)));
  let ticks = wholeDays(x.ticks(wanted));
  for (let count = wanted * 2; ticks.length < 2 && count <= 16; count *= 2) ticks = wholeDays(x.ticks(count));
  return ticks;
}

/**
 * Lay out one metric's daily values and rolling average: x by calendar day across the
 * series' first to last date, y by the metric's domain (values outside it are clamped).
 * Missing days break both paths; they are never bridged.
 */
export function trendChart(input: TrendChartInput): TrendChart {
  const { series, average, width, height, domain } = input;
  const margin = { ...DEFAULT_MARGIN, ...input.margin };
  const plot = {
    left: margin.left,
    top: margin.top,
    right: width - margin.right,
    bottom: height - margin.bottom,
  };
  const formatValue = input.formatValue ?? String;
  const formatDate = input.formatDate ?? formatTickDate;
  const first = series[0];
  const last = series[series.length - 1];
  const x = scaleUtc().range([plot.left, plot.right]);
  if (first && last) x.domain([utcDate(first.date), utcDate(last.date)]);
  const y = scaleLinear().domain([domain[0], domain[1]]).range([plot.bottom, plot.top]).clamp(true);

  const xOf = (p: SeriesPoint): number => round2(x(utcDate(p.date)));
  // Only called for defined points, so `value` is a number there.
  const yOf = (p: SeriesPoint): number => round2(y(p.value ?? domain[0]));
  const path = line<SeriesPoint>()
    .defined((p) => p.value !== null)
    .x(xOf)
    .y(yOf)
    .digits(2);

  const points = series.flatMap((p) =>
    p.value === null ? [] : [{ x: xOf(p), y: yOf(p), date: p.date, value: p.value }],
  );

  const xTicks =
    first && last
      ? dayTicks(x, plot.right - plot.left).map((tick) => {
          const date = fromUtcDate(tick);
          return { x: round2(x(tick)), label: formatDate(date), date };
        })
      : [];

  const span = domain[1] - domain[0];
  const yTicks = y
    .ticks(Math.max(1, Math.min(5, span)))
    .filter((value) => Number.isInteger(value))
    .map((value) => ({ y: round2(y(value)), label: formatValue(value), value }));

  return {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    plot,
    points,
    valuePath: path(series) ?? '',
    averagePath: path(average) ?? '',
    xTicks,
    yTicks,
    summary: trendSummary({
      series,
      average,
      label: input.label,
      domain,
      formatValue,
      ...(input.formatAverage === undefined ? {} : { formatAverage: input.formatAverage }),
      averageWindow: input.averageWindow ?? 7,
    }),
  };
}
