import { formatDay, type LocalDate } from '../dates';
import { formatAverage } from './format';
import type { Series } from './stats';

/**
 * The trend chart's values as table rows, for a visually hidden table in the app and a
 * printed one in the export: only the days with an answer, oldest first.
 */
export interface TrendTableRow {
  date: LocalDate;
  day: string;
  value: string;
  /** The rolling average on that day, or '' when there were too few answers for one. */
  average: string;
}

export function trendTable(
  series: Series,
  average: Series,
  formatValue: (value: number) => string = String,
  formatMean: (value: number) => string = formatAverage,
): TrendTableRow[] {
  const averages = new Map(average.map((p) => [p.date, p.value]));
  return series.flatMap((p) => {
    if (p.value === null) return [];
    const mean = averages.get(p.date) ?? null;
    return [
      {
        date: p.date,
        day: formatDay(p.date, { month: 'short' }),
        value: formatValue(p.value),
        average: mean === null ? '' : formatMean(mean),
      },
    ];
  });
}
