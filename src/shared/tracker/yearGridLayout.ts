import { CHART_STYLE } from './chartStyle';
import { dayOfWeek, formatDay, formatWeekday, type LocalDate } from '../dates';
import { countOf } from './format';
import type { HeatLevel, YearGrid } from './yearGrid';

/**
 * Where each square of the year grid goes, with its words for hover and screen readers.
 * Pure, so the app and the PDF export place the squares identically and only choose the
 * colours (see `chartStyle.ts`).
 */

export interface YearGridLayoutCell {
  x: number;
  y: number;
  size: number;
  date: LocalDate;
  value: number | null;
  /** Null on a day without a check-in: drawn in the neutral colour. */
  level: HeatLevel | null;
  /** "3 Mar 2026: 7" or "3 Mar 2026: no check-in". */
  title: string;
}

export interface YearGridLayout {
  width: number;
  height: number;
  viewBox: string;
  /** The days of the period only; padding days after its end are not drawn. */
  cells: YearGridLayoutCell[];
  monthLabels: { x: number; y: number; label: string }[];
  weekdayLabels: { x: number; y: number; label: string }[];
  /** A text alternative for screen readers and the PDF. */
  summary: string;
}

export interface YearGridLayoutOptions {
  /** The metric's name, e.g. "Self-forgiveness". */
  label: string;
  /** [min, max] of the metric. */
  domain: readonly [number, number];
  formatValue?: (value: number) => string;
  cellSize?: number;
  cellGap?: number;
}

/** Mon, Wed and Fri are labelled; every row would crowd the small squares. */
const LABELLED_WEEKDAYS = new Set([1, 3, 5]);
const LEFT = 30;
/** Wide enough for a three-letter month label in the axis font. */
const LABEL_ROOM = 24;
const TOP = 16;

function gridSummary(grid: YearGrid, options: YearGridLayoutOptions, checkedIn: number): string {
  const formatValue = options.formatValue ?? String;
  const [min, max] = options.domain;
  const period = `${options.label} by day, ${formatDay(grid.from, { month: 'short' })} to ${formatDay(grid.to, { month: 'short' })}.`;
  if (checkedIn === 0) return `${period} No answers to this question in this period.`;
  return (
    `${period} ${countOf(checkedIn, 'day')} with an answer, shown deeper for a higher answer ` +
    `on the scale from ${formatValue(min)} to ${formatValue(max)}. Days without an answer are left plain.`
  );
}

export function yearGridLayout(grid: YearGrid, options: YearGridLayoutOptions): YearGridLayout {
  const size = options.cellSize ?? CHART_STYLE.cellSize;
  const step = size + (options.cellGap ?? CHART_STYLE.cellGap);
  const formatValue = options.formatValue ?? String;

  const cells = grid.weeks.flatMap((week, column) =>
    week.flatMap((cell, row) =>
      cell.inRange
        ? [
            {
              x: LEFT + column * step,
              y: TOP + row * step,
              size,
              date: cell.date,
              value: cell.value,
              level: cell.level,
              title: `${formatDay(cell.date, { month: 'short' })}: ${cell.value === null ? 'no check-in' : formatValue(cell.value)}`,
            },
          ]
        : [],
    ),
  );

  const firstWeek = grid.weeks[0] ?? [];
  const weekdayLabels = firstWeek.flatMap((cell, row) =>
    LABELLED_WEEKDAYS.has(dayOfWeek(cell.date))
      ? [{ x: LEFT - 6, y: TOP + row * step + size - 1, label: formatWeekday(cell.date, 'short') }]
      : [],
  );
  const monthLabels = grid.monthLabels.map(({ column, label }) => ({
    x: LEFT + column * step,
    y: TOP - 5,
    label,
  }));

  // Room after the last column for a month label that starts there ("Dec" is wider than a week).
  const width = LEFT + grid.weeks.length * step + LABEL_ROOM;
  const height = TOP + 7 * step;
  return {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    cells,
    monthLabels,
    weekdayLabels,
    summary: gridSummary(grid, options, cells.filter((cell) => cell.value !== null).length),
  };
}
