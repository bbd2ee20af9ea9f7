import { useCallback, useState } from 'react';
import type { TrackId } from '@shared/ipc/contract';

const KEY = 'mend.tracker.track';

/**
 * The last track used on this screen. Kept in sessionStorage, which survives the reload a
 * lock causes but is never written to disk: which side of a betrayal someone is on is not
 * something to leave in plain text beside the encrypted journal.
 */
function readTrack(): TrackId | null {
  try {
    const stored = sessionStorage.getItem(KEY);
    return stored === 'was-hurt' || stored === 'broke-trust' ? stored : null;
  } catch {
    return null;
  }
}

/**
 * `available` is the tracks offered (the program's chosen paths, or both); a remembered
 * track that is not among them gives way to the first that is.
 */
export function useRememberedTrack(available: readonly TrackId[]): [TrackId, (track: TrackId) => void] {
  const [remembered, setTrack] = useState<TrackId | null>(readTrack);
  const track =
    remembered !== null && available.includes(remembered) ? remembered : (available[0] ?? 'broke-trust');
  const choose = useCallback((next: TrackId) => {
    setTrack(next);
    try {
      sessionStorage.setItem(KEY, next);
    } catch {
      // Storage refused: the choice still holds until the page reloads.
    }
  }, []);
  return [track, choose];
}
