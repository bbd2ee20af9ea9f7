import type { TrackId } from '@shared/ipc/contract';
import type { LocalDate } from '@shared/dates';
import type { Checkin, FeltSafe, Rumination } from '@shared/tracker/checkins';

/**
 * What the check-in form holds while the person answers: sliders start in the middle, the
 * choices start unanswered, and `toCheckin` gives a check-in only once every choice is made.
 */

export interface BrokeTrustDraft {
  track: 'broke-trust';
  selfForgiveness: number;
  rumination: Rumination | null;
  kindness: number | null;
  repair: string;
  note: string;
}

export interface WasHurtDraft {
  track: 'was-hurt';
  anger: number;
  trust: number;
  feltSafe: FeltSafe | null;
  raisedPast: boolean | null;
  note: string;
}

export type CheckinDraft = BrokeTrustDraft | WasHurtDraft;

export function emptyDraft(track: TrackId): CheckinDraft {
  return track === 'broke-trust'
    ? { track, selfForgiveness: 5, rumination: null, kindness: null, repair: '', note: '' }
    : { track, anger: 5, trust: 5, feltSafe: null, raisedPast: null, note: '' };
}

export function draftOf(checkin: Checkin): CheckinDraft {
  const { date: _date, note, ...answers } = checkin;
  return { ...answers, note: note ?? '' };
}

/** The check-in to save, or null while a choice is still unanswered. */
export function toCheckin(draft: CheckinDraft, date: LocalDate): Checkin | null {
  const note = draft.note.trim() === '' ? {} : { note: draft.note };
  if (draft.track === 'broke-trust') {
    const { rumination, kindness, note: _note, ...rest } = draft;
    if (rumination === null || kindness === null) return null;
    return { ...rest, date, rumination, kindness, ...note };
  }
  const { feltSafe, raisedPast, note: _note, ...rest } = draft;
  if (feltSafe === null || raisedPast === null) return null;
  return { ...rest, date, feltSafe, raisedPast, ...note };
}
