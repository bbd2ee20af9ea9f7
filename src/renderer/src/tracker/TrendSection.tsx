import { useId, useState } from 'react';
import { CHART_RANGES, chartRange, type ChartRange } from '@shared/tracker/chart';
import { METRICS, type Checkin, type MetricId } from '@shared/tracker/checkins';
import { addDays, type LocalDate } from '@shared/dates';
import { directionSentence } from '@shared/tracker/direction';
import { AVERAGE_WINDOW, metricTrend } from '@shared/tracker/metricChart';
import { ChoiceField } from './ChoiceField';
import { TrendChartSvg } from './TrendChartSvg';
import { TrendLegend } from './TrendLegend';
import { ValuesTable } from './ValuesTable';

interface Props {
  checkins: readonly Checkin[];
  metric: MetricId;
  /** The metrics of the track, to choose from. */
  metrics: readonly MetricId[];
  onMetricChange(metric: MetricId): void;
  today: LocalDate;
}

/** The shortest period a chart spans, so a few days of answers never fill it edge to edge. */
const MIN_DAYS = 30;

/**
 * The chosen period, but starting no earlier than the first check-in (or 30 days back): two
 * weeks of answers in the 365-day view fill the chart instead of a sliver at its right edge.
 */
function trendPeriod(checkins: readonly Checkin[], range: ChartRange, today: LocalDate) {
  const { from, to } = chartRange(range, today);
  const first = checkins.reduce<LocalDate | null>(
    (min, c) => (min === null || c.date < min ? c.date : min),
    null,
  );
  const earliestStart = addDays(today, -(MIN_DAYS - 1));
  if (first === null || first <= from) return { from, to };
  return { from: first < earliestStart ? first : earliestStart, to };
}

const RANGE_CHOICES = CHART_RANGES.map((days) => ({ value: String(days), label: `${days} days` }));

/** The trend of one metric over 30, 90 or 365 days: daily dots, the 7-day average, the direction. */
export function TrendSection({ checkins, metric, metrics, onMetricChange, today }: Props) {
  const id = useId();
  const [range, setRange] = useState<ChartRange>(30);
  const { from, to } = trendPeriod(checkins, range, today);
  const trend = metricTrend(checkins, metric, from, to);
  const label = METRICS[metric].label;
  return (
    <section className="card tracker-trend" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Trend</h2>
      <ChoiceField
        legend="Show"
        choices={metrics.map((value) => ({ value, label: METRICS[value].label }))}
        value={metric}
        onChange={onMetricChange}
      />
      <ChoiceField
        legend="Period"
        quietLegend
        choices={RANGE_CHOICES}
        value={String(range)}
        onChange={(value) => setRange(Number(value) as ChartRange)}
      />
      <TrendChartSvg chart={trend.chart} title={`${label}, last ${range} days`} radius={trend.radius} />
      <TrendLegend>. Days without an answer are left as gaps.</TrendLegend>
      <p className="direction" data-testid="trend-direction">
        {directionSentence(trend.direction, label, range)}
      </p>
      <ValuesTable
        caption={`${label}, last ${range} days`}
        rows={trend.table}
        averageLabel={`${AVERAGE_WINDOW}-day average`}
      />
    </section>
  );
}
