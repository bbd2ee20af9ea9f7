import { daysBetween, type LocalDate } from '../dates';
import type { TrendChart } from './chart';

/** A dated event drawn on a trend chart as a numbered line. */
export interface ChartMark {
  x: number;
  date: LocalDate;
  /** The event's number in the list beside the chart (1 for the first), so the two match. */
  number: number;
}

/**
 * Where dated events (the patience timeline's milestones) fall on a trend chart drawn from
 * `from` to `to`: the same x as a check-in on that day (the chart's x is by calendar day).
 * `dates` are in list order; each keeps its list number, and one outside the chart's days
 * (ahead of today, or before a long chart's first day) is left out, never pinned to an edge.
 */
export function chartMarks(
  chart: Pick<TrendChart, 'plot'>,
  from: LocalDate,
  to: LocalDate,
  dates: readonly LocalDate[],
): ChartMark[] {
  const { left, right } = chart.plot;
  const span = daysBetween(from, to);
  return dates.flatMap((date, index) => {
    const offset = daysBetween(from, date);
    if (offset < 0 || offset > span) return [];
    const x = span === 0 ? (left + right) / 2 : left + ((right - left) * offset) / span;
    return [{ x: Math.round(x * 100) / 100, date, number: index + 1 }];
  });
}
