import { z } from 'zod';
import type { TrackId } from '../ipc/contract';
import { LocalDateSchema, type LocalDate } from '../dates';
import { formatAverage } from './format';

/**
 * The daily check-ins of the self-forgiveness tracker, one per day per track, and how each
 * answer becomes a number for the charts.
 */

export const RUMINATION_LEVELS = ['never', 'sometimes', 'often', 'constantly'] as const;
export type Rumination = (typeof RUMINATION_LEVELS)[number];

export const FELT_SAFE_LEVELS = ['no', 'partly', 'yes'] as const;
export type FeltSafe = (typeof FELT_SAFE_LEVELS)[number];

/**
 * "Did you talk about it today? Did it help?" Talking about the betrayal is never counted
 * as a failure. `yes` is an answer from before the question asked whether it helped (the
 * first edition asked "Did you raise the past again today?"); it stays readable as it was.
 */
export const TALKED_ANSWERS = ['no', 'helped', 'mixed', 'not-helped', 'yes'] as const;
export type Talked = (typeof TALKED_ANSWERS)[number];

export const TALKED_WORDS: Readonly<Record<Talked, string>> = {
  no: 'did not talk about it',
  helped: 'talked, and it helped',
  mixed: 'talked, and it was mixed',
  'not-helped': 'talked, and it did not help',
  yes: 'talked about it (before Mend asked whether it helped)',
};

const scale = (min: number, max: number) => z.number().int().min(min).max(max);
const note = z.string().max(4000).optional();

/** What main answers when a check-in carries no answer at all. */
export const NO_ANSWER_MESSAGE = 'A check-in needs at least one answer.';

/** Text counts as an answer only when it holds more than spaces. */
const written = (text: string | undefined): boolean => text !== undefined && /\S/.test(text);

/**
 * Every answer is optional (a quick check-in from Home answers one question; the rest can be
 * added later), but a check-in answers at least one question: an empty one is refused.
 */
export const BrokeTrustCheckin = z
  .object({
    track: z.literal('broke-trust'),
    date: LocalDateSchema,
    /** 0..10 */
    selfForgiveness: scale(0, 10).optional(),
    rumination: z.enum(RUMINATION_LEVELS).optional(),
    /** 1 = harsh with myself .. 5 = kind to myself */
    kindness: scale(1, 5).optional(),
    /** A short note of something done toward repair; may be empty or left out. */
    repair: z.string().max(500).optional(),
    note,
  })
  .refine(
    (c) =>
      c.selfForgiveness !== undefined ||
      c.rumination !== undefined ||
      c.kindness !== undefined ||
      written(c.repair),
    { message: NO_ANSWER_MESSAGE },
  );
export type BrokeTrustCheckin = z.infer<typeof BrokeTrustCheckin>;

export const WasHurtCheckin = z
  .object({
    track: z.literal('was-hurt'),
    date: LocalDateSchema,
    /** 0..10 */
    anger: scale(0, 10).optional(),
    /** 0..10 */
    trust: scale(0, 10).optional(),
    feltSafe: z.enum(FELT_SAFE_LEVELS).optional(),
    talked: z.enum(TALKED_ANSWERS).optional(),
    note,
  })
  .refine(
    (c) =>
      c.anger !== undefined || c.trust !== undefined || c.feltSafe !== undefined || c.talked !== undefined,
    { message: NO_ANSWER_MESSAGE },
  );
export type WasHurtCheckin = z.infer<typeof WasHurtCheckin>;

/**
 * A hurt partner's check-in written before the question changed carries `raisedPast` (a
 * yes or no) instead of `talked`; read it as "talked about it" or "did not". Migration 7
 * rewrites the vault's rows this way; this keeps older JSON exports importable too.
 */
export function upgradeCheckin(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || !('raisedPast' in input) || 'talked' in input) return input;
  const { raisedPast, ...rest } = input as { raisedPast: unknown };
  return typeof raisedPast === 'boolean' ? { ...rest, talked: raisedPast ? 'yes' : 'no' } : input;
}

export const Checkin = z.preprocess(
  upgradeCheckin,
  z.discriminatedUnion('track', [BrokeTrustCheckin, WasHurtCheckin]),
);
export type Checkin = z.infer<typeof Checkin>;

export type BrokeTrustMetric = 'selfForgiveness' | 'rumination' | 'kindness';
export type WasHurtMetric = 'anger' | 'trust' | 'feltSafe' | 'talked';
export type MetricId = BrokeTrustMetric | WasHurtMetric;

export interface MetricInfo {
  readonly id: MetricId;
  readonly track: TrackId;
  readonly label: string;
  /** [min, max] of the numeric value. */
  readonly domain: readonly [number, number];
  /** Whether a higher number describes a lighter day. Descriptive only. */
  readonly higherIsLighter: boolean;
  /** Words for each whole value from min to max, for ordinal answers. */
  readonly valueLabels?: readonly string[];
}

export const METRICS: Readonly<Record<MetricId, MetricInfo>> = {
  selfForgiveness: {
    id: 'selfForgiveness',
    track: 'broke-trust',
    label: 'Self-forgiveness',
    domain: [0, 10],
    higherIsLighter: true,
  },
  rumination: {
    id: 'rumination',
    track: 'broke-trust',
    label: 'How often the past took over',
    domain: [0, 3],
    higherIsLighter: false,
    valueLabels: RUMINATION_LEVELS,
  },
  kindness: {
    id: 'kindness',
    track: 'broke-trust',
    label: 'Kindness toward yourself',
    domain: [1, 5],
    higherIsLighter: true,
    valueLabels: ['harsh with myself', 'somewhat harsh', 'in between', 'somewhat kind', 'kind to myself'],
  },
  anger: { id: 'anger', track: 'was-hurt', label: 'Anger', domain: [0, 10], higherIsLighter: false },
  trust: { id: 'trust', track: 'was-hurt', label: 'Trust', domain: [0, 10], higherIsLighter: true },
  feltSafe: {
    id: 'feltSafe',
    track: 'was-hurt',
    label: 'Felt safe',
    domain: [0, 2],
    higherIsLighter: true,
    valueLabels: FELT_SAFE_LEVELS,
  },
  talked: {
    id: 'talked',
    track: 'was-hurt',
    label: 'Talked about it',
    domain: [0, 1],
    // Talking about it is not a failure: a day of talk is never drawn as a heavier day.
    higherIsLighter: true,
    valueLabels: ['no', 'yes'],
  },
};

export const TRACK_METRICS: Readonly<Record<TrackId, readonly MetricId[]>> = {
  'broke-trust': ['selfForgiveness', 'rumination', 'kindness'],
  'was-hurt': ['anger', 'trust', 'feltSafe', 'talked'],
};

/** The metric's words for a whole value (e.g. rumination 2 → "often"), else the number. */
export function formatMetricValue(metric: MetricId, value: number): string {
  const info = METRICS[metric];
  return info.valueLabels?.[value - info.domain[0]] ?? String(value);
}

/**
 * An average in the metric's own words when its answers are words: a rumination average of
 * 1.2 is about “sometimes”, never "1.2", which no one answered. Number scales keep one decimal.
 */
export function formatMetricAverage(metric: MetricId, value: number): string {
  const info = METRICS[metric];
  if (info.valueLabels === undefined) return formatAverage(value);
  const nearest = Math.min(info.domain[1], Math.max(info.domain[0], Math.round(value)));
  const word = `“${formatMetricValue(metric, nearest)}”`;
  return Math.abs(value - nearest) < 0.05 ? word : `about ${word}`;
}

/** Null for a question the day's check-in left unanswered. */
function brokeTrustValue(checkin: BrokeTrustCheckin, metric: BrokeTrustMetric): number | null {
  switch (metric) {
    case 'selfForgiveness':
      return checkin.selfForgiveness ?? null;
    case 'rumination':
      return checkin.rumination === undefined ? null : RUMINATION_LEVELS.indexOf(checkin.rumination);
    case 'kindness':
      return checkin.kindness ?? null;
  }
}

function wasHurtValue(checkin: WasHurtCheckin, metric: WasHurtMetric): number | null {
  switch (metric) {
    case 'anger':
      return checkin.anger ?? null;
    case 'trust':
      return checkin.trust ?? null;
    case 'feltSafe':
      return checkin.feltSafe === undefined ? null : FELT_SAFE_LEVELS.indexOf(checkin.feltSafe);
    case 'talked':
      return checkin.talked === undefined ? null : checkin.talked === 'no' ? 0 : 1;
  }
}

function isBrokeTrustMetric(metric: MetricId): metric is BrokeTrustMetric {
  return METRICS[metric].track === 'broke-trust';
}

/**
 * The chart number for one answer: rumination never=0 .. constantly=3, feltSafe no=0
 * partly=1 yes=2, talked no=0 and any talk 1, the scales as they are. Null when the check-in
 * belongs to the other track or left the question unanswered (a quick check-in answers one).
 */
export function metricValue(checkin: Checkin, metric: MetricId): number | null {
  if (isBrokeTrustMetric(metric)) {
    return checkin.track === 'broke-trust' ? brokeTrustValue(checkin, metric) : null;
  }
  return checkin.track === 'was-hurt' ? wasHurtValue(checkin, metric) : null;
}

/**
 * The one question of the quick check-in on Home: the first, main scale of each track's
 * check-in, which is also the metric its charts open on, so a quick day shows there at once.
 */
export const QUICK_METRIC = {
  'broke-trust': 'selfForgiveness',
  'was-hurt': 'anger',
} as const satisfies Readonly<Record<TrackId, MetricId>>;

/** The track's chart questions the check-in left unanswered (none for a full check-in). */
export function unansweredMetrics(checkin: Checkin): MetricId[] {
  return TRACK_METRICS[checkin.track].filter((metric) => metricValue(checkin, metric) === null);
}

/** The quick check-in of `track` on `date`: its one main answer, every other question left open. */
export function quickCheckin(track: TrackId, date: LocalDate, value: number): Checkin {
  // QUICK_METRIC names these two answers; a unit test holds the two together.
  return track === 'broke-trust' ? { track, date, selfForgiveness: value } : { track, date, anger: value };
}
