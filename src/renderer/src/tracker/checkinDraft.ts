import type { TrackId } from '@shared/ipc/contract';
import type { LocalDate } from '@shared/dates';
import type { Checkin, FeltSafe, Rumination, Talked } from '@shared/tracker/checkins';

/**
 * What the check-in form holds while the person answers: every answer, sliders included,
 * starts unanswered (a slider that starts at 5 anchors the answer). Every question is
 * optional (a quick check-in from Home answers one), so `toCheckin` gives a check-in as soon
 * as one is answered, with only the answers given.
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

/** A saved check-in as a draft: a question it left unanswered is unanswered again. */
export function draftOf(checkin: Checkin): CheckinDraft {
  const note = checkin.note ?? '';
  if (checkin.track === 'broke-trust') {
    return {
      track: 'broke-trust',
      selfForgiveness: checkin.selfForgiveness ?? null,
      rumination: checkin.rumination ?? null,
      kindness: checkin.kindness ?? null,
      repair: checkin.repair ?? '',
      note,
    };
  }
  return {
    track: 'was-hurt',
    anger: checkin.anger ?? null,
    trust: checkin.trust ?? null,
    feltSafe: checkin.feltSafe ?? null,
    talked: checkin.talked ?? null,
    note,
  };
}

/** The answers given, without the unanswered ones (no key at all, never a null). */
function given<T extends Record<string, unknown>>(
  answers: T,
): Partial<{ [K in keyof T]: NonNullable<T[K]> }> {
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== null)) as Partial<{
    [K in keyof T]: NonNullable<T[K]>;
  }>;
}

/** The check-in to save, or null while no question is answered yet. */
export function toCheckin(draft: CheckinDraft, date: LocalDate): Checkin | null {
  const note = draft.note.trim() === '' ? {} : { note: draft.note };
  if (draft.track === 'broke-trust') {
    const { selfForgiveness, rumination, kindness, repair } = draft;
    const answers = given({ selfForgiveness, rumination, kindness });
    const wrote = repair.trim() !== '';
    if (Object.keys(answers).length === 0 && !wrote) return null;
    return { track: 'broke-trust', date, ...answers, ...(repair !== '' ? { repair } : {}), ...note };
  }
  const { anger, trust, feltSafe, talked } = draft;
  const answers = given({ anger, trust, feltSafe, talked });
  if (Object.keys(answers).length === 0) return null;
  return { track: 'was-hurt', date, ...answers, ...note };
}
