import { useCallback, useState } from 'react';
import type { TrackId } from '../../../shared/ipc/contract';

const KEY = 'mend.tracker.track';

/**
 * The last track used on this screen. Kept in sessionStorage, which survives the reload a
 * lock causes but is never written to disk: which side of a betrayal someone is on is not
 * something to leave in plain text beside the encrypted journal.
 */
function readTrack(): TrackId {
  try {
    return sessionStorage.getItem(KEY) === 'was-hurt' ? 'was-hurt' : 'broke-trust';
  } catch {
    return 'broke-trust';
  }
}

export function useRememberedTrack(): [TrackId, (track: TrackId) => void] {
  const [track, setTrack] = useState<TrackId>(readTrack);
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
