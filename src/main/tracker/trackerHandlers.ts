import type { HandlersFor } from '../ipc/dispatcher';
import type { TrackerService } from './trackerService';

/** Binds the tracker service to its channels. */
export function trackerHandlers(tracker: TrackerService): HandlersFor<'tracker'> {
  return {
    'tracker.save': (checkin) => tracker.save(checkin),
    'tracker.get': ({ track, date }) => ({ checkin: tracker.get(track, date) }),
    'tracker.range': ({ track, from, to }) => ({ checkins: tracker.range(track, from, to) }),
    'tracker.delete': ({ track, date }) => ({ deleted: tracker.remove(track, date) }),
    'tracker.summary': () => tracker.summary(),
    'tracker.rememberedTrack': () => tracker.rememberedTrack(),
    'tracker.rememberTrack': ({ track }) => {
      tracker.rememberTrack(track);
      return null;
    },
  };
}
