import { useId } from 'react';
import { APP_PALETTE, CHART_STYLE, heatFill, type ChartPalette } from '@shared/tracker/chartStyle';
import type { YearGridLayout } from '@shared/tracker/yearGridLayout';

interface Props {
  /** The output of `yearGridLayout(yearGrid(...))`: everything drawn comes from it. */
  layout: YearGridLayout;
  title: string;
  palette?: ChartPalette;
  /** A click on a day's square (the grid stays one image for screen readers; the day picker is their way in). */
  onOpenDay?(date: string): void;
}

/**
 * The year at a glance, drawn exactly as laid out: one square a day, deeper for a higher
 * answer, neutral without a check-in. Each square names its day and answer on hover.
 */
export function YearGridSvg({ layout, title, palette = APP_PALETTE, onOpenDay }: Props) {
  const id = useId();
  const text = { fill: palette.axisText, fontSize: CHART_STYLE.fontSize - 1 };
  return (
    <svg
      className="year-grid"
      viewBox={layout.viewBox}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      data-testid="year-grid"
      onClick={(event) => {
        const date = (event.target as Element).closest('rect')?.getAttribute('data-date');
        if (date && onOpenDay) onOpenDay(date);
      }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{layout.summary}</desc>
      {layout.monthLabels.map((label) => (
        <text key={`${label.x}-${label.label}`} x={label.x} y={label.y} style={text}>
          {label.label}
        </text>
      ))}
      {layout.weekdayLabels.map((label) => (
        <text key={label.label} x={label.x} y={label.y} textAnchor="end" style={text}>
          {label.label}
        </text>
      ))}
      {layout.cells.map((cell) => (
        <rect
          key={cell.date}
          x={cell.x}
          y={cell.y}
          width={cell.size}
          height={cell.size}
          rx={CHART_STYLE.cellRadius}
          data-date={cell.date}
          data-level={cell.level ?? 'none'}
          style={{ fill: heatFill(cell.level, palette) }}
        >
          <title>{cell.title}</title>
        </rect>
      ))}
    </svg>
  );
}
