import type { TrackId } from '@shared/ipc/contract';
import type { LocalDate } from '@shared/dates';
import type { Checkin, FeltSafe, Rumination, Talked } from '@shared/tracker/checkins';

/**
 * What the check-in form holds while the person answers: every answer, sliders included,
 * starts unanswered (a slider that starts at 5 anchors the answer), and `toCheckin` gives a
 * check-in only once every answer is given.
 */

export interface BrokeTrustDraft {
  track: 'broke-trust';
  selfForgiveness: number | null;
  rumination: Rumination | null;
  kindness: number | null;
  repair: string;
  note: string;
}

export interface WasHurtDraft {
  track: 'was-hurt';
  anger: number | null;
  trust: number | null;
  feltSafe: FeltSafe | null;
  talked: Talked | null;
  note: string;
}

export type CheckinDraft = BrokeTrustDraft | WasHurtDraft;

export function emptyDraft(track: TrackId): CheckinDraft {
  return track === 'broke-trust'
    ? { track, selfForgiveness: null, rumination: null, kindness: null, repair: '', note: '' }
    : { track, anger: null, trust: null, feltSafe: null, talked: null, note: '' };
}

export function draftOf(checkin: Checkin): CheckinDraft {
  const { date: _date, note, ...answers } = checkin;
  return { ...answers, note: note ?? '' };
}

/** The check-in to save, or null while a choice is still unanswered. */
export function toCheckin(draft: CheckinDraft, date: LocalDate): Checkin | null {
  const note = draft.note.trim() === '' ? {} : { note: draft.note };
  if (draft.track === 'broke-trust') {
    const { selfForgiveness, rumination, kindness, note: _note, ...rest } = draft;
    if (selfForgiveness === null || rumination === null || kindness === null) return null;
    return { ...rest, date, selfForgiveness, rumination, kindness, ...note };
  }
  const { anger, trust, feltSafe, talked, note: _note, ...rest } = draft;
  if (anger === null || trust === null || feltSafe === null || talked === null) return null;
  return { ...rest, date, anger, trust, feltSafe, talked, ...note };
}
