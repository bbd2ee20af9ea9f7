import { useId } from 'react';
import { METRICS, type Checkin, type MetricId } from '@shared/tracker/checkins';
import type { LocalDate } from '@shared/dates';
import { metricYear } from '@shared/tracker/metricChart';
import { YearGridSvg } from './YearGridSvg';

interface Props {
  checkins: readonly Checkin[];
  metric: MetricId;
  today: LocalDate;
  onOpenDay(date: LocalDate): void;
}

/** The last year, one square a day. */
export function YearSection({ checkins, metric, today, onOpenDay }: Props) {
  const id = useId();
  const layout = metricYear(checkins, metric, today);
  return (
    <section className="card tracker-year" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Year at a glance</h2>
      {/* Focusable, so a keyboard can scroll the grid when it is wider than the window. */}
      <div className="year-grid-scroll" tabIndex={0} role="group" aria-labelledby={`${id}-title`}>
        <YearGridSvg
          layout={layout}
          title={`${METRICS[metric].label}, the last 12 months`}
          onOpenDay={(date) => {
            // Days after today have no check-in to open.
            if (date <= today) onOpenDay(date);
          }}
        />
      </div>
      <p className="chart-legend" aria-hidden="true">
        Deeper squares mean a higher answer. Plain squares are days without a check-in. Click a day to open
        its check-in.
      </p>
    </section>
  );
}
