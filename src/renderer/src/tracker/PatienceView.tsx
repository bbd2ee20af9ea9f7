import { useId } from 'react';
import { METRICS, type Checkin, type MetricId } from '@shared/tracker/checkins';
import { addDays, daysBetween, formatDay, type LocalDate } from '@shared/dates';
import { countOf } from '@shared/tracker/format';
import { chartMarks } from '@shared/tracker/chartMarks';
import { metricTrend } from '@shared/tracker/metricChart';
import { TrendChartSvg } from './TrendChartSvg';
import { TrendLegend } from './TrendLegend';

export interface PatienceMilestone {
  date: LocalDate;
  text: string;
}

export interface PatienceViewProps {
  /** The day the truth came out (set in step 7), or null before it is set. */
  startedOn: LocalDate | null;
  /** The patience timeline's milestones (step 7). */
  milestones: readonly PatienceMilestone[];
  today: LocalDate;
  /** The check-ins and the metric whose trend is shown beside the milestones. */
  trend: { checkins: readonly Checkin[]; metric: MetricId };
}

/** At most a year of trend under the timeline, so the dots stay readable. */
const MAX_TREND_DAYS = 365;

/**
 * The chart's own size in user units: narrower than the Trend card's, so at the card's width
 * its axis labels draw at about the size of the text around them, not at 7 px.
 */
const PATIENCE_CHART_SIZE = { width: 560, height: 220 };

/**
 * Step 7, patience: how long the work has been going, the milestones on its timeline, and
 * the trend since it began, with each milestone marked on it by its number in the list.
 * Rebuilding trust takes longer than anyone wants; this shows the time already put in, not a
 * deadline.
 */
export function PatienceView({ startedOn, milestones, today, trend }: PatienceViewProps) {
  const id = useId();
  const heading = (
    <h2 id={`${id}-title`} key="title">
      Patience
    </h2>
  );
  if (startedOn === null) {
    return (
      <section className="card patience" aria-labelledby={`${id}-title`} data-testid="patience">
        {heading}
        <p className="quiet">Set the day the truth came out in step 7.</p>
      </section>
    );
  }
  const elapsed = daysBetween(startedOn, today);
  const from = elapsed >= MAX_TREND_DAYS ? addDays(today, -(MAX_TREND_DAYS - 1)) : startedOn;
  const chart =
    elapsed >= 0 ? metricTrend(trend.checkins, trend.metric, from, today, PATIENCE_CHART_SIZE) : null;
  const sorted = [...milestones].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const marks =
    chart === null
      ? []
      : chartMarks(
          chart.chart,
          from,
          today,
          sorted.map((milestone) => milestone.date),
        );
  const chartTitle = `${METRICS[trend.metric].label} since ${formatDay(from, { month: 'short' })}`;
  return (
    <section className="card patience" aria-labelledby={`${id}-title`} data-testid="patience">
      {heading}
      <p className="patience-days">
        {elapsed >= 0
          ? `${countOf(elapsed, 'day')} since the truth came out on ${formatDay(startedOn, { month: 'short' })}.`
          : `The day the truth came out is set as ${formatDay(startedOn, { month: 'short' })}.`}
      </p>
      <div className="patience-body">
        {sorted.length > 0 ? (
          <ol className="milestones" aria-label="Milestones">
            {sorted.map((milestone) => (
              <li key={`${milestone.date}-${milestone.text}`} data-reached={milestone.date <= today}>
                <span className="milestone-date">
                  {formatDay(milestone.date, { month: 'short' })}
                  {milestone.date > today ? ' (ahead)' : ''}
                </span>{' '}
                <span>{milestone.text}</span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="quiet">No milestones on your timeline yet.</p>
        )}
        {chart && (
          <figure className="patience-chart" aria-labelledby={`${id}-chart-title`}>
            <h3 id={`${id}-chart-title`} className="patience-chart-title">
              {chartTitle}
            </h3>
            <p className="chart-legend">
              {from === startedOn
                ? 'Your check-in answers, from the day the truth came out to today.'
                : 'Your check-in answers over the last year.'}
            </p>
            <TrendChartSvg chart={chart.chart} radius={chart.radius} title={chartTitle} marks={marks} />
            <TrendLegend>
              {marks.length > 0 && (
                <>
                  {' '}
                  <span className="legend-mark" /> a milestone, numbered as in the list
                </>
              )}
            </TrendLegend>
          </figure>
        )}
      </div>
    </section>
  );
}
