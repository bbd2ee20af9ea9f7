import { MendError } from '@shared/errors';
import type { TrackerSummary, TrackId } from '@shared/ipc/contract';
import type { LocalDate } from '@shared/dates';
import type { Checkin } from '@shared/tracker/checkins';
import { localDateOf } from '@shared/dates';
import type { VaultService } from '../vault/vaultService';
import { checkinsBetween, deleteCheckin, findCheckin, trackTotals, upsertCheckin } from './trackerStore';

export interface TrackerService {
  /** Today in the computer's time zone, by the main process's clock. */
  today(): LocalDate;
  save(checkin: Checkin): { checkin: Checkin; created: boolean };
  get(track: TrackId, date: LocalDate): Checkin | null;
  range(track: TrackId, from: LocalDate, to: LocalDate): Checkin[];
  remove(track: TrackId, date: LocalDate): boolean;
  summary(): TrackerSummary;
  /**
   * The track last shown on the check-in screen, kept in this journal's memory in main only
   * (never on disk): which side of a betrayal a person is on is private. LOCKED when locked.
   */
  rememberedTrack(): TrackId | null;
  rememberTrack(track: TrackId): void;
  /**
   * Writes check-ins from an import as they are (no "not in the future" rule: another
   * computer's clock made them), in one transaction (a savepoint inside one).
   */
  importCheckins(checkins: readonly Checkin[]): void;
}

export interface TrackerOptions {
  vault: Pick<VaultService, 'db'>;
  /** The clock, in milliseconds since the epoch. */
  now?: () => number;
}

/** Trimmed text; an empty note is no note. */
function tidy(checkin: Checkin): Checkin {
  const { note, ...answers } = checkin;
  const trimmed: Checkin =
    answers.track === 'broke-trust' && answers.repair !== undefined
      ? { ...answers, repair: answers.repair.trim() }
      : answers;
  const text = note?.trim();
  return text ? { ...trimmed, note: text } : trimmed;
}

/**
 * The daily check-ins of the self-forgiveness tracker. A day may be saved again (an edit)
 * and any earlier day filled in, but never a day that has not happened yet: "today" is the
 * main process's clock, so a renderer with a wrong clock cannot move it.
 */
export function createTrackerService({ vault, now = Date.now }: TrackerOptions): TrackerService {
  const today = (): LocalDate => localDateOf(now());
  let remembered: TrackId | null = null;

  return {
    today,
    save(checkin) {
      if (checkin.date > today()) {
        throw new MendError(
          'VALIDATION',
          'A check-in can be for today or an earlier day, not a day still to come.',
        );
      }
      const tidied = tidy(checkin);
      const { created } = upsertCheckin(vault.db(), tidied, now());
      return { checkin: tidied, created };
    },
    get: (track, date) => findCheckin(vault.db(), track, date),
    range: (track, from, to) => checkinsBetween(vault.db(), track, from, to),
    remove: (track, date) => deleteCheckin(vault.db(), track, date),
    rememberedTrack() {
      vault.db(); // throws LOCKED
      return remembered;
    },
    rememberTrack(track) {
      vault.db();
      remembered = track;
    },
    importCheckins(checkins) {
      const db = vault.db();
      db.transaction(() => {
        for (const checkin of checkins) upsertCheckin(db, checkin, now());
      })();
    },
    summary() {
      const rows = trackTotals(vault.db());
      const totals = (track: TrackId) => {
        const row = rows.find((candidate) => candidate.track === track);
        return row
          ? { count: row.count, first: row.first, last: row.last }
          : { count: 0, first: null, last: null };
      };
      return {
        today: today(),
        tracks: { 'broke-trust': totals('broke-trust'), 'was-hurt': totals('was-hurt') },
      };
    },
  };
}
