import { scaleQuantize } from 'd3-scale';
import { METRICS, metricValue, type Checkin, type MetricId } from './checkins';
import {
  addDays,
  daysBetween,
  eachMonth,
  firstDayOfMonth,
  startOfWeek,
  weekdayIndex,
  type LocalDate,
  type MonthKey,
  type WeekStart,
  formatMonth,
} from '../dates';

/**
 * A calendar heat map: one column per week, one row per weekday. A missing day has no value
 * and no level, so it is drawn neutral; a level only says where the value sits in the
 * metric's range, never whether that is good or bad.
 */

export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export interface YearGridCell {
  date: LocalDate;
  value: number | null;
  level: HeatLevel | null;
  /** False for padding days before the period or after its end; draw them empty. */
  inRange: boolean;
}

export interface MonthLabel {
  /** The week column holding the month's first day. */
  column: number;
  month: MonthKey;
  label: string;
}

export interface YearGrid {
  from: LocalDate;
  to: LocalDate;
  weekStartsOn: WeekStart;
  /** Columns (weeks), each with 7 cells from the week's first day; `weeks[col][row]`. */
  weeks: YearGridCell[][];
  monthLabels: MonthLabel[];
}

const LEVELS: readonly HeatLevel[] = [0, 1, 2, 3, 4];

/** Where the period starts and ends, and the first day of its first column. */
function bounds(
  period: number | LocalDate,
  weekStartsOn: WeekStart,
): { gridStart: LocalDate; from: LocalDate; to: LocalDate } {
  if (typeof period === 'number') {
    if (!Number.isInteger(period) || period < 1 || period > 9999)
      throw new RangeError(`Not a year: ${period}`);
    const year = String(period).padStart(4, '0');
    const from = `${year}-01-01`;
    return { gridStart: startOfWeek(from, weekStartsOn), from, to: `${year}-12-31` };
  }
  const gridStart = addDays(startOfWeek(period, weekStartsOn), -52 * 7);
  return { gridStart, from: gridStart, to: period };
}

/**
 * The heat map of `metric` for a calendar year (`period` a number: 53 columns, or 54 when a
 * leap year begins on the week's last day) or for the 53 weeks ending with the week of
 * `period` (a date; days after it are padding).
 */
export function yearGrid(
  checkins: readonly Checkin[],
  metric: MetricId,
  period: number | LocalDate,
  weekStartsOn: WeekStart = 1,
): YearGrid {
  const { gridStart, from, to } = bounds(period, weekStartsOn);
  const [min, max] = METRICS[metric].domain;
  const levelOf = scaleQuantize<HeatLevel>().domain([min, max]).range(LEVELS);

  const values = new Map<LocalDate, number>();
  for (const checkin of checkins) {
    const value = metricValue(checkin, metric);
    if (value !== null && checkin.date >= from && checkin.date <= to) values.set(checkin.date, value);
  }

  const columns = Math.ceil((daysBetween(gridStart, to) + 1) / 7);
  const weeks: YearGridCell[][] = [];
  for (let column = 0; column < columns; column += 1) {
    const week: YearGridCell[] = [];
    for (let row = 0; row < 7; row += 1) {
      const date = addDays(gridStart, column * 7 + row);
      const value = values.get(date) ?? null;
      week.push({
        date,
        value,
        level: value === null ? null : levelOf(Math.min(max, Math.max(min, value))),
        inRange: date >= from && date <= to,
      });
    }
    weeks.push(week);
  }

  const monthLabels = eachMonth(from, to)
    .map((month) => ({ month, first: firstDayOfMonth(month) }))
    .filter(({ first }) => first >= from)
    .map(({ month, first }) => ({
      column: Math.floor(daysBetween(gridStart, first) / 7),
      month,
      label: formatMonth(month, { month: 'short', year: false }),
    }));

  return { from, to, weekStartsOn, weeks, monthLabels };
}

/** The row (0..6) and column of `date` in `grid`, or null outside it. */
export function gridPosition(grid: YearGrid, date: LocalDate): { column: number; row: number } | null {
  const first = grid.weeks[0]?.[0];
  if (!first) return null;
  const offset = daysBetween(first.date, date);
  const column = Math.floor(offset / 7);
  if (offset < 0 || column >= grid.weeks.length) return null;
  return { column, row: weekdayIndex(date, grid.weekStartsOn) };
}
