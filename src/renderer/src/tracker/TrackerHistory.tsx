import { useState } from 'react';
import type { TrackId } from '@shared/ipc/contract';
import { TRACK_METRICS, type Checkin, type MetricId } from '@shared/tracker/checkins';
import { formatMonth, monthKey, type LocalDate } from '@shared/dates';
import { monthlyCount } from '@shared/tracker/stats';
import { InsightsSection } from './InsightsSection';
import { PatienceView } from './PatienceView';
import { TrendSection } from './TrendSection';
import { usePatienceTimeline } from './usePatienceTimeline';
import { YearSection } from './YearSection';

interface Props {
  track: TrackId;
  today: LocalDate;
  /** The track's check-ins of about the last year. */
  checkins: readonly Checkin[];
  /** Opens a day's check-in (a day clicked in the year grid). */
  onOpenDay(date: LocalDate): void;
}

/**
 * Everything that looks back: check-ins this month, the trend, the year, the insights and
 * patience. Nothing here counts streaks or marks a missed day.
 */
export function TrackerHistory({ track, today, checkins, onOpenDay }: Props) {
  const metrics = TRACK_METRICS[track];
  const [metric, setMetric] = useState<MetricId>(metrics[0] ?? 'selfForgiveness');
  const patience = usePatienceTimeline();
  const month = monthKey(today);
  const monthName = formatMonth(month, { year: false });
  return (
    <>
      <p className="month-count" data-testid="month-count">
        Check-ins this month ({monthName}): <strong>{monthlyCount(checkins, month, track)}</strong>
      </p>
      <TrendSection
        checkins={checkins}
        metric={metric}
        metrics={metrics}
        onMetricChange={setMetric}
        today={today}
      />
      <YearSection checkins={checkins} metric={metric} today={today} onOpenDay={onOpenDay} />
      <InsightsSection checkins={checkins} today={today} />
      <PatienceView
        startedOn={patience.startedOn}
        milestones={patience.milestones}
        today={today}
        trend={{ checkins, metric }}
      />
    </>
  );
}
