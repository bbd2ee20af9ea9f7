import { useCallback, useState } from 'react';
import type { TrackId } from '@shared/ipc/contract';
import { call } from '../api';

/**
 * The last track used on the check-in screen. Main keeps it, in memory only
 * (`tracker.rememberedTrack` / `tracker.rememberTrack`): it survives the reload a lock causes,
 * and is never written to disk. (It used to live in sessionStorage, which Electron's
 * persistent session may write to disk in plain text; which side of a betrayal someone is on
 * must not be left there.) `initial` is what main remembered when the screen loaded.
 *
 * `available` is the tracks offered (the program's chosen paths, or both); a remembered
 * track that is not among them gives way to the first that is.
 */
export function useRememberedTrack(
  available: readonly TrackId[],
  initial: TrackId | null,
): [TrackId, (track: TrackId) => void] {
  const [remembered, setTrack] = useState<TrackId | null>(initial);
  const track =
    remembered !== null && available.includes(remembered) ? remembered : (available[0] ?? 'broke-trust');
  const choose = useCallback((next: TrackId) => {
    setTrack(next);
    // A failed call only means the choice is not remembered past the next reload.
    call('tracker.rememberTrack', { track: next }).catch(() => undefined);
  }, []);
  return [track, choose];
}
