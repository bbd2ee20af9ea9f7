import { z } from 'zod';
import { daysBetween, isValidLocalDate, LocalDateSchema } from '../../dates';
import { Checkin } from '../../tracker/checkins';
import { TrackId } from './app';

/**
 * The self-forgiveness tracker's channels: one check-in per track per day, saved (created or
 * replaced), read, listed by date range and removed. Charts and insights are computed in the
 * renderer from the check-ins with the pure functions in `shared/tracker`, so the same
 * numbers reach the screen and the PDF export.
 */

/** The longest span `tracker.range` answers in one call (about ten years). */
export const MAX_RANGE_DAYS = 3660;

function bothDates(from: unknown, to: unknown): boolean {
  return typeof from === 'string' && typeof to === 'string' && isValidLocalDate(from) && isValidLocalDate(to);
}

const TrackDay = z.object({ track: TrackId, date: LocalDateSchema });

export const TrackerRange = z
  .object({ track: TrackId, from: LocalDateSchema, to: LocalDateSchema })
  .refine(({ from, to }) => from <= to, { message: 'The range ends before it starts.', path: ['to'] })
  // zod runs object refinements even when a field already failed, so check the dates first.
  .refine(({ from, to }) => !bothDates(from, to) || daysBetween(from, to) < MAX_RANGE_DAYS, {
    message: 'That range is too long for one request.',
    path: ['from'],
  });

const TrackTotals = z.object({
  /** Days with a check-in of the track. */
  count: z.number().int().min(0),
  first: LocalDateSchema.nullable(),
  last: LocalDateSchema.nullable(),
});

export const TrackerSummary = z.object({
  /** Today by the main process's clock, in the computer's time zone: the latest day a check-in may have. */
  today: LocalDateSchema,
  tracks: z.object({ 'broke-trust': TrackTotals, 'was-hurt': TrackTotals }),
});
export type TrackerSummary = z.infer<typeof TrackerSummary>;

export const trackerContract = {
  /** Creates or replaces the check-in of `track` on `date` (today or earlier; a later date is VALIDATION). */
  'tracker.save': { input: Checkin, output: z.object({ checkin: Checkin, created: z.boolean() }) },
  'tracker.get': { input: TrackDay, output: z.object({ checkin: Checkin.nullable() }) },
  /** The track's check-ins from `from` to `to` (both included), oldest first. */
  'tracker.range': { input: TrackerRange, output: z.object({ checkins: z.array(Checkin) }) },
  'tracker.delete': { input: TrackDay, output: z.object({ deleted: z.boolean() }) },
  'tracker.summary': { input: z.undefined(), output: TrackerSummary },
  /**
   * The track last shown on the check-in screen. Kept in main's memory only (never on disk,
   * never in web storage, which Electron may write to disk): which side of a betrayal a
   * person is on is private. Survives the reload a lock causes; answered only when unlocked.
   */
  'tracker.rememberedTrack': { input: z.undefined(), output: TrackId.nullable() },
  'tracker.rememberTrack': { input: z.object({ track: TrackId }).strict(), output: z.null() },
} as const;
