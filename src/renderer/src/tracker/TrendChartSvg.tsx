import { useId, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { formatDay } from '@shared/dates';
import { APP_PALETTE, CHART_STYLE, type ChartPalette } from '@shared/tracker/chartStyle';
import type { TrendChart } from '@shared/tracker/chart';
import type { ChartMark } from '@shared/tracker/chartMarks';

interface Props {
  /** The output of `trendChart(...)`: everything drawn comes from it. */
  chart: TrendChart;
  /** The chart's name, read before its summary. */
  title: string;
  /** Dot radius, from `pointRadius(days, plotWidth)`. */
  radius: number;
  palette?: ChartPalette;
  /** Dated events drawn as numbered dashed lines (the patience milestones), from `chartMarks`. */
  marks?: readonly ChartMark[];
}

/**
 * Draws a trend chart exactly as `trendChart` laid it out, with the shared style; no
 * calculation happens here, so the PDF export's static SVG shows the same picture. Screen
 * readers get the title and the chart's text summary.
 */
export function TrendChartSvg({ chart, title, radius, palette = APP_PALETTE, marks = [] }: Props) {
  const id = useId();
  const { plot, points } = chart;
  const text = { fill: palette.axisText, fontSize: CHART_STYLE.fontSize };
  // The day whose value is shown: the point nearest the pointer, or the one the arrow keys reached.
  const [active, setActive] = useState<number | null>(null);
  const point = active === null ? undefined : points[active];
  const words =
    point === undefined
      ? ''
      : `${formatDay(point.date, { month: 'short' })}: ${valueWords(chart, point.value)}`;

  function nearest(event: PointerEvent<SVGSVGElement>) {
    const matrix = event.currentTarget.getScreenCTM();
    if (matrix === null || points.length === 0) return;
    const x = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse()).x;
    let best = 0;
    points.forEach((candidate, index) => {
      if (Math.abs(candidate.x - x) < Math.abs((points[best]?.x ?? 0) - x)) best = index;
    });
    setActive(best);
  }

  function move(event: KeyboardEvent<SVGSVGElement>) {
    if (points.length === 0) return;
    const last = points.length - 1;
    const from = active ?? last;
    const next =
      event.key === 'ArrowLeft'
        ? Math.max(0, from - 1)
        : event.key === 'ArrowRight'
          ? Math.min(last, from + 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    setActive(next);
  }

  return (
    <>
      <svg
        className="trend-chart"
        viewBox={chart.viewBox}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc ${id}-value`}
        data-testid="trend-chart"
        // Focusable when there is something to read: the arrow keys walk the days.
        tabIndex={points.length > 0 ? 0 : undefined}
        onPointerMove={nearest}
        onPointerLeave={() => setActive(null)}
        onFocus={() => setActive((current) => current ?? (points.length > 0 ? points.length - 1 : null))}
        onBlur={() => setActive(null)}
        onKeyDown={move}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{chart.summary}</desc>
        <g className="trend-grid">
          {chart.yTicks.map((tick) => (
            <line
              key={tick.value}
              x1={plot.left}
              x2={plot.right}
              y1={tick.y}
              y2={tick.y}
              style={{ stroke: palette.gridLine, strokeWidth: CHART_STYLE.gridStrokeWidth }}
            />
          ))}
          {chart.yTicks.map((tick) => (
            <text
              key={tick.value}
              x={plot.left - 6}
              y={tick.y}
              textAnchor="end"
              dominantBaseline="middle"
              style={text}
            >
              {tick.label}
            </text>
          ))}
          {chart.xTicks.map((tick) => (
            <text key={tick.date} x={tick.x} y={plot.bottom + 16} textAnchor="middle" style={text}>
              {tick.label}
            </text>
          ))}
        </g>
        {marks.length > 0 && (
          <g className="trend-marks" data-testid="chart-marks">
            {marks.map((mark) => {
              // The number sits beside its line, on the side with room for it.
              const nearRight = mark.x > plot.right - 20;
              return (
                <g key={`${mark.number}-${mark.date}`} data-date={mark.date}>
                  <line
                    x1={mark.x}
                    x2={mark.x}
                    y1={plot.top}
                    y2={plot.bottom}
                    strokeDasharray="4 3"
                    style={{ stroke: palette.axisText, strokeWidth: CHART_STYLE.gridStrokeWidth }}
                  />
                  <text
                    x={nearRight ? mark.x - 4 : mark.x + 4}
                    y={plot.top + 10}
                    textAnchor={nearRight ? 'end' : 'start'}
                    style={{ ...text, fontWeight: 600 }}
                  >
                    {mark.number}
                  </text>
                </g>
              );
            })}
          </g>
        )}
        {chart.valuePath !== '' && (
          <path
            className="trend-values"
            d={chart.valuePath}
            fill="none"
            style={{ stroke: palette.valueLine, strokeWidth: CHART_STYLE.valueStrokeWidth }}
          />
        )}
        {chart.averagePath !== '' && (
          <path
            className="trend-average"
            d={chart.averagePath}
            fill="none"
            strokeLinejoin="round"
            strokeLinecap="round"
            style={{ stroke: palette.averageLine, strokeWidth: CHART_STYLE.averageStrokeWidth }}
          />
        )}
        <g className="trend-points">
          {chart.points.map((point) => (
            <circle
              key={point.date}
              cx={point.x}
              cy={point.y}
              r={radius}
              data-date={point.date}
              style={{ fill: palette.point }}
            />
          ))}
        </g>
        {point !== undefined && (
          <g className="trend-focus" aria-hidden="true" data-testid="chart-value">
            <line
              x1={point.x}
              x2={point.x}
              y1={plot.top}
              y2={plot.bottom}
              style={{ stroke: palette.gridLine }}
            />
            <circle
              cx={point.x}
              cy={point.y}
              r={radius + 3}
              fill="none"
              style={{ stroke: palette.valueLine, strokeWidth: 2 }}
            />
            <text
              x={Math.min(Math.max(point.x, plot.left + 50), plot.right - 50)}
              y={Math.max(plot.top + 12, point.y - 12)}
              textAnchor="middle"
              style={{ ...text, fill: palette.valueLine, fontWeight: 600 }}
            >
              {words}
            </text>
          </g>
        )}
      </svg>
      <p id={`${id}-value`} className="visually-hidden" aria-live="polite">
        {words}
      </p>
    </>
  );
}

/** The answer in the chart's own words (a word scale's tick label), else the number. */
function valueWords(chart: TrendChart, value: number): string {
  return chart.yTicks.find((tick) => tick.value === value)?.label ?? String(value);
}
