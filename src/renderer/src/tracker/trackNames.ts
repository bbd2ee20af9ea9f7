import type { TrackId } from '@shared/ipc/contract';

/** The two tracks in the reader's own words. */
export const TRACK_NAMES: Readonly<Record<TrackId, string>> = {
  'broke-trust': 'I broke trust',
  'was-hurt': 'My trust was broken',
};
