import type { ReactNode } from 'react';
import { AVERAGE_WINDOW } from '@shared/tracker/metricChart';

/**
 * The key under a trend chart (the Trend card's and the patience chart's): a dot for each
 * day's answer, a line for the running average, then whatever the chart adds. Hidden from
 * screen readers, which get the chart's text summary instead.
 */
export function TrendLegend({ children }: { children?: ReactNode }) {
  return (
    <p className="chart-legend" aria-hidden="true">
      <span className="legend-dot" /> each day’s answer <span className="legend-line" /> {AVERAGE_WINDOW}-day
      average{children}
    </p>
  );
}
