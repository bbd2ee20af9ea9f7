import type { BrokeTrustCheckin, WasHurtCheckin } from '../../../src/shared/tracker/checkins';
import type { LocalDate } from '../../../src/shared/dates';

/** A broke-trust check-in with middling answers unless told otherwise. */
export function brokeTrust(
  date: LocalDate,
  answers: Partial<Omit<BrokeTrustCheckin, 'track' | 'date'>>,
): BrokeTrustCheckin {
  return {
    track: 'broke-trust',
    date,
    selfForgiveness: 5,
    rumination: 'sometimes',
    kindness: 3,
    repair: '',
    ...answers,
  };
}

/** A was-hurt check-in with middling answers unless told otherwise. */
export function wasHurt(
  date: LocalDate,
  answers: Partial<Omit<WasHurtCheckin, 'track' | 'date'>>,
): WasHurtCheckin {
  return { track: 'was-hurt', date, anger: 5, trust: 5, feltSafe: 'partly', talked: 'no', ...answers };
}
