import { useId } from 'react';
import { APP_PALETTE, CHART_STYLE, type ChartPalette } from '@shared/tracker/chartStyle';
import type { TrendChart } from '@shared/tracker/chart';

interface Props {
  /** The output of `trendChart(...)`: everything drawn comes from it. */
  chart: TrendChart;
  /** The chart's name, read before its summary. */
  title: string;
  /** Dot radius, from `pointRadius(days, plotWidth)`. */
  radius: number;
  palette?: ChartPalette;
}

/**
 * Draws a trend chart exactly as `trendChart` laid it out, with the shared style; no
 * calculation happens here, so the PDF export's static SVG shows the same picture. Screen
 * readers get the title and the chart's text summary.
 */
export function TrendChartSvg({ chart, title, radius, palette = APP_PALETTE }: Props) {
  const id = useId();
  const { plot } = chart;
  const text = { fill: palette.axisText, fontSize: CHART_STYLE.fontSize };
  return (
    <svg
      className="trend-chart"
      viewBox={chart.viewBox}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      data-testid="trend-chart"
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
    </svg>
  );
}
