import type { TrackId } from '../ipc/contracts/app';
import { formatDay } from '../dates';
import { trendChart } from '../tracker/chart';
import {
  formatMetricAverage,
  formatMetricValue,
  METRICS,
  metricValue,
  TALKED_WORDS,
  TRACK_METRICS,
  type Checkin,
  type MetricId,
} from '../tracker/checkins';
import { countOf } from '../tracker/format';
import { gentleInsights } from '../tracker/insights';
import { trendSeries } from '../tracker/stats';
import type { CheckinDay, TrackerSection } from './exportModel';
import { PRINT_CHART_SIZE } from './trendChartSvg';

/**
 * The tracker part of an export for one track: one trend chart per metric over the period,
 * the count of check-ins and the tracker's gentle insights as of the period's last day.
 * Null when the track has no check-in in the period, so the PDF prints no empty charts.
 */

const AVERAGE_WINDOW = 7;

/** Column headings of the daily table: short, so a row fits the width of a page. */
const COLUMN_NAMES: Readonly<Record<MetricId, string>> = {
  selfForgiveness: 'Self-forgiveness',
  rumination: 'Past took over',
  kindness: 'Kindness',
  anger: 'Anger',
  trust: 'Trust',
  feltSafe: 'Felt safe',
  talked: 'Talked about it',
};

/** A question the day's check-in left out (a quick check-in answers one): said, never a 0 or a blank. */
export const NOT_ANSWERED = 'not answered';

const textOrNull = (text: string | undefined): string | null =>
  text !== undefined && /\S/.test(text) ? text.trim() : null;

/** The period's check-ins as the daily table's rows: answers in words, repair and note as written. */
function dailyRows(checkins: readonly Checkin[], metrics: readonly MetricId[]): CheckinDay[] {
  return [...checkins]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((checkin) => ({
      date: checkin.date,
      answers: metrics.map((metric) => {
        // Whether it helped is part of the answer, so the day says it in words.
        if (metric === 'talked' && checkin.track === 'was-hurt' && checkin.talked !== undefined)
          return TALKED_WORDS[checkin.talked];
        const value = metricValue(checkin, metric);
        return value === null ? NOT_ANSWERED : formatMetricValue(metric, value);
      }),
      repair: checkin.track === 'broke-trust' ? textOrNull(checkin.repair) : null,
      note: textOrNull(checkin.note),
    }));
}
/** Roughly the width of one character of the chart's 11px axis labels. */
const LABEL_CHAR_WIDTH = 5.6;

export interface TrackerExportInput {
  trackId: TrackId;
  trackTitle: string;
  checkins: readonly Checkin[];
  /** The chosen range; an open start begins at the first check-in, an open end at `today`. */
  from: string | null;
  to: string | null;
  today: string;
}

export function trackerSectionFor(input: TrackerExportInput): TrackerSection | null {
  const own = input.checkins.filter((checkin) => checkin.track === input.trackId);
  const first = own.reduce<string | null>((min, c) => (min === null || c.date < min ? c.date : min), null);
  const from = input.from ?? first;
  const to = input.to ?? input.today;
  if (from === null || from > to) return null;
  const inPeriod = own.filter((checkin) => checkin.date >= from && checkin.date <= to);
  if (inPeriod.length === 0) return null;

  const charts = TRACK_METRICS[input.trackId].map((metric) => {
    const info = METRICS[metric];
    const { series, average } = trendSeries(own, metric, from, to, AVERAGE_WINDOW);
    const longestLabel = Math.max(...(info.valueLabels ?? ['10']).map((label) => label.length));
    return {
      metricLabel: info.label,
      chart: trendChart({
        series,
        average,
        ...PRINT_CHART_SIZE,
        domain: info.domain,
        label: info.label,
        margin: { left: Math.max(36, Math.ceil(longestLabel * LABEL_CHAR_WIDTH) + 12) },
        formatValue: (value) => formatMetricValue(metric, value),
        formatAverage: (value) => formatMetricAverage(metric, value),
        averageWindow: AVERAGE_WINDOW,
      }),
    };
  });

  const days = new Set(inPeriod.map((checkin) => checkin.date)).size;
  const insights = gentleInsights(own, to).map((insight) => insight.text);
  return {
    trackId: input.trackId,
    trackTitle: input.trackTitle,
    charts,
    columns: TRACK_METRICS[input.trackId].map((metric) => COLUMN_NAMES[metric]),
    days: dailyRows(inPeriod, TRACK_METRICS[input.trackId]),
    summaryLines: [
      `${countOf(days, 'day')} with a check-in between ${formatDay(from, { month: 'short' })} and ${formatDay(to, { month: 'short' })}.`,
      ...insights,
    ],
  };
}
