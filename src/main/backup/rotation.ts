import { DAY_MS } from '@shared/dates';

export interface RetentionPolicy {
  daily: number;
  weekly: number;
}

/** 7 daily and 4 weekly backups, as restic's --keep-daily 7 --keep-weekly 4 counts them. */
export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, weekly: 4 };

/** Days since the epoch (UTC). */
export function utcDay(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** Weeks that start on Monday (the epoch, day 0, was a Thursday). */
export function utcWeek(ms: number): number {
  return Math.floor((utcDay(ms) + 3) / 7);
}

/**
 * Which backups to keep: for each of the `daily` most recent days that have a backup, the
 * newest of that day; likewise for the `weekly` most recent weeks. The two sets overlap; a
 * backup kept by either stays. Everything else may go.
 */
export function backupsToKeep<T extends { id: string; createdAt: number }>(
  entries: readonly T[],
  policy: RetentionPolicy = DEFAULT_RETENTION,
): Set<string> {
  const newestFirst = [...entries].sort((a, b) => b.createdAt - a.createdAt);
  const keep = new Set<string>();
  const keepNewestPer = (bucketOf: (ms: number) => number, count: number) => {
    const seen = new Set<number>();
    for (const entry of newestFirst) {
      const bucket = bucketOf(entry.createdAt);
      if (seen.has(bucket)) continue;
      if (seen.size >= count) break;
      seen.add(bucket);
      keep.add(entry.id);
    }
  };
  keepNewestPer(utcDay, policy.daily);
  keepNewestPer(utcWeek, policy.weekly);
  return keep;
}
