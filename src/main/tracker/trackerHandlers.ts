import type { Handlers } from '../ipc/dispatcher';
import type { TrackerService } from './trackerService';

export type TrackerHandlers = Pick<
  Handlers,
  'tracker.save' | 'tracker.get' | 'tracker.range' | 'tracker.delete' | 'tracker.summary'
>;

/** Binds the tracker service to its channels. */
export function trackerHandlers(tracker: TrackerService): TrackerHandlers {
  return {
    'tracker.save': (checkin) => tracker.save(checkin),
    'tracker.get': ({ track, date }) => ({ checkin: tracker.get(track, date) }),
    'tracker.range': ({ track, from, to }) => ({ checkins: tracker.range(track, from, to) }),
    'tracker.delete': ({ track, date }) => ({ deleted: tracker.remove(track, date) }),
    'tracker.summary': () => tracker.summary(),
  };
}
