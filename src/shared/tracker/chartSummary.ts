import { extent } from 'd3-array';
import { daysBetween, formatDay } from '../dates';
import { countOf, formatAverage } from './format';
import type { Series, SeriesPoint } from './stats';

/**
 * The text alternative of a trend chart, read by screen readers and printed under the chart
 * in the PDF: what range it covers, how many check-ins, the lowest and highest answer, and
 * the rolling average near the start against near the end. Plain facts, no verdicts.
 */

export interface TrendSummaryInput {
  series: Series;
  average: Series;
  label: string;
  domain: readonly [number, number];
  formatValue: (value: number) => string;
  /** Words for an average; one decimal by default. Word scales print words ("about “often”"). */
  formatAverage?: (value: number) => string;
  averageWindow: number;
}

function withValue(series: Series): (SeriesPoint & { value: number })[] {
  return series.flatMap((p) => (p.value === null ? [] : [{ date: p.date, value: p.value }]));
}

export function trendSummary(input: TrendSummaryInput): string {
  const { series, average, label, domain, formatValue, averageWindow } = input;
  const formatMean = input.formatAverage ?? formatAverage;
  const first = series[0];
  const last = series[series.length - 1];
  if (!first || !last) return `${label}: no days to show.`;

  const days = daysBetween(first.date, last.date) + 1;
  const sentences = [
    `${label}, ${formatDay(first.date, { month: 'short' })} to ${formatDay(last.date, { month: 'short' })} (${countOf(days, 'day')}), ` +
      `on a scale from ${formatValue(domain[0])} to ${formatValue(domain[1])}.`,
  ];

  const values = withValue(series);
  const [min, max] = extent(values, (p) => p.value);
  if (min === undefined || max === undefined) {
    // A quick check-in answers one question: a day may be checked in with this one left open.
    sentences.push('No answers to this question in this period.');
  } else {
    sentences.push(`${countOf(values.length, 'check-in')}.`);
    if (values.length === 1) sentences.push(`The answer was ${formatValue(min)}.`);
    else if (min === max) sentences.push(`Every answer was ${formatValue(min)}.`);
    else sentences.push(`Lowest ${formatValue(min)}, highest ${formatValue(max)}.`);
  }

  const averages = withValue(average);
  const start = averages[0];
  const end = averages[averages.length - 1];
  if (start && end && start.date !== end.date) {
    sentences.push(
      `The ${averageWindow}-day average was ${formatMean(start.value)} on ${formatDay(start.date, { month: 'short', year: false })} ` +
        `and ${formatMean(end.value)} on ${formatDay(end.date, { month: 'short', year: false })}.`,
    );
  } else if (start) {
    sentences.push(
      `The ${averageWindow}-day average was ${formatMean(start.value)} on ${formatDay(start.date, { month: 'short', year: false })}.`,
    );
  }
  return sentences.join(' ');
}
