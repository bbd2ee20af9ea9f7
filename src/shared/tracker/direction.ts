import { linearTrend, type Series } from './stats';

/**
 * The longer-term direction of one metric over a period: the least-squares line through the
 * days with an answer, read as "higher", "lower" or "about level". Descriptive only: whether
 * higher is lighter depends on the question, and the words never say good or bad.
 */

/** Fewer answers than this in the period, and no direction is read. */
export const MIN_POINTS_FOR_DIRECTION = 7;
/** A fitted change smaller than this share of the scale counts as level. */
export const LEVEL_SHARE = 0.1;

export type Direction =
  | { kind: 'too-few'; points: number }
  | { kind: 'higher' | 'lower' | 'level'; points: number; change: number };

export function longTermDirection(series: Series, domain: readonly [number, number]): Direction {
  const points = series.filter((p) => p.value !== null).length;
  const slope = linearTrend(series);
  const first = series[0];
  if (points < MIN_POINTS_FOR_DIRECTION || slope === null || first === undefined)
    return { kind: 'too-few', points };
  // The fitted change across the whole period, first day to last.
  const change = slope * (series.length - 1);
  const span = domain[1] - domain[0];
  if (Math.abs(change) < span * LEVEL_SHARE) return { kind: 'level', points, change };
  return { kind: change > 0 ? 'higher' : 'lower', points, change };
}

/** One plain sentence about `direction` for a metric named `label` over `days` days. */
export function directionSentence(direction: Direction, label: string, days: number): string {
  const subject = `your answers for ${label.toLowerCase()}`;
  switch (direction.kind) {
    case 'too-few':
      return `With fewer than ${MIN_POINTS_FOR_DIRECTION} check-ins in these ${days} days, there is no direction to read yet.`;
    case 'level':
      return `Over these ${days} days, ${subject} have stayed about level.`;
    case 'higher':
    case 'lower':
      return `Over these ${days} days, ${subject} have tended ${direction.kind}.`;
  }
}
