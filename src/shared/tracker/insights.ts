import type { TrackId } from '../ipc/contract';
import type { Checkin, MetricId } from './checkins';
import { addDays, type LocalDate } from '../dates';
import { formatAverage } from './format';
import { dailySeries, pearson, periodAverages } from './stats';

/**
 * A few plain sentences about the person's own check-ins. They describe what the numbers
 * seem to show ("tended to", "seems"), never diagnose, praise or blame, and stay silent until
 * there is enough to say something honest.
 */

export interface Insight {
  readonly id: string;
  readonly text: string;
}

/** No sentences until a track has this many check-ins (on or before today). */
export const MIN_CHECKINS_FOR_INSIGHTS = 14;
/** A relationship is mentioned only from this |r| ... */
export const MIN_CORRELATION = 0.3;
/** ... and over at least this many days with both answers. */
export const MIN_PAIRS = 14;
/** Relationships are read over this many days ending today. */
export const CORRELATION_DAYS = 90;
/** Below this change, two 4-week averages are "about the same". */
const STEADY_CHANGE = 0.5;

interface Context {
  readonly checkins: readonly Checkin[];
  readonly today: LocalDate;
}

/** r between two metrics over the last CORRELATION_DAYS; null when too few pairs or too weak. */
function relationship({ checkins, today }: Context, a: MetricId, b: MetricId): number | null {
  const from = addDays(today, -(CORRELATION_DAYS - 1));
  const xs = dailySeries(checkins, a, from, today).map((p) => p.value);
  const ys = dailySeries(checkins, b, from, today).map((p) => p.value);
  const pairs = xs.filter((x, i) => x !== null && ys[i] !== null).length;
  if (pairs < MIN_PAIRS) return null;
  const r = pearson(xs, ys);
  return r !== null && Math.abs(r) >= MIN_CORRELATION ? r : null;
}

/** The rounded 4-week averages (previous, current), or null when either is missing. */
function fourWeeks({ checkins, today }: Context, metric: MetricId): [number, number] | null {
  const series = dailySeries(checkins, metric, addDays(today, -55), today);
  const { previous, current } = periodAverages(series, today, 4);
  if (previous.mean === null || current.mean === null) return null;
  return [Number(formatAverage(previous.mean)), Number(formatAverage(current.mean))];
}

function correlationInsight(
  ctx: Context,
  id: string,
  a: MetricId,
  b: MetricId,
  texts: [string, string],
): Insight[] {
  const r = relationship(ctx, a, b);
  if (r === null) return [];
  return [{ id, text: r > 0 ? texts[0] : texts[1] }];
}

function brokeTrustInsights(ctx: Context): Insight[] {
  const insights = [
    ...correlationInsight(ctx, 'broke-trust.rumination-kindness', 'rumination', 'kindness', [
      'On days when past failures took over more often, you also tended to be kinder to yourself.',
      'On days when past failures took over more often, you also tended to be harder on yourself.',
    ]),
    ...correlationInsight(ctx, 'broke-trust.kindness-forgiveness', 'kindness', 'selfForgiveness', [
      'On days when you were kinder to yourself, your self-forgiveness also tended to be higher.',
      'On days when you were kinder to yourself, your self-forgiveness tended to be lower.',
    ]),
  ];
  const averages = fourWeeks(ctx, 'selfForgiveness');
  if (averages) {
    const [before, now] = averages;
    insights.push({
      id: 'broke-trust.self-forgiveness-4w',
      text:
        before === now
          ? `Your 4-week average self-forgiveness stayed about the same, at ${formatAverage(now)}.`
          : `Your 4-week average self-forgiveness went from ${formatAverage(before)} to ${formatAverage(now)}.`,
    });
  }
  return insights;
}

function directionInsight(
  ctx: Context,
  metric: 'anger' | 'trust',
  words: { name: string; down: string; up: string },
): Insight[] {
  const averages = fourWeeks(ctx, metric);
  if (!averages) return [];
  const [before, now] = averages;
  const change = `the average went from ${formatAverage(before)} to ${formatAverage(now)}`;
  let text: string;
  if (Math.abs(now - before) < STEADY_CHANGE) {
    text = `Your ${words.name} seems to have stayed about the same over the last 4 weeks, at around ${formatAverage(now)}.`;
  } else {
    text = `Your ${words.name} seems to have ${now < before ? words.down : words.up} over the last 4 weeks: ${change}.`;
  }
  return [{ id: `was-hurt.${metric}-4w`, text }];
}

function wasHurtInsights(ctx: Context): Insight[] {
  return [
    ...directionInsight(ctx, 'anger', { name: 'anger', down: 'eased', up: 'been stronger' }),
    ...directionInsight(ctx, 'trust', { name: 'trust', down: 'been lower', up: 'grown' }),
    ...correlationInsight(ctx, 'was-hurt.safety-trust', 'feltSafe', 'trust', [
      'On days when you felt safer, your trust also tended to be higher.',
      'On days when you felt safer, your trust tended to be lower.',
    ]),
    ...correlationInsight(ctx, 'was-hurt.talked-anger', 'talked', 'anger', [
      'On days when you talked about it, your anger also tended to be higher.',
      'On days when you talked about it, your anger tended to be lower.',
    ]),
  ];
}

/** Distinct days with a check-in of `track`, on or before `today`. */
function daysCheckedIn(checkins: readonly Checkin[], track: TrackId, today: LocalDate): number {
  return new Set(checkins.filter((c) => c.track === track && c.date <= today).map((c) => c.date)).size;
}

/**
 * Gentle sentences for each track with at least MIN_CHECKINS_FOR_INSIGHTS check-ins; an
 * empty list otherwise. Check-ins dated after `today` are ignored.
 */
export function gentleInsights(checkins: readonly Checkin[], today: LocalDate): Insight[] {
  const ctx: Context = { checkins: checkins.filter((c) => c.date <= today), today };
  return [
    ...(daysCheckedIn(checkins, 'broke-trust', today) >= MIN_CHECKINS_FOR_INSIGHTS
      ? brokeTrustInsights(ctx)
      : []),
    ...(daysCheckedIn(checkins, 'was-hurt', today) >= MIN_CHECKINS_FOR_INSIGHTS ? wasHurtInsights(ctx) : []),
  ];
}
