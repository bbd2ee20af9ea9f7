import { useId, useLayoutEffect, useRef, useState } from 'react';
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

/**
 * The last year, one square a day. On a window too narrow for the whole year the grid scrolls
 * sideways; it opens scrolled to its right end, where the newest days are (the ones a person
 * has just filled in), and says that earlier months are to the left.
 */
export function YearSection({ checkins, metric, today, onOpenDay }: Props) {
  const id = useId();
  const layout = metricYear(checkins, metric, today);
  const scroller = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element === null) return;
    const showNewest = () => {
      const wider = element.scrollWidth > element.clientWidth + 1;
      setOverflows(wider);
      if (wider) element.scrollLeft = element.scrollWidth;
    };
    showNewest();
    // A window made narrower would otherwise leave the newest days out of sight again.
    const observer = new ResizeObserver(showNewest);
    observer.observe(element);
    return () => observer.disconnect();
  }, [layout.viewBox]);

  return (
    <section className="card tracker-year" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Year at a glance</h2>
      {/* Focusable, so a keyboard can scroll the grid when it is wider than the window. */}
      <div
        ref={scroller}
        className="year-grid-scroll"
        tabIndex={0}
        role="group"
        aria-labelledby={`${id}-title`}
      >
        <YearGridSvg
          layout={layout}
          title={`${METRICS[metric].label}, the last 12 months`}
          onOpenDay={(date) => {
            // Days after today have no check-in to open.
            if (date <= today) onOpenDay(date);
          }}
        />
      </div>
      {overflows && (
        <p className="chart-legend" data-testid="year-scroll-hint">
          The newest days are on the right. Scroll left for earlier months.
        </p>
      )}
      <p className="chart-legend" aria-hidden="true">
        Deeper squares mean a higher answer. Plain squares are days without a check-in. Click a day to open
        its check-in.
      </p>
    </section>
  );
}
